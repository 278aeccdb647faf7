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
	type DayRecord,
	type GradingMode,
	type RatingValue,
	type ReviewRecord
} from './records';
import { getDb, type FlashpointDb } from './schema';
import { plain } from './plain';

const STUDY_SETTINGS_KEY = 'study';

export async function getStudySettings(db: FlashpointDb = getDb()): Promise<StudySettings> {
	const row = await db.settings.get(STUDY_SETTINGS_KEY);
	return readStudySettings(row?.value);
}

export async function saveStudySettings(
	settings: StudySettings,
	db: FlashpointDb = getDb()
): Promise<void> {
	await db.settings.put({ key: STUDY_SETTINGS_KEY, value: plain(settings) });
}

/**
 * Settings row whose value changes, in the same transaction, whenever any card row is written
 * (answer, undo, queueing, import, reset). Lets a tab reuse what it read from `cards` (the list
 * of started questions, today's due cards) until any tab writes a card.
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

/**
 * The rows today's queue is built from, as read at one `cards-generation` for one study day
 * (every write of a review or a day's totals writes a card too, so the marker covers them).
 * Review cards are kept as keys only (a prefix of the `[state+due]` range, in its order);
 * whole records are kept only for learning and queued cards and the cards loaded to be shown.
 */
interface DueCards {
	token: string;
	/** The study day, and the start of the next one. */
	day: string;
	dayEnd: number;
	/** The day's totals (for the daily limits). */
	totals: DayRecord;
	/** Questions answered that day, in answer order (for sibling burying). */
	answered: readonly string[];
	/** Learning and relearning cards due before `dayEnd`, by due time. */
	learning: readonly CardRecord[];
	/** Ids of the first review cards due before `dayEnd`, most overdue first. */
	reviews: readonly string[];
	/** `reviews` holds every review card due before `dayEnd`, not just the first ones. */
	reviewsComplete: boolean;
	/** Cards the student asked to study, oldest request first. */
	queued: readonly CardRecord[];
	/** Whole review cards already loaded (the ones shown next), by question id. */
	loaded: ReadonlyMap<string, CardRecord>;
}

/** Per connection (tests and the bench open several). */
const dueCaches = new WeakMap<FlashpointDb, DueCards>();

