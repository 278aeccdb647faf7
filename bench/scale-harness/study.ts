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
import { pickNext, type QueueItem } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import { measured, openDb, reads, withDb } from './measure';
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

/** The tab `openAnswers` opened, answering (`answerStep`, `statsStep`) until `closeAnswers`. */
let session: {
	db: FlashpointDb;
	ids: string[];
	scheduler: Scheduler;
	clock: number;
	queue: QueueItem[];
	kind: 'next' | 'new';
} | null = null;

/**
 * Opens a tab that answers on database `name` from `now` (ms), one answer a step, so the bench
 * can read the page's CPU time around each step from outside (CDP): its queue and a first Stats
 * read, untimed. `kind` as in `answers`.
 */
export async function openAnswers(name: string, now: number, kind: 'next' | 'new' = 'next') {
	const db = await openDb(name);
	const ids = (await loadStudyQuestions(db)).map((q) => q.id);
	const queue = await loadTodayQueue({ courseId: null }, SETTINGS, now, db);
	await statsUpdate(db, ids, now);
	session = { db, ids, scheduler: new Scheduler(SETTINGS), clock: now, queue, kind };
}

/**
 * One answer in the open tab, timed from the answer to the next card ready (the answer's
 * transaction, today's summary, the queue, the next card's buttons): wall ms, and what it
 * wrote (`read-counter.ts`: rows, and bytes as JSON, below every app middleware).
 */
export async function answerStep(): Promise<{ ms: number; bytes: number; written: number }> {
	if (!session) throw new Error('no tab answering: call openAnswers first');
	const { db, scheduler, queue, kind } = session;
	const item =
		kind === 'new'
			? queue.find((entry) => entry.kind === 'new')
			: pickNext(queue, session.clock, SETTINGS.learnAheadMinutes);
	if (!item) throw new Error('the queue ran out');
	const clock = (session.clock += 8000);
	resetReadCounts(reads);
	reads.on = true;
	const started = performance.now();
	const seen = item.card?.lastReview ?? null;
	await recordAnswer(answerInput(item.questionId, 3, clock, seen, 8000), SETTINGS, db);
	const wrote = { bytes: reads.bytes, written: reads.written };
	reads.on = false;
	await loadTodaySummary(clock, db);
	session.queue = await loadTodayQueue({ courseId: null }, SETTINGS, clock, db);
	const next = pickNext(session.queue, clock, SETTINGS.learnAheadMinutes);
	if (next) scheduler.preview(next.card, clock);
	return { ms: performance.now() - started, ...wrote };
}

/** The Stats screen's update after the last answer (its live queries re-run): wall ms. */
export async function statsStep(): Promise<number> {
	if (!session) throw new Error('no tab answering: call openAnswers first');
	const started = performance.now();
	await statsUpdate(session.db, session.ids, session.clock);
	return performance.now() - started;
}

/** Closes the tab `openAnswers` opened. */
export function closeAnswers(): void {
	session?.db.close();
	session = null;
}

/**
 * `runs` answers in one tab (`openAnswers`, then `answerStep` and `statsStep` each time). Each
 * is timed from the answer to the next card ready, then the Stats screen's update after it.
 * `kind`: `next` answers the card Study shows next (on the full database a due review, on the
 * empty one a new question); `new` the first new question in the queue. Also what each answer
 * wrote (`answerStep`).
 */
export async function answers(
	name: string,
	now: number,
	runs: number,
	kind: 'next' | 'new' = 'next'
) {
	const answer: number[] = [];
	const stats: number[] = [];
	const bytes: number[] = [];
	const written: number[] = [];
	await openAnswers(name, now, kind);
	try {
		for (let i = 0; i < runs; i++) {
			const step = await answerStep();
			answer.push(step.ms);
			bytes.push(step.bytes);
			written.push(step.written);
			stats.push(await statsStep());
		}
	} finally {
		closeAnswers();
	}
	return { answer, stats, bytes, written };
}
