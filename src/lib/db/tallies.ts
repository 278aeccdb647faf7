/**
 * Counts kept current with every card and course write (schema v7, table `tallies`), so Home
 * and Stats read a few small rows instead of every card (issue 14, the scale goal). Only
 * studied questions count (a card whose question no course has is left out, as Stats always
 * did). Pure functions here; `indexes.ts` applies them in the writing transaction.
 *
 * Buckets, per course: `state:-1` (no card yet), `state:0` … `state:3` (the card's FSRS state),
 * `leech`, and `due:YYYY-MM-DD` (learning, review and relearning cards by the study day they
 * are due: the forecast; the item's `dueDay`, fixed in the time zone it was written in). A bucket whose count falls to 0 is deleted, so past due days do not
 * pile up.
 */
import { addDays, studyDay, type StudyDay } from '$lib/srs/day';
import { CARD_STATE, isLearningState } from './records';
import { NO_CARD, type ItemRecord, type TallyRecord } from './index-records';

type Counted = Pick<ItemRecord, 'courseId' | 'state' | 'due' | 'leech' | 'dueDay'>;

const DUE = 'due:';
const STATE = 'state:';
/** The states a `state:` bucket may name. */
const STATES: readonly number[] = [NO_CARD, ...Object.values(CARD_STATE)];

/** The tally row id of `bucket` in course `courseId`. */
export function tallyId(courseId: string, bucket: string): string {
	return `${courseId}\u0000${bucket}`;
}

/** The buckets one studied question counts in (see the module comment). */
export function bucketsOf(item: Counted): string[] {
	const buckets = [`state:${item.state}`];
	if (item.leech) buckets.push('leech');
	// The day fixed when the item was written, so taking the card out of its bucket later, in
	// another time zone, finds the same bucket (rows from before `dueDay` existed: today's zone).
	if (item.state !== NO_CARD && item.state !== CARD_STATE.new)
		buckets.push(`${DUE}${item.dueDay ?? studyDay(item.due)}`);
	return buckets;
}

/** Changes to tally rows, by row id: `{ courseId, bucket, delta }`. */
export type TallyDeltas = Map<string, { courseId: string; bucket: string; delta: number }>;

/** Adds to `deltas` what moving one question from `before` to `after` changes (either may be absent). */
export function addTallyDeltas(
	deltas: TallyDeltas,
	before: Counted | undefined,
	after: Counted | undefined
): void {
	const change = (item: Counted | undefined, sign: number) => {
		if (!item) return;
		for (const bucket of bucketsOf(item)) {
			const id = tallyId(item.courseId, bucket);
			const entry = deltas.get(id) ?? { courseId: item.courseId, bucket, delta: 0 };
			entry.delta += sign;
			deltas.set(id, entry);
		}
	};
	change(before, -1);
	change(after, +1);
}

/** Every tally row of `items`, counted from scratch (rebuilds, and the tests' recount). */
export function talliesFromItems(items: Iterable<Counted>): TallyRecord[] {
	const deltas: TallyDeltas = new Map();
	for (const item of items) addTallyDeltas(deltas, undefined, item);
	return [...deltas]
		.filter(([, entry]) => entry.delta !== 0)
		.map(([id, { courseId, bucket, delta }]) => ({ id, courseId, bucket, count: delta }));
}

/**
 * `stored` rows after `deltas` (from `addTallyDeltas`): rows to put, and ids to delete (their
 * count reached 0). Never below 0 (a count that would go negative means the tallies were
 * already wrong; Check database rebuilds them).
 */
export function applyTallyDeltas(
	stored: ReadonlyMap<string, TallyRecord>,
	deltas: TallyDeltas
): { put: TallyRecord[]; drop: string[] } {
	const put: TallyRecord[] = [];
	const drop: string[] = [];
	for (const [id, { courseId, bucket, delta }] of deltas) {
		if (delta === 0) continue;
		const count = Math.max(0, (stored.get(id)?.count ?? 0) + delta);
		if (count === 0) {
			if (stored.has(id)) drop.push(id);
		} else put.push({ id, courseId, bucket, count });
	}
	return { put, drop };
}

/**
 * Stats → Cards by state: studied questions by where they are in learning. Questions no course
 * has are never counted (they have no item), so the parts add up to `total`.
 */
