import { openingDefinition, shortPredicate } from '$lib/generator/definitions';
import {
	buildPools,
	distractorsFor,
	yearDistractors,
	type Pools
} from '$lib/generator/distractors';
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
import { BLANK } from './cloze';

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
}

/** A lexicon of no names: what the figure and date extractors need, without the tagger's work. */
export function emptyLexicon(): Lexicon {
	empty ??= buildLexicon([], NO_KNOWLEDGE, []);
	return empty;
}
let empty: Lexicon | undefined;

/** The document's sentences as the generator reads them (paragraphs split on blank lines). */
export function documentSentences(doc: string, text: string): Sentence[] {
	const blocks = text
		.split(/\n\s*\n/)
		.filter((p) => p.trim())
		.map((p) => ({ kind: 'paragraph' as const, text: p.trim() }));
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
		cap: Number(date?.slice(0, 4)) || now.getFullYear()
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
 * The words to blank in `sentence`: a name, date, year, figure, place, organisation or key
 * term it carries (that order, one whose neighbours do not give it away first), as a character
 * span with the kind in words ("a year"); for a sentence defining X ("X is a …"), X; else
 * undefined.
 */
export function suggestBlank(
	sentence: string,
	lexicon: Lexicon
): { start: number; end: number; kind: string } | undefined {
	const facts = factsOf({ doc: 'w', index: 0, section: '', text: sentence }, lexicon).filter(
		(f) => f.start >= 0 && sentence.slice(f.start, f.start + f.answer.length) === f.answer
	);
	const ranked = BLANK_KINDS.flatMap(([kind, words]) =>
		facts.filter((f) => f.kind === kind).map((fact) => ({ fact, words }))
	);
	const best = ranked.find(({ fact }) => !givenAway(fact)) ?? ranked[0];
	if (best)
		return {
			start: best.fact.start,
			end: best.fact.start + best.fact.answer.length,
			kind: best.words
		};
	const defined = definedTerm(sentence);
	if (!defined) return undefined;
	const start = sentence.indexOf(defined);
	return { start, end: start + defined.length, kind: 'a key term' };
}

/** X of "X is a …", when X is named (not "It", not "the operation") and short. */
function definedTerm(sentence: string): string | undefined {
	const match = openingDefinition(sentence);
	if (!match) return undefined;
	const name = match.name;
	if (pointsIntoArticle(name) || pronounBeforeName(name) || name.split(/\s+/).length > 6)
		return undefined;
	return name;
}

/** Day and month, with or without a year, either order. */
const DATE = /^(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2})(?:,?\s+\d{4})?$/u;

/** The answer as a fact of the document: the one the generator reads there, else by its shape. */
function factOfAnswer(answer: string, sentence: string, facts: DocumentFacts): Fact | undefined {
	const text: Sentence = { doc: facts.doc, index: 0, section: '', text: sentence };
	const found = factsOf(text, facts.lexicon).find((f) => fold(f.answer) === fold(answer));
	if (found) return found;
	const start = sentence.indexOf(answer);
	const base = { answer, start, sentence: text, accept: [], identity: fold(answer) };
	if (/^(?:1\d{3}|20\d{2})$/.test(answer)) return { ...base, kind: 'year', fine: 'year' };
	if (DATE.test(answer)) return { ...base, kind: 'date', fine: 'date:full' };
	const person = facts.lexicon.personByAlias.get(fold(answer));
	if (person) return { ...base, kind: 'person', fine: 'person', identity: person };
	const place = facts.lexicon.places.get(fold(answer));
	if (place) return { ...base, kind: 'place', fine: place.fine };
	return undefined;
}

/** What `wrongChoices` found: three (or fewer) values, or why there are none. */
export type WrongChoices = { ok: true; wrong: string[] } | { ok: false; reason: string };

/**
 * Three wrong choices for `answer` (hidden in `sentence`) of the same kind, from the same
 * document: years around the year (never one the document names, never after `cap`), dates a
 * few days or months away, figures of the same scale, names of the same kind (people, countries,
 * cities, organisations). Fewer than three when the document has too few of that kind; none,
 * with a reason to show, when the answer is not a name, figure or date.
 */
export function wrongChoices(answer: string, sentence: string, facts: DocumentFacts): WrongChoices {
	const fact = factOfAnswer(answer.trim(), sentence, facts);
	if (!fact)
		return {
			ok: false,
			reason:
				'Wrong choices are suggested for a name, a place, a year, a date or a figure: hide one of those, or write three yourself.'
		};
	// Even shares of the answer's place among the choices, as for drafts no editor reads.
	const balanced: Lexicon = {
		...facts.lexicon,
		salience: { sentences: new Map(), subjects: new Map(), references: new Map() }
	};
	// A year the document plans ("by 2029") lies after its date: choices may too.
	const year = Number(fact.answer);
	const cap = fact.kind === 'year' && year >= facts.cap ? year + 9 : facts.cap;
	let wrong = distractorsFor(fact, facts.pools, balanced, cap, facts.years);
	// Years straddling the answer need room after it; the document's own year has none.
	if (fact.kind === 'year' && wrong.length < 3) {
		const banned = new Set([...facts.years].filter((y) => y !== fact.answer));
		wrong = yearDistractors(Number(fact.answer), sentence, banned, cap, [], true);
	}
	if (fact.fine === 'person' || fact.fine === 'surname') wrong = morePeople(wrong, fact, facts);
	return { ok: true, wrong: wrong.slice(0, 3) };
}

/**
 * The pools hold a person as the sentences wrote them (a surname alone is its own kind): fill
 * up to three with the document's other people, written as the answer is (full name or surname),
 * none named in the sentence.
 */
function morePeople(wrong: string[], fact: Fact, facts: DocumentFacts): string[] {
	const out = [...wrong];
	const surname = fact.fine === 'surname';
	for (const person of facts.lexicon.people.values()) {
		if (out.length >= 3) break;
		const form = surname ? person.surname : (person.forms.at(-1) ?? person.surname);
		const taken = [fact.answer, ...out].some((v) => fold(v) === fold(form));
		if (person.identity === fact.identity || taken) continue;
		if (fold(fact.sentence.text).includes(fold(person.surname))) continue;
		out.push(form);
	}
	return out;
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
	const asked = name.replace(/^The\s/u, 'the ');
	return {
		prompt: `${who} ${match.verb} ${asked}?`,
		answer: capitalise(predicate.replace(/[.!?]+$/u, ''))
	};
}
