import { escapeRegExp } from '$lib/text/regexp-literal';
import { withoutLeadingTitle } from '$lib/content/answer-title';
import type { ArticleView } from './ideas';
import { aliasesIn } from './name-aliases';

/**
 * Which short forms of an answer a typed card may accept (H3 S18: "Sher Shah" accepted as
 * "Shah", a title shared by Shah Jahan and Nadir Shah in the same handout, so a non-answer was
 * marked right). One rule for every kind's `accept` (`ideaCandidate` applies it). Pure.
 */

/** Title and rank words: a form that is one names an office, not one person. */
const TITLE_WORD =
	/^(?:Shah|King|Queen|Emperor|Empress|Sultan|Sultana|Pope|Saint|St\.?|Lord|Lady|Sir|Dame|Prince|Princess|Duke|Duchess|Earl|Count|Countess|Baron|Khan|Tsar|Czar|Tsarina|Kaiser|Caliph|Emir|Amir|Raja|Rajah|Maharaja|Pharaoh|Bishop|Archbishop|Cardinal|Father|Brother|Sister|General|President|Chancellor|Governor|Captain|Admiral|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Professor|Master|Chief|Imam|Rabbi)$/u;

/** Function words that open a sentence capitalised. */
const OPENING =
	/^(?:When|While|After|Before|In|On|At|The|A|An|As|If|Since|Until|Although|Though|Because|By|For|From|With|Under|During|Then|But|And|Yet|So|Both|Only|Even|Once|Later|Meanwhile|Under|Like|Unlike|Despite|Following|Where|Why|How|What|Who)$/u;

/**
 * True when a person's short form is no name a student would give alone: a word the documents
 * write in lower case ("Bang" of "Liu Bang" beside "sudden bangs"; a typed "bang" is no answer),
 * or the last word after a lower-case particle ("Vinci" of "Leonardo da Vinci", "Gogh" of
 * "Vincent van Gogh": the particle belongs to the name). Gen45, H11: "Bang" was accepted for
 * "Liu Bang", whose family name comes first.
 */
function commonWordAlias(form: string, full: string, article: ArticleView): boolean {
	const lower = form.toLowerCase();
	if (/^\p{Lu}/u.test(form) && [lower, `${lower}s`, `${lower}es`].some((w) => article.isCommon(w)))
		return true;
	const words = full.split(/\s+/u);
	const at = words.indexOf(form);
	return at > 0 && /^\p{Ll}+$/u.test(words[at - 1]);
}

/** A run of capitalised words holding `form`: every name in the text the form is part of. */
function namesHolding(form: string, text: string): string[] {
	const escaped = escapeRegExp(form);
	const pattern = new RegExp(
		String.raw`(?:\p{Lu}[\p{L}’'-]*\s+)*${escaped}(?![\p{L}])(?:\s+\p{Lu}[\p{L}’'-]*)*`,
		'gu'
	);
	return [...text.matchAll(pattern)].map((m) => m[0]);
}

/**
 * True when `form`, a short form of `full` ("Darwin" of "Charles Darwin"), names only that one
 * person in the document: no title word ("Shah", "King", "Pope"), and no other person the text
 * names holds it ("Shah Jahan" beside "Sher Shah"). Capitalised common words that open a
 * sentence ("When Darwin …") are no part of a name.
 */
export function soleShortForm(form: string, full: string, article: ArticleView): boolean {
	if (TITLE_WORD.test(form)) return false;
	// "Atlanta, Georgia": each part of a place's address names that place, inside "Atlanta
	// University" too; only a name's word may be another name's.
	if (full.includes(',')) return true;
	if (commonWordAlias(form, full, article)) return false;
	for (const sentence of article.sentences)
		for (const raw of namesHolding(form, sentence.text)) {
			const words = raw.split(/\s+/u);
			while (
				words.length > 1 &&
				words[0] !== form &&
				(OPENING.test(words[0]) || article.isCommon(words[0]))
			)
				words.shift();
			const name = words.join(' ');
			if (name === form || full.includes(name) || name.includes(full)) continue;
			// "the Nobel Prize" beside "Alfred Nobel" is his namesake, not a second Nobel (dev test22).
			if (article.isPerson(name)) return false;
		}
	return true;
}

/**
 * Every typed answer a card of `answer` accepts besides the answer itself: the kind's own short
 * forms (`accept`), the names the document gives beside the answer (`name-aliases.ts`: "Avicenna"
 * for "Ibn Sina"), and a person's name without its title ("William Prescott" for "Colonel
 * William Prescott", `answer-title.ts`'s list) with its surname; each short form only when it
 * names that one person in the document (`soleShortForm`). The other names and the untitled
 * name only for a `typed` answer (short answer, blank): a choice's key is read, not typed.
 * `person` when the answer is a person's name (the lexicon knows it, or the card asks "Who").
 * The one rule `ideaCandidate` applies.
 */
export function acceptedForms(
	answer: string,
	accept: readonly string[],
	article: ArticleView,
	asked: { typed: boolean; person: boolean }
): string[] {
	const { typed, person } = asked;
	const forms = [...accept];
	const untitled = typed && person ? withoutLeadingTitle(answer)?.trim() : undefined;
	if (untitled && /^\p{Lu}/u.test(untitled)) {
		forms.push(untitled);
		const surname = untitled.split(/\s+/u).at(-1)!;
		if (surname !== untitled && /^\p{Lu}\p{Ll}/u.test(surname)) forms.push(surname);
	}
	for (const sentence of typed ? article.sentences : [])
		if (sentence.text.includes(answer.replace(/^(?:the|a|an)\s+/iu, '')))
			forms.push(...aliasesIn(answer, sentence.text));
	return [...new Set(forms)].filter(
		(form) => form !== answer && soleShortForm(form, answer, article)
	);
}
