import { CARD_STATE, courseIdOf, type CardRecord, type DayRecord } from '$lib/db/records';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from './settings';
import { leftAfterAsked, newLeftToday, reviewsLeftToday } from './daily-limits';
import { siblingKeysOf } from './siblings';

const DEFAULT_LEARN_AHEAD_MINUTES = DEFAULT_STUDY_SETTINGS.learnAheadMinutes;

/** What the queue needs to know about a question (a bank `Question` is one). */
export interface QueueQuestion {
	id: string;
	/** Questions on the same fact are siblings. */
	fact: string;
	/** Questions on the same source sentence (same `doc` and `quote`) are siblings too. */
	source?: { doc: string; quote: string };
	/** `sentenceKey(source)`, precomputed where the source itself is not kept (course rows). */
	sentence?: string;
	/** Question type: new questions interleave types. */
	type?: string;
	/** Teaching order of new questions, lower first; unranked ones come after, in bank order. */
	rank?: number;
}

export type QueueItemKind = 'queued' | 'learning' | 'review' | 'new';

export interface QueueItem {
	questionId: string;
	kind: QueueItemKind;
	/** Never answered yet: counts as new. */
	isNew: boolean;
	/**
	 * The card, when loaded: new questions have none; review cards are listed by key only and
	 * loaded when they are about to be shown (`loadTodayQueue` loads the next one).
	 */
	card: CardRecord | undefined;
	/** When it may be shown (ms): now for new, queued and review items. */
	due: number;
}

export interface QueueInput {
	now: number;
	/** Start of the next study day (ms): anything due before it is due today. */
	dayEnd: number;
	settings: Pick<StudySettings, 'newPerDay' | 'maxReviewsPerDay'>;
	/** Today's totals so far. */
	today: Pick<DayRecord, 'newCards' | 'reviewCards'>;
	/** Learning and relearning cards due before `dayEnd`, earliest first. */
	learningCards: readonly CardRecord[];
	/** Review cards due before `dayEnd`, most overdue first (ids only; enough for the limit). */
	reviewIds: readonly string[];
	/** Cards the student asked to study today (`queuedAt` set), oldest request first. */
	queuedCards: readonly CardRecord[];
	/** Questions answered today, for sibling burying. */
	answeredToday: Iterable<string>;
	/** The bank; new questions are introduced in `newQuestionOrder`. */
	questions: readonly QueueQuestion[];
	/** Whether a question already has a card (so it is not new). */
	isStarted: (questionId: string) => boolean;
	/**
	 * Every question before this position of `newQuestionOrder(questions)` is started (a hint
	 * that saves a scan).
	 */
	newFrom?: number;
	/** New questions introduced today by course id (`courseIdOf`), for `scopeCourse`. */
	newByCourse?: ReadonlyMap<string, number>;
	/** The course studied alone, if one (see `newLeftToday`). */
	scopeCourse?: string;
	/**
	 * New questions added to today's limit for this scope by custom study (`extraFor`), 0 by
	 * default.
	 */
	extraNew?: number;
	/** Reviews added to today's limit for this scope by custom study (`extraFor`), 0 by default. */
	extraReview?: number;
}

const newOrders = new WeakMap<readonly QueueQuestion[], readonly QueueQuestion[]>();

/**
 * The bank in the order new questions are introduced: by `rank`, lower first; questions with no
 * rank after all ranked ones, in bank order (ties keep bank order too). Cached per bank array.
 */
export function newQuestionOrder(questions: readonly QueueQuestion[]): readonly QueueQuestion[] {
	let order = newOrders.get(questions);
	if (!order) {
		order = questions.some((q) => q.rank !== undefined)
			? questions
					.map((question, index) => ({ question, index }))
					.sort(
						(a, b) =>
							(a.question.rank ?? Infinity) - (b.question.rank ?? Infinity) || a.index - b.index
					)
					.map(({ question }) => question)
			: questions;
		newOrders.set(questions, order);
	}
	return order;
}

/**
 * Picks `count` of `candidates` (in teaching order), interleaving question types: each pick is
 * the first remaining candidate of a different type from the one before, else the first.
 */
