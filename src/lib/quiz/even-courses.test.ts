import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { courseIdOf } from '$lib/db/records';
import { buildQuizQuestions } from './build';
import { evenlyAcrossCourses } from './even-courses';
import { QUIZ_TYPES } from './types';

const A = 'u-0e2e0000-0000-4000-8000-00000000000a';
const B = 'u-0e2e0000-0000-4000-8000-00000000000b';

/** A made-up true/false question of `course` ('' the built-in one), one fact each. */
function question(course: string, n: number): Question {
	const at = course ? `${course}:` : '';
	return {
		id: `${at}q-${n}`,
		type: 'truefalse',
		prompt: `True or false: statement ${course.slice(-1) || 'b'} number ${n}.`,
		answer: 'true',
		explanation: 'So the handout says.',
		source: { doc: `${at}d-1`, quote: `Statement ${n}.` },
		fact: `${at}f-${n}`,
		topics: ['Mixed']
	} as Question;
}

describe('a quiz of several courses draws evenly across them (issue 12)', () => {
	// Her two courses (6 and 10 facts) and the built-in course (200): 4 of hers, 21 built-in before.
	const bank = [
		...Array.from({ length: 6 }, (_, n) => question(A, n)),
		...Array.from({ length: 10 }, (_, n) => question(B, n)),
		...Array.from({ length: 200 }, (_, n) => question('', n))
	];
	const filters = { docs: [], topics: [], types: [...QUIZ_TYPES], count: 25 };
	const byCourse = (qs: readonly Pick<Question, 'source'>[]) => {
		const out: Record<string, number> = {};
		for (const q of qs) out[courseIdOf(q.source.doc)] = (out[courseIdOf(q.source.doc)] ?? 0) + 1;
		return out;
	};

	it('takes turns by course, one fact at a time, a fact’s wordings together', () => {
		const pool = [question(A, 1), question('', 1), question('', 2), question(A, 2), question(B, 1)];
		const twin = { ...question(A, 1), id: `${A}:q-1b` };
		expect(evenlyAcrossCourses([...pool, twin]).map((q) => q.id)).toEqual([
			`${A}:q-1`,
			`${A}:q-1b`,
			'q-1',
			`${B}:q-1`,
			`${A}:q-2`,
			'q-2'
		]);
	});

	it('gives each course an even share, a small course all it has and the others the rest', () => {
		const pooled = byCourse(buildQuizQuestions(bank, { ...filters, seed: 7 }));
		const even = byCourse(buildQuizQuestions(bank, { ...filters, seed: 7 }, undefined, true));
		// Pooled, the built-in course's size wins; evenly, 6 (all of A), 9 or 10 of B, the rest built-in.
		expect(pooled[A] + pooled[B]).toBeLessThan(8);
		expect(even[A]).toBe(6);
		expect(even[B]).toBeGreaterThanOrEqual(9);
		expect(even[A] + even[B] + even.builtin).toBe(25);
	});
});
