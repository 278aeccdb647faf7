import { attemptKeyOf } from './attempt-sync';
import { studentKey } from './report';
import type { SavedAttempt } from './attempt-store';

/**
 * Unfinished attempts at one quiz on one device. A student who left a quiz unfinished and
 * typed her name again on its start page lost all 18 answers: "Start the quiz" began a new
 * attempt in the one place an attempt in progress was kept (outsider teacher, session 37). Now
 * the same name continues its attempt, and an attempt in progress that another one displaces is
 * set aside, still offered by "Continue as", never overwritten.
 */

/** Unfinished attempts set aside per quiz: a class's worth of students sharing one phone. */
export const KEEP_UNFINISHED = 30;

/**
 * The unfinished attempt `name` continues: the newest one whose name folds alike (`studentKey`:
 * "Cara Ng" and "cara ng "), or null. `unfinished` in any order.
 */
export function unfinishedFor(
	unfinished: readonly SavedAttempt[],
	name: string
): SavedAttempt | null {
	const key = studentKey(name);
	const mine = unfinished.filter((a) => a.finishedAt === null && studentKey(a.name) === key);
	return mine.sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
}

/**
 * The set-aside list after `current` is saved in the in-progress slot, which held `displaced`:
 * `displaced` joins the list when it is another unfinished attempt; `current` leaves it (it is
 * in the slot now, or finished). Newest start first, at most `KEEP_UNFINISHED`. Pure.
 */
export function setAsideAfter(
	aside: readonly SavedAttempt[],
	displaced: SavedAttempt | null,
	current: SavedAttempt
): SavedAttempt[] {
	const id = attemptKeyOf(current);
	const list = aside.filter((a) => attemptKeyOf(a) !== id);
	if (
		displaced &&
		displaced.finishedAt === null &&
		displaced.quizId === current.quizId &&
		attemptKeyOf(displaced) !== id
	) {
		const other = attemptKeyOf(displaced);
		list.splice(0, list.length, ...list.filter((a) => attemptKeyOf(a) !== other), displaced);
	}
	return list.sort((a, b) => b.startedAt - a.startedAt).slice(0, KEEP_UNFINISHED);
}
