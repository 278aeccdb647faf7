import { subjectDefinitionFacts } from './definitions';
import { findWhole, fold, type Sentence } from './text';
import { amountFacts, dateFacts, resolutionFacts, yearFacts } from './facts-figures';
import type { Lexicon, Person } from './lexicon';

export { buildLexicon, digitsOf, type Lexicon, type Person } from './lexicon';

/**
 * Fact extraction: each fact is one answer-bearing span of one sentence, with its fine type
 * (a year, a person, a country, an amount in euros…) so distractors can be drawn of the same
 * kind. Corpus-wide lexicons (people and their aliases, places, acronyms) are built first.
 */

export type FactKind =
	| 'year'
	| 'date'
	| 'number'
	| 'person'
	| 'role'
	| 'place'
	| 'org'
	| 'acronym'
	| 'quote'
	| 'term'
	| 'definition';

export interface Fact {
	kind: FactKind;
	/** Fine type for distractors: `year`, `country`, `city`, `person`, `money:EUR`, `count:soldiers`… */
	fine: string;
	/** The answer exactly as it appears in the sentence. */
	answer: string;
	/** Where the answer sits in the sentence (the blank for cloze, the swap for true/false). */
	start: number;
	sentence: Sentence;
	/** Other forms that count as right. */
	accept: string[];
	/** Kind-specific context: the role of a person, the expansion of an acronym, the speaker. */
	about?: string;
	/** The identity of the answer across the corpus (aliases fold together). */
	identity: string;
}

/** What an extractor gets: the sentence, the lexicon and a way to record a fact. */
export interface Extraction {
	text: string;
	sentence: Sentence;
	lexicon: Lexicon;
	/** Records a fact unless its span overlaps one already taken. */
	push: (fact: Omit<Fact, 'sentence'>) => void;
	/** Marks a span as taken without recording a fact (the inside of a long quotation). */
	claim: (span: [number, number]) => void;
	/** Facts recorded so far. */
	count: () => number;
}

/** Quoted short terms, and who said a long quotation (quotes come first: spans inside quotation marks are not blanked by other extractors). */
function quoteFacts({ text, lexicon, push, claim, count }: Extraction): void {
	// Quotes first: spans inside quotation marks are not blanked by other extractors.
	for (const match of text.matchAll(/“([^”]+)”/g)) {
		const inner = match[1].replace(/[.,]$/, '');
		const wordCount = inner.split(/\s+/).length;
		const start = match.index + 1;
		if (wordCount <= 5 && /\p{L}/u.test(inner)) {
			push({ kind: 'term', fine: 'term', answer: inner, start, accept: [], identity: fold(inner) });
		} else if (wordCount >= 6) {
			const speaker = speakerOf(text, match.index, match.index + match[0].length, lexicon);
			if (speaker)
				push({
					kind: 'quote',
					fine: 'person',
					answer: speaker.form,
					start: -1 - count(),
					accept: speaker.accept,
					about: match[1],
					identity: speaker.identity
				});
			claim([match.index, match.index + match[0].length]);
		}
	}
}

/** An acronym’s expansion where it is spelt out beside it. */
function acronymFacts({ text, lexicon, push }: Extraction): void {
	for (const [acronym, expansion] of lexicon.acronyms) {
		const at = findWhole(text, expansion);
		if (at >= 0 && text.slice(at + expansion.length).startsWith(` (${acronym})`))
			push({
				kind: 'acronym',
				fine: 'acronym',
				answer: expansion,
				start: at,
				accept: [],
				about: acronym,
				identity: fold(acronym)
			});
	}
}

/** People, with the role the sentence gives them; a surname alone as a surname. */
function personFacts({ text, lexicon, push }: Extraction): void {
	for (const person of lexicon.people.values()) {
		let found = false;
		for (const form of person.forms) {
			const at = findWhole(text, form);
			if (at < 0) continue;
			const role = roleOf(text, form, at);
			if (role)
				push({
					kind: 'role',
					fine: 'person',
					answer: form,
					start: at,
					accept: acceptFor(person, form),
					about: role,
					identity: person.identity
				});
			else
				push({
					kind: 'person',
					fine: 'person',
					answer: form,
					start: at,
					accept: acceptFor(person, form),
					identity: person.identity
				});
			found = true;
			break;
		}
		if (found || person.ambiguous || person.surnameAlone === false) continue;
		// A surname alone ("Vucic expressed interest…") is asked as a surname.
		for (const alias of new Set(person.forms.map((f) => f.split(/\s+/).pop() ?? f))) {
			const at = findWhole(text, alias);
			if (
				at >= 0 &&
				!/^[’']s\b/.test(text.slice(at + alias.length)) &&
				!/^[-–]/.test(text.slice(at + alias.length)) &&
				// "Dunnell Newson": a capitalised word after it makes it a first name.
				!/^\s+\p{Lu}/u.test(text.slice(at + alias.length))
			) {
				push({
					kind: 'person',
					fine: 'surname',
					answer: alias,
					start: at,
					accept: [...person.forms],
					identity: person.identity
				});
				break;
			}
		}
	}
}

/**
 * The acronyms the corpus itself gives for a name ("Kosovo Liberation Army (KLA)"): a student
 * who types "KLA" knows the answer (blind review B2, 2026-12-01).
 */
export function acronymsFor(lexicon: Pick<Lexicon, 'acronyms'>, name: string): string[] {
	const folded = fold(name);
	return [...lexicon.acronyms]
		.filter(([, expansion]) => fold(expansion) === folded)
		.map(([a]) => a);
}

/** Organisations of the lexicon. */
function orgFacts({ text, lexicon, push }: Extraction): void {
	for (const org of lexicon.orgs) {
		const at = findWhole(text, org);
		if (at >= 0)
			push({
				kind: 'org',
				fine: 'org',
				answer: org,
				start: at,
				accept: acronymsFor(lexicon, org),
				identity: fold(org)
			});
	}
}

/** Places named once in the sentence. */
function placeFacts({ text, lexicon, push }: Extraction): void {
	for (const place of lexicon.places.values()) {
		const at = findWhole(text, place.name);
		if (at >= 0 && findWhole(text, place.name, at + 1) < 0)
			push({
				kind: 'place',
				fine: place.fine,
				answer: place.name,
				start: at,
				accept: [],
				identity: fold(place.name)
			});
	}
}

/** “Name (a …)” definitions. */
function definitionFacts({ text, push }: Extraction): void {
	const definition = /\b((?:\p{Lu}[\p{L}-]+\s?){1,4}) \((a|an) ([^)]{4,60})\)/u.exec(text);
	if (definition) {
		push({
			kind: 'definition',
			fine: 'definition',
			answer: definition[1].trim(),
			start: definition.index,
			accept: [],
			about: `${definition[2]} ${definition[3]}`,
			identity: fold(definition[1])
		});
	}
}

