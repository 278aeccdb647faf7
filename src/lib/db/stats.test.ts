import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer, undoLastAnswer } from './answers';
import { saveStudySettings } from './study-settings';
import type { RatingValue, ReviewRecord } from './records';
import { loadStats } from './stats';
import { holdCard } from './card-holds';
import { tallyRetention } from '$lib/srs/stats-retention';
import { exportProgress, importProgress } from './backup';
import type { FlashpointDb } from './schema';
import { freshDb } from './test-helpers';
import { createDb } from './schema';

const settings = DEFAULT_STUDY_SETTINGS;
const minute = 60_000;
const day = 86_400_000;
// Thursday 12 November 2026, 9 AM.
const t0 = new Date(2026, 10, 12, 9, 0).getTime();
const bank = Array.from({ length: 10 }, (_, i) => `q${i}`);

/**
 * A database with the courses Stats counts: the built-in one holding `bank`, and with
 * `userCourses` two more (`u-a`: two questions; `u-ab`: one). Stats counts studied questions.
 */
async function coursesDb(userCourses = false): Promise<FlashpointDb> {
	const db = freshDb();
	const course = (id: string, ids: string[], installedAt: number) => ({
		id,
		title: id,
		kind: id === 'builtin' ? ('builtin' as const) : ('user' as const),
		hash: '',
		installedAt,
		questionCount: ids.length,
		documentCount: 0,
		queue: ids.map((qid) => ({ id: qid, fact: qid }))
	});
	await db.courses.add(course('builtin', bank, 0));
	if (userCourses)
		await db.courses.bulkAdd([
			course('u-a', ['u-a:q-1', 'u-a:q-2'], 1),
			course('u-ab', ['u-ab:q-1'], 2)
		]);
	return db;
}

/** Answers a question at `at` (or when it is due), as the Study screen would. */
async function answer(
	db: FlashpointDb,
	questionId: string,
	rating: RatingValue,
	at?: number
): Promise<{ review: ReviewRecord; at: number }> {
	const card = await db.cards.get(questionId);
	const when = at ?? card?.due ?? t0;
	const review = await recordAnswer(
		{
			questionId,
			rating,
			answeredAt: when,
			durationMs: 4000,
			grading: 'self',
			correct: null,
			seenLastReview: card?.lastReview ?? null
		},
		settings,
		db
	);
	return { review, at: when };
}

/** New → Good → Good (10 minutes later): the card graduates to review. */
async function learn(db: FlashpointDb, questionId: string, at: number) {
	await answer(db, questionId, 3, at);
	await answer(db, questionId, 3, at + 10 * minute);
}

