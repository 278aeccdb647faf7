/** Today's study queue, read from the database (through the per-tab cache) and built by `$lib/srs/queue`. */
import { Dexie } from 'dexie';
import { studyToday, type LatestAnswer } from '$lib/srs/today';
import {
	buildQueueCounted,
	newLeftToday,
	newQuestionOrder,
	pickNext,
	type QueueItem,
	type QueueQuestion
} from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { CARD_STATE, emptyDay, UNRANKED, type ItemRecord } from './records';
import { isNewAnswer } from './day-totals';
import {
	countNew,
	dueCaches,
	learningOrder,
	startedIds,
	startedPrefix,
	type DueCards
} from './queue-cache';
import { readGeneration } from './generation';
import { getDb, type FlashpointDb } from './schema';
import { readFresh, type FreshRead, type FreshSpread } from './fresh-read';
import { readLatestAnswer } from './study-today';

/** The latest answer each database's last queue build read (`loadTodayQueue`'s first guess). */
const latestSeen = new WeakMap<FlashpointDb, LatestAnswer | undefined>();

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

/**
 * Reads `DueCards` from the database; call inside a transaction over `cards`. `reviewLimit`
 * 0: no review keys (a course scope reads its own, `readScopeReviews`).
 */
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
			reviewLimit > 0 ? dueRange(db, CARD_STATE.review, dayEnd).first() : undefined,
			token
		]);
	return {
		token: tokenValue,
		day,
		dayEnd,
		totals: totals ?? emptyDay(day),
		answered: answered.map((review) => review.questionId),
		newByCourse: countNew(
			new Map(),
			answered.filter(isNewAnswer).map((review) => review.questionId)
		),
		learning: [...learning, ...relearning].sort(learningOrder),
		...reviews,
		queued,
		loaded: new Map(firstReview ? [[firstReview.questionId, firstReview]] : [])
	};
}

/**
 * Where a queue's questions come from: a list (every question it may show, as in the tests
 * and the in-memory bank), or the studied questions of one course or of every course
 * (`courseId: null`), read by index from `items` (schema v7): only the questions due today,
 * answered today and the next new ones, so the build does not grow with the collection.
 */
export type QuestionSource = readonly QueueQuestion[] | { courseId: string | null };

function isScope(source: QuestionSource): source is { courseId: string | null } {
	return !Array.isArray(source);
}

/** What `buildQueue` needs of the questions: the list, which are started, where new ones start. */
interface QuestionView {
	questions: readonly QueueQuestion[];
	isStarted: (id: string) => boolean;
	newFrom: number;
	/** Scopes only: more new questions may exist than were read. */
	freshComplete: boolean;
	/** Scopes only: the scope's own review keys (`DueCards.scopeReviews`), and whether complete. */
	reviews?: { ids: readonly string[]; complete: boolean };
}

/**
 * The first `limit` studied questions of a scope whose card is a review due before `dayEnd`,
 * as items, in due order (then id, as the `cards` range orders them). Schema v8's
 * `[state+due]` and `[courseId+state+due]` on `items`: cards of questions no course has, and
 * other courses' cards, are never read. A card whose due day, as counted where it was answered
 * (`ItemRecord.dueDay`), is after `today` is left out: after a move west its due time can fall
 * inside today here, a day before the day it was given (and that Stats' forecast shows).
 */
async function readScopeReviews(
	db: FlashpointDb,
	courseId: string | null,
	today: string,
	dayEnd: number,
	limit: number
): Promise<{ items: ItemRecord[]; complete: boolean }> {
	const review = CARD_STATE.review;
	const range =
		courseId === null
			? db.items.where('[state+due]').between([review, -Infinity], [review, dayEnd], true, false)
			: db.items
					.where('[courseId+state+due]')
					.between([courseId, review, -Infinity], [courseId, review, dayEnd], true, false);
	const items = await range.limit(limit).toArray();
	const due = items.filter((item) => item.dueDay === undefined || item.dueDay <= today);
	return { items: due, complete: items.length < limit };
}

function queueQuestionOf(item: ItemRecord): QueueQuestion {
	return {
		id: item.id,
		fact: item.fact,
		...(item.sentence !== undefined && { sentence: item.sentence }),
		...(item.type !== undefined && { type: item.type }),
		...(item.rank !== UNRANKED && { rank: item.rank })
	};
}