function interleaveTypes(candidates: readonly QueueQuestion[], count: number): QueueQuestion[] {
	const left = [...candidates];
	const picked: QueueQuestion[] = [];
	while (picked.length < count && left.length) {
		const previous = picked.at(-1)?.type;
		let index = previous === undefined ? 0 : left.findIndex((q) => q.type !== previous);
		if (index < 0) index = 0;
		picked.push(left.splice(index, 1)[0]);
	}
	return picked;
}

/**
 * `candidates` (new questions in teaching order, `newQuestionOrder`) with their courses taking
 * turns (`courseIdOf`): each course's first, then each one's second, and so on, a course's
 * turns counted from the new questions it introduced today (`done`, `newByCourse`: the queue is
 * built again after every answer, and from 0 again the first course's next question always came
 * first); courses in the order `bank` first lists them (built-in first, then by install). Studying every course, the
 * ranked built-in course came first in teaching order and a student's own three courses got
 * no new question for days (issue 12); turns are what per-deck limits give an Anki user, every
 * deck's new cards from the first day (`fresh-read.ts`' `turnOrder`, which reads them so).
 */
function inTurns(
	candidates: readonly QueueQuestion[],
	bank: readonly QueueQuestion[],
	done: ReadonlyMap<string, number> | undefined
): QueueQuestion[] {
	const byCourse = new Map<string, QueueQuestion[]>();
	for (const question of candidates) {
		const course = courseIdOf(question.id);
		const list = byCourse.get(course);
		if (list) list.push(question);
		else byCourse.set(course, [question]);
	}
	if (byCourse.size < 2) return [...candidates];
	const courses: { list: QueueQuestion[]; first: number }[] = [];
	const seen = new Set<string>();
	for (const question of bank) {
		if (courses.length === byCourse.size) break;
		const course = courseIdOf(question.id);
		const list = byCourse.get(course);
		if (!list || seen.has(course)) continue;
		seen.add(course);
		courses.push({ list, first: done?.get(course) ?? 0 });
	}
	const turned: QueueQuestion[] = [];
	for (let turn = 0; turned.length < candidates.length; turn++)
		for (const { list, first } of courses)
			if (turn >= first && turn - first < list.length) turned.push(list[turn - first]);
	return turned;
}

/**
 * Today's queue, in the order it is studied:
 * 1. questions the student asked for (`queueQuestionsForStudy`), whatever the daily limits: their
 *    answers count against them as any answer does, so they take their share of the new
 *    questions and reviews left today first (`leftAfterAsked`);
 * 2. learning and relearning cards due now (a forgotten card comes back the same day);
 * 3. review cards due today (from the 4 AM rollover), most overdue first, up to the reviews
 *    left for today after the ones asked for;
 * 4. new questions in teaching order (`newQuestionOrder`: by rank, unranked after, in bank
 *    order), every course's in turns when no course is studied alone (`inTurns`), question
 *    types interleaved, up to the new questions left for today after the ones asked for;
 * 5. learning cards due later today, by due time (shown early when nothing else is left).
 * Sibling burying: two siblings (same fact, or same source sentence) are never studied on the
 * same day, so a question whose sibling was answered today, or already appears earlier in the
 * queue, is left for another day. Questions no longer in the bank are skipped.
 */
export function buildQueue(input: QueueInput): QueueItem[] {
	return buildQueueCounted(input).items;
}

/**
 * `buildQueue`, and how many cards due today it buried (Anki's "buried" count): asked-for,
 * learning and review cards left for another day because a sibling was answered today or comes
 * earlier in the queue. `newBuried`: new questions held back by a sibling **when today's new
 * limit could not be filled** (otherwise another new question takes their place and nothing is
 * lost); 0 when the limit was filled. An outsider with the limit at 200 saw "All done" while 82
 * new questions waited, unexplained. `newExamined`: how many new questions, in teaching order,
 * the build looked at to fill the limit (`review-count.ts` needs their keys, no more).
 */
