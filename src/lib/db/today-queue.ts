/**
 * Today's study queue: today's study day guessed and checked (`studyToday`), the rows read
 * through the per-tab cache (`queue-cache.ts`) by `due-read.ts` and `scope-read.ts`, and the
 * queue assembled by `$lib/srs/queue`.
 */
import { studyToday, type LatestAnswer, type StudyToday } from '$lib/srs/today';
import { filedAhead, type FiledAhead } from '$lib/srs/clock-filed-ahead';
import { newLeftToday, reviewsLeftToday } from '$lib/srs/daily-limits';
import {
	buildQueueCounted,
	NEW_SPARE,
	newQuestionOrder,
	pickNext,
	type QueueItem
} from '$lib/srs/queue';
import type { StudySettings } from '$lib/srs/settings';
import { extraFor } from '$lib/srs/custom-study';
import { dueCaches, startedIds, startedPrefix, type DueCards } from './queue-cache';
import { readGeneration } from './generation';
import { getDb, type FlashpointDb } from './schema';
import { holdTables } from './card-holds';
import type { FreshSpread } from './fresh-read';
import { readLatestAnswer, type KnownLatest } from './study-today';
import { readDueCards, readDueReviews } from './due-read';
import {
	isScope,
	readScope,
	type QuestionSource,
	type QuestionView,
	type Wanted
} from './scope-read';

export type { QuestionSource };

/** The latest answer each database's last queue build read (`loadTodayQueue`'s first guess). */
const latestSeen = new WeakMap<FlashpointDb, LatestAnswer | undefined>();

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
	/** The log's latest answer, when the caller read it already (`KnownLatest`): not read again. */
	latest?: KnownLatest;
}

/**
 * A queue, how many cards due today sibling burying left for another day (`buried`), and how
 * many new questions it held back when today's new limit could not be filled (`newBuried`).
 */
export interface CountedQueue {
	items: QueueItem[];
	buried: number;
	/** The cards counted in `buried` (`buildQueueCounted`'s `buriedIds`). */
	buriedIds: string[];
	/**
	 * The questions buried or suspended now (`readHeldIds`), left out of `items`: Study moves on
	 * from a card on screen that another tab held (`StudySession`).
	 */
	held: ReadonlySet<string>;
	newBuried: number;
	/**
	 * The `cards-generation` marker the queue was read at (`generation.ts`): Study's live read
	 * hands it on, so today's summary is not read again when it was read at the same marker.
	 */
	token: string;
	/** The study day the queue was built for (`studyToday`). */
	today: StudyToday;
	/** Answers given now count for a later day than the clock's (`filedAhead`); null if not. */
	filedAhead: FiledAhead | null;
	/** The courses' review lists known to the build (`DueCards.reviewLists`), for Home to keep. */
	reviewLists?: DueCards['reviewLists'];
	/**
	 * A scope's build only: when a review it read but left out as not due yet becomes due (ms;
	 * `ScopeReviews.waitUntil`, only after a move east): the counts hold until then.
	 */
	reviewsDueFrom?: number;
}

/**
 * The shape of both entry points: `source` (a list or a scope), the study settings, `now`
 * (ms; default the clock), the database (default the app's) and `QueueOptions`.
 */
export type QueueLoader<T> = (
	source: QuestionSource,
	settings: StudySettings,
	now?: number,
	db?: FlashpointDb,
	options?: QueueOptions
) => Promise<T>;

/**
 * Today's queue, read in one transaction so counts and cards agree. Every read is bounded by
 * the daily limits, not by the size of the history: review cards come as a range of keys on
 * `[state+due]` (only as many as today's limit), learning cards as a range per state, today's
 * answers from the `studyDay` index; with a course scope as `source`, the questions too
 * (`scopeView`). What is read is cached per tab and re-read only when any tab wrote a card
 * or a course row since (this tab's own answers update the cache in place); the queue is
 * built afresh every time. The card to show next is loaded whole.
 */