describe('stats from the database', () => {
	it('is empty for a student who has not studied', async () => {
		const db = await coursesDb();
		const stats = await loadStats(bank, t0, db);
		expect(stats.totalReviews).toBe(0);
		expect(stats.heatmap.total).toBe(0);
		expect(stats.forecast.total).toBe(0);
		expect(stats.recent).toEqual({ answers: 0, retained: 0 });
		expect(stats.states).toMatchObject({ fresh: 10, learning: 0, review: 0, total: 10 });
		expect(stats.hardest).toEqual([]);
		expect(stats.desiredRetention).toBe(0.9);
	});

	it('counts reviews per study day, retention, states, the forecast and the hardest', async () => {
		const db = await coursesDb();
		await saveStudySettings({ ...settings, desiredRetention: 0.85 }, db);
		// Day 1: three questions learned (six answers), one answered once (still learning).
		for (const id of ['q0', 'q1', 'q2']) await learn(db, id, t0);
		await answer(db, 'q3', 3, t0 + minute);
		// Later, when due: q0 remembered, q1 forgotten (a lapse) then relearned, q2 remembered.
		const q0 = await answer(db, 'q0', 3);
		const q1 = await answer(db, 'q1', 1);
		await answer(db, 'q1', 3, q1.at + 10 * minute);
		const q2 = await answer(db, 'q2', 4);
		const now = Math.max(q0.at, q1.at + 10 * minute, q2.at) + minute;

		const stats = await loadStats(bank, now, db);
		expect(stats.totalReviews).toBe(11);
		expect(stats.heatmap.total).toBe(11);
		const t0Cell = stats.heatmap.weeks
			.flatMap((week) => week.cells)
			.find((cell) => cell.day === '2026-11-12');
		expect(t0Cell?.label).toBe('7 reviews on 12 Nov');
		// Review-state answers: q0 Good, q1 Again, q2 Easy (learning steps do not count).
		expect(stats.recent).toEqual({ answers: 3, retained: 2 });
		expect(stats.states).toMatchObject({ fresh: 6, learning: 1, review: 3, relearning: 0 });
		expect(stats.hardest.map((q) => q.questionId)).toEqual(['q1']);
		expect(stats.hardest[0]).toMatchObject({ lapses: 1, answers: 4, again: 1 });
		// Every started card is due within 30 days (q3 today, a learning step).
		expect(stats.forecast.total).toBe(4);
		expect(stats.desiredRetention).toBe(0.85);
	});

	it('counts a suspended card as its own state and leaves it out of the forecast, as Anki does', async () => {
		const db = await coursesDb();
		for (const id of ['q0', 'q1']) await learn(db, id, t0);
		await answer(db, 'q2', 3, t0 + minute);
		const now = t0 + 20 * minute;
		const before = await loadStats(bank, now, db);
		expect(before.states).toMatchObject({ fresh: 7, learning: 1, review: 2, suspended: 0 });
		expect(before.forecast.total).toBe(3);
		// A review card, a learning card and a new one suspended; a buried one stays in its state.
		await holdCard('q0', 'suspended', now, db);
		await holdCard('q2', 'suspended', now, db);
		await holdCard('q5', 'suspended', now, db);
		await holdCard('q1', 'buried', now, db);
		const after = await loadStats(bank, now, db);
		expect(after.states).toMatchObject({
			fresh: 6,
			learning: 0,
			review: 1,
			suspended: 3,
			total: 10
		});
		expect(after.forecast.total).toBe(1);
	});

	it('updates from the rows this tab changed as a new tab reads them whole, and sees other tabs', async () => {
		const db = await coursesDb(true);
		const newTab = () => createDb(db.name);
		const scopes = [null, 'u-a', 'builtin'];
		const fromNewTab = async (now: number, courseId: string | null) => {
			const tab = newTab();
			const ids = courseId === 'u-a' ? ['u-a:q-1', 'u-a:q-2'] : [...bank, 'u-a:q-1', 'u-a:q-2'];
			const stats = await loadStats(ids, now, tab, undefined, courseId);
			tab.close();
			return stats;
		};
		const inThisTab = (now: number, courseId: string | null) => {
			const ids = courseId === 'u-a' ? ['u-a:q-1', 'u-a:q-2'] : [...bank, 'u-a:q-1', 'u-a:q-2'];
			return loadStats(ids, now, db, undefined, courseId);
		};
		// Days of history first, so a memo holds rows an answer must not disturb.
		await learn(db, 'q0', t0 - 3 * day);
		await learn(db, 'u-a:q-1', t0 - 2 * day);
		let now = t0;
		const answers = [
			['q1', 3],
			['u-a:q-2', 1],
			['q0', 1],
			['u-a:q-1', 4],
			['q1', 3]
		] as const;
		// Each scope in turn: read in this tab (the memo), answer, read again.
		for (const [i, [id, rating]] of answers.entries()) {
			const scope = scopes[i % scopes.length];
			await inThisTab(now, scope);
			await answer(db, id, rating, now);
			now += 10 * minute;
			expect(await inThisTab(now, scope)).toEqual(await fromNewTab(now, scope));
		}
		// Another tab's answer, then this tab's undo: both read again whole.
		const other = newTab();
		await recordAnswer(
			{
				questionId: 'q5',
				rating: 3,
				answeredAt: now,
				durationMs: 4000,
				grading: 'self',
				correct: null,
				seenLastReview: null
			},
			settings,
			other
		);
		other.close();
		expect(await inThisTab(now, null)).toEqual(await fromNewTab(now, null));
		await undoLastAnswer(undefined, db);
		expect(await inThisTab(now, null)).toEqual(await fromNewTab(now, null));
		expect((await inThisTab(now, null)).totalReviews).toBe(9);
	});

	it('puts an answer at 2 AM on the evening before (4 AM rollover)', async () => {
		const db = await coursesDb();
		const twoAm = new Date(2026, 10, 13, 2, 0).getTime();
		await answer(db, 'q0', 3, twoAm);
		const stats = await loadStats(bank, twoAm + minute, db);
		const cells = stats.heatmap.weeks.flatMap((week) => week.cells);
		expect(cells.find((cell) => cell.day === '2026-11-12')?.count).toBe(1);
		expect(cells.find((cell) => cell.day === '2026-11-13')?.future).toBe(true);
	});

	it('says how many answers are dated after today when the clock was set back', async () => {
		const db = await coursesDb(true);
		await answer(db, 'q0', 3, t0);
		// Given on 17 November; then the clock goes back to 13 November (beyond the 2 days a
		// study day is kept ahead, so today is the clock's).
		await answer(db, 'q1', 3, t0 + 5 * day);
		await answer(db, 'u-a:q-1', 3, t0 + 5 * day + minute);
		const stats = await loadStats([...bank, 'u-a:q-1'], t0 + day, db);
		expect(stats.today).toBe('2026-11-13');
		expect(stats.totalReviews).toBe(3);
		expect(stats.heatmap.total).toBe(1);
		expect(stats.ahead).toEqual({ answers: 2, days: 1, latest: '2026-11-17' });
		const course = await loadStats(['u-a:q-1'], t0 + day, db, undefined, 'u-a');
		expect(course.ahead).toEqual({ answers: 1, days: 1, latest: '2026-11-17' });
		// With the clock right again, nothing is ahead.
		expect((await loadStats(bank, t0 + 5 * day + 2 * minute, db)).ahead).toBeNull();
	});

	it('leaves reviews older than 30 days out of recent retention', async () => {
		const db = await coursesDb();
		await learn(db, 'q0', t0 - 90 * day);
		await answer(db, 'q0', 1, t0 - 60 * day);
		await learn(db, 'q1', t0 - 2 * day);
		await answer(db, 'q1', 3, t0 - day);
		const stats = await loadStats(bank, t0, db);
		expect(stats.recent).toEqual({ answers: 1, retained: 1 });
		expect(stats.allTime).toEqual({ answers: 2, retained: 1 });
	});
});

