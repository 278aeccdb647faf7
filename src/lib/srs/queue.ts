import { CARD_STATE, type CardRecord, type DayRecord } from '$lib/db/records';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from './settings';
import { leftAfterAsked, newLeftToday, reviewsLeftToday } from './daily-limits';
import { siblingKeysOf } from './siblings';
import { newInOrder, newInTurns, type CandidatesInput } from './new-candidates';

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
	/**
	 * Questions buried or suspended now (`CardHoldRecord`, `readHeldIds`): never in the queue,
	 * whatever their kind, and never counted as buried siblings. None by default.
	 */
	held?: ReadonlySet<string>;
}

/**
 * New questions a build looks at beyond the ones it needs, so question types can interleave
 * (`interleaveTypes`); a scope's read (`today-queue.ts`) reads at least that many more.
 */
export const NEW_SPARE = 8;

const NONE_HELD: ReadonlySet<string> = new Set();

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
 * Today's queue, in the order it is studied:
 * 1. questions the student asked for (`queueQuestionsForStudy`), whatever the daily limits: their
 *    answers count against them as any answer does, so they take their share of the new
 *    questions and reviews left today first (`leftAfterAsked`);
 * 2. learning and relearning cards due now (a forgotten card comes back the same day);
 * 3. review cards due today (from the 4 AM rollover), most overdue first, up to the reviews
 *    left for today after the ones asked for;
 * 4. new questions in teaching order (`newQuestionOrder`: by rank, unranked after, in bank
 *    order), every course's in turns when no course is studied alone (`newInTurns`), question
 *    types interleaved, up to the new questions left for today after the ones asked for;
 * 5. learning cards due later today, by due time (shown early when nothing else is left).
 * Cards the student buried or suspended (`held`) are left out of every part.
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
	/**
	 * New questions the build could choose from (at most the new questions left today plus
	 * `NEW_SPARE`): a scope's read (`today-queue.ts`) holding fewer
	 * while more exist reads further, so that its choice is the full list's.
	 */
	newCandidates: number;
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

	const held = input.held ?? NONE_HELD;
	const queued: QueueItem[] = [];
	for (const card of input.queuedCards) {
		if (held.has(card.questionId) || !take(card.questionId)) continue;
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
		if (card.due >= input.dayEnd || held.has(card.questionId) || !take(card.questionId)) continue;
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
		if (held.has(questionId) || !take(questionId)) continue;
		reviewsLeft--;
		reviews.push({ questionId, kind: 'review', isNew: false, card: undefined, due: input.now });
	}

	const fresh: QueueItem[] = [];
	let newBuried = 0;
	let newExamined = 0;
	let newCandidates = 0;
	const newLeft = leftAfterAsked(
		newLeftToday(input.settings, input.today, input.newByCourse, input.scopeCourse, input.extraNew),
		asked.fresh
	);
	if (newLeft > 0) {
		// Candidates in teaching order, siblings of each other left out; a few more than needed
		// so types can interleave. Every course studied: the courses take turns (`newInTurns`).
		const order = newQuestionOrder(input.questions);
		const wanted = newLeft + NEW_SPARE;
		const from: CandidatesInput = {
			order,
			from: input.newFrom ?? 0,
			questions: input.questions,
			skip: (id) => input.isStarted(id) || taken.has(id) || held.has(id),
			canTake,
			keysOf,
			newByCourse: input.newByCourse,
			wanted
		};
		const picked = input.scopeCourse === undefined ? newInTurns(from) : newInOrder(from);
		const { candidates, passedOver } = picked;
		newExamined = picked.examined;
		newCandidates = candidates.length;
		// The whole order was read (fewer candidates than wanted): if the limit is not met,
		// every question passed over waits for a sibling's day to end.
		if (candidates.length < newLeft) newBuried = passedOver;
		for (const question of interleaveTypes(candidates, newLeft)) {
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
		newCandidates,
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