/** How many new questions and review keys a scope's build wants read (at least). */
interface Wanted {
	fresh: number;
	reviews: number;
}

/** What `scopeView` must read first (nothing, mostly, once cached). */
function scopeReads(due: DueCards, courseId: string | null, wanted: Wanted) {
	const key = courseId ?? '';
	const stored = due.scopeReviews?.get(key);
	const reviews =
		stored && (stored.complete || stored.ids.length >= wanted.reviews) ? stored : undefined;
	const referenced = [
		...due.learning.map((card) => card.questionId),
		...(reviews?.ids ?? []),
		...due.queued.map((card) => card.questionId),
		...due.answered
	];
	const unknown = (id: string) => !due.items?.has(id);
	// Every course's scope reads the learning cards' items as two ranges (`readLearningItems`).
	const byRange =
		courseId === null
			? [...new Set(due.learning.map((card) => card.questionId))].filter(unknown)
			: [];
	const ranged = new Set(byRange);
	const missing = [...new Set(referenced.filter((id) => unknown(id) && !ranged.has(id)))];
	const fresh = due.fresh?.get(key);
	const readMore = !fresh || (!fresh.complete && fresh.items.length < wanted.fresh);
	return { referenced, missing, byRange, fresh: readMore ? undefined : fresh, reviews };
}

/**
 * The items of every studied question whose card is learning or relearning and due before
 * `dayEnd`: two ranges of `items` `[state+due]`, the same rows as the `cards` ranges
 * `readDueCards` read (the middleware copies each card's state and due into its item in the
 * writing transaction), in two requests instead of one `get` per card (`bulkGet` issues one
 * request a key). A learning card with no item here has none: its question is in no course.
 */
async function readLearningItems(db: FlashpointDb, dayEnd: number): Promise<ItemRecord[]> {
	const range = (state: number) =>
		db.items.where('[state+due]').between([state, -Infinity], [state, dayEnd], true, false);
	const [learning, relearning] = await Promise.all([
		range(CARD_STATE.learning).toArray(),
		range(CARD_STATE.relearning).toArray()
	]);
	return [...learning, ...relearning];
}

/** What `readScope` read for `scopeView`. */
interface ScopeRead {
	found: (ItemRecord | undefined)[];
	/** Every course's scope: the learning cards' items (`readLearningItems`). */
	learning?: ItemRecord[];
	/** The scope's new questions, and, read for every course, each course's (`readAllFresh`). */
	fresh?: { all: FreshRead; byCourse?: Map<string, FreshRead> };
	reviews?: { items: ItemRecord[]; complete: boolean };
}

/**
 * The questions of `scope` a build may show: the items of every card `due` refers to (cached
 * in `due.items`), and at least `wantedNew` new ones (cached per scope in `due.fresh`), from
 * `read` (what `scopeReads` asked for, read by the caller). Returns them with the updated `due`.
 */
function scopeView(
	courseId: string | null,
	due: DueCards,
	plan: ReturnType<typeof scopeReads>,
	read: ScopeRead
): { view: QuestionView; due: DueCards } {
	const known = new Map(due.items ?? []);
	for (const id of plan.byRange) known.set(id, null);
	for (const item of read.learning ?? []) known.set(item.id, item);
	plan.missing.forEach((id, i) => known.set(id, read.found[i] ?? null));
	for (const item of read.reviews?.items ?? []) known.set(item.id, item);
	const reviews = read.reviews
		? { ids: read.reviews.items.map((item) => item.id), complete: read.reviews.complete }
		: plan.reviews!;
	const referenced = read.reviews ? [...plan.referenced, ...reviews.ids] : plan.referenced;
	const fresh = read.fresh?.all ?? plan.fresh!;
	const freshIds = new Set(fresh.items.map((item) => item.id));
	const inScope = (item: ItemRecord | null | undefined): item is ItemRecord =>
		!!item && (courseId === null || item.courseId === courseId) && !freshIds.has(item.id);
	const started = [...new Set(referenced)].map((id) => known.get(id)).filter(inScope);
	const key = courseId ?? '';
	const freshByScope = new Map(due.fresh ?? []);
	for (const [id, list] of read.fresh?.byCourse ?? []) freshByScope.set(id, list);
	return {
		view: {
			questions: [...fresh.items, ...started].map(queueQuestionOf),
			isStarted: (id) => !freshIds.has(id),
			newFrom: 0,
			freshComplete: fresh.complete,
			reviews
		},
		due: {
			...due,
			items: known,
			fresh: freshByScope.set(key, fresh),
			scopeReviews: new Map(due.scopeReviews ?? []).set(key, reviews)
		}
	};
}

