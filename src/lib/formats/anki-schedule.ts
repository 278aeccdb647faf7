import type { CardRecord, ReviewRecord } from '$lib/db/records';
import { DEFAULT_ROLLOVER_HOUR, studyDay, studyDayStart, type StudyDay } from '$lib/srs/day';

/**
 * A card's schedule and review log as Anki's columns, for an Anki package written with
 * "Include scheduling information" (`apkg-write.ts`), as Anki's own deck export offers it: the
 * inverse of what `apkg-history.ts` and `anki-revlog.ts` read, so an export imported again gives
 * the same answers and the same card (outsider student, issue 12: every card came out new with
 * an empty review log). Columns and kinds: Anki's schema 11 (rslib `card/mod.rs`,
 * `revlog/mod.rs`).
 */

/** A question's card here and its answers (any order), what an export carries of it. */
export interface ExportSchedule {
	/** The card; absent for a question never answered that is held (`held`). */
	card?: Pick<
		CardRecord,
		'due' | 'stability' | 'difficulty' | 'scheduledDays' | 'reps' | 'lapses' | 'state'
	> &
		Partial<Pick<CardRecord, 'lastReview'>>;
	answers: readonly Pick<
		ReviewRecord,
		'answeredAt' | 'rating' | 'durationMs' | 'before' | 'after'
	>[];
	/**
	 * Buried or suspended here (`CardHoldRecord`): Anki's queue −3 (buried by hand) or −1, its
	 * type and schedule kept, as Anki keeps them (issue 12, a student from Anki).
	 */
	held?: 'buried' | 'suspended';
}

/** Anki's queues of a held card: suspended, and buried by hand (Anki's `QUEUE_TYPE_*`). */
const HELD_QUEUE = { suspended: -1, buried: -3 } as const;

/** ts-fsrs card states, which are Anki's card types too (new, learning, review, relearning). */
const NEW = 0;
const LEARNING = 1;
const REVIEW = 2;

/** Anki's starting ease (250%), its `factor` for every card past new: FSRS does not use it. */
const START_FACTOR = 2500;

/**
 * The collection's creation time (`col.crt`, seconds) for a package written at `now` (ms): the
 * start of that study day here (4 AM local), as Anki's v1/v2 collections keep it, so a review
 * card's `due` counts study days from it (`ankiDueTime`).
 */
export function ankiCreation(now: number): number {
	return Math.floor(studyDayStart(studyDay(now), DEFAULT_ROLLOVER_HOUR).getTime() / 1000);
}

/** Whole calendar days from `from` to `to` (study days, `YYYY-MM-DD`). */
function daysBetween(from: StudyDay, to: StudyDay): number {
	const [a, b] = [from, to].map((day) => {
		const [y, m, d] = day.split('-').map(Number);
		return Date.UTC(y, m - 1, d);
	});
	return Math.round((b - a) / 86_400_000);
}

/**
 * A review interval as Anki counts one (its `ivl`, days): study days from the answer to the
 * day the card is due, whatever the hours and however long the days between were (a DST
 * change). This is the interval the grade button showed ("Good 5 d") and the one the card is
 * scheduled by. Counting milliseconds instead gave 4 for an answer at 23:30 due on the fifth
 * study day after a spring-forward night (session 33).
 */
export function ankiInterval(answeredAt: number, due: number): number {
	return Math.max(1, daysBetween(studyDay(answeredAt), studyDay(due)));
}

/** A card's scheduling columns of Anki's `cards` table. */
export interface AnkiCardColumns {
	type: number;
	queue: number;
	due: number;
	ivl: number;
	factor: number;
	reps: number;
	lapses: number;
	left: number;
	/** Anki's FSRS memory state, `{"s": stability (days), "d": difficulty 1–10}`. */
	data: string;
}

/**
 * The `cards` columns of `schedule` in a collection created at `crt` (seconds, `ankiCreation`):
 * a review card due on day n after the creation date (queue 2), a learning or relearning one
 * due at a time in seconds (queue 1), both with Anki's FSRS memory state; a new card (none
 * answered) at position `position` of the new queue; a held card in Anki's queue for it
 * (`HELD_QUEUE`).
 */
