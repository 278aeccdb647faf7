import { describe, expect, it } from 'vitest';
import { createCourse, type NewCourse } from '$lib/courses/create';
import { fixtureQuestion, sentenceCourse } from '$lib/courses/fixtures.test-helpers';
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

describe('the daily new limit after a merge (issue 12/14)', () => {
	it('counts the new questions another device introduced today: 10 of 20 left', async () => {
		const { exportProgress } = await import('./backup');
		const { mergeProgress } = await import('./merge');
		const { createBackupsDb } = await import('./auto-backup');
		const { freshDb } = await import('./test-helpers');
		const { loadTodayCounts } = await import('./home-summary');
		const questions = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, fact: `f${i}` }));
		const now = new Date(2026, 4, 12, 9, 0).getTime();
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 20 };
		const phone = freshDb();
		const laptop = freshDb();
		for (const db of [phone, laptop]) await db.settings.put({ key: 'study', value: settings });
		// The laptop introduces 10 new questions today; the phone has not studied yet.
		for (let i = 0; i < 10; i++)
			await recordAnswer(answer(`q${i}`, 3, now + i * 60_000), settings, laptop);
		expect((await loadTodayCounts(questions, now + 3_600_000, laptop)).fresh).toBe(10);
		expect((await loadTodayCounts(questions, now + 3_600_000, phone)).fresh).toBe(20);
		const backups = createBackupsDb(`new-limits-backups-${Math.random()}`);
		await mergeProgress(await exportProgress(laptop, new Date(now + 3_600_000)), {
			db: phone,
			backups,
			now: now + 3_600_000
		});
		expect((await loadTodayCounts(questions, now + 3_600_000, phone)).fresh).toBe(10);
	});

	it('counts them in a course and in all courses, as Study reads them (by index)', async () => {
		const { exportProgress } = await import('./backup');
		const { mergeProgress } = await import('./merge');
		const { createBackupsDb } = await import('./auto-backup');
		const big = sentenceCourse(30);
		const now = new Date(2026, 4, 12, 9, 0).getTime();
		const later = now + 3_600_000;
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 20 };
		const phone = createDb(`merge-new-phone-${Math.random()}`);
		const laptop = createDb(`merge-new-laptop-${Math.random()}`);
		for (const db of [phone, laptop]) {
			await db.settings.put({ key: 'study', value: settings });
			await createCourse(db, big, { id: 'u-big', now });
		}
		const fresh = async (db: typeof phone, courseId: string | null) =>
			countQueue(await loadTodayQueue({ courseId }, settings, later, db)).fresh;
		expect([await fresh(phone, 'u-big'), await fresh(phone, null)]).toEqual([20, 20]);
		for (let i = 0; i < 10; i++)
			await recordAnswer(answer(`u-big:q${i}`, 3, now + i * 60_000), settings, laptop);
		expect([await fresh(laptop, 'u-big'), await fresh(laptop, null)]).toEqual([10, 10]);
		await mergeProgress(await exportProgress(laptop, new Date(later)), {
			db: phone,
			backups: createBackupsDb(`merge-new-backups-${Math.random()}`),
			now: later
		});
		expect([await fresh(phone, 'u-big'), await fresh(phone, null)]).toEqual([10, 10]);
		phone.close();
		laptop.close();
	});

	it('counts them when the other device labelled them another day (another zone)', async () => {
		const { exportProgress } = await import('./backup');
		const { mergeProgress } = await import('./merge');
		const { createBackupsDb } = await import('./auto-backup');
		const { freshDb } = await import('./test-helpers');
		const { loadTodayCounts } = await import('./home-summary');
		const questions = Array.from({ length: 40 }, (_, i) => ({ id: `q${i}`, fact: `f${i}` }));
		const now = new Date(2026, 4, 12, 9, 0).getTime();
		const later = now + 3_600_000;
		const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 20 };
		const phone = freshDb();
		const laptop = freshDb();
		for (const db of [phone, laptop]) await db.settings.put({ key: 'study', value: settings });
		// Yesterday's five new on the laptop stay yesterday's; today's ten count today here,
		// though the laptop, ten hours west, wrote them on its 11 May.
		for (let i = 0; i < 5; i++)
			await recordAnswer(answer(`q${30 + i}`, 3, now - 86_400_000 + i), settings, laptop);
		for (let i = 0; i < 10; i++)
			await recordAnswer(answer(`q${i}`, 3, now + i * 60_000), settings, laptop);
		const file = await exportProgress(laptop, new Date(later));
		const west = {
			...file,
			reviews: file.reviews.map((r) =>
				r.answeredAt >= now ? { ...r, studyDay: '2026-05-11' } : { ...r, studyDay: '2026-05-10' }
			)
		};
		await mergeProgress(west, {
			db: phone,
			backups: createBackupsDb(`merge-west-backups-${Math.random()}`),
			now: later
		});
		expect((await loadTodayCounts(questions, later, phone)).fresh).toBe(10);
		const days = await phone.days.toArray();
		expect(days.map((d) => [d.day, d.newCards])).toEqual([
			['2026-05-10', 5],
			['2026-05-12', 10]
		]);
	});
});
