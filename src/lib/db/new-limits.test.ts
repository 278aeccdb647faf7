import { describe, expect, it } from 'vitest';
import { createCourse, type NewCourse } from '$lib/courses/create';
import { fixtureQuestion } from '$lib/courses/fixtures.test-helpers';
import { countQueue } from '$lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { createDb } from './schema';
import { answer } from './test-helpers';
import { loadTodayQueue } from './today-queue';

/** A course of three questions on three sentences (so none buries another). */
function course(title: string): NewCourse {
	const sentences = ['Rivers flood in spring.', 'Dams hold water back.', 'Mills grind grain.'];
	return {
		title,
		status: 'accepted',
		documents: [
			{
				title: 'Water',
				outlet: '',
				date: '2024-05-01',
				text: sentences.join(' '),
				questions: sentences.map((quote, i) =>
					fixtureQuestion(`q${i}`, 'flashcard', { source: { doc: 'x', quote } })
				)
			}
		]
	};
}

describe('the daily new limit across courses (Anki: per deck, the parent capping the whole)', () => {
	it('is each course’s own when it is studied alone, and the total when all are', async () => {
		const name = `new-limits-${Math.random()}`;
		const db = createDb(name);
		const now = new Date(2026, 4, 12, 9, 0).getTime();
		const a = await createCourse(db, course('A'), { id: 'u-a', now });
		const b = await createCourse(db, course('B'), { id: 'u-b', now });
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 2 };
		const fresh = async (courseId: string | null, connection = db) =>
			countQueue(await loadTodayQueue({ courseId }, settings, now + 60_000, connection)).fresh;

		expect([await fresh(a.id), await fresh(b.id), await fresh(null)]).toEqual([2, 2, 2]);
		// One new question of A answered, in this tab (its cache updated in place).
		await recordAnswer(answer('u-a:q-1', 3, now), settings, db);
		expect([await fresh(a.id), await fresh(b.id), await fresh(null)]).toEqual([1, 2, 1]);
		// A second tab reads the same from the database.
		const other = createDb(name);
		expect([await fresh(a.id, other), await fresh(b.id, other), await fresh(null, other)]).toEqual([
			1, 2, 1
		]);
		other.close();
		db.close();
	});
});
