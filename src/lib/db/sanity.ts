import type { CardRecord, DayRecord, ReviewRecord } from './records';

/**
 * What a row may hold and still be studied: the ranges ts-fsrs 5 accepts and dates a device
 * could have written. One set of rules for every reader: backup import refuses rows that break
 * them, the queue and the scheduler skip such rows instead of failing the screen, and
 * Check database repairs them.
 */

const DAY_MS = 86_400_000;

/** No Flashpoint device wrote anything before this (ms, 2000-01-01 UTC). */
export const EARLIEST_DATE = Date.UTC(2000, 0, 1);
/** Clock skew allowed between two devices (ms) for dates that must be in the past. */
export const CLOCK_MARGIN_MS = 2 * DAY_MS;
/**
 * How far ahead of this device's clock the clock of the device that wrote a backup may have run
 * (ms): a year, as for due dates. A student whose phone clock ran a week ahead, then was set
 * right, has answers dated "next week"; their own Check database keeps them, so their backup
 * must import too (an outsider's report, 2026-12-02). A year 2286 date is still refused.
 */
export const CLOCK_AHEAD_MAX_MS = 366 * DAY_MS;
/** ts-fsrs's `S_MAX` and default maximum interval (days); a due date can be this far ahead. */
export const MAX_STABILITY_DAYS = 36_500;
export const MIN_STABILITY_DAYS = 0.001;
/** A due date is at most the longest interval (plus a year of fuzz and skew) ahead (ms). */
export const MAX_DUE_AHEAD_MS = (MAX_STABILITY_DAYS + 366) * DAY_MS;
/** FSRS difficulty range for a card that has been answered. */
export const DIFFICULTY_MIN = 1;
export const DIFFICULTY_MAX = 10;
/** Counters above this are not something a person could have produced. */
export const MAX_COUNT = 10_000_000;
/**
 * Highest answer key a backup may carry. IndexedDB's key generator stops for good at 2^53
 * ("Maximum key generator value reached") and clearing a table does not reset it, so a file
 * with a huge key would make every later answer fail. 2^40 is a thousand answers a second
 * for 34 years.
 */
export const MAX_REVIEW_ID = 2 ** 40;
/** Longest answering time kept for one answer (ms): a day. */
export const MAX_DURATION_MS = DAY_MS;

/** One thing wrong with a row, worded to follow "Card 12 has …". `kind` groups alike ones. */
export interface RowProblem {
	kind: string;
	text: string;
}

/** "year 2286", "a date before 2000", or "not a date" for a time in ms. */
export function describeTime(ms: number): string {
	if (!Number.isFinite(ms) || Math.abs(ms) > 8.64e15) return 'not a real date';
	return `year ${new Date(ms).getUTCFullYear()}`;
}

function pastDate(ms: number, now: number): boolean {
	return Number.isFinite(ms) && ms >= EARLIEST_DATE && ms <= now + CLOCK_MARGIN_MS;
}

function dueDate(ms: number, now: number): boolean {
	return Number.isFinite(ms) && ms >= EARLIEST_DATE && ms <= now + MAX_DUE_AHEAD_MS;
}

function within(n: number, min: number, max: number): boolean {
	return Number.isFinite(n) && n >= min && n <= max;
}

function count(n: number): boolean {
	return Number.isInteger(n) && n >= 0 && n <= MAX_COUNT;
}

/** Is `day` a real calendar day (`YYYY-MM-DD`) between 2000 and tomorrow-ish? */
export function validStudyDay(day: string, now: number): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
	if (!match) return false;
	const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
	const at = Date.UTC(y, m - 1, d);
	const back = new Date(at);
	return (
		back.getUTCFullYear() === y &&
		back.getUTCMonth() === m - 1 &&
		back.getUTCDate() === d &&
		at >= EARLIEST_DATE - DAY_MS &&
		at <= now + CLOCK_MARGIN_MS
	);
}

/** The schedule part of a card: what `ReviewRecord.after` holds too. */
type Schedule = Pick<CardRecord, 'due' | 'state' | 'stability' | 'difficulty' | 'scheduledDays'>;

