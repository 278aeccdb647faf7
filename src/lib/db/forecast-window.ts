/**
 * Stats' forecast as the queue counts days (issue 14: in Kiritimati Stats said 14 due today,
 * Home and Study 0). The `due:` tallies count each card on its `dueDay`, the day it fell on
 * where it was written; after a time-zone change the queue may show it a day earlier or later
 * (`isReviewDueToday`: a review is due once its day has begun in real time; a learning card
 * once its due time is before today's end). Only cards due within a day or so of today's edges
 * can differ, so those are read (`readForecastWindow`) and moved to the day they will be shown
 * (`shownDueCounts`); with no zone change every one stays where it was.
 */
import { addDays, studyDay, type StudyDay } from '$lib/srs/day';
import { isReviewDueToday, reviewShownDay, type StudyToday } from '$lib/srs/today';
import { CARD_STATE } from './records';
import type { ItemRecord } from './index-records';
import { readGeneration } from './generation';
import type { FlashpointDb } from './schema';

const HOUR = 3_600_000;

/**
 * The due times (ms, `[from, to)`) outside which a card's tally day and its shown day agree: a
 * zone change moves a day's 4 AM by at most 26 hours (UTC-12 to UTC+14) and a card is due
 * within its day (25 hours at most, DST). From `start` or 26 hours before today's end,
 * whichever is earlier, to 28 hours after it.
 */
export function forecastWindow(today: Pick<StudyToday, 'start' | 'end'>): [number, number] {
	return [Math.min(today.start, today.end - 26 * HOUR), today.end + 28 * HOUR];
}

const WINDOW_STATES: readonly number[] = [
	CARD_STATE.learning,
	CARD_STATE.review,
	CARD_STATE.relearning
];

/**
 * This tab's last window read, for one `cards-generation` marker, scope and window: like
 * `stats-rows.ts`, this tab's own answers mark only the questions they wrote to be read again
 * (`keepWindowAfterWrites`), so a Stats update after an answer reads one item, not three ranges.
 */
interface WindowMemo {
	/** `${marker}|${scope}|${from}|${to}`. */
	token: string;
	items: Map<string, ItemRecord>;
	dirty: Set<string>;
}

const memos = new WeakMap<FlashpointDb, WindowMemo>();

function inWindow(
	item: ItemRecord | undefined,
	courseId: string | null,
	[from, to]: [number, number]
): item is ItemRecord {
	return (
		item !== undefined &&
		WINDOW_STATES.includes(item.state) &&
		item.due >= from &&
		item.due < to &&
		(courseId === null || item.courseId === courseId)
	);
}

/** The window's items read whole: one `items` range per state, by index. */
async function readWindowRanges(
	db: FlashpointDb,
	courseId: string | null,
	[from, to]: [number, number]
): Promise<Map<string, ItemRecord>> {
	const ranges = await Promise.all(
		WINDOW_STATES.map((state) =>
			courseId === null
				? db.items.where('[state+due]').between([state, from], [state, to], true, false).toArray()
				: db.items
						.where('[courseId+state+due]')
						.between([courseId, state, from], [courseId, state, to], true, false)
						.toArray()
		)
	);
	return new Map(ranges.flat().map((item) => [item.id, item]));
}

/**
 * The items of learning, review and relearning cards due inside `forecastWindow`, of course
 * `courseId` (null: every course), by index (`items` `[state+due]` or `[courseId+state+due]`),
 * or from this tab's memo with the questions its answers wrote read again. Call inside a
 * transaction over `items` and `settings`.
 */
export async function readForecastWindow(
	db: FlashpointDb,
	courseId: string | null,
	today: Pick<StudyToday, 'start' | 'end'>
): Promise<ItemRecord[]> {
	const window = forecastWindow(today);
	const token = `${await readGeneration(db)}|${courseId ?? ''}|${window[0]}|${window[1]}`;
	const kept = memos.get(db);
	let items: Map<string, ItemRecord>;
	if (kept?.token !== token) items = await readWindowRanges(db, courseId, window);
	else if (!kept.dirty.size) items = kept.items;
	else {
		// Awaited only with something to read (an empty wait inside a live query can let the
		// transaction commit before Stats' other reads).
		const ids = [...kept.dirty];
		const rows = await db.items.bulkGet(ids);
		items = new Map(kept.items);
		ids.forEach((id, i) => {
			const row = rows[i];
			if (inWindow(row, courseId, window)) items.set(id, row);
			else items.delete(id);
		});
	}
	// A write committed meanwhile (this tab's, which moved the memo on) makes this read stale.
	if ((memos.get(db) ?? kept) === kept) memos.set(db, { token, items, dirty: new Set() });
	return [...items.values()];
}

/**
 * After this tab committed card writes (`afterCardWrites`): if the memo was current just before
 * (marker `change.before`), it moves to `change.after` with the written questions marked to be
 * read again; otherwise it is dropped.
 */
export function keepWindowAfterWrites(
	db: FlashpointDb,
	change: { before: string; after: string },
	writes: readonly (readonly [string, unknown])[]
): void {
	const memo = memos.get(db);
	if (!memo || !memo.token.startsWith(`${change.before}|`)) {
		memos.delete(db);
		return;
	}
	memos.set(db, {
		token: change.after + memo.token.slice(change.before.length),
		items: memo.items,
		dirty: new Set([...memo.dirty, ...writes.map(([id]) => id)])
	});
}

/**
 * The study day the queue will show an item of a learning, review or relearning card on. The
 * queue reads reviews by due time up to today's end (`readScopeReviews`), so a review whose due
 * day has begun where it was scheduled but whose due time is after today's end here (scheduled
 * in a zone east of this one: London's "1 d" card due at 23:00 UTC, seen from Honolulu in the
 * morning UTC) is shown on the day here its due time falls in, and counted there.
 */
export function shownDay(item: ItemRecord, today: StudyToday): StudyDay {
	const tomorrow = addDays(today.day, 1);
	if (item.state === CARD_STATE.review) {
		if (item.due < today.end && isReviewDueToday(item, today)) return today.day;
		const day = reviewShownDay(item, today);
		const byDue = item.due < today.end ? tomorrow : studyDay(item.due);
		return byDue > day ? byDue : day;
	}
	if (item.due < today.end) return today.day;
	const day = studyDay(item.due);
	return day > tomorrow ? day : tomorrow;
}

/**
 * Cards due per study day as the queue will show them: `counts` (per tally day,
 * `dueCountsByDay`) with each `window` item (`readForecastWindow`) moved from its tally day
 * (`dueDay`) to `shownDay`. Days before today stay as they are (the forecast counts them as
 * overdue, today). Never below 0 (tallies Check database would rebuild).
 */
export function shownDueCounts(
	counts: ReadonlyMap<StudyDay, number>,
	window: readonly ItemRecord[],
	today: StudyToday
): Map<StudyDay, number> {
	const shown = new Map(counts);
	const add = (day: StudyDay, delta: number) =>
		shown.set(day, Math.max(0, (shown.get(day) ?? 0) + delta));
	for (const item of window) {
		const from = item.dueDay ?? studyDay(item.due);
		const to = shownDay(item, today);
		if (from === to || (from < today.day && to === today.day)) continue;
		add(from, -1);
		add(to, +1);
	}
	return shown;
}