/** The extractors in the order they claim spans: the subject's definition (`definitions.ts`), quotations, dates before years. */
const EXTRACTORS = [
	subjectDefinitionFacts,
	quoteFacts,
	dateFacts,
	yearFacts,
	resolutionFacts,
	amountFacts,
	acronymFacts,
	personFacts,
	orgFacts,
	placeFacts,
	definitionFacts
];

/** All facts in one sentence, in reading order. */
export function factsOf(sentence: Sentence, lexicon: Lexicon): Fact[] {
	const facts: Fact[] = [];
	const taken: [number, number][] = [];
	const overlaps = (start: number, end: number) => taken.some(([a, b]) => start < b && end > a);
	const push = (fact: Omit<Fact, 'sentence'>) => {
		const end = fact.start + fact.answer.length;
		if (overlaps(fact.start, end)) return;
		taken.push([fact.start, end]);
		facts.push({ ...fact, sentence });
	};
	const extraction: Extraction = {
		text: sentence.text,
		sentence,
		lexicon,
		push,
		claim: (span) => taken.push(span),
		count: () => facts.length
	};
	for (const extract of EXTRACTORS) extract(extraction);
	return facts.sort((a, b) => a.start - b.start);
}

/**
 * Other ways to type a person's name. For a surname shared by several people only the surname
 * (and the form's own shorter versions) count, never another person's full name; the surname
 * alone only where the corpus uses it alone and it names nothing else (`Person.surnameAlone`).
 */
function acceptFor(person: Person, form: string): string[] {
	const forms = person.ambiguous
		? person.forms.filter((f) => form.endsWith(f) && f !== form)
		: person.forms;
	const surname = person.surnameAlone === false ? [] : [person.surname];
	return [...new Set([...forms, ...surname])].filter((f) => f !== form);
}

/** The role a sentence gives a person, if it names one right beside the name. */
export function roleOf(text: string, name: string, at: number): string | undefined {
	const before = text.slice(0, at);
	const after = text.slice(at + name.length);
	const appositive =
		/^,\s+((?:a|an|the|then|state|director|senior|research)\b[^,.;“”]{3,90}?)(?:,|\.(?:\s|$)|\s+(?:said|explained|believes|wrote))/u.exec(
			after
		);
	if (appositive) return appositive[1].trim();
	const leading =
		/((?:(?:\p{Lu}[\p{L}’'-]*|then-\p{Lu}[\p{L}]*|acting|then|of|and|Trade,|Tourism)\s+){0,5}?(?:then-)?(?:President|Prime Minister|prime minister|Minister of [\p{L} ,]+?|Major General|Secretary))(?:,)?\s+$/u.exec(
			before
		);
	if (leading) {
		const role = leading[1].replace(/,$/, '').trim();
		if (role.split(/\s+/).length >= 2) return role;
	}
	return undefined;
}

function speakerOf(
	text: string,
	quoteStart: number,
	quoteEnd: number,
	lexicon: Lexicon
): { form: string; identity: string; accept: string[] } | undefined {
	// The speaker is the person named nearest the quotation, outside it.
	let best: { distance: number; person: Person } | undefined;
	for (const person of lexicon.people.values()) {
		for (const form of [...person.forms, person.surname]) {
			for (let at = findWhole(text, form); at >= 0; at = findWhole(text, form, at + 1)) {
				if (at >= quoteStart && at < quoteEnd) continue;
				const distance = at < quoteStart ? quoteStart - (at + form.length) : at - quoteEnd;
				if (!best || distance < best.distance) best = { distance, person };
			}
		}
	}
	if (!best || best.distance > 60) return undefined;
	const full = best.person.forms[0] ?? best.person.surname;
	return { form: full, identity: best.person.identity, accept: acceptFor(best.person, full) };
}