/**
 * `scopeView` with its reads (call inside the transaction). Awaits only when something must
 * be read: inside a live query every read may come from Dexie's cache, and a needless `await`
 * there lets the transaction commit before a later read (PrematureCommitError).
 */
function readScope(
	db: FlashpointDb,
	courseId: string | null,
	due: DueCards,
	wanted: Wanted,
	spread: FreshSpread
): { view: QuestionView; due: DueCards } | Promise<{ view: QuestionView; due: DueCards }> {
	const plan = scopeReads(due, courseId, wanted);
	if (!plan.missing.length && !plan.byRange.length && plan.fresh && plan.reviews)
		return scopeView(courseId, due, plan, { found: [] });
	return Promise.all([
		plan.missing.length ? db.items.bulkGet(plan.missing) : [],
		plan.byRange.length ? readLearningItems(db, due.dayEnd) : undefined,
		plan.fresh ? undefined : readFresh(db, courseId, Math.max(32, wanted.fresh * 2), spread),
		plan.reviews ? undefined : readScopeReviews(db, courseId, due.day, due.dayEnd, wanted.reviews)
	]).then(([found, learning, fresh, reviews]) =>
		scopeView(courseId, due, plan, { found, learning, fresh, reviews })
	);
}

/** `loadTodayQueue`'s options. */
export interface QueueOptions {
	/** For a list `source` holding one course's questions: that course (its own new limit). */
	listCourse?: string;
	/**
	 * Whether to load the card shown next (default true): a queue read only for its counts
	 * (Home's per-course counts) skips that read.
	 */
	loadHead?: boolean;
	/**
	 * Every course's scope: how many of each course's new questions to read (`FreshSpread`).
	 * Default `shared`; Home, which builds each course's queue next, reads `each`.
	 */
	freshSpread?: FreshSpread;
}

/**
 * Today's queue, read in one transaction so counts and cards agree. Every read is bounded by
 * the daily limits, not by the size of the history: review cards come as a range of keys on
 * `[state+due]` (only as many as today's limit), learning cards as a range per state, today's
 * answers from the `studyDay` index; with a course scope as `source`, the questions too
 * (`scopeView`). What is read is cached per tab and re-read only when any tab wrote a card
 * or a course row since (this tab's own answers update the cache in place); the queue is
 * built afresh every time. The card to show next is loaded whole.
 */
export async function loadTodayQueue(
	source: QuestionSource,
	settings: StudySettings,
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	options: QueueOptions = {}
): Promise<QueueItem[]> {
	return (await loadTodayQueueCounted(source, settings, now, db, options)).items;
}

/**
 * `loadTodayQueue`, with how many cards due today sibling burying left for another day
 * (`buildQueueCounted`), for the study screen's "buried" line.
 */
