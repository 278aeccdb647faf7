import { MONTH_NAMES } from '$lib/content/months';
import { withoutHalves } from '$lib/text/choice-halves';
import { distractorsFor, yearDistractors } from '$lib/generator/distractors';
import { factsOf, type Fact, type Lexicon } from '$lib/generator/facts';
import { fold, type Sentence } from '$lib/generator/text';
import type { DocumentFacts } from './cloze-suggest';
import { genericHead } from './bare-blank';
import {
	documentPlaces,
	morePeople,
	nameRuns,
	nameKind,
	personFact,
	samePersonKind
} from './cloze-kinds';

/**
 * Wrong choices for a question written from a sentence ("Make it multiple choice"), made by the
 * generator's own code: `distractorsFor` on the answer read as a fact of the document.
 */

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

/** A month and its year, "July 1788". */
const MONTH_YEAR = new RegExp(`^(${MONTH_NAMES.join('|')})\\s+(\\d{4})$`, 'u');

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
	const found = suggested(answer, sentence, facts);
	// Never both halves of another choice or of the answer ("China", "Russia" and "China and
	// Russia": a form cue, `withoutHalves`), whichever way the choices were found.
	return found.ok ? { ok: true, wrong: withoutHalves(answer.trim(), found.wrong) } : found;
}

/** `wrongChoices` before the halves rule. */
function suggested(answer: string, sentence: string, facts: DocumentFacts): WrongChoices {
	// "July 1788" (a whole unit, `wholeUnit`): other years in the same month.
	const monthYear = MONTH_YEAR.exec(answer.trim());
	if (monthYear) {
		const years = wrongChoices(monthYear[2], sentence, facts);
		return years.ok ? { ok: true, wrong: years.wrong.map((y) => `${monthYear[1]} ${y}`) } : years;
	}
	// "Suez Canal": other named structures and features, never people (outsider teacher, issue
	// 12: "Make it multiple choice" offered one wrong choice, a temple, as if the canal were a person).
	const head = genericHead(answer.trim());
	if (head) return { ok: true, wrong: namedLikewise(answer.trim(), head, sentence, facts) };
	const found = factOfAnswer(answer.trim(), sentence, facts);
	// A capitalised name the tagger did not read ("Norrvik Hill") still has a kind.
	const capitalised = /^\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(answer.trim());
	const named =
		found?.kind === 'person' ||
		facts.lexicon.personByAlias.has(fold(answer.trim())) ||
		(!found && capitalised);
	const kind = named ? nameKind(answer.trim(), facts.sentences) : undefined;
	const fact = found ?? (kind ? personFact(answer.trim(), sentence) : undefined);
	// A "person" the words around it show to be a place or a ship: its own kind, or none.
	if (kind === 'place')
		return {
			ok: true,
			wrong: documentPlaces(facts.sentences, facts.lexicon, sentence).slice(0, 3)
		};
	if (kind === 'thing') return { ok: true, wrong: [] };
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
	if (kind) wrong = samePersonKind(wrong, kind, facts.sentences, sentence);
	if (kind && (fact.fine === 'person' || fact.fine === 'surname'))
		wrong = morePeople(wrong, fact, facts, kind);
	return { ok: true, wrong: wrong.slice(0, 3) };
}

/** Generic nouns of one kind: a canal's wrong choices are other works, never a war or a sea. */
const HEAD_KINDS = [
	/^(?:Canal|Dam|Reservoir|Tunnel|Pyramid|Lighthouse|Bridge|Wall|Road|Railway|Line|Highway|Tower|Palace|Temple|Abbey|Cathedral|Basilica|Mosque|Chapel|Church|Monastery|Castle|Fort|Station|Port|Harbour|Harbor|Airport|Stadium|Monument|Memorial|Column|Statue|Arch|Gate|Square|Street|Hall|Library|Museum|Gallery|Theatre|Theater)$/u,
	/^(?:River|Lake|Sea|Ocean|Mountain|Mountains|Island|Islands|Valley|Coast|Peninsula|Desert|Forest|Park)$/u,
	/^(?:War|Battle|Revolution|Crisis|Affair|Incident|Massacre|Siege|Uprising|Rebellion|Revolt|Conquest|Invasion|Occupation|Campaign|Operation|Expedition)$/u,
	/^(?:Treaty|Pact|Agreement|Accord|Declaration|Charter|Constitution|Convention|Protocol|Resolution|Act|Law|Bill|Statute|Plan|Programme|Program)$/u
];

/**
 * Up to three other names of `facts`' sentences whose generic noun (`genericHead`) is of the
 * same kind as `head` (`HEAD_KINDS`: another work, water, event or treaty), another of the same
 * noun first ("Dam" for "Dam"), none named in `sentence`, in reading order.
 */
function namedLikewise(answer: string, head: string, sentence: string, facts: DocumentFacts) {
	const own = fold(sentence);
	const kind = HEAD_KINDS.find((k) => k.test(head));
	const names = new Map<string, string>();
	for (const { text } of facts.sentences)
		for (const span of nameRuns(text)) {
			const name = text.slice(span.start, span.end).replace(/^(?:The|A|An)\s+/u, '');
			const key = fold(name);
			const other = genericHead(name);
			if (!other || !kind?.test(other) || own.includes(key) || key === fold(answer)) continue;
			// "High Dam" beside "Aswan High Dam": one thing, one choice.
			if (![...names.keys()].some((k) => k.includes(key) || key.includes(k))) names.set(key, name);
		}
	const all = [...names.values()];
	const same = all.filter((n) => genericHead(n) === head);
	return [...same, ...all.filter((n) => !same.includes(n))].slice(0, 3);
}