export function buildQueueCounted(input: QueueInput): {
	items: QueueItem[];
	buried: number;
	/** The questions counted in `buried` (asked-for, learning and review cards), in queue order. */
	buriedIds: string[];
	newBuried: number;
	newExamined: number;
	/** The cards asked for that the queue took, counted as `countKind` counts them. */
	asked: { fresh: number; review: number };
	/** New questions and reviews the limits left for the queue's own (`leftAfterAsked`). */
	left: { fresh: number; review: number };
} {
	const keysOf = siblingKeysOf(input.questions);
	const keyOwner = new Map<string, string>();
	const answered = new Set(input.answeredToday);
	for (const questionId of answered)
		for (const key of keysOf.get(questionId) ?? [])
			if (!keyOwner.has(key)) keyOwner.set(key, questionId);
	const taken = new Set<string>();
	const canTake = (questionId: string): boolean => {
		if (taken.has(questionId)) return false;
		const keys = keysOf.get(questionId);
		if (keys === undefined) return false;
		return keys.every((key) => {
			const owner = keyOwner.get(key);
			return owner === undefined || owner === questionId;
		});
	};
	const buriedIds: string[] = [];
	const take = (questionId: string): boolean => {
		if (!canTake(questionId)) {
			// In the bank and not already queued: only a sibling keeps it out.
			if (!taken.has(questionId) && keysOf.has(questionId)) buriedIds.push(questionId);
			return false;
		}
		for (const key of keysOf.get(questionId)!) keyOwner.set(key, questionId);
		taken.add(questionId);
		return true;
	};

	const queued: QueueItem[] = [];
	for (const card of input.queuedCards) {
		if (!take(card.questionId)) continue;
		const isNew = card.state === 0 && card.reps === 0;
		queued.push({
			questionId: card.questionId,
			kind: 'queued',
			isNew,
			card: isNew ? undefined : card,
			due: input.now
		});
	}

	const learningNow: QueueItem[] = [];
	const learningLater: QueueItem[] = [];
	for (const card of input.learningCards) {
		if (card.due >= input.dayEnd || !take(card.questionId)) continue;
		const item: QueueItem = {
			questionId: card.questionId,
			kind: 'learning',
			isNew: false,
			card,
			due: card.due
		};
		(card.due <= input.now ? learningNow : learningLater).push(item);
	}

	const asked = { fresh: 0, review: 0 };
	for (const item of queued) {
		const kind = countKind(item);
		if (kind !== 'learning') asked[kind]++;
	}
	const reviews: QueueItem[] = [];
	const reviewLimit = leftAfterAsked(
		reviewsLeftToday(input.settings, input.today, input.extraReview),
		asked.review
	);
	let reviewsLeft = reviewLimit;
	// `reviewIds` are due today by `isReviewDueToday` (their due day has begun in real time). In
	// one zone a card answered today is never among them (its next due day is a later day);
	// only a study day kept across the date line westwards (up to 48 hours) can hold its next
	// due day too, and it then comes back when that day begins, as it would have where it was
	// answered.
	for (const questionId of input.reviewIds) {
		if (reviewsLeft <= 0) break;
		if (!take(questionId)) continue;
		reviewsLeft--;
		reviews.push({ questionId, kind: 'review', isNew: false, card: undefined, due: input.now });
	}

	const fresh: QueueItem[] = [];
	let newBuried = 0;
	let newExamined = 0;
	const newLeft = leftAfterAsked(
		newLeftToday(input.settings, input.today, input.newByCourse, input.scopeCourse, input.extraNew),
		asked.fresh
	);
	if (newLeft > 0) {
		// Candidates in teaching order, siblings of each other left out; a few more than needed
		// so types can interleave.
		const order = newQuestionOrder(input.questions);
		const candidates: QueueQuestion[] = [];
		const candidateKeys = new Set<string>();
		const wanted = newLeft + 8;
		// Every course studied: each course's candidates in its own teaching order, read to the
		// end of the order (`inTurns`); one course: the first few.
		const perCourse = input.scopeCourse === undefined ? new Map<string, number>() : undefined;
		let passedOver = 0;
		for (let index = input.newFrom ?? 0; index < order.length; index++) {
			if (!perCourse && candidates.length >= wanted) break;
			const question = order[index];
			if (input.isStarted(question.id) || taken.has(question.id)) continue;
			const course = perCourse && courseIdOf(question.id);
			if (course !== undefined && (perCourse!.get(course) ?? 0) >= wanted) continue;
			newExamined++;
			const keys = keysOf.get(question.id)!;
			if (!canTake(question.id) || keys.some((key) => candidateKeys.has(key))) {
				passedOver++;
				continue;
			}
			for (const key of keys) candidateKeys.add(key);
			candidates.push(question);
			if (course !== undefined) perCourse!.set(course, (perCourse!.get(course) ?? 0) + 1);
		}
		// The whole order was read (fewer candidates than wanted): if the limit is not met,
		// every question passed over waits for a sibling's day to end.
		if (candidates.length < newLeft) newBuried = passedOver;
		const ordered = perCourse
			? inTurns(candidates, input.questions, input.newByCourse)
			: candidates;
		for (const question of interleaveTypes(ordered, newLeft)) {
			// Candidates were checked with `canTake`, so this never counts as buried.
			take(question.id);
			fresh.push({
				questionId: question.id,
				kind: 'new',
				isNew: true,
				card: undefined,
				due: input.now
			});
		}
	}

	return {
		items: [...queued, ...learningNow, ...reviews, ...fresh, ...learningLater],
		buried: buriedIds.length,
		buriedIds,
		newBuried,
		newExamined,
		asked,
		left: { fresh: newLeft, review: reviewLimit }
	};
}

