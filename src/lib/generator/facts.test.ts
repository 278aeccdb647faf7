import { describe, expect, it } from 'vitest';
import { buildPools, candidatesFor, distractorsFor, type DocInfo } from './candidates';
import { checkCandidate } from './checks';
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
const doc: DocInfo = { id: 'sample', short: 'the sample', year: '2025' };
const pools = buildPools(facts, lexicon);
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
		const wrong = distractorsFor(year, pools, lexicon);
		expect(wrong).toHaveLength(3);
		for (const value of wrong) {
			expect(value).toMatch(/^\d{4}$/);
			expect(Math.abs(Number(value) - 2019)).toBeLessThanOrEqual(5);
			expect(value).not.toBe('2019');
		}
	});

	it('offers amounts of the same unit and never a figure the corpus prints', () => {
		const firms = find('number', '3,300')!;
		const wrong = distractorsFor(firms, pools, lexicon);
		expect(wrong.length).toBeGreaterThan(0);
		for (const value of wrong) {
			expect(value).toMatch(/^[\d,]+$/);
			expect(value).not.toBe('850');
		}
	});

	it('offers people for a person, never an alias of the answer', () => {
		const haradinaj = facts.find((f) => f.kind === 'person' && f.answer === 'Haradinaj')!;
		const wrong = distractorsFor(haradinaj, pools, lexicon);
		expect(wrong).not.toContain('Haradinaj');
		expect(wrong).not.toContain('Ramush Haradinaj');
		// Named in the same sentence, so true there: never offered as wrong.
		expect(wrong).not.toContain('Erdogan');
		expect(wrong).not.toContain('Thaci');
	});
});

describe('candidates and checks', () => {
	it('makes every type for a fact that supports it, each passing the checks', () => {
		const vucic = find('role', 'Aleksandar Vučić')!;
		const made = candidatesFor(vucic, doc, pools, lexicon);
		expect(new Set(made.map((c) => c.question.type))).toEqual(
			new Set(['cloze', 'mcq', 'short', 'flashcard'])
		);
		for (const candidate of made) expect(checkCandidate(candidate, lexicon)).toBeUndefined();
	});

	it('attributes figures and builds false statements by swapping in a wrong value', () => {
		const made = candidatesFor(find('number', '3,300')!, doc, pools, lexicon);
		const cloze = made.find((c) => c.question.type === 'cloze')!;
		expect(cloze.question.prompt).toMatch(
			/^According to the sample: There are approximately ____ Turkish/
		);
		const statement = made.find((c) => c.question.type === 'truefalse')!;
		expect(statement.question.answer).toBe('false');
		expect(statement.question.prompt).not.toContain('3,300');
	});

	it('rejects a prompt that leaks its answer and a distractor that is an alias', () => {
		const vucic = find('role', 'Aleksandar Vučić')!;
		const [cloze] = candidatesFor(vucic, doc, pools, lexicon);
		const leaking = {
			...cloze,
			question: { ...cloze.question, prompt: `${cloze.question.prompt} (Vucic)` }
		};
		expect(checkCandidate(leaking, lexicon)).toBe('prompt-leaks-answer');
		const mcq = candidatesFor(vucic, doc, pools, lexicon).find((c) => c.question.type === 'mcq')!;
		const alias = { ...mcq, distractors: ['Vucic', ...mcq.distractors.slice(1)] };
		expect(checkCandidate(alias, lexicon)).toBe('bad-distractors');
	});

	it('rejects a question whose answer is not in its cited sentence', () => {
		const vucic = find('role', 'Aleksandar Vučić')!;
		const [cloze] = candidatesFor(vucic, doc, pools, lexicon);
		const moved = {
			...cloze,
			question: { ...cloze.question, source: { doc: 'sample', quote: paragraphs[2] } }
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