function scheduleProblems(card: Schedule, now: number): RowProblem[] {
	const problems: RowProblem[] = [];
	const answered = card.state !== 0;
	if (!dueDate(card.due, now))
		problems.push({ kind: 'due', text: `an impossible due date (${describeTime(card.due)})` });
	const stabilityMin = answered ? MIN_STABILITY_DAYS : 0;
	if (!within(card.stability, stabilityMin, MAX_STABILITY_DAYS))
		problems.push({
			kind: 'stability',
			text: `a memory stability out of range (${shortNumber(card.stability)}; FSRS needs ${answered ? 'more than 0' : '0 or more'} and at most ${MAX_STABILITY_DAYS} days)`
		});
	const difficultyMin = answered ? DIFFICULTY_MIN : 0;
	if (!within(card.difficulty, difficultyMin, DIFFICULTY_MAX))
		problems.push({
			kind: 'difficulty',
			text: `a difficulty out of range (${shortNumber(card.difficulty)}; FSRS needs ${difficultyMin} to ${DIFFICULTY_MAX})`
		});
	if (!within(card.scheduledDays, 0, MAX_DUE_AHEAD_MS / DAY_MS))
		problems.push({
			kind: 'scheduledDays',
			text: `an impossible interval (${shortNumber(card.scheduledDays)} days)`
		});
	return problems;
}

/**
 * Everything wrong with a card row at time `now` (ms); empty when ts-fsrs can schedule it and
 * the queue can place it.
 */
export function cardProblems(card: CardRecord, now: number): RowProblem[] {
	const problems = scheduleProblems(card, now);
	if (card.lastReview === null) {
		if (card.state !== 0)
			problems.push({ kind: 'lastReview', text: 'been studied but has no last review date' });
	} else if (!pastDate(card.lastReview, now))
		problems.push({
			kind: 'lastReview',
			text: `an impossible last review date (${describeTime(card.lastReview)})`
		});
	if (!within(card.elapsedDays, 0, (now - EARLIEST_DATE) / DAY_MS + 2))
		problems.push({
			kind: 'elapsedDays',
			text: `an impossible number of days since the last review (${shortNumber(card.elapsedDays)})`
		});
	if (!count(card.reps) || !count(card.lapses) || card.lapses > card.reps)
		problems.push({
			kind: 'counts',
			text: `impossible answer counts (${shortNumber(card.reps)} answers, ${shortNumber(card.lapses)} lapses)`
		});
	if (!Number.isInteger(card.learningSteps) || card.learningSteps < 0 || card.learningSteps > 100)
		problems.push({
			kind: 'learningSteps',
			text: `an impossible learning step (${shortNumber(card.learningSteps)})`
		});
	if (card.queuedAt !== undefined && !pastDate(card.queuedAt, now))
		problems.push({
			kind: 'queuedAt',
			text: `an impossible “queued for study” date (${describeTime(card.queuedAt)})`
		});
	return problems;
}

/** Everything wrong with an answer row (its key, dates, and the card states it holds). */
export function reviewProblems(review: ReviewRecord, now: number): RowProblem[] {
	const problems: RowProblem[] = [];
	if (
		review.id !== undefined &&
		!(Number.isInteger(review.id) && review.id >= 1 && review.id <= MAX_REVIEW_ID)
	)
		problems.push({ kind: 'id', text: `an impossible key (${shortNumber(review.id)})` });
	if (!pastDate(review.answeredAt, now))
		problems.push({
			kind: 'answeredAt',
			text: `an impossible answer date (${describeTime(review.answeredAt)})`
		});
	if (review.previewAt !== undefined && !pastDate(review.previewAt, now))
		problems.push({
			kind: 'previewAt',
			text: `an impossible date for the schedule it showed (${describeTime(review.previewAt)})`
		});
	if (!validStudyDay(review.studyDay, now))
		problems.push({ kind: 'studyDay', text: 'an impossible study day' });
	if (!within(review.durationMs, 0, MAX_DURATION_MS))
		problems.push({ kind: 'durationMs', text: 'an impossible answering time' });
	for (const problem of review.before ? cardProblems(review.before, now) : [])
		problems.push({
			kind: `before.${problem.kind}`,
			text: `a card state before it with ${problem.text}`
		});
	for (const problem of scheduleProblems(review.after, now))
		problems.push({
			kind: `after.${problem.kind}`,
			text: `a resulting schedule with ${problem.text}`
		});
	return problems;
}