export const loadTodayQueue: QueueLoader<QueueItem[]> = async (...args) =>
	(await loadTodayQueueCounted(...args)).items;

/**
 * Whether due cards read for one study day (`DueCards`' `day`, `dayStart`, `dayEnd`) serve
 * `today`: the same day by name, beginning and ending at the same times. The times alone do
 * not tell: a day kept after a move east can span exactly the times of the local day after it
 * (Honolulu's 11 May and Kiritimati's 12 May, a day apart), and the day's totals are its row by
 * name, so the new-question limit was read from the empty next day's row (npm run fuzz,
 * home-counts property, seed 2002: Study offered a new question Home rightly did not count).
 */
function sameDayRead(
	read: { day: string; dayStart: number; dayEnd: number },
	today: Pick<StudyToday, 'day' | 'start' | 'end'>
): boolean {
	return read.day === today.day && read.dayStart === today.start && read.dayEnd === today.end;
}

/**
 * `loadTodayQueue`, with how many cards due today sibling burying left for another day
 * (`buildQueueCounted`), for the study screen's "buried" line.
 */
export const loadTodayQueueCounted: QueueLoader<CountedQueue> = (
	source,
	settings,
	now = Date.now(),
	db = getDb(),
	options = {}
) => {
	const { listCourse, loadHead = true, freshSpread = 'shared', latest: known } = options;
	// Today as `studyToday` says, guessed from the latest answer this tab last saw and checked
	// against the log's in the first round of reads (they differ only when another tab answered
	// after a move westwards): no extra round trip. A caller that read the latest answer already
	// (Home) hands it down: the guess is then exact.
	const guess = studyToday(now, known ? known.latest : latestSeen.get(db));
	// The review range asks for the most the daily limit could need plus a few for buried
	// siblings. A course scope reads its own review keys (`readScope`), not the `cards` range.
	const firstLimit = settings.maxReviewsPerDay + 20;
	const reviewLimit = isScope(source) ? 0 : firstLimit;
	const cachedToday = dueCaches.get(db);
	const cached = cachedToday && sameDayRead(cachedToday, guess) ? cachedToday : undefined;
	const tables = [
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		db.items,
		db.fresh,
		db.tallies,
		db.courses,
		...holdTables(db)
	];
	// One function, not split in two awaited async helpers: that split (27239f2) made Stats'
	// live count fail in Chromium with "Transaction committed too early" (e2e `stats.spec.ts`).
	return db.transaction('r', tables, async () => {
		const tokenRead = readGeneration(db);
		// One round of parallel reads: with no usable cache, the card reads go out at once;
		// with one, only the cards about to be shown, if not loaded yet.
		const nextReview = cached?.reviews[0];
		const [token, started, read, nextCard, latest] = await Promise.all([
			tokenRead,
			isScope(source) ? undefined : startedIds(db, tokenRead),
			cached ? undefined : readDueCards(db, tokenRead, guess, reviewLimit),
			nextReview !== undefined && !cached?.loaded.has(nextReview)
				? db.cards.get(nextReview)
				: undefined,
			known ? known.latest : readLatestAnswer(db)
		]);
		latestSeen.set(db, latest);
		const found = studyToday(now, latest);
		const dayEnd = found.end;
		let due: DueCards;
		if (!sameDayRead({ day: guess.day, dayStart: guess.start, dayEnd: guess.end }, found))
			due = await readDueCards(db, tokenRead, found, reviewLimit);
		else if (read) due = read;
		else if (cached?.token === token) {
			due = cached;
			if (nextCard)
				due = { ...due, loaded: new Map(due.loaded).set(nextCard.questionId, nextCard) };
		} else due = await readDueCards(db, tokenRead, found, reviewLimit);
		const totals = due.totals;
		const scopeCourse = isScope(source) ? (source.courseId ?? undefined) : listCourse;
		const extraNew = extraFor(due.extraNew, due.day, scopeCourse);
		const extraReview = extraFor(due.extraReview, due.day, scopeCourse);
		const reviewsLeft = reviewsLeftToday(settings, totals, extraReview);
		const newLeft = newLeftToday(settings, totals, due.newByCourse, scopeCourse, extraNew);
		// Reviews: as many as are left today plus a few for buried siblings. Not the daily limit:
		// each answered review leaves one key fewer in the cache and one review fewer to show, so
		// a cache read for the limit fell short after every answer and read the keys again.
		const wanted: Wanted = { fresh: newLeft + NEW_SPARE, reviews: reviewsLeft + 20 };
		// Synchronous unless something must be read (see `readScope`).
		const viewOf = (): QuestionView | Promise<QuestionView> => {
			if (!isScope(source)) {
				const ids = started!;
				const newFrom = startedPrefix(db, newQuestionOrder(source), ids);
				const isStarted = (id: string) => ids.has(id);
				return { questions: source, isStarted, newFrom, freshComplete: true };
			}
			const scoped = readScope(db, source.courseId, due, wanted, freshSpread, now);
			const use = (result: { view: QuestionView; due: DueCards }) => {
				due = result.due;
				return result.view;
			};
			return scoped instanceof Promise ? scoped.then(use) : use(scoped);
		};
		let next = viewOf();
		let view = next instanceof Promise ? await next : next;
		const build = () =>
			buildQueueCounted({
				now,
				dayEnd,
				settings,
				today: totals,
				learningCards: due.learning,
				reviewIds: view.reviews?.ids ?? due.reviews,
				queuedCards: due.queued,
				answeredToday: due.answered.map((answer) => answer.questionId),
				newByCourse: due.newByCourse,
				scopeCourse,
				extraNew,
				extraReview,
				held: due.held,
				...view
			});
		let built = build();
		const count = (kind: string) => built.items.filter((item) => item.kind === kind).length;
		// Burying used up the spare keys or new questions: read further (rare: many siblings
		// due on one day, or a course whose next new questions are all siblings).
		// Against what the limits leave after the cards asked for (`leftAfterAsked`).
		const moreReviews = () =>
			!(view.reviews ?? { complete: due.reviewsComplete }).complete &&
			count('review') < built.left.review;
		// New questions: fewer to choose from than the build wants (`newCandidates`, siblings left
		// some out) while more exist. Every course's turns (`newInTurns`) settle siblings in turn
		// order, so a choice made from a shorter read could differ from the full list's.
		const moreFresh = () =>
			!view.freshComplete &&
			built.left.fresh > 0 &&
			built.newCandidates < built.left.fresh + NEW_SPARE;
		while (moreReviews() || moreFresh()) {
			// `scopeView` reads further once it has fewer than it wants.
			if (moreReviews() && view.reviews)
				wanted.reviews = Math.max(wanted.reviews, view.reviews.ids.length) * 2;
			else if (moreReviews()) {
				const limit = Math.max(firstLimit, due.reviews.length) * 2;
				due = { ...due, ...(await readDueReviews(db, dayEnd, limit)) };
			} else wanted.fresh *= 2;
			next = viewOf();
			view = next instanceof Promise ? await next : next;
			built = build();
		}
		const head = pickNext(built.items, now, settings.learnAheadMinutes);
		if (loadHead && head && !head.card && !head.isNew) {
			head.card = due.loaded.get(head.questionId) ?? (await db.cards.get(head.questionId));
			if (head.card) due = { ...due, loaded: new Map(due.loaded).set(head.questionId, head.card) };
		}
		// Every use checks the token first, so even a copy outdated by a write that committed
		// meanwhile is safe to keep: it costs one re-read.
		dueCaches.set(db, due);
		return {
			items: built.items,
			buried: built.buried,
			buriedIds: built.buriedIds,
			held: due.held,
			newBuried: built.newBuried,
			token,
			today: found,
			filedAhead: filedAhead(now, latest),
			reviewLists: due.reviewLists,
			reviewsDueFrom: isScope(source)
				? due.scopeReviews?.get(source.courseId ?? '')?.waitUntil
				: undefined
		};
	});
};