export function ankiCardColumns(
	schedule: ExportSchedule | undefined,
	crt: number,
	position: number
): AnkiCardColumns {
	const columns = scheduledColumns(schedule, crt, position);
	return schedule?.held ? { ...columns, queue: HELD_QUEUE[schedule.held] } : columns;
}

/** `ankiCardColumns` before a hold. */
function scheduledColumns(
	schedule: ExportSchedule | undefined,
	crt: number,
	position: number
): AnkiCardColumns {
	const card = schedule?.card;
	if (!card || card.state === NEW || !schedule.answers.length)
		return {
			type: 0,
			queue: 0,
			due: position,
			ivl: 0,
			factor: 0,
			reps: 0,
			lapses: 0,
			left: 0,
			data: ''
		};
	const review = card.state === REVIEW;
	const created = studyDay(crt * 1000);
	return {
		type: card.state,
		queue: review ? 2 : 1,
		due: review ? daysBetween(created, studyDay(card.due)) : Math.floor(card.due / 1000),
		// A review card's interval is from its last answer to its due day, the plan Flashpoint
		// schedules it by; `scheduledDays` is only a fallback for a row without a last review. A
		// learning card has none yet (Anki's 0; it was 1, anki52); a relearning one the interval
		// it goes back to review with, a day at least.
		ivl:
			review && card.lastReview != null
				? ankiInterval(card.lastReview, card.due)
				: card.state === LEARNING
					? 0
					: Math.max(1, card.scheduledDays),
		factor: START_FACTOR,
		reps: card.reps,
		lapses: card.lapses,
		left: review ? 0 : 1,
		data: JSON.stringify({ s: card.stability, d: card.difficulty })
	};
}

/** One row of Anki's `revlog`. */
export interface AnkiRevlogRow {
	/** When answered (ms), unique in the collection. */
	id: number;
	ease: number;
	/** Interval after (days), or, while learning, minus the seconds to the next step. */
	ivl: number;
	lastIvl: number;
	factor: number;
	/** Time taken (ms). */
	time: number;
	/** 0 learning, 1 review, 2 relearning: the card's state before the answer. */
	type: number;
}

/** An answer's interval as Anki logs it: days in review, minus seconds in (re)learning. */
function loggedInterval(state: number, due: number, answeredAt: number): number {
	if (state === REVIEW) return ankiInterval(answeredAt, due);
	return -Math.max(1, Math.round((due - answeredAt) / 1000));
}

/**
 * `schedule`'s answers as `revlog` rows, oldest first. `taken` holds the log ids already used
 * in the collection: an answer given at the same millisecond as another card's goes one
 * millisecond later, as Anki itself moves a clashing id. Each row's `ivl` is the interval that
 * answer gave (`ankiInterval`), its `lastIvl` the row before's `ivl`, as Anki logs them; the
 * last answer's is the card's own plan (its due day), so the log ends where the card is. That
 * plan may differ from the answer's stored outcome: a card imported from Anki keeps Anki's due
 * day, while its answers were replayed through this app's FSRS (outsider student, session 33:
 * `ivl` 11–13 days in the file's log for cards due 5 days after their last answer).
 */
export function ankiRevlogRows(schedule: ExportSchedule, taken: Set<number>): AnkiRevlogRow[] {
	const answers = [...schedule.answers].sort((a, b) => a.answeredAt - b.answeredAt);
	const { card } = schedule;
	if (!card) return [];
	let lastIvl = 0;
	return answers.map((answer, i) => {
		let id = Math.round(answer.answeredAt);
		while (taken.has(id)) id++;
		taken.add(id);
		const beforeState = answer.before?.state ?? NEW;
		const last = i === answers.length - 1 && card.lastReview === answer.answeredAt;
		const outcome = last ? card : answer.after;
		const ivl = loggedInterval(outcome.state, outcome.due, answer.answeredAt);
		const row = {
			id,
			ease: answer.rating,
			ivl,
			lastIvl,
			factor: outcome.state === NEW ? 0 : START_FACTOR,
			time: Math.max(0, Math.round(answer.durationMs)),
			type: beforeState === REVIEW ? 1 : beforeState === 3 ? 2 : 0
		};
		lastIvl = ivl;
		return row;
	});
}