/** Everything wrong with a day-totals row. */
export function dayProblems(row: DayRecord, now: number): RowProblem[] {
	const problems: RowProblem[] = [];
	if (!validStudyDay(row.day, now)) problems.push({ kind: 'day', text: 'an impossible date' });
	const counts = [row.answers, row.newCards, row.reviewCards, row.again];
	if (!counts.every(count) || row.newCards > row.answers || row.again > row.answers)
		problems.push({ kind: 'counts', text: 'impossible answer counts' });
	if (!within(row.timeMs, 0, MAX_COUNT * MAX_DURATION_MS))
		problems.push({ kind: 'timeMs', text: 'an impossible total study time' });
	return problems;
}

/** A number as a person can read it, never longer than a dozen characters. */
export function shortNumber(n: number): string {
	if (typeof n !== 'number') return 'not a number';
	if (Number.isNaN(n)) return 'not a number';
	if (!Number.isFinite(n)) return n > 0 ? 'infinity' : 'minus infinity';
	if (Math.abs(n) >= 1e6 || (n !== 0 && Math.abs(n) < 1e-3)) return n.toExponential(1);
	return String(Math.round(n * 1000) / 1000);
}

function clamped(n: number, min: number, max: number, fallback: number): number {
	return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : fallback;
}

function wholeCount(n: number): number {
	return Number.isFinite(n) ? Math.min(MAX_COUNT, Math.max(0, Math.floor(n))) : 0;
}

/**
 * The nearest card `cardProblems` accepts at `now` (ms), and what was wrong with the row
 * (empty: the same row back, untouched). Out-of-range numbers are clamped to the FSRS ranges,
 * impossible dates become `now` (due) or `now`/none (last review), so a damaged row can still
 * be studied instead of failing the screen. Used by the scheduler and by Check database.
 */
export function repairCard(
	card: CardRecord,
	now: number
): { card: CardRecord; problems: RowProblem[] } {
	const problems = cardProblems(card, now);
	if (!problems.length) return { card, problems };
	const answered = card.state !== 0;
	const reps = wholeCount(card.reps);
	const lapses = Math.min(wholeCount(card.lapses), reps);
	const repaired: CardRecord = {
		...card,
		due: dueDate(card.due, now) ? card.due : now,
		stability: clamped(
			card.stability,
			answered ? MIN_STABILITY_DAYS : 0,
			MAX_STABILITY_DAYS,
			answered ? 1 : 0
		),
		difficulty: clamped(
			card.difficulty,
			answered ? DIFFICULTY_MIN : 0,
			DIFFICULTY_MAX,
			answered ? 5 : 0
		),
		elapsedDays: clamped(card.elapsedDays, 0, (now - EARLIEST_DATE) / DAY_MS, 0),
		scheduledDays: clamped(card.scheduledDays, 0, MAX_DUE_AHEAD_MS / DAY_MS, 0),
		learningSteps: Math.min(100, wholeCount(card.learningSteps)),
		reps,
		lapses,
		lastReview:
			card.lastReview !== null && pastDate(card.lastReview, now)
				? card.lastReview
				: answered
					? now
					: null
	};
	if (repaired.queuedAt !== undefined && !pastDate(repaired.queuedAt, now))
		delete repaired.queuedAt;
	return { card: repaired, problems };
}

/**
 * The time (ms) dates are checked against: `now`, or the latest answer's time when the clock
 * that wrote them has been set back since (a card answered then has a last review "in the
 * future" of today's clock; it is not damaged, and repairing it would change its schedule),
 * at most `aheadMax` ms past `now`. Check database trusts its own device's log (no cap); a
 * backup from elsewhere is capped at `CLOCK_AHEAD_MAX_MS`.
 */
export function clockReached(
	now: number,
	reviews: readonly { answeredAt: number }[],
	aheadMax: number = Infinity
): number {
	let latest = now;
	for (const review of reviews)
		if (Number.isFinite(review.answeredAt) && review.answeredAt > latest)
			latest = review.answeredAt;
	return Math.min(latest, now + aheadMax);
}
