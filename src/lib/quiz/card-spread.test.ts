import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { withCardQuestions } from './card-questions';
import { MOST_USES } from './choice-uses';
import { formClash } from './choice-form';

const COURSE = 'u-0e2e0000-0000-4000-8000-000000000056';

/** A flashcard of a made-up geology course: handout `doc`, "What is meant by the term …?". */
function card(n: number, term: string, answer: string, doc = 1): Question {
	return {
		id: `${COURSE}:q-${n}`,
		type: 'flashcard',
		prompt: `What is meant by the term “${term}”?`,
		answer,
		explanation: 'The notes define it so.',
		source: { doc: `${COURSE}:d-${doc}`, quote: `${term} – ${answer}.` },
		fact: `${COURSE}:f-${n}`,
		topics: [],
		difficulty: 1,
		origin: 'generated'
	};
}

/** Wrong choices of each question made multiple choice. */
function wrongOf(questions: readonly Question[]): { key: string; wrong: string[] }[] {
	return questions
		.filter((q) => q.type === 'mcq')
		.map((q) => ({ key: q.answer, wrong: q.choices!.filter((c) => c !== q.answer.trim()) }));
}

const PROSE = [
	'A substance that flows out of a volcano when it erupts',
	'A substance formed when lava cools quickly at the surface',
	'A substance made of tiny pieces of rock blown from a vent',
	'A substance that holds water in the pores between its grains',
	'A substance that wears away the land as it moves downhill',
	'A substance left behind when a glacier melts in a valley',
	'A substance that forms in layers at the bottom of the sea',
	'A substance that changes when heated deep under the ground'
];

/** The teacher's case: one student's note among prose definitions. */
const NOTE = 'Substance of the crust, oceanic = thin + dense, continental = thick + light';

describe('wrong choices of a flashcard asked as multiple choice', () => {
	it('never offer a note in shorthand beside a key in prose', () => {
		const cards = [...PROSE.map((a, i) => card(i + 1, `term ${i}`, a)), card(9, 'crust', NOTE)];
		const made = wrongOf(withCardQuestions(cards, ['mcq']).questions);
		expect(made.length).toBeGreaterThanOrEqual(PROSE.length);
		for (const { key, wrong } of made) if (key !== NOTE) expect(wrong).not.toContain(NOTE);
	});

	it('leave a key the only one of its form a flashcard (fewer than three fair choices)', () => {
		const cards = [...PROSE.map((a, i) => card(i + 1, `term ${i}`, a)), card(9, 'crust', NOTE)];
		const { questions } = withCardQuestions(cards, ['mcq']);
		expect(questions.find((q) => q.answer === NOTE)?.type).toBe('flashcard');
	});

	it('are spread over the course: none taken by many questions while others of its kind rest', () => {
		// Two handouts of eight: each card's own handout first, so its choices repeat within it.
		const cards = [
			...PROSE.map((a, i) => card(i + 1, `term ${i}`, a, 1)),
			...PROSE.map((a, i) => card(i + 11, `word ${i}`, a.replace('substance', 'material'), 2))
		];
		const counts = new Map<string, number>();
		for (const { wrong } of wrongOf(withCardQuestions(cards, ['mcq']).questions))
			for (const w of wrong) counts.set(w, (counts.get(w) ?? 0) + 1);
		// 16 questions × 3 wrong choices over 16 keys: 3 each when spread evenly.
		expect(Math.max(...counts.values())).toBeLessThanOrEqual(MOST_USES * 2);
		expect(counts.size).toBe(16);
	});
});

/** Keys in prose, shorthand, lists and several sentences, of many lengths: forms that collide. */
const formsArbitrary = fc
	.array(
		fc.record({
			lead: fc.constantFrom('A substance', 'A place', 'A force', 'Rock'),
			rest: fc.array(
				fc.constantFrom('that', 'moves', 'heat', '=', '+', 'dense', 'and', ',', '. It', 'water'),
				{ minLength: 1, maxLength: 12 }
			),
			doc: fc.integer({ min: 1, max: 3 })
		}),
		{ minLength: 3, maxLength: 16 }
	)
	.map((rows) =>
		rows.map((r, i) =>
			card(i + 1, `term ${i}`, `${r.lead} ${r.rest.join(' ')}`.replace(/ ,/g, ','), r.doc)
		)
	);

describe('every wrong choice of a flashcard (property)', () => {
	it('is of its key’s form (shorthand, sentences, list, length)', () => {
		fc.assert(
			fc.property(formsArbitrary, fc.nat(), (cards, seed) => {
				for (const { key, wrong } of wrongOf(withCardQuestions(cards, ['mcq'], seed).questions))
					for (const w of wrong) expect(formClash(key, w)).toBeNull();
			})
		);
	});
});
