import type { Fact, Lexicon } from '$lib/generator/facts';
import type { DocumentFacts } from './cloze-suggest';
import { fold, type Sentence } from '$lib/generator/text';

/**
 * What kind of thing a capitalised name is in one document, read from the words around its
 * mentions, for wrong choices of the same kind (issue 12, outsider: "Princess Alice", a ship,
 * and "Abbey Mills", a pumping station, were offered as people; "Queen Victoria" for a
 * contractor). The tagger reads any two capitalised words as a person; these words around them
 * say otherwise. Precise over complete: a name with no telling word keeps the tagger's kind.
 */
export type NameKind = 'person' | 'titled' | 'place' | 'thing';

/** A vessel or vehicle noun before the name: "the pleasure steamer Princess Alice". */
const THING_BEFORE =
	/\b(?:steamer|ship|vessel|boat|liner|yacht|ferry|frigate|warship|locomotive|engine|train|HMS|SS|RMS)\s+$/u;
/** A preposition of place before the name, or before a list it is in: "at Deptford, Abbey Mills". */
const PLACE_BEFORE =
	/\b(?:at|in|near|into|across|outside|inside)\s+(?:\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*,\s+)*(?:and\s+)?$/u;
/** A rank or royal title that is part of the name: "Queen Victoria" is no contractor's rival. */
const TITLE = /^(?:Queen|King|Prince|Princess|Emperor|Empress|Pope|Lord|Lady|Duke|Duchess|Tsar)\s/u;

/**
 * The kind of `name` in `sentences` (the document's body): 'thing' when a mention follows a
 * vessel noun, 'place' when one follows a preposition of place, 'titled' for a royal or noble
 * title, else 'person' (the tagger's reading kept).
 */
export function nameKind(name: string, sentences: readonly Sentence[]): NameKind {
	let place = false;
	for (const { text } of sentences) {
		for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
			const before = text.slice(Math.max(0, at - 80), at);
			if (THING_BEFORE.test(before)) return 'thing';
			if (PLACE_BEFORE.test(before)) place = true;
		}
	}
	if (place) return 'place';
	return TITLE.test(name) ? 'titled' : 'person';
}

/**
 * Wrong choices for a person of kind `kind` (`nameKind`): `values` kept in order when they are
 * people of the same kind in `sentences`, one never named in `sentence` (the question's own).
 */
export function samePersonKind(
	values: readonly string[],
	kind: NameKind,
	sentences: readonly Sentence[],
	sentence: string
): string[] {
	const own = fold(sentence);
	return values.filter((v) => nameKind(v, sentences) === kind && !own.includes(fold(v)));
}

/**
 * The places `sentences` name after a preposition of place ("in Soho", "at Deptford, Abbey Mills
 * and Crossness"), with the lexicon's places, none named in `sentence`, in reading order. A
 * month or a person the lexicon knows is no place.
 */
export function documentPlaces(
	sentences: readonly Sentence[],
	lexicon: Lexicon,
	sentence: string
): string[] {
	const found = new Map<string, string>();
	const name = /\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)*/gu;
	for (const { text } of sentences)
		for (const match of text.matchAll(name)) {
			const value = match[0];
			const before = text.slice(Math.max(0, match.index - 80), match.index);
			if (!PLACE_BEFORE.test(before) || MONTH.test(value) || /^The\s/u.test(value)) continue;
			if (lexicon.personByAlias.has(fold(value))) continue;
			if (!found.has(fold(value))) found.set(fold(value), value);
		}
	const own = fold(sentence);
	return [...found.values()].filter((v) => !own.includes(fold(v)));
}

const MONTH =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** A span of a sentence to blank, with its kind in words ("a year", "a name"). */
export interface BlankSpan {
	start: number;
	end: number;
	kind: string;
}

const MONTH_ALONE =
	/^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/u;

/**
 * Capitalised runs after the sentence's first word ("Thomas Bouch", "Metropolitan Board of
 * Works"): a name the tagger missed. A month alone is no name; the first word is capitalised
 * by the sentence, not by being a name, so a run there is not offered.
 */
export function nameRuns(sentence: string): BlankSpan[] {
	const run = /\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|the\s+|de\s+|von\s+)*\p{Lu}[\p{L}'’-]*)*/gu;
	return [...sentence.matchAll(run)]
		.filter((m) => m.index > 0 && !MONTH_ALONE.test(m[0]) && m[0].length > 1)
		.map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'a name' }));
}

/** The head nouns of a named idea: "the miasma theory", "the germ theory", "Boyle's law". */
const TERM =
	/(?<=\b(?:the|a|an)\s+)(?:\p{Ll}[\p{L}-]*\s+)?\p{Ll}[\p{L}-]*\s+(?:theory|hypothesis|law|principle|effect|syndrome|doctrine|paradox|method|process|reaction|cycle)\b/gu;

/** Technical terms of the sentence, by `TERM`. */
export function technicalTerms(sentence: string): BlankSpan[] {
	return [...sentence.matchAll(TERM)]
		.filter((m) => !/^(?:same|other|whole|new|old|first|second|main)\s/u.test(m[0]))
		.map((m) => ({ start: m.index, end: m.index + m[0].length, kind: 'a key term' }));
}

/** A name read as a person's by its shape alone: what `morePeople` fills from. */
export function personFact(answer: string, sentence: string): Fact {
	const text: Sentence = { doc: 'w', index: 0, section: '', text: sentence };
	return {
		answer,
		start: sentence.indexOf(answer),
		sentence: text,
		accept: [],
		identity: fold(answer),
		kind: 'person',
		fine: 'person'
	};
}

/**
 * The pools hold a person as the sentences wrote them (a surname alone is its own kind): fill
 * up to three with the document's other people, written as the answer is (full name or surname),
 * none named in the sentence, each of the answer's `kind` (a ship, a place or a queen is no rival).
 */
export function morePeople(
	wrong: string[],
	fact: Fact,
	facts: DocumentFacts,
	kind: NameKind
): string[] {
	const out = [...wrong];
	const surname = fact.fine === 'surname';
	for (const person of facts.lexicon.people.values()) {
		if (out.length >= 3) break;
		const form = surname ? person.surname : (person.forms.at(-1) ?? person.surname);
		const taken = [fact.answer, ...out].some((v) => fold(v) === fold(form));
		if (person.identity === fact.identity || taken) continue;
		if (fold(fact.sentence.text).includes(fold(person.surname))) continue;
		if (nameKind(form, facts.sentences) !== kind) continue;
		out.push(form);
	}
	return out;
}
