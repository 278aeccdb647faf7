// Study on a seeded database: the first queue build in a new tab, and answers in one tab each
// timed to the next card ready, with the Stats screen's update after it.
import { loadStudyQuestions } from '$lib/content/bank';
import { recordAnswer } from '$lib/db/answers';
import { loadTodayCounts } from '$lib/db/home-summary';
import { resetReadCounts } from '$lib/db/read-counter';
import type { FlashpointDb } from '$lib/db/schema';
import { loadStats } from '$lib/db/stats';
import { getStudySettings } from '$lib/db/study-settings';
import { answer as answerInput } from '$lib/db/test-helpers';
import { loadTodayQueue } from '$lib/db/today-queue';
import { loadTodaySummary } from '$lib/db/today-summary';
import { pickNext } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import { measured, reads, withDb } from './measure';
import { SETTINGS } from './seed';

/**
 * What a Stats update reads: every live query of the Stats screen, at once. The screen reads
 * its questions once when it opens (`ids`), not on each update.
 */
async function statsUpdate(db: FlashpointDb, ids: readonly string[], now: number) {
	await Promise.all([loadStats(ids, now, db), loadTodayCounts({ courseId: null }, now, db)]);
}

/**
 * Study in a new tab: settings, today's queue (every course, read by index as the Study
 * screen's session does), the first card's buttons. Not timed: the Study screen also loads
 * the questions it shows (`loadCourseBank`).
 */
export function firstQueue(name: string, now: number) {
	return withDb(name, (db) =>
		measured(async () => {
			const settings = await getStudySettings(db);
			const queue = await loadTodayQueue({ courseId: null }, settings, now, db);
			const next = pickNext(queue, now, settings.learnAheadMinutes);
			if (!next) throw new Error('nothing to study');
			new Scheduler(settings).preview(next.card, now);
		})
	);
}

/** The first queue build in a new connection, measured (`measured`). */
export function queuePhases(name: string, now: number) {
	return withDb(name, async (db) => {
		const settings = await getStudySettings(db);
		return measured(() => loadTodayQueue({ courseId: null }, settings, now, db));
	});
}

/**
 * `runs` answers in one tab. Each is timed from the answer to the next card ready (the
 * answer's transaction, today's summary, the queue, the next card's buttons), then the
 * Stats screen's update after it (its live queries re-run). `kind`: `next` answers the card
 * Study shows next (on the full database a due review, on the empty one a new question);
 * `new` the first new question in the queue. Also what each answer wrote (`read-counter.ts`:
 * rows, and bytes as JSON, below every app middleware, so the index rows it keeps count).
 */
export function answers(name: string, now: number, runs: number, kind: 'next' | 'new' = 'next') {
	return withDb(name, async (db) => {
		const ids = (await loadStudyQuestions(db)).map((q) => q.id);
		const source = { courseId: null };
		const scheduler = new Scheduler(SETTINGS);
		const answer: number[] = [];
		const stats: number[] = [];
		const bytes: number[] = [];
		const written: number[] = [];
		let clock = now;
		let queue = await loadTodayQueue(source, SETTINGS, clock, db);
		await statsUpdate(db, ids, clock);
		for (let i = 0; i < runs; i++) {
			const item =
				kind === 'new'
					? queue.find((entry) => entry.kind === 'new')
					: pickNext(queue, clock, SETTINGS.learnAheadMinutes);
			if (!item) throw new Error('the queue ran out');
			clock += 8000;
			resetReadCounts(reads);
			reads.on = true;
			let started = performance.now();
			const seen = item.card?.lastReview ?? null;
			await recordAnswer(answerInput(item.questionId, 3, clock, seen, 8000), SETTINGS, db);
			bytes.push(reads.bytes);
			written.push(reads.written);
			reads.on = false;
			await loadTodaySummary(clock, db);
			queue = await loadTodayQueue(source, SETTINGS, clock, db);
			const next = pickNext(queue, clock, SETTINGS.learnAheadMinutes);
			if (next) scheduler.preview(next.card, clock);
			answer.push(performance.now() - started);
			started = performance.now();
			await statsUpdate(db, ids, clock);
			stats.push(performance.now() - started);
		}
		return { answer, stats, bytes, written };
	});
}
