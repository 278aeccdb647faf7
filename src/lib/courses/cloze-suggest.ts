import { bodyParagraphs } from '$lib/content/sources';
import { openingDefinition, shortPredicate } from '$lib/generator/definitions';
import { buildPools, type Pools } from '$lib/generator/distractors';
import {
	buildLexicon,
	factsOf,
	type Fact,
	type FactKind,
	type Lexicon
} from '$lib/generator/facts';
import { capitalise } from '$lib/generator/idea-text';
import { NO_KNOWLEDGE } from '$lib/generator/knowledge';
import { nameBeforeBlank, titleBesideBlank, blankInList } from '$lib/generator/checks';
import { pointsIntoArticle, pronounBeforeName } from '$lib/generator/standalone';
import { fold, sentencesOf, type Sentence } from '$lib/generator/text';
import { eraYears, generalTerms, halfOfWhole, wholeUnit, yearless } from './blank-units';
import { BLANK } from './cloze';
import { definedSpan } from './defined-span';
import { bareWord } from './bare-blank';
import { askableTerm, modifierName, nameRuns, technicalTerms, type BlankSpan } from './cloze-kinds';
export type { BlankSpan };

/**
 * Suggestions for a question written from a sentence, made by the generator's own code (issue
 * 12): which words to blank (`factsOf`: names, dates, years, figures, places, organisations),
 * three wrong choices of the same kind from the same document (`distractorsFor`: years around
 * the year, names of the same kind, figures of the same scale), and "What is X?" when the
 * sentence defines X (`openingDefinition`). Loaded on demand: it pulls in the generator and its
 * tagger. The document's names come from its lexicon (`buildLexicon`), built off the main thread
 * by `lexicon-client.ts`; until then `emptyLexicon()` still finds figures and dates.
 */

/** What a document gives every suggestion: its lexicon, its facts' values by kind, its years. */
export interface DocumentFacts {
	doc: string;
	lexicon: Lexicon;
	pools: Pools;
	/** Every year the document names: true of some event, so never offered as wrong. */
	years: Set<string>;
	/** The latest year a wrong choice may name: the document's year, else this year. */
	cap: number;
	/** Its body sentences: where a name's kind is read (`nameKind`). */
	sentences: Sentence[];
	/** Whether an answer is the document's own subject, named all through it (`generalTerms`). */
	general: (answer: string) => boolean;
}

/** A lexicon of no names: what the figure and date extractors need, without the tagger's work. */
export function emptyLexicon(): Lexicon {
	empty ??= buildLexicon([], NO_KNOWLEDGE, []);
	return empty;
}
let empty: Lexicon | undefined;

/**
 * The document's body sentences as the generator reads them: its title, byline and headings
 * left out (`bodyParagraphs`), so no name is read from "How a Hot Summer Rebuilt London".
 */
export function documentSentences(doc: string, text: string): Sentence[] {
	const blocks = bodyParagraphs(text).map((p) => ({ kind: 'paragraph' as const, text: p }));
	return sentencesOf(doc, blocks);
}

/** Facts already read, by lexicon, then document and text length: a long text takes a while. */
const read = new WeakMap<Lexicon, Map<string, DocumentFacts>>();

/**
 * The facts of document `doc` (`text`) for suggestions; `date` is its ISO date (`YYYY-MM(-DD)`)
 * or absent. Cost: one regex pass over every sentence per name the lexicon knows (no tagging;
 * `lexicon` is built already), once per lexicon and document (kept while the lexicon lives).
 */
export function documentFacts(
	doc: string,
	text: string,
	lexicon: Lexicon,
	date?: string,
	now = new Date()
): DocumentFacts {
	const key = `${doc}|${text.length}|${date ?? ''}`;
	const known = read.get(lexicon)?.get(key);
	if (known) return known;
	const facts = readFacts(doc, text, lexicon, date, now);
	read.set(lexicon, (read.get(lexicon) ?? new Map()).set(key, facts));
	return facts;
}

