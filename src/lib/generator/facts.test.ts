import { describe, expect, it } from 'vitest';
import { candidatesFor, type DocInfo } from './candidates';
import { checkCandidate } from './checks';
import { buildPools, distractorsFor } from './distractors';
import { NO_KNOWLEDGE } from './knowledge';
import { buildLexicon, factsOf, type Fact } from './facts';
import { balanceQuotes, sentencesOf } from './text';

const paragraphs = [
	'Serbian President Aleksandar Vučić accused Turkey of arming Kosovo.',
	'Turkey’s military has been an important contributor to the NATO peacekeeping force, the Kosovo Force (KFOR).',
	'In 2019, Serbia and Turkey signed a defence cooperation agreement.',
	'There are approximately 3,300 Turkish firms that operate in Serbia, and 21 of them are factories.',
	'Moreover, there are around 850 Turkish firms operating in Serbia.',
	'Nemanja Starovic, state secretary of Serbia’s Defense Ministry, said that Belgrade and Ankara disagree over Kosovo.',
	'Kosovo’s President Vjosa Osmani condemned Vučić’s comments.',
	'Erdogan accused Haradinaj of protecting terrorists, while Thaci maintained cordial ties.',
	'Ramush Haradinaj, then prime minister, dismissed security officials.',
	'Hashim Thaci resigned to face war crimes charges in The Hague.',
	'“Erdogan is a strong leader who defended his country against the coup attempt,” said Perko Matovic.',
	'Recep Tayyip Erdogan visited Prizren in 2013.'
];
const sentences = sentencesOf(
	'sample',
	paragraphs.map((text) => ({ kind: 'paragraph' as const, text }))
);
const lexicon = buildLexicon(sentences);
const facts = sentences.flatMap((s) => factsOf(s, lexicon));
const doc: DocInfo = {
	id: 'sample',
	short: 'the sample',
	year: '2025',
	asOf: 'October 2025',
	years: new Set(['2013', '2019'])
};
const pools = buildPools(facts);
const make = (fact: Fact) => candidatesFor(fact, doc, pools, lexicon, NO_KNOWLEDGE);
const find = (kind: Fact['kind'], answer: string) =>
	facts.find((f) => f.kind === kind && f.answer === answer);

describe('fact extraction', () => {
	it('finds people with their roles, surname aliases folding together', () => {
		const vucic = find('role', 'Aleksandar Vučić');
		expect(vucic?.about).toBe('Serbian President');
		expect(find('role', 'Nemanja Starovic')?.about).toBe(
			'state secretary of Serbia’s Defense Ministry'
		);
		expect(lexicon.personByAlias.get('vucic')).toBe(vucic?.identity);
	});

	it('finds acronyms with their expansions, years and figures with their unit', () => {
		expect(lexicon.acronyms.get('KFOR')).toBe('Kosovo Force');
		expect(find('year', '2019')).toBeDefined();
		expect(find('number', '3,300')?.fine).toBe('count:Turkish firms');
	});

	it('finds who said a quotation', () => {
		const quote = facts.find((f) => f.kind === 'quote');
		expect(quote?.answer).toBe('Perko Matovic');
	});
});

describe('distractors', () => {
	it('offers nearby years, never one printed in the sentence', () => {
		const year = find('year', '2019')!;
		const wrong = distractorsFor(year, pools, lexicon, 2025, doc.years);
		expect(wrong).toHaveLength(3);
		for (const value of wrong) {
			expect(value).toMatch(/^\d{4}$/);
			expect(Math.abs(Number(value) - 2019)).toBeLessThanOrEqual(9);
			expect(Number(value)).toBeLessThanOrEqual(2025);
			// A year the article names may be true of a like event: never offered as wrong.
			expect(['2013', '2019']).not.toContain(value);
		}
	});

	it('offers amounts of the same unit and never a figure the corpus prints', () => {
		const firms = find('number', '3,300')!;
		const wrong = distractorsFor(firms, pools, lexicon, 2025);
		expect(wrong.length).toBeGreaterThan(0);
		for (const value of wrong) {
			expect(value).toMatch(/^[\d,]+$/);
			expect(value).not.toBe('850');
		}
	});

	it('offers people for a person, never an alias of the answer', () => {
		const haradinaj = facts.find((f) => f.kind === 'person' && f.answer === 'Haradinaj')!;
		const wrong = distractorsFor(haradinaj, pools, lexicon, 2025);
		expect(wrong).not.toContain('Haradinaj');
		expect(wrong).not.toContain('Ramush Haradinaj');
		// Named in the same sentence, so true there: never offered as wrong.
		expect(wrong).not.toContain('Erdogan');
		expect(wrong).not.toContain('Thaci');
	});
});

