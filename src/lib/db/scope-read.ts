/**
 * Reading the questions of today's queue (split from `today-queue.ts`, which guesses today and
 * assembles the queue): for a course scope, or every course, the items the due cards
 * (`due-read.ts`) refer to, the scope's due review questions and its next new questions
 * (`readScope`, `scopeView`), all by index or key range so a read grows with today's workload,
 * not with the collection. Call everything here inside the queue's read transaction.
 */
import type { QueueQuestion } from '$lib/srs/queue';
import { courseIdOf } from './records';
import { UNRANKED, type ItemRecord } from './index-records';
import type { DueCards } from './queue-cache';
import type { FlashpointDb } from './schema';
import { readLearningItems } from './due-read';
import { readFresh, type FreshRead, type FreshSpread } from './fresh-read';
import {
	readAllReviews,
	readEachScopeReviews,
	readScopeReviews,
	type ScopeReviews
} from './review-read';
import type { ReviewList } from './review-list';

/**
 * Where a queue's questions come from: a list (every question it may show, as in the tests
 * and the in-memory bank), or the studied questions of one course or of every course
 * (`courseId: null`), read by index from `items` (schema v7): only the questions due today,
 * answered today and the next new ones, so the build does not grow with the collection.
 */
export type QuestionSource = readonly QueueQuestion[] | { courseId: string | null };

export function isScope(source: QuestionSource): source is { courseId: string | null } {
	return !Array.isArray(source);
}

