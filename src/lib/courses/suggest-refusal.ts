import type { Salience } from '$lib/generator/salience';
import {
	hasDeicticTime,
	needsAsOf,
	pointsIntoArticle,
	pronounBeforeName
} from '$lib/generator/standalone';
import type { Sentence } from '$lib/generator/text';
import { OPENER } from './cloze-kinds';
import { leansOutside } from './leans-outside';

/**
 * Which sentences of a document are never suggested to ask about (`sentence-suggest.ts`), and
 * why: what a student could not read alone (rubric criterion 3) or a teacher would not ask.
 * The rules are `standalone.ts`'s, as for the generator's drafts, and stricter where a person
 * reads each suggestion: a "he", "she" or "they" whom the sentence does not name, an ordinal
 * opening ("Second, …"), "The participants were …" (suggest2, outsider teacher).
 */

/** Sections that list sources or asides, never a teacher's question. */
const REFERENCE_SECTION =
	/^(?:references|bibliography|notes|sources|further reading|external links|see also|citations|footnotes)\b/iu;
/** A citation or link: "… see Mosca.", "doi:", "ISBN", "Retrieved 3 May", "pp. 12–14", "et al.", a URL. */
const REFERENCE =
	/\bsee\s+(?:also\s+)?\p{Lu}[\p{L}'’-]*(?:\s+\(?\d{4}\)?)?\s*\.?$|\b(?:doi\s*:|ISBN|ISSN|Retrieved|Archived from|pp?\.\s*\d|et al\.|[Vv]ol\.\s*\d)|https?:\/\/|www\./u;
/** "Smith, J. (2001)." or "[3] …": a bibliography entry. */
const CITATION = /^(?:\[\d+\]|\p{Lu}[\p{L}'’-]+,\s+(?:\p{Lu}\.\s*)+(?:\(|,|and\b))/u;
/** A picture's caption: "Figure 2:", "Photo:", "Above:", "(pictured)". */
const CAPTION =
	/^(?:Fig(?:ure)?\.?\s*\d|Table\s+\d|Image|Photo(?:graph)?|Picture|Caption|Credit|Map|Source|Above|Below|Left|Right|Top|Bottom)\s*[:.,–-]|\((?:pictured|shown|above|below|left|right)\)/iu;
/** A list item: "- …", "• …", "1. …", "(a) …". */
const LIST_ITEM = /^(?:[-*•–—]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s)/u;
/** Someone's words of four or more: whose, and true according to whom? */
const QUOTATION = /[“"][^”"\s]*(?:\s+[^”"\s]+){3,}\s*[”"]/u;
/** A sentence too short to ask about, or longer than a prompt may be (`MAX_PROMPT_WORDS`). */
const MIN_WORDS = 6;
const MAX_WORDS = 55;

/** "Second, Britain had …", "Then the …": one step of a list or story the sentences before began. */
const ORDINAL_OPENING =
	/^(?:(?:First|Second|Third|Fourth|Fifth|Firstly|Secondly|Thirdly|Lastly|Finally|Next)\s*,|Then\s)/u;
/** "The participants were …": a bare noun naming what an earlier sentence introduced. */
const BARE_NOUN_OPENING = /^The\s+\p{Ll}[\p{L}-]*\s+(?:is|are|was|were|has|have|had)\b/u;
/** He or she in any form: a person the sentence must name before it. */
const PERSON_PRONOUN = /\b(?:he|she|him|his|her|hers)\b/iu;
/** They in any form: people or things, named by any name before it. */
const PLURAL_PRONOUN = /\b(?:they|them|their|theirs)\b/iu;
/**
 * A plural noun ("waves", "volcanoes"), not a word that only ends in -s ("this", "always",
 * "process"): before a "they" or "their" in the same sentence, the one it means ("Constructive
 * waves have a strong swash, so they build up beaches"; docs30: such sentences were refused).
 */
const PLURAL_NOUN = /\b\p{L}{2,}[^\s\p{P}siu]s\b/gu;
const NOT_PLURAL =
	/^(?:does|goes|always|perhaps|sometimes|whereas|towards|besides|afterwards|nevertheless|hers|ours|yours|theirs|unless|thus|plus)$/iu;

/** The main clause's subject after an opening phrase: "As an assistant to Lund, she wrote …". */
const SUBJECT_AFTER_OPENING = /^[^,]{1,100},\s+(?:he|she|they)\s/iu;
/** Someone else as the object: "… married her in 1731", "… crowned him". */
const OBJECT_PRONOUN =
	/\bhim\b|\bher\b(?=\s*(?:[.,;:!?)]|$|\s+(?:to|in|on|at|for|with|by|from|as|and|or|the|a|an|that|when|after|before)\b))/iu;

/**
 * Whether `text` has a "he", "she" or "they" whom it does not name. A "he" or "she" needs a
 * person before it (`isPerson`: the lexicon's people), is never the subject right after an
 * opening phrase (a name there is seldom whom it means, as `coreference.ts` holds) and never
 * someone else as the object ("married her"); a "they" needs any name before it (as
 * `pronounBeforeName`, which reads a sentence's first word as a name too: here `OPENER` words
 * never are).
 */
export function unnamedPerson(text: string, isPerson: (word: string) => boolean): boolean {
	if (SUBJECT_AFTER_OPENING.test(text) || OBJECT_PRONOUN.test(text)) return true;
	const named = (
		pronoun: RegExpExecArray | null,
		isName: (word: string, at: number) => boolean
	) => {
		if (!pronoun) return true;
		const before = text.slice(0, pronoun.index).matchAll(/\p{Lu}[\p{L}’'-]*/gu);
		return [...before].some((w) => !OPENER.test(w[0]) && isName(w[0], w.index));
	};
	const plural = PLURAL_PRONOUN.exec(text);
	const things = plural ? (text.slice(0, plural.index).match(PLURAL_NOUN) ?? []) : [];
	return (
		!named(PERSON_PRONOUN.exec(text), (word) => isPerson(word)) ||
		(!named(plural, (word, at) => at > 0 || isPerson(word)) &&
			!things.some((word) => !NOT_PLURAL.test(word)))
	);
}

/**
 * Why a sentence is no suggestion, or undefined when it may be one. `salience` is its marks
 * (`resolved`: the sentence with its subject named by `coreference.ts`, which is what is then
 * asked and must stand alone itself); `isPerson` as for `unnamedPerson`; `isName` whether a
 * sentence's first word is a name (`leansOutside`: "an example" of nothing named, a past event
 * that names no place, thing or year).
 */
export function refusal(
	sentence: Sentence,
	paragraph: string,
	salience?: Salience,
	isPerson: (word: string) => boolean = () => false,
	isName: (word: string) => boolean = isPerson
): string | undefined {
	const text = sentence.text;
	const count = text.split(/\s+/).length;
	if (count < MIN_WORDS || count > MAX_WORDS) return 'length';
	if (REFERENCE_SECTION.test(sentence.section) || REFERENCE.test(text) || CITATION.test(text))
		return 'reference';
	if (CAPTION.test(text)) return 'caption';
	// "the laws themselves, …;": a lower-case opening is a list's item or a cut sentence.
	if (isList(text, paragraph) || /^\p{Ll}/u.test(text)) return 'list';
	if (sentence.quoted || QUOTATION.test(text) || /^[“"‘']/u.test(text) || unbalanced(text))
		return 'quotation';
	if (/\?$/u.test(text)) return 'question';
	if (hasDeicticTime(text) || needsAsOf(text)) return 'needs the article';
	const asked = salience?.resolved ?? text;
	const dangling = (t: string) =>
		pointsIntoArticle(t) ||
		pronounBeforeName(t) ||
		unnamedPerson(t, isPerson) ||
		ORDINAL_OPENING.test(t) ||
		BARE_NOUN_OPENING.test(t) ||
		leansOutside(t, isName) !== undefined;
	if (dangling(asked)) return 'needs the sentence before';
	return undefined;
}

/** Three or more short items in a row, the last after "and" or "or": "fish, timber, grain and furs". */
const ENUMERATION = /(?:[,;]\s*[\p{L}\p{N}'’-]+(?:\s+[\p{L}\p{N}'’-]+){0,2}){2,},?\s+(?:and|or)\s/u;
/** Lines of an unmarked list: short, with no sentence's end. */
const LIST_LINE = /^[^.!?]{1,80}$/u;

/**
 * Whether the sentence is a list or part of one (outsider teacher, issue 12: "list sentences
 * are not suggested"): its line in the paragraph opens with a list marker ("- ", "1. ", "(a) "),
 * it introduces a list (ends with ":"), its paragraph is three or more short lines with no
 * full stop (a list without markers), or it enumerates three or more short items ("Lübeck,
 * Hamburg, Bremen and Danzig"): one item of it is no question, and the whole is a list to recite.
 */
function isList(text: string, paragraph: string): boolean {
	if (LIST_ITEM.test(paragraph) || /:$/u.test(text) || ENUMERATION.test(text)) return true;
	const lines = paragraph
		.split('\n')
		.map((l) => l.trim())
		.filter(Boolean);
	const line = lines.find((l) => l.includes(text) || text.startsWith(l)) ?? '';
	if (LIST_ITEM.test(line)) return true;
	return lines.length >= 3 && lines.every((l) => LIST_LINE.test(l));
}

/** A quotation opened and not closed (or closed, not opened): the sentence cuts someone's words. */
function unbalanced(text: string): boolean {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	return count(/"/gu) % 2 === 1 || count(/“/gu) !== count(/”/gu);
}