export async function loadTodayQueueCounted(
	source: QuestionSource,
	settings: StudySettings,
	now: number = Date.now(),
	db: FlashpointDb = getDb(),
	options: QueueOptions = {}
): Promise<{ items: QueueItem[]; buried: number }> {
	const { listCourse, loadHead = true, freshSpread = 'shared' } = options;
	// Today as `studyToday` says, guessed from the latest answer this tab last saw and checked
	// against the log's in the first round of reads (they differ only when another tab answered
	// after a move westwards): no extra round trip.
	const guess = studyToday(now, latestSeen.get(db));
	// The review range asks for the most the daily limit could need plus a few for buried
	// siblings.
	const firstLimit = settings.maxReviewsPerDay + 20;
	const cachedToday = dueCaches.get(db);
	const cached = cachedToday?.dayEnd === guess.end ? cachedToday : undefined;
	const tables = [db.cards, db.reviews, db.days, db.settings, db.items, db.fresh, db.courses];
	return db.transaction('r', tables, async () => {
		const tokenRead = readGeneration(db);
		// One round of parallel reads: with no usable cache, the card reads go out at once;
		// with one, only the cards about to be shown, if not loaded yet.
		const nextReview = cached?.reviews[0];
		// A course scope reads its own review keys (`readScope`), not the `cards` range.
		const globalLimit = isScope(source) ? 0 : firstLimit;
		const [token, started, read, nextCard, latest] = await Promise.all([
			tokenRead,
			isScope(source) ? undefined : startedIds(db, tokenRead),
			cached ? undefined : readDueCards(db, tokenRead, guess.day, guess.end, globalLimit),
			nextReview !== undefined && !cached?.loaded.has(nextReview)
				? db.cards.get(nextReview)
				: undefined,
			readLatestAnswer(db)
		]);
		latestSeen.set(db, latest);
		const { day: today, end: dayEnd } = studyToday(now, latest);
		let due: DueCards;
		if (dayEnd !== guess.end) due = await readDueCards(db, tokenRead, today, dayEnd, globalLimit);
		else if (read) due = read;
		else if (cached?.token === token) {
			due = cached;
			if (nextCard)
				due = { ...due, loaded: new Map(due.loaded).set(nextCard.questionId, nextCard) };
		} else due = await readDueCards(db, tokenRead, today, dayEnd, globalLimit);
		const totals = due.totals;
		const reviewsLeft = Math.max(0, settings.maxReviewsPerDay - totals.reviewCards);
		const scopeCourse = isScope(source) ? (source.courseId ?? undefined) : listCourse;
		const newLeft = newLeftToday(settings, totals, due.newByCourse, scopeCourse);
		// Reviews: as many as are left today plus a few for buried siblings. Not the daily limit:
		// each answered review leaves one key fewer in the cache and one review fewer to show, so
		// a cache read for the limit fell short after every answer and read the keys again.
		const wanted: Wanted = { fresh: newLeft + 8, reviews: reviewsLeft + 20 };
		// Synchronous unless something must be read (see `readScope`).
		const viewOf = (): QuestionView | Promise<QuestionView> => {
			if (!isScope(source)) {
				const ids = started!;
				const newFrom = startedPrefix(db, newQuestionOrder(source), ids);
				const isStarted = (id: string) => ids.has(id);
				return { questions: source, isStarted, newFrom, freshComplete: true };
			}
			const scoped = readScope(db, source.courseId, due, wanted, freshSpread);
			const use = (result: { view: QuestionView; due: DueCards }) => {
				due = result.due;
				return result.view;
			};
			return scoped instanceof Promise ? scoped.then(use) : use(scoped);
		};
		let next = viewOf();
		let view = next instanceof Promise ? await next : next;
		let buried = 0;
		const build = () => {
			const built = buildQueueCounted({
				now,
				dayEnd,
				settings,
				today: totals,
				learningCards: due.learning,
				reviewIds: view.reviews?.ids ?? due.reviews,
				queuedCards: due.queued,
				answeredToday: due.answered,
				newByCourse: due.newByCourse,
				scopeCourse,
				...view
			});
			buried = built.buried;
			return built.items;
		};
		let queue = build();
		const count = (kind: string) => queue.filter((item) => item.kind === kind).length;
		// Burying used up the spare keys or new questions: read further (rare: many siblings
		// due on one day, or a course whose next new questions are all siblings).
		const moreReviews = () =>
			!(view.reviews ?? { complete: due.reviewsComplete }).complete &&
			count('review') < reviewsLeft;
		while (moreReviews() || (!view.freshComplete && count('new') < newLeft)) {
			// `scopeView` reads further once it has fewer than it wants.
			if (moreReviews() && view.reviews)
				wanted.reviews = Math.max(wanted.reviews, view.reviews.ids.length) * 2;
			else if (moreReviews()) {
				const limit = Math.max(firstLimit, due.reviews.length) * 2;
				due = { ...due, ...(await readDueReviews(db, dayEnd, limit)) };
			} else wanted.fresh *= 2;

			next = viewOf();
			view = next instanceof Promise ? await next : next;
			queue = build();
		}
		const head = pickNext(queue, now, settings.learnAheadMinutes);
		if (loadHead && head && !head.card && !head.isNew) {
			head.card = due.loaded.get(head.questionId) ?? (await db.cards.get(head.questionId));
			if (head.card) due = { ...due, loaded: new Map(due.loaded).set(head.questionId, head.card) };
		}
		// Every use checks the token first, so even a copy outdated by a write that committed
		// meanwhile is safe to keep: it costs one re-read.
		dueCaches.set(db, due);
		return { items: queue, buried };
	});
}
