import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { QUESTION_TYPES, type Question, type QuestionType } from '../content/schema';
import { areSiblings, rankQuestions, SIBLING_GAP, tiersFromWritten } from './rank';

let serial = 0;
function question(type: QuestionType, over: Partial<Question> = {}): Question {
	serial++;
	return {
		id: `q-${String(serial).padStart(3, '0')}`,
		type,
		prompt: `Prompt ${serial}`,
		answer: type === 'truefalse' ? 'true' : 'x',
		...(type === 'mcq' ? { choices: ['x', 'y', 'z', 'w'] } : {}),
		explanation: 'e',
		source: { doc: 'a', quote: `Sentence ${serial}.` },
		fact: `fact-${serial}`,
		topics: ['t'],
		difficulty: 2,
		origin: 'generated',
		...over
	};
}

const data = (over: Partial<Parameters<typeof rankQuestions>[1]> = {}) => ({
	tiers: new Map<string, number>(),
	position: () => 0,
	docs: ['a', 'b'],
	...over
});
const inOrder = (qs: Question[]) => [...qs].sort((a, b) => a.rank! - b.rank!);

describe('rankQuestions', () => {
	it('gives every question a distinct integer rank and keeps the given order', () => {
		const qs = [question('cloze'), question('mcq'), question('short')];
		const ranked = rankQuestions(qs, data());
		expect(ranked.map((q) => q.id)).toEqual(qs.map((q) => q.id));
		expect(new Set(ranked.map((q) => q.rank)).size).toBe(3);
		for (const q of ranked) expect(Number.isInteger(q.rank)).toBe(true);
	});

	it('teaches an editor’s central questions first, then written, then generated', () => {
		const generated = question('cloze');
		const written = question('cloze', { origin: 'written', id: 'w-plain' });
		const central = question('cloze', { origin: 'written', id: 'w-central' });
		const ranked = rankQuestions(
			[generated, written, central],
			data({ tiers: new Map([['w-central', 0]]) })
		);
		expect(inOrder(ranked).map((q) => q.id)).toEqual(['w-central', 'w-plain', generated.id]);
	});

	it('takes a later written tier’s question before a sibling, but never generated detail', () => {
		const central = question('mcq', { origin: 'written', id: 'w-a1', fact: 'f-a' });
		const centralTwin = question('short', { origin: 'written', id: 'w-a2', fact: 'f-a' });
		const plain = question('cloze', { origin: 'written', id: 'w-b', fact: 'f-b' });
		const generated = question('flashcard', { fact: 'f-c' });
		const ranked = inOrder(
			rankQuestions(
				[generated, plain, centralTwin, central],
				data({
					tiers: new Map([
						['w-a1', 0],
						['w-a2', 0]
					])
				})
			)
		);
		// The central twin waits: the written tier-1 question comes between the two siblings...
		expect(ranked.map((q) => q.id).slice(0, 2)).toEqual(['w-a1', 'w-b']);
		// ...but generated detail does not jump ahead of a written question.
		expect(ranked.findIndex((q) => q.id === generated.id)).toBe(3);
	});

	it('interleaves types, so that the first five show every type', () => {
		// Fifteen fill-the-blanks first in bank order, as the generator used to ship them.
		const qs = [
			...Array.from({ length: 15 }, () => question('cloze')),
			...(['mcq', 'truefalse', 'short', 'flashcard'] as const).flatMap((t) => [
				question(t),
				question(t)
			])
		];
		const firstFive = inOrder(rankQuestions(qs, data())).slice(0, 5);
		expect(new Set(firstFive.map((q) => q.type)).size).toBe(QUESTION_TYPES.length);
	});

	it('keeps siblings (same fact or overlapping quote) apart', () => {
		const quote = 'The treaty was signed in 1920 in Paris.';
		const twins = [
			question('cloze', { source: { doc: 'a', quote } }),
			question('mcq', { source: { doc: 'a', quote } }),
			question('short', { fact: 'treaty' }),
			question('flashcard', { fact: 'treaty' }),
			question('truefalse', { source: { doc: 'a', quote: `${quote} Both kingdoms signed.` } })
		];
		const others = Array.from({ length: 60 }, (_, i) => question(QUESTION_TYPES[i % 5]));
		const ranked = inOrder(rankQuestions([...twins, ...others], data()));
		for (let i = 0; i < ranked.length; i++)
			for (let j = i + 1; j < Math.min(ranked.length, i + SIBLING_GAP); j++)
				expect(areSiblings(ranked[i], ranked[j]), `${ranked[i].id} ${ranked[j].id}`).toBe(false);
	});

	it('lets articles take turns and starts each from its first passages', () => {
		const qs = [
			question('cloze', { source: { doc: 'a', quote: 'A late.' } }),
			question('cloze', { source: { doc: 'a', quote: 'A early.' } }),
			question('cloze', { source: { doc: 'b', quote: 'B early.' } })
		];
		const position = (q: Question) => (q.source.quote.includes('early') ? 0 : 5);
		const ranked = inOrder(rankQuestions(qs, data({ position })));
		expect(ranked.map((q) => q.source.quote)).toEqual(['A early.', 'B early.', 'A late.']);
	});
});

describe('tiersFromWritten', () => {
	it('reads integer tiers ≥ 0 and ignores anything else', () => {
		const tiers = tiersFromWritten([
			{ id: 'w-a', tier: 0 },
			{ id: 'w-b', tier: 1.5 },
			{ id: 'w-c', tier: -1 },
			{ id: 'w-d' },
			null
		]);
		expect([...tiers]).toEqual([['w-a', 0]]);
		expect(tiersFromWritten('nope').size).toBe(0);
	});
});

describe('the shipped bank’s teaching order', () => {
	const bank: { questions: Question[] } = JSON.parse(readFileSync('questions/bank.json', 'utf8'));
	const ranked = inOrder(bank.questions);

	it('ranks every question, each with its own place', () => {
		expect(bank.questions.every((q) => Number.isInteger(q.rank))).toBe(true);
		expect(new Set(bank.questions.map((q) => q.rank)).size).toBe(bank.questions.length);
	});

	it('shows every type on day one (first 20), none of them siblings', () => {
		const day = ranked.slice(0, 20);
		expect(new Set(day.map((q) => q.type))).toEqual(new Set(QUESTION_TYPES));
		const sentences = day.map((q) => `${q.source.doc}|${q.source.quote}`);
		expect(new Set(sentences).size).toBe(day.length);
		for (let i = 0; i < day.length; i++)
			for (let j = i + 1; j < day.length; j++)
				expect(areSiblings(day[i], day[j]), `${day[i].id} ${day[j].id}`).toBe(false);
	});

	it('teaches written questions before generated detail', () => {
		const firstGenerated = ranked.findIndex((q) => q.origin === 'generated');
		const lastWritten = ranked.findLastIndex((q) => q.origin === 'written');
		expect(firstGenerated).toBeGreaterThan(lastWritten);
	});
});
