/**
 * Custom study: studying beyond today's limits, as Anki's Custom Study offers it (manual,
 * "Filtered Decks → Custom Study"): raise today's new-question limit, review the questions
 * forgotten lately, review ahead, or study a number of questions by their state. Every answer
 * given is scheduled as any other (ts-fsrs; a review ahead is an early review, its elapsed days
 * counted by the scheduler). The cards chosen are asked for today (`queueQuestionsForStudy`),
 * so they come first, whatever the limits; raising the new limit is kept for today only
 * (`ExtraNew`). Pure: `$lib/db/custom-study` reads and writes.
 */
import { formatCount, plural } from '$lib/text/plural';
import { addDays, type StudyDay } from './day';
import { PER_DAY_MAX } from './settings';

/** Anki's four kinds that Flashpoint offers (its "Preview new cards" and tags are not). */
export type CustomStudyKind = 'new-limit' | 'forgotten' | 'ahead' | 'state';

/** Which cards "Study by card state" takes: new ones, due ones (today's), or any. */
export type CardStateChoice = 'new' | 'due' | 'all';

/** What the student chose: the kind, its number (`CUSTOM_STUDY_LIMITS`), and for `state`, which. */
export type CustomStudyChoice =
	| { kind: 'new-limit'; count: number }
	| { kind: 'forgotten'; days: number }
	| { kind: 'ahead'; days: number }
	| { kind: 'state'; state: CardStateChoice; count: number };

/**
 * Each kind's number: its least, most and default value, and its unit. Anki's own bounds where
 * it has them (forgotten cards: 1–30 days; review ahead: up to 9,999 days, here a year), and
 * the most new questions a day Settings takes (`PER_DAY_MAX`) for counts.
 */
export const CUSTOM_STUDY_LIMITS: Record<
	CustomStudyKind,
	{ min: number; max: number; initial: number; unit: 'questions' | 'days' }
> = {
	'new-limit': { min: 1, max: PER_DAY_MAX, initial: 10, unit: 'questions' },
	forgotten: { min: 1, max: 30, initial: 1, unit: 'days' },
	ahead: { min: 1, max: 365, initial: 1, unit: 'days' },
	state: { min: 1, max: PER_DAY_MAX, initial: 50, unit: 'questions' }
};

/**
 * The choice the form's fields make, or the reason it is refused (a sentence for the field):
 * `kind`, the number typed (`text`, digits only: "10", not "1e1" or "10.5") and `state` for
 * "Study by card state".
 */
export function parseCustomStudy(
	kind: CustomStudyKind,
	text: string,
	state: CardStateChoice = 'new'
): { ok: true; choice: CustomStudyChoice } | { ok: false; problem: string } {
	const { min, max, unit } = CUSTOM_STUDY_LIMITS[kind];
	const trimmed = text.trim();
	const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
	if (!Number.isSafeInteger(value) || value < min || value > max)
		return {
			ok: false,
			problem: `Enter a whole number of ${unit} from ${min} to ${formatCount(max)}.`
		};
	if (kind === 'new-limit') return { ok: true, choice: { kind, count: value } };
	if (kind === 'state') return { ok: true, choice: { kind, state, count: value } };
	return { ok: true, choice: { kind, days: value } };
}

/** The key of a study scope in `ExtraNew.byScope`: a course's id, or '' for all courses. */
export function scopeKey(courseId: string | null | undefined): string {
	return courseId ?? '';
}

/**
 * New questions added to today's limit by "Increase today's new card limit", for one study day
 * only (`day`), by scope (`scopeKey`): as Anki's, it raises the limit of the deck studied, so
 * a course's extra applies when that course is studied alone, and all courses' when they are
 * studied together. Kept as one `settings` row (`EXTRA_NEW_KEY`).
 */
export interface ExtraNew {
	day: StudyDay;
	byScope: Record<string, number>;
}

/** The `settings` key of today's `ExtraNew` (one row; a later day's replaces it). */
export const EXTRA_NEW_KEY = 'custom-study-new';

/** `extra` with `count` more new questions for scope `courseId` on `day` (a new day starts at 0). */
export function addExtraNew(
	extra: ExtraNew | undefined,
	day: StudyDay,
	courseId: string | null,
	count: number
): ExtraNew {
	const byScope = extra?.day === day ? { ...extra.byScope } : {};
	const key = scopeKey(courseId);
	byScope[key] = Math.min(PER_DAY_MAX, (byScope[key] ?? 0) + count);
	return { day, byScope };
}

/** The extra new questions `extra` gives scope `courseId` on `day`: 0 on any other day. */
export function extraNewFor(
	extra: ExtraNew | undefined,
	day: StudyDay,
	courseId: string | null | undefined
): number {
	if (!extra || extra.day !== day) return 0;
	const value = extra.byScope[scopeKey(courseId)];
	return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** Whether a stored value is an `ExtraNew` (anything else counts as none). */
export function isExtraNew(value: unknown): value is ExtraNew {
	const extra = value as ExtraNew | null;
	return (
		typeof extra === 'object' &&
		extra !== null &&
		typeof extra.day === 'string' &&
		typeof extra.byScope === 'object' &&
		extra.byScope !== null
	);
}

/**
 * The first study day whose answers "Review forgotten cards" over `days` days looks at: today
 * and the `days - 1` before it (1: today only), as Anki's `rated:n:1`.
 */
export function forgottenSince(today: StudyDay, days: number): StudyDay {
	return addDays(today, -(days - 1));
}

/**
 * The questions answered Again (rating 1) among `answers`, each once, the latest forgotten
 * first: "Review forgotten cards".
 */
export function forgottenIds(
	answers: readonly { questionId: string; rating: number; answeredAt: number }[]
): string[] {
	const latest = new Map<string, number>();
	for (const { questionId, rating, answeredAt } of answers)
		if (rating === 1) latest.set(questionId, Math.max(latest.get(questionId) ?? 0, answeredAt));
	return [...latest].sort((a, b) => b[1] - a[1]).map(([id]) => id);
}

/**
 * The end (ms, exclusive) of the window "Review ahead" over `days` days takes review cards
 * from: the start of the study day `days` after today (`dayEnd`, the start of tomorrow, for 1),
 * given by `startOf`. Cards due today are already in today's queue; ahead of them come the ones
 * due on the next `days` days.
 */
export function aheadUntil(
	today: StudyDay,
	days: number,
	startOf: (day: StudyDay) => number
): number {
	return startOf(addDays(today, days + 1));
}

/**
 * The sentence that says what a custom study did (`count`: the new questions added to today's
 * limit, or the questions asked for), for the screen's status line.
 */
export function customStudyDone(choice: CustomStudyChoice, count: number): string {
	if (choice.kind === 'new-limit')
		return `Today’s limit of new questions raised by ${formatCount(count)}, for today only.`;
	if (count === 0) return NOTHING_FOUND[choice.kind];
	const days = (n: number) => (n === 1 ? 'day' : plural(n, 'day'));
	const what =
		choice.kind === 'forgotten'
			? ` forgotten in the last ${days(choice.days)}`
			: choice.kind === 'ahead'
				? ` due in the next ${days(choice.days)}`
				: { new: ' new', due: ' due today', all: '' }[choice.state];
	return `${plural(count, 'question')}${what} added to today’s study, first in the queue.`;
}

const NOTHING_FOUND: Record<Exclude<CustomStudyKind, 'new-limit'>, string> = {
	forgotten: 'No question was forgotten (answered Again) in those days.',
	ahead: 'No question is due in those days.',
	state: 'No question of that kind is left to study.'
};
