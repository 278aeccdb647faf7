import { describe, expect, it } from 'vitest';
import type { CourseRecord } from '$lib/db/records';
import { freshDb } from '$lib/db/test-helpers';
import { courseQuizId } from './course-source';
import { planMissed } from './missed-plan';
import { queueMissedForStudy } from './queue-missed';

describe('queueMissedForStudy', () => {
	it('queues only questions an installed course has', async () => {
		const db = freshDb();
		await db.courses.put({
			id: 'builtin',
			title: 'Course',
			kind: 'builtin',
			hash: 'x',
			installedAt: 1,
			questionCount: 2,
			documentCount: 0,
			queue: [
				{ id: 'known-a', fact: 'f1' },
				{ id: 'known-b', fact: 'f2' }
			]
		} as unknown as CourseRecord);
		const outcome = await queueMissedForStudy(['known-a', 'made-up', 'known-a', '\u200b'], db);
		expect(outcome).toEqual({ queued: 1, skipped: 2 });
		expect((await db.cards.toArray()).map((card) => card.questionId)).toEqual(['known-a']);
	});
});

describe('planMissed', () => {
	const courses = [
		{ id: 'builtin', queue: [{ id: 'w-kosovo', fact: 'f' }] },
		{ id: 'u-1', queue: [{ id: 'u-1:q-7', fact: 'g' }] }
	] as unknown as CourseRecord[];

	it('finds built-in questions by id and course questions by their quiz id', () => {
		expect(planMissed(['w-kosovo', courseQuizId('u-1:q-7'), 'w-kosovo'], courses)).toEqual({
			ids: ['w-kosovo', 'u-1:q-7'],
			notHere: 0
		});
	});

	it('counts what no course here holds: a teacher’s course or own wording', () => {
		expect(planMissed([courseQuizId('u-2:q-1'), 'own-1', 'w-kosovo'], courses)).toEqual({
			ids: ['w-kosovo'],
			notHere: 2
		});
		expect(planMissed(['own-1'], courses)).toEqual({ ids: [], notHere: 1 });
	});

	it('counts bank questions in while the built-in course is not installed yet', () => {
		const own = courses.filter((c) => c.id !== 'builtin');
		expect(planMissed(['w-kosovo', courseQuizId('u-2:q-1')], own)).toEqual({
			ids: ['w-kosovo'],
			notHere: 1
		});
	});
});
