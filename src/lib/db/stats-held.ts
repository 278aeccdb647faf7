/**
 * Suspended cards on Stats (a student from Anki, session 36): "Cards by state" counted them as
 * New, Learning or Review and the forecast as due, though Study never shows them. Anki's Card
 * Counts gives them a state of their own and its Future Due leaves them out; so does Stats now.
 * The tallies (`tallies.ts`) know nothing of holds, so the few suspended cards are taken out of
 * them here, as read. Buried cards stay in their state: they come back tomorrow.
 */
import { studyDay, type StudyDay } from '$lib/srs/day';
import { CARD_STATE, SUSPENDED_UNTIL } from './records';
import { NO_CARD, type ItemRecord } from './index-records';
import type { FlashpointDb } from './schema';
import { stateField, type StateCounts } from './tallies';

/** The states a card is counted as due in (the `due:` tallies count these only). */
const DUE_STATES: readonly number[] = [
	CARD_STATE.learning,
	CARD_STATE.review,
	CARD_STATE.relearning
];

/**
 * The items of the suspended cards of course `courseId` (null: every course), as the tallies
 * count them (by course). One `holds` range and one `bulkGet`; none before schema v18. Call
 * inside Stats' transaction over `holds` and `items`.
 */
export async function readSuspendedItems(
	db: FlashpointDb,
	courseId: string | null
): Promise<ItemRecord[]> {
	if (!db.holds) return [];
	const ids = await db.holds.where('until').equals(SUSPENDED_UNTIL).primaryKeys();
	if (!ids.length) return [];
	const items = await db.items.bulkGet(ids);
	return items.filter(
		(item): item is ItemRecord =>
			item !== undefined && (courseId === null || item.courseId === courseId)
	);
}

/**
 * `states`, `due` (cards due per tally day, `dueCountsByDay`) and `window` (the forecast's
 * window items, `readForecastWindow`) without the `suspended` items: each moved from its state
 * to `suspended` (relearning too), taken out of its `due:` day (its `dueDay`, else its due's
 * day here) and out of the window. `total` is unchanged. Never below 0. Pure.
 */
export function withoutSuspended(
	states: StateCounts,
	due: ReadonlyMap<StudyDay, number>,
	window: readonly ItemRecord[],
	suspended: readonly ItemRecord[]
): { states: StateCounts; due: Map<StudyDay, number>; window: ItemRecord[] } {
	const out = { ...states };
	const days = new Map(due);
	const held = new Set<string>();
	for (const item of suspended) {
		held.add(item.id);
		const field = stateField(item.state);
		out[field] = Math.max(0, out[field] - 1);
		if (item.state === CARD_STATE.relearning) out.relearning = Math.max(0, out.relearning - 1);
		out.suspended += 1;
		if (item.state === NO_CARD || !DUE_STATES.includes(item.state)) continue;
		const day = item.dueDay ?? studyDay(item.due);
		const count = days.get(day);
		if (count !== undefined) days.set(day, Math.max(0, count - 1));
	}
	return { states: out, due: days, window: window.filter((item) => !held.has(item.id)) };
}
