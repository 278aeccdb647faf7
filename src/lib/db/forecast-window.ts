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
import { CARD_STATE, type ItemRecord } from './records';
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

/**
 * The items of learning, review and relearning cards due inside `forecastWindow`, of course
 * `courseId` (null: every course), by index (`items` `[state+due]` or `[courseId+state+due]`).
 * Call inside a transaction over `items`.
 */
export async function readForecastWindow(
	db: FlashpointDb,
	courseId: string | null,
	today: Pick<StudyToday, 'start' | 'end'>
): Promise<ItemRecord[]> {
	const [from, to] = forecastWindow(today);
	const states = [CARD_STATE.learning, CARD_STATE.review, CARD_STATE.relearning];
	const ranges = await Promise.all(
		states.map((state) =>
			courseId === null
				? db.items.where('[state+due]').between([state, from], [state, to], true, false).toArray()
				: db.items
						.where('[courseId+state+due]')
						.between([courseId, state, from], [courseId, state, to], true, false)
						.toArray()
		)
	);
	return ranges.flat();
}

/** The study day the queue will show an item of a learning, review or relearning card on. */
export function shownDay(item: ItemRecord, today: StudyToday): StudyDay {
	if (item.state === CARD_STATE.review)
		return isReviewDueToday(item, today) ? today.day : reviewShownDay(item, today);
	if (item.due < today.end) return today.day;
	const day = studyDay(item.due);
	const tomorrow = addDays(today.day, 1);
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