/**
 * The next item to show: the first one due now; when only later learning steps are left, the
 * earliest of them if it is due within the learn-ahead limit (Anki's rule, 20 minutes by
 * default), else nothing: the card waits for its time (`nextDue` says when).
 */
export function pickNext(
	queue: readonly QueueItem[],
	now: number,
	learnAheadMinutes: number = DEFAULT_LEARN_AHEAD_MINUTES
): QueueItem | undefined {
	const first = queue.find((item) => item.due <= now) ?? queue[0];
	return first && first.due <= now + learnAheadMinutes * 60_000 ? first : undefined;
}

/**
 * When the earliest item in today's queue is due (ms), or null for an empty queue: what the
 * study screen shows when `pickNext` has nothing yet. It may be shown from
 * `learnAheadMinutes` before then.
 */
export function nextDue(queue: readonly QueueItem[]): number | null {
	let earliest: number | null = null;
	for (const item of queue) if (earliest === null || item.due < earliest) earliest = item.due;
	return earliest;
}

/**
 * Today's counts, one definition for Home, Study and Stats (Anki's three numbers):
 * - `fresh`: new questions still to be introduced today (within "new per day");
 * - `learning`: learning and relearning cards to answer now, or within the learn-ahead limit;
 * - `review`: review cards due today (within "maximum reviews per day");
 * - `later`: learning cards whose next step comes later today. They are not counted as due, so
 *   answering a new card never makes a number grow (it moves from `fresh` to `learning` or
 *   `later`).
 * Cards the student asked to study count by their state. `now` and the limit are ms/minutes.
 */
export interface TodayCounts {
	fresh: number;
	learning: number;
	review: number;
	later: number;
}

/**
 * Which of today's counts a queue item is in: `fresh` (never answered), `review` (a review
 * card: listed as one, or asked for), else `learning`: a card in learning or relearning
 * (`isLearningState`, the cards Stats counts as Learning; the queue lists no other). The one
 * rule for `countQueue` and Home's stored counts (`entryOfQueue`); `countQueue` splits
 * `learning` into `learning` and `later` by due time.
 */
export function countKind(item: QueueItem): 'fresh' | 'learning' | 'review' {
	if (item.isNew) return 'fresh';
	if (item.kind === 'review' || item.card?.state === CARD_STATE.review) return 'review';
	return 'learning';
}

export function countQueue(
	queue: readonly QueueItem[],
	now: number = Date.now(),
	learnAheadMinutes: number = DEFAULT_LEARN_AHEAD_MINUTES
): TodayCounts {
	const counts: TodayCounts = { fresh: 0, learning: 0, review: 0, later: 0 };
	const horizon = now + learnAheadMinutes * 60_000;
	for (const item of queue) {
		const kind = countKind(item);
		if (kind !== 'learning') counts[kind]++;
		else if (item.due <= horizon) counts.learning++;
		else counts.later++;
	}
	return counts;
}

/** Everything left today, whatever its kind: what "Study now" has to offer. */
export function countTotal(counts: TodayCounts): number {
	return counts.fresh + counts.learning + counts.review + counts.later;
}