describe('all-time retention from the day totals', () => {
	/** What the answer log itself says: the figure the day totals must always equal. */
	async function fromLog(db: FlashpointDb) {
		return tallyRetention(await db.reviews.toArray());
	}

	it('follows answers, undo and a regrade without reading the log', async () => {
		const db = await coursesDb();
		for (const id of ['q0', 'q1', 'q2']) await learn(db, id, t0);
		await answer(db, 'q0', 3);
		await answer(db, 'q1', 1);
		let stats = await loadStats(bank, t0 + 30 * day, db);
		expect(stats.allTime).toEqual({ answers: 2, retained: 1 });
		expect(stats.allTime).toEqual(await fromLog(db));
		await undoLastAnswer(undefined, db);
		await answer(db, 'q1', 3);
		stats = await loadStats(bank, t0 + 30 * day, db);
		// Same number of answers as before, but the counted Again is gone.
		expect(stats.allTime).toEqual({ answers: 2, retained: 2 });
		expect(stats.allTime).toEqual(await fromLog(db));
		expect(stats.totalReviews).toBe(await db.reviews.count());
	});

	it('recounts the retained answers of an imported backup from its answers', async () => {
		const source = freshDb();
		for (const id of ['q0', 'q1']) await learn(source, id, t0);
		await answer(source, 'q0', 4);
		await answer(source, 'q1', 1);
		const file = await exportProgress(source);
		// A backup from before schema v5 has no `retained` in its day rows.
		for (const row of file.days) delete row.retained;
		const db = await coursesDb();
		await importProgress(file, db);
		const stats = await loadStats(bank, t0 + 30 * day, db);
		expect(stats.allTime).toEqual({ answers: 2, retained: 1 });
		expect(stats.allTime).toEqual(await fromLog(db));
	});
});

describe('stats of one course', () => {
	it('counts only that course’s answers (user course by key range, built-in by id shape)', async () => {
		const db = await coursesDb(true);
		await answer(db, 'q1', 3, t0);
		await answer(db, 'u-a:q-1', 3, t0 + minute);
		await answer(db, 'u-a:q-2', 1, t0 + 2 * minute);
		await answer(db, 'u-ab:q-1', 3, t0 + 3 * minute);
		const all = await loadStats([...bank, 'u-a:q-1', 'u-a:q-2', 'u-ab:q-1'], t0 + day, db);
		expect(all.totalReviews).toBe(4);
		const course = await loadStats(['u-a:q-1', 'u-a:q-2'], t0 + day, db, undefined, 'u-a');
		expect(course.totalReviews).toBe(2);
		expect(course.heatmap.total).toBe(2);
		expect(course.states.total).toBe(2);
		const builtin = await loadStats(bank, t0 + day, db, undefined, 'builtin');
		expect(builtin.totalReviews).toBe(1);
		expect(builtin.allTime).toEqual({ answers: 0, retained: 0 });
	});
});
