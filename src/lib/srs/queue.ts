import type { CardRecord, DayRecord } from '$lib/db/records';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from './settings';

const DEFAULT_LEARN_AHEAD_MINUTES = DEFAULT_STUDY_SETTINGS.learnAheadMinutes;

/** What the queue needs to know about a question: its id and its sibling key. */
export interface QueueQuestion {
	id: string;
	fact: string;
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
	/** The bank in its order; new questions are introduced in this order. */
	questions: readonly QueueQuestion[];
	/** Whether a question already has a card (so it is not new). */
	isStarted: (questionId: string) => boolean;
	/** Every question before this bank position is started (a hint that saves a scan). */
	newFrom?: number;
}

/**
 * Today's queue, in the order it is studied:
 * 1. questions the student asked for (`queueQuestionsForStudy`), outside the daily limits;
 * 2. learning and relearning cards due now (a forgotten card comes back the same day);
 * 3. review cards due today (from the 4 AM rollover), most overdue first, up to the reviews
 *    left for today;
 * 4. new questions in bank order, up to the new questions left for today;
 * 5. learning cards due later today, by due time (shown early when nothing else is left).
 * Sibling burying: two questions on the same fact are never studied on the same day, so a
 * question whose fact was answered today through another question, or already appears earlier
 * in the queue, is left for another day. Questions no longer in the bank are skipped.
 */
const factMaps = new WeakMap<readonly QueueQuestion[], Map<string, string>>();

function factsOf(questions: readonly QueueQuestion[]): Map<string, string> {
	let map = factMaps.get(questions);
	if (!map) {
		map = new Map(questions.map((q) => [q.id, q.fact]));
		factMaps.set(questions, map);
	}
	return map;
}

export function buildQueue(input: QueueInput): QueueItem[] {
	const factOf = factsOf(input.questions);
	const factOwner = new Map<string, string>();
	for (const questionId of input.answeredToday) {
		const fact = factOf.get(questionId);
		if (fact !== undefined && !factOwner.has(fact)) factOwner.set(fact, questionId);
	}
	const taken = new Set<string>();
	const take = (questionId: string): boolean => {
		if (taken.has(questionId)) return false;
		const fact = factOf.get(questionId);
		if (fact === undefined) return false;
		const owner = factOwner.get(fact);
		if (owner !== undefined && owner !== questionId) return false;
		factOwner.set(fact, questionId);
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

	const reviews: QueueItem[] = [];
	let reviewsLeft = Math.max(0, input.settings.maxReviewsPerDay - input.today.reviewCards);
	for (const questionId of input.reviewIds) {
		if (reviewsLeft <= 0) break;
		if (!take(questionId)) continue;
		reviewsLeft--;
		reviews.push({ questionId, kind: 'review', isNew: false, card: undefined, due: input.now });
	}

	const fresh: QueueItem[] = [];
	let newLeft = Math.max(0, input.settings.newPerDay - input.today.newCards);
	for (let index = input.newFrom ?? 0; index < input.questions.length; index++) {
		const question = input.questions[index];
		if (newLeft <= 0) break;
		if (input.isStarted(question.id) || !take(question.id)) continue;
		newLeft--;
		fresh.push({
			questionId: question.id,
			kind: 'new',
			isNew: true,
			card: undefined,
			due: input.now
		});
	}

	return [...queued, ...learningNow, ...reviews, ...fresh, ...learningLater];
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

/** The counts Home shows, from a built queue. */
export function countQueue(queue: readonly QueueItem[]): {
	due: number;
	fresh: number;
	total: number;
} {
	let fresh = 0;
	for (const item of queue)
		if (item.kind === 'new' || (item.kind === 'queued' && !item.card)) fresh++;
	return { due: queue.length - fresh, fresh, total: queue.length };
}
