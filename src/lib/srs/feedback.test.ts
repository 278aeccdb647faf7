import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { acceptedNote } from './feedback';

const question = {
	id: 'q-defence',
	type: 'short',
	prompt: 'What did Ankara say the drones were for?',
	answer: 'defence',
	accept: ['military'],
	explanation: '',
	source: { doc: 'drones', quote: 'Ankara answered that the drones were for defence only.' },
	fact: 'drones-defence',
	topics: [],
	difficulty: 2,
	origin: 'written',
	rank: 1
} as unknown as Question;

describe('what a right typed answer says it accepted', () => {
	it('names the accepted answer and what the source says (issue 14: "military" for "defence")', () => {
		expect(acceptedNote(question, ' military ')).toBe(
			'Accepted: “military” (an answer this question also takes) — the source says “defence”.'
		);
		expect(acceptedNote(question, 'defense')).toBe(
			'Accepted: “defense” (one slip of the keyboard is forgiven) — the source says “defence”.'
		);
		expect(acceptedNote(question, 'militery')).toMatch(
			/^Accepted: “militery” \(one slip .*, from “military”, an answer this question also takes\)/
		);
	});

	it('says nothing more for the key itself, a wrong answer or a choice', () => {
		expect(acceptedNote(question, 'Defence')).toBeNull();
		expect(acceptedNote(question, 'attack')).toBeNull();
		expect(acceptedNote({ ...question, type: 'mcq' } as Question, 'military')).toBeNull();
	});

	it('says "the answer is" for a question with no source sentence (imported)', () => {
		const imported = { ...question, source: { doc: 'x', quote: '' } } as Question;
		expect(acceptedNote(imported, 'military')).toMatch(/— the answer is “defence”\.$/);
	});
});
