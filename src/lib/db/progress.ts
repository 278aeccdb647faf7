import { Dexie } from 'dexie';
import { nextStudyDayStart, studyDay, addDays } from '$lib/srs/day';
import {
	buildQueue,
	countQueue,
	pickNext,
	type QueueItem,
	type QueueQuestion
} from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import { LEECH_LAPSES, readStudySettings, type StudySettings } from '$lib/srs/settings';
import {
	CARD_STATE,
	emptyDay,
	type CardRecord,
	type GradingMode,
	type RatingValue,
	type ReviewRecord
} from './records';
import { getDb, type FlashpointDb } from './schema';

const STUDY_SETTINGS_KEY = 'study';

export async function getStudySettings(db: FlashpointDb = getDb()): Promise<StudySettings> {
	const row = await db.settings.get(STUDY_SETTINGS_KEY);
	return readStudySettings(row?.value);
}

export async function saveStudySettings(
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<void> {
	await db.settings.put({ key: STUDY_SETTINGS_KEY, value: settings });
}

/**
 * Settings row whose value changes whenever a card row is created or deleted (first answer,
 * undo of a first answer, queueing, import, reset), in the same transaction. Lets a tab reuse
 * its list of started questions until any tab changes it.
 */
export const CARDS_GENERATION_KEY = 'cards-generation';

let startedCache:
	| {
			db: FlashpointDb;
			token: string;
			ids: Set<string>;
			/** Per bank: every question before this position is started. */
			prefix: WeakMap<readonly QueueQuestion[], number>;
	  }
	| undefined;

function newGeneration(): string {
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

async function readGeneration(db: FlashpointDb): Promise<string> {
	const row = await db.settings.get(CARDS_GENERATION_KEY);
	return typeof row?.value === 'string' ? row.value : 'none';
}

/** Records a change to the set of card rows; call inside a read-write transaction. */
async function bumpGeneration(db: FlashpointDb): Promise<{ before: string; after: string }> {
	const before = await readGeneration(db);
	const after = newGeneration();
	await db.settings.put({ key: CARDS_GENERATION_KEY, value: after });
	return { before, after };
}

/** After a committed write: keep this tab's list of started questions without re-reading it. */
function updateStartedCache(
	db: FlashpointDb,
	change: { before: string; after: string },
	apply: (ids: Set<string>) => void,
	removed = false
) {
	if (startedCache?.db === db && startedCache.token === change.before) {
		apply(startedCache.ids);
		startedCache.token = change.after;
		// A deleted card may fall inside a known all-started prefix.
		if (removed) startedCache.prefix = new WeakMap();
	}
}

/** Ids of every question with a card; call inside a transaction over `cards` and `settings`. */
async function startedIds(db: FlashpointDb): Promise<Set<string>> {
	const token = await readGeneration(db);
	if (startedCache?.db === db && startedCache.token === token) return startedCache.ids;
	const ids = new Set(await db.cards.toCollection().primaryKeys());
	startedCache = { db, token, ids, prefix: new WeakMap() };
	return ids;
}

/** How many leading bank questions are all started (new questions come after them). */
function startedPrefix(
	db: FlashpointDb,
	questions: readonly QueueQuestion[],
	started: Set<string>
): number {
	const cache = startedCache?.db === db && startedCache.ids === started ? startedCache : undefined;
	let index = cache?.prefix.get(questions) ?? 0;
	while (index < questions.length && started.has(questions[index].id)) index++;
	cache?.prefix.set(questions, index);
	return index;
}

/**
 * Today's queue, read in one transaction so counts and cards agree. Every read is bounded by
 * the daily limits, not by the size of the history: review cards come as a range of keys on
 * `[state+due]` (only as many as today's limit), learning cards as a range per state, today's
 * answers from the `studyDay` index; the list of started questions is cached per tab and
 * re-read only when a card row was created or deleted. The card to show next is loaded whole.
 */
export async function loadTodayQueue(
	questions: readonly QueueQuestion[],
	settings: StudySettings,
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<QueueItem[]> {
	const today = studyDay(now);
	const dayEnd = nextStudyDayStart(now).getTime();
	const dueRange = (state: number) =>
		db.cards.where('[state+due]').between([state, Dexie.minKey], [state, dayEnd], true, false);
	// Everything is requested at once (one round of parallel reads); the review range asks for
	// the most the daily limit could need plus a few for buried siblings.
	const firstLimit = settings.maxReviewsPerDay + 20;
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, async () => {
		const [day, learning, relearning, queuedCards, answeredToday, started, firstIds, firstReview] =
			await Promise.all([
				db.days.get(today),
				dueRange(CARD_STATE.learning).toArray(),
				dueRange(CARD_STATE.relearning).toArray(),
				db.cards.where('queuedAt').above(0).sortBy('queuedAt'),
				db.reviews.where('studyDay').equals(today).toArray(),
				startedIds(db),
				settings.maxReviewsPerDay > 0
					? dueRange(CARD_STATE.review).limit(firstLimit).primaryKeys()
					: Promise.resolve([] as string[]),
				dueRange(CARD_STATE.review).first()
			]);
		const totals = day ?? emptyDay(today);
		const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - totals.reviewCards);
		const newFrom = startedPrefix(db, questions, started);
		const build = (reviewIds: string[]) =>
			buildQueue({
				now,
				dayEnd,
				settings,
				today: totals,
				learningCards: [...learning, ...relearning].sort((a, b) => a.due - b.due),
				reviewIds,
				queuedCards,
				answeredToday: answeredToday.map((review) => review.questionId),
				questions,
				isStarted: (id) => started.has(id),
				newFrom
			});
		let limit = firstLimit;
		let reviewIds = firstIds;
		let queue = build(reviewIds);
		// Burying used up the spare keys: read further (rare: many siblings due on one day).
		while (
			reviewIds.length === limit &&
			queue.filter((item) => item.kind === 'review').length < reviewsLeft
		) {
			limit *= 2;
			reviewIds = await dueRange(CARD_STATE.review).limit(limit).primaryKeys();
			queue = build(reviewIds);
		}
		const head = pickNext(queue, now);
		if (head && !head.card && !head.isNew)
			head.card =
				firstReview?.questionId === head.questionId
					? firstReview
					: await db.cards.get(head.questionId);
		return queue;
	});
}

/** Another tab answered this question first: nothing was written; show the next card. */
export class StaleAnswerError extends Error {
	constructor(questionId: string) {
		super(`“${questionId}” was already answered in another tab.`);
		this.name = 'StaleAnswerError';
	}
}

export interface AnswerInput {
	questionId: string;
	rating: RatingValue;
	answeredAt: number;
	durationMs: number;
	grading: GradingMode;
	correct: boolean | null;
	/**
	 * The `lastReview` of the card the student saw (null for a new question). If the stored card
	 * has moved on, another tab answered it and this answer is refused instead of counted twice.
	 */
	seenLastReview: number | null;
}

/**
 * Records one answer: the new card state, the review log row (with the card before) and the
 * day's totals, all in one read-write transaction that re-reads the card first.
 */
export async function recordAnswer(
	input: AnswerInput,
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<ReviewRecord> {
	const scheduler = new Scheduler(settings);
	let created: { before: string; after: string } | undefined;
	const saved = await db.transaction('rw', db.cards, db.reviews, db.days, db.settings, async () => {
		const before = await db.cards.get(input.questionId);
		if ((before?.lastReview ?? null) !== input.seenLastReview)
			throw new StaleAnswerError(input.questionId);
		const after = scheduler.answer(input.questionId, before, input.answeredAt, input.rating);
		after.leech = after.lapses >= LEECH_LAPSES;
		const day = studyDay(input.answeredAt);
		const review: ReviewRecord = {
			questionId: input.questionId,
			rating: input.rating,
			answeredAt: input.answeredAt,
			studyDay: day,
			durationMs: input.durationMs,
			grading: input.grading,
			correct: input.correct,
			before: before ?? null,
			after: {
				due: after.due,
				state: after.state,
				stability: after.stability,
				difficulty: after.difficulty,
				scheduledDays: after.scheduledDays
			}
		};
		const totals = (await db.days.get(day)) ?? emptyDay(day);
		totals.answers++;
		if (!before || before.state === CARD_STATE.new) totals.newCards++;
		if (before?.state === CARD_STATE.review) totals.reviewCards++;
		if (input.rating === 1) totals.again++;
		totals.timeMs += input.durationMs;
		await db.cards.put(after);
		if (!before) created = await bumpGeneration(db);
		review.id = await db.reviews.add(review);
		await db.days.put(totals);
		return review;
	});
	if (created) updateStartedCache(db, created, (ids) => ids.add(input.questionId));
	return saved;
}

/**
 * Undoes the most recent answer: puts back the card exactly as it was (ts-fsrs's `rollback`
 * cannot restore a late card's due date, the stored snapshot can), deletes the log row and
 * takes it off the day's totals. With `expectedId`, undoes only if that answer is still the
 * latest (another tab may have answered since). Returns the undone answer, or null.
 */
export async function undoLastAnswer(
	expectedId?: number,
	db: FlashpointDb = getDb()
): Promise<ReviewRecord | null> {
	let deleted: { before: string; after: string } | undefined;
	const undone = await db.transaction(
		'rw',
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		async () => {
			const last = await db.reviews.orderBy('id').last();
			if (!last || last.id === undefined) return null;
			if (expectedId !== undefined && last.id !== expectedId) return null;
			if (last.before) await db.cards.put(last.before);
			else {
				await db.cards.delete(last.questionId);
				deleted = await bumpGeneration(db);
			}
			await db.reviews.delete(last.id);
			const totals = await db.days.get(last.studyDay);
			if (totals) {
				totals.answers = Math.max(0, totals.answers - 1);
				if (!last.before || last.before.state === CARD_STATE.new)
					totals.newCards = Math.max(0, totals.newCards - 1);
				if (last.before?.state === CARD_STATE.review)
					totals.reviewCards = Math.max(0, totals.reviewCards - 1);
				if (last.rating === 1) totals.again = Math.max(0, totals.again - 1);
				totals.timeMs = Math.max(0, totals.timeMs - last.durationMs);
				await db.days.put(totals);
			}
			return last;
		}
	);
	if (deleted && undone)
		updateStartedCache(db, deleted, (ids) => ids.delete(undone.questionId), true);
	return undone;
}

/**
 * Changes the grade of the latest answer ("I was right" on a typed answer marked wrong): the
 * answer is undone and recorded again with the new rating, in one transaction, so the log holds
 * one answer with the grade the student settled on. Returns null if it is no longer the latest.
 */
export async function regradeLastAnswer(
	reviewId: number,
	change: Pick<AnswerInput, 'rating' | 'grading' | 'correct'>,
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<ReviewRecord | null> {
	return db.transaction('rw', db.cards, db.reviews, db.days, db.settings, async () => {
		const undone = await undoLastAnswer(reviewId, db);
		if (!undone) return null;
		return recordAnswer(
			{
				questionId: undone.questionId,
				answeredAt: undone.answeredAt,
				durationMs: undone.durationMs,
				seenLastReview: undone.before?.lastReview ?? null,
				...change
			},
			settings,
			db
		);
	});
}

/**
 * Puts questions at the front of today's study queue, outside the daily limits (for "add the
 * questions I missed to my study queue"). A question never studied becomes a new card; one
 * already studied keeps its whole schedule and history and is just shown today. Nothing else
 * in progress changes. Unknown ids are the caller's business: they are stored and skipped by
 * the queue until the bank has them.
 */
export async function queueQuestionsForStudy(
	questionIds: string[],
	db: FlashpointDb = getDb(),
	now: number = Date.now()
): Promise<void> {
	const ids = [...new Set(questionIds)];
	await db.transaction('rw', db.cards, db.settings, async () => {
		const existing = await db.cards.bulkGet(ids);
		if (existing.some((card) => !card)) await bumpGeneration(db);
		const rows = ids.map((questionId, index): CardRecord => {
			const queuedAt = now + index;
			const card = existing[index];
			if (card) return { ...card, queuedAt };
			return {
				questionId,
				due: queuedAt,
				stability: 0,
				difficulty: 0,
				elapsedDays: 0,
				scheduledDays: 0,
				learningSteps: 0,
				reps: 0,
				lapses: 0,
				state: CARD_STATE.new,
				lastReview: null,
				leech: false,
				queuedAt
			};
		});
		await db.cards.bulkPut(rows);
	});
}

/** Questions forgotten `LEECH_LAPSES` times or more, most lapses first. */
export async function listLeeches(db: FlashpointDb = getDb()): Promise<CardRecord[]> {
	const cards = await db.cards.where('lapses').aboveOrEqual(LEECH_LAPSES).toArray();
	return cards.sort((a, b) => b.lapses - a.lapses);
}

/**
 * Consecutive study days with at least one answer, ending today, or yesterday when today has
 * not been studied yet (the streak is alive until today ends). `days` are newest first.
 */
export function streakFromDays(days: readonly string[], today: string): number {
	let expected = days[0] === today ? today : addDays(today, -1);
	let streak = 0;
	for (const day of days) {
		if (day > expected) continue;
		if (day !== expected) break;
		streak++;
		expected = addDays(day, -1);
	}
	return streak;
}

export async function currentStreak(
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<number> {
	const today = studyDay(now);
	const rows = await db.days.where('day').belowOrEqual(today).reverse().toArray();
	return streakFromDays(
		rows.filter((row) => row.answers > 0).map((row) => row.day),
		today
	);
}

/** Average time per answer over recent days (ms), or `fallback` with no history yet. */
export async function averageAnswerMs(
	fallback = 15_000,
	db: FlashpointDb = getDb()
): Promise<number> {
	const recent = await db.days.orderBy('day').reverse().limit(30).toArray();
	const answers = recent.reduce((sum, row) => sum + row.answers, 0);
	const time = recent.reduce((sum, row) => sum + row.timeMs, 0);
	return answers >= 5 ? time / answers : fallback;
}

/** Storage full: Dexie reports it as an AbortError wrapping a QuotaExceededError. */
export function isStorageFullError(error: unknown): boolean {
	let current: unknown = error;
	for (let depth = 0; current && depth < 5; depth++) {
		const named = current as { name?: string; inner?: unknown; message?: string };
		if (named.name === Dexie.errnames.QuotaExceeded || named.name === 'QuotaExceededError')
			return true;
		if (typeof named.message === 'string' && /quota/i.test(named.message)) return true;
		current = named.inner;
	}
	return false;
}

export interface HomeSummary {
	due: number;
	fresh: number;
	streak: number;
	/** Estimated minutes for today's queue, from the average time per answer. */
	minutes: number;
	leeches: number;
	answeredToday: number;
	/** Questions in the bank with no card yet (not limited to today). */
	unstarted: number;
}

/** What Home shows; cheap enough to run inside `liveQuery` so every tab stays current. */
export async function loadHomeSummary(
	questions: readonly QueueQuestion[],
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<HomeSummary> {
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, async () => {
		const settings = await getStudySettings(db);
		const [queue, streak, averageMs, leeches, today, started] = await Promise.all([
			loadTodayQueue(questions, settings, now, db),
			currentStreak(now, db),
			averageAnswerMs(15_000, db),
			db.cards.where('lapses').aboveOrEqual(LEECH_LAPSES).count(),
			db.days.get(studyDay(now)),
			startedIds(db)
		]);
		const { due, fresh } = countQueue(queue);
		// A new question usually takes about three answers on its first day (learning steps).
		const answers = due + fresh * 3;
		return {
			due,
			fresh,
			streak,
			minutes: answers === 0 ? 0 : Math.max(1, Math.round((answers * averageMs) / 60_000)),
			leeches,
			answeredToday: today?.answers ?? 0,
			unstarted: questions.filter((q) => !started.has(q.id)).length
		};
	});
}
