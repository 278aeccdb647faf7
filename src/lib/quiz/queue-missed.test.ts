import { describe, expect, it } from 'vitest';
import type { CourseRecord } from '$lib/db/records';
import { freshDb } from '$lib/db/test-helpers';
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