describe('candidates and checks', () => {
	it('offers a year as a blank (cloze and multiple choice) and as a true and a false statement', () => {
		const made = make(find('year', '2019')!);
		expect(made.map((c) => `${c.slot}:${c.question.type}:${c.question.answer}`).sort()).toEqual([
			'blank:cloze:2019',
			'blank:mcq:2019',
			'card:flashcard:2019',
			'statement:truefalse:false',
			'statement:truefalse:true'
		]);
		for (const candidate of made) expect(checkCandidate(candidate, lexicon)).toBeUndefined();
	});

	it('builds both keys of a statement the same way: attributed figures, one value swapped', () => {
		const made = make(find('number', '3,300')!).filter((c) => c.slot === 'statement');
		const [truth, lie] = ['true', 'false'].map(
			(key) => made.find((c) => c.question.answer === key)!.question.prompt
		);
		expect(truth).toMatch(/^According to the sample, there are approximately 3,300 Turkish/);
		expect(lie).toMatch(/^According to the sample, there are approximately [\d,]+ Turkish/);
		expect(lie).not.toContain('3,300');
		expect(lie.replace(/\d[\d,]*/, '#')).toBe(truth.replace(/\d[\d,]*/, '#'));
	});

	it('drops a leading connective from every prompt', () => {
		const made = make(find('number', '850')!);
		for (const c of made) expect(c.question.prompt).not.toMatch(/Moreover/);
	});

	it('asks no quotation, acronym expansion or commentator’s title', () => {
		const trivia = facts.filter((f) => f.kind === 'quote' || f.kind === 'acronym');
		expect(trivia.length).toBeGreaterThan(0);
		for (const fact of trivia) expect(make(fact)).toEqual([]);
		const starovic = find('role', 'Nemanja Starovic')!;
		expect(make(starovic).filter((c) => c.question.type === 'flashcard')).toEqual([]);
	});

	it('rejects a prompt that leaks its answer and a distractor that is an alias', () => {
		const [cloze] = make(find('year', '2019')!);
		const leaking = {
			...cloze,
			question: { ...cloze.question, prompt: `${cloze.question.prompt} (2019)` }
		};
		expect(checkCandidate(leaking, lexicon)).toBe('prompt-leaks-answer');
		const osmani = find('role', 'Vjosa Osmani')!;
		const mcq = { ...make(find('year', '2019')!).find((c) => c.question.type === 'mcq')! };
		const alias = {
			...mcq,
			fact: osmani,
			question: {
				...mcq.question,
				prompt: 'Kosovo’s President ____ condemned the comments of the Serbian leader.',
				answer: osmani.answer,
				source: { doc: 'sample', quote: paragraphs[6] }
			},
			distractors: ['Osmani', 'Hashim Thaci', 'Ramush Haradinaj']
		};
		expect(checkCandidate(alias, lexicon)).toBe('title-or-acronym-beside-blank');
	});

	it('rejects a question whose answer is not in its cited sentence', () => {
		const [cloze] = make(find('year', '2019')!);
		const moved = {
			...cloze,
			question: { ...cloze.question, source: { doc: 'sample', quote: paragraphs[0] } }
		};
		expect(checkCandidate(moved, lexicon)).toBe('answer-not-in-source');
	});
});

describe('balanceQuotes', () => {
	it('closes a quotation that runs on past the sentence, and opens one that began before it', () => {
		expect(balanceQuotes('“Now 114 countries recognize Kosovo.')).toBe(
			'“Now 114 countries recognize Kosovo.”'
		);
		expect(balanceQuotes('learn this lesson from,” a journalist wrote.')).toBe(
			'“learn this lesson from,” a journalist wrote.'
		);
		expect(balanceQuotes('He said “yes” twice.')).toBe('He said “yes” twice.');
	});
});

describe('names that are not how a person is referred to', () => {
	// A made-up article: a building named like a person, and people the text calls by surname or not.
	const text = [
		'Santa Veronica was built as a chapel in 1290.',
		'Piero Calvani, a mason from the valley, laid its first stone.',
		'Pilgrims later came to the Santa Veronica from across the valley.',
		'Calvani said that the chapel took nine years to finish.',
		'The painter Lucia Marenzi decorated its ceiling in 1321.',
		'Lucia Marenzi later moved to Ferrano, where she painted the town hall.',
		'Giorgio Ferrano, a merchant, paid for the new bell.'
	];
	const corpus = sentencesOf(
		'made-up',
		text.map((t) => ({ kind: 'paragraph' as const, text: t }))
	);
	const lex = buildLexicon(corpus);
	const all = corpus.flatMap((s) => factsOf(s, lex));
	const person = (answer: string) =>
		all.find((f) => (f.kind === 'person' || f.kind === 'role') && f.answer === answer);

	it('never takes a building the text writes as a thing for a person', () => {
		expect([...lex.people.values()].flatMap((p) => p.forms)).not.toContain('Santa Veronica');
		expect(person('Santa Veronica')).toBeUndefined();
	});

	it('accepts a surname alone only where the text itself uses it alone', () => {
		expect(person('Piero Calvani')?.accept).toContain('Calvani');
		expect(person('Lucia Marenzi')?.accept ?? []).not.toContain('Marenzi');
	});

	it('never accepts a surname that also names a place', () => {
		const ferrano = person('Giorgio Ferrano');
		if (ferrano) expect(ferrano.accept).not.toContain('Ferrano');
		expect(lex.people.get('ferrano')?.surnameAlone).toBe(false);
	});
});