export interface StateCounts {
	/** No card yet, or a card still new (a question queued for study). */
	fresh: number;
	/**
	 * Learning cards (`isLearningState`): in their first steps or relearning, as Home and Study
	 * count Learning (`countKind`).
	 */
	learning: number;
	review: number;
	/** The part of `learning` that is relearning (forgotten, back in its steps). */
	relearning: number;
	/** Cards flagged as leeches (also counted in their state). */
	leeches: number;
	/**
	 * Suspended cards (`card-holds.ts`): a state of their own, out of `fresh`, `learning` and
	 * `review`, as Anki's Card Counts shows them; in `total`. Set by `withoutSuspended`.
	 */
	suspended: number;
	/** Every studied question. */
	total: number;
}

/**
 * Sums tally rows (any courses) into state counts: the one way Stats counts them. Learning is
 * `isLearningState`, relearning included, as on Home.
 */
export function stateTally(rows: Iterable<TallyRecord>): StateCounts {
	const tally: StateCounts = {
		fresh: 0,
		learning: 0,
		review: 0,
		relearning: 0,
		leeches: 0,
		suspended: 0,
		total: 0
	};
	for (const row of rows) {
		if (row.bucket === 'leech') tally.leeches += row.count;
		const state = row.bucket.startsWith(STATE) ? Number(row.bucket.slice(STATE.length)) : NaN;
		if (!STATES.includes(state)) continue;
		tally[stateField(state)] += row.count;
		if (state === CARD_STATE.relearning) tally.relearning += row.count;
		tally.total += row.count;
	}
	return tally;
}

/** The `due:` bucket range that holds every day before `lastDay` (inclusive): for the forecast. */
export function dueBucketRange(lastDay: StudyDay): [string, string] {
	return [DUE, `${DUE}${lastDay}`];
}

/** The part of `StateCounts` a card state (0–3, or `NO_CARD`) is counted in. */
export function stateField(state: number): 'fresh' | 'learning' | 'review' {
	return state === NO_CARD || state === CARD_STATE.new
		? 'fresh'
		: isLearningState(state)
			? 'learning'
			: 'review';
}

/** Cards due per study day from `due:` tally rows (any courses): the forecast's input. */
export function dueCountsByDay(rows: Iterable<TallyRecord>): Map<StudyDay, number> {
	const counts = new Map<StudyDay, number>();
	for (const row of rows) {
		if (!row.bucket.startsWith(DUE)) continue;
		const day = row.bucket.slice(DUE.length);
		counts.set(day, (counts.get(day) ?? 0) + row.count);
	}
	return counts;
}

/** The last study day a forecast of `days` days from `today` shows. */
export function forecastLastDay(today: StudyDay, days: number): StudyDay {
	return addDays(today, days - 1);
}

/** What `items`, `tallies` and `fresh` hold (a recount, or what is to be written). */
export interface IndexRows {
	items: ItemRecord[];
	tallies: TallyRecord[];
	fresh: ItemRecord[];
}

/** How far (days) a time-zone change can move the study day a due time falls on. */
const ZONE_SHIFT_DAYS = 2;

/**
 * A recount (`recountIndexes` in `indexes.ts`) with each item's `dueDay` as `stored` has it,
 * where the card's due time is unchanged and the stored day is one a time-zone change could
 * give (within two days of today's zone's), and the tallies counted from those items: what the
 * indexes should hold after writes made in other time zones. Check database compares with it, so a zone change is
 * not taken for damage. `stored`: the `items` rows as they are.
 */
export function keepStoredDueDays(counted: IndexRows, stored: readonly ItemRecord[]): IndexRows {
	const had = new Map(stored.map((item) => [item.id, item]));
	const items = counted.items.map((item) => {
		const old = had.get(item.id);
		if (!old || item.dueDay === undefined || old.due !== item.due || old.state !== item.state)
			return item;
		const { dueDay: _dueDay, dueStart: _dueStart, ...rest } = item;
		if (old.dueDay === undefined) return rest;
		const gap = Math.abs(Date.parse(old.dueDay) - Date.parse(item.dueDay)) / 86_400_000;
		if (gap > ZONE_SHIFT_DAYS) return item;
		// `dueStart` too is fixed where the item was written (rows from before it have none).
		return {
			...rest,
			dueDay: old.dueDay,
			...(old.dueStart !== undefined && { dueStart: old.dueStart })
		};
	});
	// The course rows and heads (`fresh-head.ts`) do not depend on due days.
	const courses = counted.tallies.filter((row) => row.bucket === 'course' || row.bucket === 'head');
	const byKey = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
	return {
		items,
		tallies: [...talliesFromItems(items), ...courses].sort(byKey),
		fresh: counted.fresh
	};
}