/** What `buildQueue` needs of the questions: the list, which are started, where new ones start. */
export interface QuestionView {
	questions: readonly QueueQuestion[];
	isStarted: (id: string) => boolean;
	newFrom: number;
	/** Scopes only: more new questions may exist than were read. */
	freshComplete: boolean;
	/** Scopes only: the scope's own review keys (`DueCards.scopeReviews`), and whether complete. */
	reviews?: { ids: readonly string[]; complete: boolean };
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

/**
 * Every course's new questions (`readFresh`, in turns) course by course, as a list of the
 * courses' questions lists them (built-in first, then by install: `courseKey`, ties by id as
 * `listCourses` leaves them), each course's in its own order: `newInTurns` gives the courses
 * their turns in the order the questions first name them. In turn order a course that had
 * more turns today came after one that had fewer, and the turns of a round went the other way
 * round from the full list's (the unit property "the queue by index equals the queue by list":
 * answer a new question Again, then import a course).
 */
function inCourseOrder(items: readonly ItemRecord[]): ItemRecord[] {
	return [...items].sort(
		(a, b) =>
			a.courseKey - b.courseKey || (a.courseId < b.courseId ? -1 : a.courseId > b.courseId ? 1 : 0)
	);
}

/** How many new questions and review keys a scope's build wants read (at least). */
export interface Wanted {
	fresh: number;
	reviews: number;
}

/** Whether question `id` belongs to scope `courseId` (null: every course). */
function inScope(courseId: string | null, id: string): boolean {
	return courseId === null || courseIdOf(id) === courseId;
}

/**
 * Today's answers to questions of `courseId`'s scope as the questions a build buries by: from
 * the sibling keys on their rows (v10), except those `started` lists already (from their
 * items), those in no course when answered (`null`: nothing to bury) and those `known` found
 * in no course now.
 */
function answeredQuestions(
	courseId: string | null,
	due: DueCards,
	started: ReadonlySet<string>,
	known: ReadonlyMap<string, ItemRecord | null>
): QueueQuestion[] {
	const questions = new Map<string, QueueQuestion>();
	for (const { questionId: id, siblings } of due.answered) {
		if (!siblings || started.has(id) || !inScope(courseId, id)) continue;
		// Read and found in no course (its course removed today): as a list of the courses'
		// questions, which lacks it, the build neither shows its card nor buries by it.
		if (known.get(id) === null) continue;
		questions.set(id, { id, ...siblings });
	}
	return [...questions.values()];
}

/**
 * What `scopeView` must read first (nothing, mostly, once cached). The scope's review list is
 * read again once a review it left out as not due yet has become due (`waitUntil` at or before
 * `now`: only after a move east, when a due day begins in the middle of today here).
 */
function scopeReads(due: DueCards, courseId: string | null, wanted: Wanted, now: number) {
	const key = courseId ?? '';
	const stored = due.scopeReviews?.get(key);
	const current = stored && !(stored.waitUntil !== undefined && stored.waitUntil <= now);
	const reviews =
		current && (stored.complete || stored.ids.length >= wanted.reviews) ? stored : undefined;
	// Today's answers carry their sibling keys (v10); only a row without them needs its item,
	// and only if its question is in scope.
	const unfilled = due.answered
		.filter((answer) => answer.siblings === undefined && inScope(courseId, answer.questionId))
		.map((answer) => answer.questionId);
	const referenced = [
		...due.learning.map((card) => card.questionId),
		...(reviews?.ids ?? []),
		...due.queued.map((card) => card.questionId),
		...unfilled
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

/** What `readScope` read for `scopeView`. */
interface ScopeRead {
	found: (ItemRecord | undefined)[];
	/** Every course's scope: the learning cards' items (`readLearningItems`). */
	learning?: ItemRecord[];
	/** The scope's new questions, and, read for every course, each course's (`readAllFresh`). */
	fresh?: { all: FreshRead; byCourse?: Map<string, FreshRead> };
	reviews?: ScopeReviews;
	/**
	 * Every course's scope read by course (`readEachScopeReviews`, or `readAllReviews` from the
	 * courses' lists): each course's reviews.
	 */
	reviewsByCourse?: Map<string, ScopeReviews>;
	/** The courses' held review lists `readAllReviews` read or used (kept in the cache). */
	lists?: ReadonlyMap<string, ReviewList>;
}

/**
 * `items` with what `read` found added, as a new map; `items` itself when the read found none
 * (a course's build from Home's cache): that map holds every course's due reviews, and copying
 * it for each course's build was a tenth of the first Home's script (issue 14, scale profile).
 * Cached maps are never written to.
 */
function knownAfter(
	items: ReadonlyMap<string, ItemRecord | null> | undefined,
	plan: ReturnType<typeof scopeReads>,
	read: ScopeRead
): ReadonlyMap<string, ItemRecord | null> {
	const adds = plan.byRange.length || plan.missing.length;
	if (items && !adds && !read.learning && !read.reviews && !read.reviewsByCourse) return items;
	const known = new Map(items ?? []);
	for (const id of plan.byRange) known.set(id, null);
	for (const item of read.learning ?? []) known.set(item.id, item);
	plan.missing.forEach((id, i) => known.set(id, read.found[i] ?? null));
	for (const item of read.reviews?.items ?? []) known.set(item.id, item);
	for (const list of read.reviewsByCourse?.values() ?? [])
		for (const item of list.items) known.set(item.id, item);
	return known;
}

/**
 * The questions of `scope` a build may show: the items of every card `due` refers to (cached
 * in `due.items`), and at least `wantedNew` new ones (cached per scope in `due.fresh`), from
 * `read` (what `scopeReads` asked for, read by the caller). Returns them with the updated `due`.
 */
export function scopeView(
	courseId: string | null,
	due: DueCards,
	plan: ReturnType<typeof scopeReads>,
	read: ScopeRead
): { view: QuestionView; due: DueCards } {
	const known = knownAfter(due.items, plan, read);
	const reviews = read.reviews ? idsOf(read.reviews) : plan.reviews!;
	const referenced = read.reviews ? [...plan.referenced, ...reviews.ids] : plan.referenced;
	const fresh = read.fresh?.all ?? plan.fresh!;
	const freshIds = new Set(fresh.items.map((item) => item.id));
	const isShown = (item: ItemRecord | null | undefined): item is ItemRecord =>
		!!item && (courseId === null || item.courseId === courseId) && !freshIds.has(item.id);
	const started = [...new Set(referenced)].map((id) => known.get(id)).filter(isShown);
	const startedIds = new Set([...started.map((item) => item.id), ...freshIds]);
	const key = courseId ?? '';
	const freshByScope = new Map(due.fresh ?? []);
	for (const [id, list] of read.fresh?.byCourse ?? []) freshByScope.set(id, list);
	return {
		view: {
			questions: [
				...[...inCourseOrder(fresh.items), ...started].map(queueQuestionOf),
				...answeredQuestions(courseId, due, startedIds, known)
			],
			isStarted: (id) => !freshIds.has(id),
			newFrom: 0,
			freshComplete: fresh.complete,
			reviews
		},
		due: {
			...due,
			items: known,
			fresh: freshByScope.set(key, fresh),
			scopeReviews: scopeReviewsAfter(due, key, reviews, read.reviewsByCourse),
			reviewLists: listsAfter(due, courseId, read)
		}
	};
}

/** `due.reviewLists` with the lists `read` gave (`ScopeReviews.list`), if any. */
function listsAfter(
	due: DueCards,
	courseId: string | null,
	read: ScopeRead
): DueCards['reviewLists'] {
	const found: [string, ReviewList][] = [...(read.lists ?? [])];
	if (courseId !== null && read.reviews?.list) found.push([courseId, read.reviews.list]);
	for (const [id, list] of read.reviewsByCourse ?? []) if (list.list) found.push([id, list.list]);
	if (!found.length) return due.reviewLists;
	return new Map([...(due.reviewLists ?? []), ...found]);
}

/** The cached form of a scope's review read (`DueCards.scopeReviews`). */
function idsOf(list: ScopeReviews): { ids: string[]; complete: boolean; waitUntil?: number } {
	return {
		ids: list.items.map((item) => item.id),
		complete: list.complete,
		...(list.waitUntil !== undefined && { waitUntil: list.waitUntil })
	};
}

/** `due.scopeReviews` with scope `key`'s review ids and, if read, each course's. */
function scopeReviewsAfter(
	due: DueCards,
	key: string,
	reviews: { ids: readonly string[]; complete: boolean; waitUntil?: number },
	byCourse: Map<string, ScopeReviews> | undefined
): DueCards['scopeReviews'] {
	const lists = new Map(due.scopeReviews ?? []);
	for (const [id, list] of byCourse ?? []) lists.set(id, idsOf(list));
	return lists.set(key, reviews);
}

/**
 * `scopeView` with its reads at `now` (ms; reviews due by then, `isReviewDueToday`); call
 * inside the transaction. Awaits only when something must be read: inside a live query every
 * read may come from Dexie's cache, and a needless `await` there lets the transaction commit
 * before a later read (PrematureCommitError).
 */
export function readScope(
	db: FlashpointDb,
	courseId: string | null,
	due: DueCards,
	wanted: Wanted,
	spread: FreshSpread,
	now: number
): { view: QuestionView; due: DueCards } | Promise<{ view: QuestionView; due: DueCards }> {
	const plan = scopeReads(due, courseId, wanted, now);
	if (!plan.missing.length && !plan.byRange.length && plan.fresh && plan.reviews)
		return scopeView(courseId, due, plan, { found: [] });
	const today = { start: due.dayStart, end: due.dayEnd, now };
	// Home (`each`): every course's due reviews by course, so each course's count reuses them.
	const byCourse = !plan.reviews && courseId === null && spread === 'each';
	// Study's every-course build (`shared`) takes the due reviews from the courses' lists.
	const fromLists = !plan.reviews && courseId === null && !byCourse;
	// The course ids, read once for all (Home read them twice: 10 rows again on ten courses).
	const courseIds =
		courseId === null && (byCourse || fromLists || !plan.fresh)
			? db.courses
					.toCollection()
					.primaryKeys()
					.then((ids) => ids as string[])
			: undefined;
	// A course's stored review list (`review-list.ts`): only the reviews due since are read.
	const lists = due.reviewLists;
	const eachReviews =
		byCourse && courseIds
			? courseIds.then((ids) => readEachScopeReviews(db, ids, today, wanted.reviews, lists))
			: fromLists && courseIds
				? readAllReviews(db, courseIds, today, wanted.reviews, lists)
				: undefined;
	return Promise.all([
		plan.missing.length ? db.items.bulkGet(plan.missing) : [],
		plan.byRange.length ? readLearningItems(db, due.dayEnd) : undefined,
		plan.fresh
			? undefined
			: readFresh(
					db,
					courseId,
					Math.max(32, wanted.fresh * 2),
					spread,
					wanted.fresh,
					courseIds,
					due.newByCourse
				),
		plan.reviews || eachReviews
			? undefined
			: readScopeReviews(
					db,
					courseId,
					today,
					wanted.reviews,
					courseId === null ? undefined : lists?.get(courseId)
				),
		eachReviews
	]).then(([found, learning, fresh, reviews, each]) =>
		scopeView(courseId, due, plan, {
			found,
			learning,
			fresh,
			reviews: reviews ?? each?.all,
			reviewsByCourse: each?.byCourse,
			lists: each && 'lists' in each ? each.lists : undefined
		})
	);
}