function readFacts(
	doc: string,
	text: string,
	lexicon: Lexicon,
	date: string | undefined,
	now: Date
): DocumentFacts {
	const sentences = documentSentences(doc, text);
	const facts = sentences.flatMap((s) => factsOf(s, lexicon));
	const years = new Set(sentences.flatMap((s) => s.text.match(/\b(?:1\d{3}|20\d{2})\b/g) ?? []));
	return {
		doc,
		lexicon,
		pools: buildPools(facts),
		years,
		cap: Number(date?.slice(0, 4)) || now.getFullYear(),
		sentences,
		general: generalTerms(sentences)
	};
}

/** Fact kinds in the order a blank is suggested, with the words a person reads for each. */
const BLANK_KINDS: [FactKind, string][] = [
	['person', 'a name'],
	['role', 'a name'],
	['date', 'a date'],
	['year', 'a year'],
	['number', 'a figure'],
	['place', 'a place'],
	['org', 'an organisation'],
	['acronym', 'a key term'],
	['term', 'a key term'],
	['definition', 'a key term']
];

const NUMERIC: FactKind[] = ['year', 'date', 'number'];

/** The sentence with its span `start`–`end` as the blank. */
function blanked(text: string, start: number, end: number): string {
	return `${text.slice(0, start)}${BLANK}${text.slice(end)}`;
}

/** A blank whose neighbours give it away (a title, a first name, a list): suggested last. */
function givenAway(fact: Fact): boolean {
	const prompt = blanked(fact.sentence.text, fact.start, fact.start + fact.answer.length);
	return (
		titleBesideBlank(prompt) ||
		(!NUMERIC.includes(fact.kind) && (nameBeforeBlank(prompt) || blankInList(prompt)))
	);
}

/**
 * Every run of words in `sentence` worth blanking, best first, no two overlapping, each a whole
 * unit (`wholeUnit`: "July 1788", never "1788" of it; "France" of "France's"): the generator's
 * facts (a name, date, year, figure, place, organisation or key term, that order) whose
 * neighbours do not give them away; then a year with its era ("367 BC": `eraYears`); then a capitalised name run inside the sentence, not at its
 * start ("the civil engineer Thomas Bouch"); then a technical term ("the miasma theory"); then X
 * of a sentence defining X ("X is a …", "… known as X": `definedSpan`); then what `general`
 * says is the document's own subject ("France" in a history of France:
 * `DocumentFacts.general`); then the facts whose neighbours give them away; last, one end of a
 * range written with words (`halfOfWhole`; never a side of a formula). "Suggest a blank"
 * offers them in turn (issue 12, outsider: the same one came back, or none).
 */