function newGeneration(): string {
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

async function readGeneration(db: FlashpointDb): Promise<string> {
	const row = await db.settings.get(CARDS_GENERATION_KEY);
	return typeof row?.value === 'string' ? row.value : 'none';
}

/** Records a change to card rows; call inside a read-write transaction that writes them. */
async function bumpGeneration(db: FlashpointDb): Promise<{ before: string; after: string }> {
	const before = await readGeneration(db);
	const after = newGeneration();
	await db.settings.put({ key: CARDS_GENERATION_KEY, value: after });
	return { before, after };
}

const compareIds = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The order of `[state+due]` ranges merged by due time: due, then state, then question id. */
function learningOrder(a: CardRecord, b: CardRecord): number {
	return a.due - b.due || a.state - b.state || compareIds(a.questionId, b.questionId);
}

function insertSorted<T>(list: T[], item: T, order: (a: T, b: T) => number): void {
	let index = list.length;
	while (index > 0 && order(list[index - 1], item) > 0) index--;
	list.splice(index, 0, item);
}

/**
 * `cache` after card rows were written (each id's new row, or undefined when deleted), or
 * undefined when it must be re-read: a review card due today was written, whose place among
 * the review keys is unknown (the keys carry no due time). An answer never does that (it moves
 * a review card to a later day); an undo or a request to study a due review card does.
 */
function withCardWrites(
	cache: DueCards,
	writes: readonly (readonly [string, CardRecord | undefined])[],
	token: string,
	answer?: { review: ReviewRecord; totals: DayRecord }
): DueCards | undefined {
	const dueReview = (card: CardRecord | undefined) =>
		card?.state === CARD_STATE.review && card.due < cache.dayEnd;
	if (writes.some(([, card]) => dueReview(card))) return undefined;
	const ids = new Set(writes.map(([id]) => id));
	const learning = cache.learning.filter((card) => !ids.has(card.questionId));
	const reviews = cache.reviews.filter((id) => !ids.has(id));
	const queued = cache.queued.filter((card) => !ids.has(card.questionId));
	const loaded = new Map(cache.loaded);
	for (const [id, card] of writes) {
		loaded.delete(id);
		if (!card) continue;
		if (card.queuedAt !== undefined && card.queuedAt > 0)
			insertSorted(
				queued,
				card,
				(a, b) => a.queuedAt! - b.queuedAt! || compareIds(a.questionId, b.questionId)
			);
		if (
			card.due < cache.dayEnd &&
			(card.state === CARD_STATE.learning || card.state === CARD_STATE.relearning)
		)
			insertSorted(learning, card, learningOrder);
	}
	const today = answer?.review.studyDay === cache.day ? answer : undefined;
	return {
		...cache,
		token,
		learning,
		reviews,
		queued,
		loaded,
		totals: today ? { ...today.totals } : cache.totals,
		answered: today ? [...cache.answered, today.review.questionId] : cache.answered
	};
}

/**
 * After a committed write of card rows: bring this tab's caches up to date without re-reading
 * them, if they were current just before the write (else the next read sees the new token).
 */
function afterCardWrites(
	db: FlashpointDb,
	change: { before: string; after: string },
	writes: readonly (readonly [string, CardRecord | undefined])[],
	/** The answer recorded with these writes; without one, nothing was answered. */
	answer?: { review: ReviewRecord; totals: DayRecord },
	/** Whether answers or totals changed in some other way (undo): today's rows are re-read. */
	dropToday = false
): void {
	if (startedCache?.db === db && startedCache.token === change.before) {
		for (const [id, card] of writes) {
			if (card) startedCache.ids.add(id);
			// A deleted card may fall inside a known all-started prefix.
			else if (startedCache.ids.delete(id)) startedCache.prefix = new WeakMap();
		}
		startedCache.token = change.after;
	}
	const due = dueCaches.get(db);
	if (due?.token !== change.before) return;
	const updated = dropToday ? undefined : withCardWrites(due, writes, change.after, answer);
	if (updated) dueCaches.set(db, updated);
	else dueCaches.delete(db);
}

/** Ids of every question with a card; call inside a transaction over `cards` and `settings`. */
async function startedIds(
	db: FlashpointDb,
	tokenRead: Promise<string> = readGeneration(db)
): Promise<Set<string>> {
	const token = await tokenRead;
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

function dueRange(db: FlashpointDb, state: number, dayEnd: number) {
	return db.cards.where('[state+due]').between([state, Dexie.minKey], [state, dayEnd], true, false);
}

/** The first `limit` review cards due before `dayEnd`, as ids, in due order. */
async function readDueReviews(
	db: FlashpointDb,
	dayEnd: number,
	limit: number
): Promise<Pick<DueCards, 'reviews' | 'reviewsComplete'>> {
	if (limit <= 0) return { reviews: [], reviewsComplete: false };
	const ids = await dueRange(db, CARD_STATE.review, dayEnd).limit(limit).primaryKeys();
	return { reviews: ids, reviewsComplete: ids.length < limit };
}

/** Reads `DueCards` from the database; call inside a transaction over `cards`. */
async function readDueCards(
	db: FlashpointDb,
	token: Promise<string>,
	day: string,
	dayEnd: number,
	reviewLimit: number
): Promise<DueCards> {
	const [totals, answered, learning, relearning, queued, reviews, firstReview, tokenValue] =
		await Promise.all([
			db.days.get(day),
			db.reviews.where('studyDay').equals(day).toArray(),
			dueRange(db, CARD_STATE.learning, dayEnd).toArray(),
			dueRange(db, CARD_STATE.relearning, dayEnd).toArray(),
			db.cards.where('queuedAt').above(0).sortBy('queuedAt'),
			readDueReviews(db, dayEnd, reviewLimit),
			dueRange(db, CARD_STATE.review, dayEnd).first(),
			token
		]);
	return {
		token: tokenValue,
		day,
		dayEnd,
		totals: totals ?? emptyDay(day),
		answered: answered.map((review) => review.questionId),
		learning: [...learning, ...relearning].sort(learningOrder),
		...reviews,
		queued,
		loaded: new Map(firstReview ? [[firstReview.questionId, firstReview]] : [])
	};
}

/**
 * Today's queue, read in one transaction so counts and cards agree. Every read is bounded by
 * the daily limits, not by the size of the history: review cards come as a range of keys on
 * `[state+due]` (only as many as today's limit), learning cards as a range per state, today's
 * answers from the `studyDay` index. What is read (the started questions, today's due cards,
 * totals and answers) is cached per tab and re-read only when any tab wrote a card row since
 * (this tab's own answers update the cache in place); the queue is built afresh every time.
 * The card to show next is loaded whole.
 */
export async function loadTodayQueue(
	questions: readonly QueueQuestion[],
	settings: StudySettings,
	now: number = Date.now(),
	db: FlashpointDb = getDb()
): Promise<QueueItem[]> {
	const today = studyDay(now);
	const dayEnd = nextStudyDayStart(now).getTime();
	// The review range asks for the most the daily limit could need plus a few for buried
	// siblings.
	const firstLimit = settings.maxReviewsPerDay + 20;
	const cachedToday = dueCaches.get(db);
	const cached = cachedToday?.dayEnd === dayEnd ? cachedToday : undefined;
	return db.transaction('r', db.cards, db.reviews, db.days, db.settings, async () => {
		const tokenRead = readGeneration(db);
		// One round of parallel reads: with no usable cache, the card reads go out at once;
		// with one, only the cards about to be shown, if not loaded yet.
		const nextReview = cached?.reviews[0];
		const [token, started, read, nextCard] = await Promise.all([
			tokenRead,
			startedIds(db, tokenRead),
			cached ? undefined : readDueCards(db, tokenRead, today, dayEnd, firstLimit),
			nextReview !== undefined && !cached?.loaded.has(nextReview)
				? db.cards.get(nextReview)
				: undefined
		]);
		let due: DueCards;
		if (read) due = read;
		else if (cached?.token === token) {
			due = cached;
			if (nextCard)
				due = { ...due, loaded: new Map(due.loaded).set(nextCard.questionId, nextCard) };
		} else due = await readDueCards(db, tokenRead, today, dayEnd, firstLimit);
		const totals = due.totals;
		const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - totals.reviewCards);
		const newFrom = startedPrefix(db, questions, started);
		const build = () =>
			buildQueue({
				now,
				dayEnd,
				settings,
				today: totals,
				learningCards: due.learning,
				reviewIds: due.reviews,
				queuedCards: due.queued,
				answeredToday: due.answered,
				questions,
				isStarted: (id) => started.has(id),
				newFrom
			});
		let queue = build();
		// Burying used up the spare keys: read further (rare: many siblings due on one day).
		while (
			!due.reviewsComplete &&
			queue.filter((item) => item.kind === 'review').length < reviewsLeft
		) {
			const limit = Math.max(firstLimit, due.reviews.length) * 2;
			due = { ...due, ...(await readDueReviews(db, dayEnd, limit)) };
			queue = build();
		}
		const head = pickNext(queue, now);
		if (head && !head.card && !head.isNew) {
			head.card = due.loaded.get(head.questionId) ?? (await db.cards.get(head.questionId));
			if (head.card) due = { ...due, loaded: new Map(due.loaded).set(head.questionId, head.card) };
		}
		// Every use checks the token first, so even a copy outdated by a write that committed
		// meanwhile is safe to keep: it costs one re-read.
		dueCaches.set(db, due);
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
	let written:
		{ change: { before: string; after: string }; card: CardRecord; totals: DayRecord } | undefined;
	const saved = await db.transaction('rw', db.cards, db.reviews, db.days, db.settings, async () => {
		const day = studyDay(input.answeredAt);
		// Reads together, then writes together: one round trip each instead of one per row.
		const [before, storedTotals, token] = await Promise.all([
			db.cards.get(input.questionId),
			db.days.get(day),
			readGeneration(db)
		]);
		if ((before?.lastReview ?? null) !== input.seenLastReview)
			throw new StaleAnswerError(input.questionId);
		const after = scheduler.answer(input.questionId, before, input.answeredAt, input.rating);
		after.leech = after.lapses >= LEECH_LAPSES;
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
		const totals = storedTotals ?? emptyDay(day);
		totals.answers++;
		if (!before || before.state === CARD_STATE.new) totals.newCards++;
		if (before?.state === CARD_STATE.review) totals.reviewCards++;
		if (input.rating === 1) totals.again++;
		totals.timeMs += input.durationMs;
		const change = { before: token, after: newGeneration() };
		const [, id] = await Promise.all([
			db.cards.put(after),
			db.reviews.add(review),
			db.days.put(totals),
			db.settings.put({ key: CARDS_GENERATION_KEY, value: change.after })
		]);
		review.id = id;
		written = { change, card: after, totals };
		return review;
	});
	if (written)
		afterCardWrites(db, written.change, [[input.questionId, written.card]], {
			review: saved,
			totals: written.totals
		});
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
	let change: { before: string; after: string } | undefined;
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
			else await db.cards.delete(last.questionId);
			change = await bumpGeneration(db);
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
	if (change && undone)
		afterCardWrites(db, change, [[undone.questionId, undone.before ?? undefined]], undefined, true);
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
	const { change, rows } = await db.transaction('rw', db.cards, db.settings, async () => {
		const existing = await db.cards.bulkGet(ids);
		const change = await bumpGeneration(db);
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
		return { change, rows };
	});
	afterCardWrites(
		db,
		change,
		rows.map((row) => [row.questionId, row] as const)
	);
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