export function blankCandidates(
	sentence: string,
	lexicon: Lexicon,
	general: (answer: string) => boolean = () => false
): BlankSpan[] {
	const facts = factsOf({ doc: 'w', index: 0, section: '', text: sentence }, lexicon).filter(
		(f) => f.start >= 0 && sentence.slice(f.start, f.start + f.answer.length) === f.answer
	);
	const ranked = BLANK_KINDS.flatMap(([kind, words]) =>
		facts.filter((f) => f.kind === kind).map((fact) => ({ fact, words }))
	);
	const span = ({ fact, words }: (typeof ranked)[number]): BlankSpan => ({
		start: fact.start,
		end: fact.start + fact.answer.length,
		kind: words
	});
	const defined = definedTerm(sentence);
	const at = defined ? sentence.indexOf(defined) : -1;
	const known = definedSpan(sentence);
	const fair = [
		...ranked.filter(({ fact }) => !givenAway(fact)).map(span),
		...eraYears(sentence),
		...nameRuns(sentence),
		...technicalTerms(sentence),
		...(defined && at >= 0 ? [{ start: at, end: at + defined.length, kind: 'a key term' }] : []),
		// "… known as X", "… called X": the term the suggested sentences offer too.
		...(known ? [known] : [])
	]
		.map((c) => wholeUnit(sentence, c))
		.filter((c) => halfOfWhole(sentence, c) !== 'formula');
	const isGeneral = (c: BlankSpan) => general(sentence.slice(c.start, c.end));
	const rangeEnd = (c: BlankSpan) => halfOfWhole(sentence, c) === 'range end';
	// "Many ____ volcanoes" (a demonym as an adjective), "15 April" (no year): offered after the
	// rest (outsider teacher, issue 12).
	const weak = (c: BlankSpan) => weakBlank(sentence, c);
	const all = [
		...fair.filter((c) => !isGeneral(c) && !rangeEnd(c) && !weak(c)),
		...fair.filter((c) => isGeneral(c) && !rangeEnd(c) && !weak(c)),
		...fair.filter((c) => weak(c) && !rangeEnd(c)),
		...ranked
			.filter(({ fact }) => givenAway(fact))
			.map(span)
			.map((c) => wholeUnit(sentence, c))
			.filter((c) => halfOfWhole(sentence, c) !== 'formula'),
		...fair.filter(rangeEnd)
	];
	return all.filter((c, i) => !all.slice(0, i).some((o) => c.start < o.end && o.start < c.end));
}

/**
 * A blank that asks little: a name used as an adjective ("Many Icelandic volcanoes",
 * `modifierName`), one bare word that names nothing alone (`bareWord`: "German", "Monday"), a
 * day and month with no year ("15 April").
 */
function weakBlank(sentence: string, span: BlankSpan): boolean {
	const answer = sentence.slice(span.start, span.end);
	if (span.kind === 'a date' && yearless(answer)) return true;
	return bareWord(answer) || modifierName(sentence, span);
}

/**
 * The `turn`-th suggestion for `sentence` (`blankCandidates`, wrapping round), or undefined when
 * there is none. Turn 0 is the best.
 */
export function suggestBlank(
	sentence: string,
	lexicon: Lexicon,
	turn = 0,
	general?: (answer: string) => boolean
): BlankSpan | undefined {
	const all = blankCandidates(sentence, lexicon, general);
	return all.length ? all[turn % all.length] : undefined;
}

/**
 * X of "X is a …", when X is named (not "It", not "the operation"), short and a term a teacher
 * would ask for (`askableTerm`: not "Today radio", "The participants").
 */
function definedTerm(sentence: string): string | undefined {
	const match = openingDefinition(sentence);
	if (!match) return undefined;
	const name = match.name;
	if (pointsIntoArticle(name) || pronounBeforeName(name) || !askableTerm(name)) return undefined;
	return name;
}

/**
 * A flashcard from a sentence that defines something: "Velmora is a fishing town on …" →
 * "What is Velmora?" / "A fishing town on …" ("Who" for a person the document names; the
 * sentence's tense kept). Undefined when the sentence defines nothing, or what it defines is a
 * pronoun or a phrase pointing into the article ("The operation was …").
 */
export function definitionCard(
	sentence: string,
	lexicon: Lexicon
): { prompt: string; answer: string } | undefined {
	const match = openingDefinition(sentence);
	const name = definedTerm(sentence);
	if (!match || !name) return undefined;
	const predicate = shortPredicate(match.predicate) ?? match.predicate;
	const who = lexicon.personByAlias.has(fold(name)) ? 'Who' : 'What';
	// "What is a meander?", not "What is A meander?": the article opened the sentence.
	const asked = name.replace(/^(?:The|An?)\s/u, (article) => article.toLowerCase());
	return {
		prompt: `${who} ${match.verb} ${asked}?`,
		answer: capitalise(predicate.replace(/[.!?]+$/u, ''))
	};
}

export { wrongChoices, type WrongChoices } from './wrong-choices';
export { blankAccepts } from './blank-accept';
