/**
 * Custom study: studying beyond today's limits, as Anki's Custom Study offers it (manual,
 * "Filtered Decks → Custom Study"): raise today's new-question or review limit, review the
 * questions forgotten lately, review ahead, or study a number of questions by their state. Every
 * answer given is scheduled as any other (ts-fsrs; a review ahead is an early review, its
 * elapsed days counted by the scheduler). The cards chosen are asked for today
 * (`queueQuestionsForStudy`), so they come first, whatever the limits; a raised limit is kept
 * for today only (`ExtraLimit`). Pure: `$lib/db/custom-study` reads and writes.
 */
import { formatCount, plural } from '$lib/text/plural';
import { addDays, type StudyDay } from './day';
import { PER_DAY_MAX } from './settings';

/** Anki's Custom Study kinds, all of them. */
export type CustomStudyKind =
	'new-limit' | 'review-limit' | 'forgotten' | 'ahead' | 'preview' | 'state';

/** Which cards "Study by card state" takes: new ones, due ones (today's), or any. */
export type CardStateChoice = 'new' | 'due' | 'all';

/** What the student chose: the kind, its number (`CUSTOM_STUDY_LIMITS`), and for `state`, which. */
export type CustomStudyChoice =
	| { kind: 'new-limit'; count: number }
	| { kind: 'review-limit'; count: number }
	| { kind: 'forgotten'; days: number }
	| { kind: 'ahead'; days: number }
	| { kind: 'preview'; days: number }
	| { kind: 'state'; state: CardStateChoice; count: number; topics?: TopicFilter };

/**
 * Which topics "Study by card state or tag" takes (Anki's "Choose Tags": "Require one or more of
 * these tags", "Exclude cards with these tags"; a question's topics are its file's tags, an Anki
 * note's tags among them): a question with any topic of `include` (none: any question) and
 * none of `exclude`.
 */
export interface TopicFilter {
	include: string[];
	exclude: string[];
}

/** Whether a question with `topics` is one `filter` takes (`TopicFilter`). */
export function topicsMatch(topics: readonly string[], filter: TopicFilter): boolean {
	return (
		(filter.include.length === 0 || filter.include.some((topic) => topics.includes(topic))) &&
		!filter.exclude.some((topic) => topics.includes(topic))
	);
}

/** `filter`, or undefined when it takes every question (nothing ticked). */
export function activeTopics(filter: TopicFilter | undefined): TopicFilter | undefined {
	return filter && (filter.include.length || filter.exclude.length) ? filter : undefined;
}

/**
 * Each kind's number: its least, most and default value, and its unit. Anki's own bounds where
 * it has them (forgotten cards: 1–30 days; review ahead: up to 9,999 days, here a year), and
 * the most questions a day Settings takes (`PER_DAY_MAX`) for counts. Anki's dialog offers 10
 * more new cards and 50 more reviews at first; so does this.
 */
export const CUSTOM_STUDY_LIMITS: Record<
	CustomStudyKind,
	{ min: number; max: number; initial: number; unit: 'questions' | 'days' }
> = {
	'new-limit': { min: 1, max: PER_DAY_MAX, initial: 10, unit: 'questions' },
	'review-limit': { min: 1, max: PER_DAY_MAX, initial: 50, unit: 'questions' },
	forgotten: { min: 1, max: 30, initial: 1, unit: 'days' },
	ahead: { min: 1, max: 365, initial: 1, unit: 'days' },
	preview: { min: 1, max: 365, initial: 1, unit: 'days' },
	state: { min: 1, max: PER_DAY_MAX, initial: 50, unit: 'questions' }
};

/**
 * The choice the form's fields make, or the reason it is refused (a sentence for the field):
 * `kind`, the number typed (`text`, digits only: "10", not "1e1" or "10.5"), and for "Study by
 * card state" `state` and the topics ticked (`topics`; a topic ticked both ways is refused).
 */
export function parseCustomStudy(
	kind: CustomStudyKind,
	text: string,
	state: CardStateChoice = 'new',
	topics?: TopicFilter
): { ok: true; choice: CustomStudyChoice } | { ok: false; problem: string } {
	const { min, max, unit } = CUSTOM_STUDY_LIMITS[kind];
	const trimmed = text.trim();
	const value = /^\d+$/.test(trimmed) ? Number(trimmed) : NaN;
	if (!Number.isSafeInteger(value) || value < min || value > max)
		return {
			ok: false,
			problem: `Enter a whole number of ${unit} from ${min} to ${formatCount(max)}.`
		};
	if (kind === 'new-limit' || kind === 'review-limit')
		return { ok: true, choice: { kind, count: value } };
	if (kind === 'state') {
		const both = topics?.include.find((topic) => topics.exclude.includes(topic));
		if (both !== undefined)
			return { ok: false, problem: `“${both}” is ticked to take and to leave out: untick one.` };
		const filter = activeTopics(topics);
		return {
			ok: true,
			choice: { kind, state, count: value, ...(filter && { topics: filter }) }
		};
	}
	return { ok: true, choice: { kind, days: value } };
}

/** The key of a study scope in `ExtraLimit.byScope`: a course's id, or '' for all courses. */
export function scopeKey(courseId: string | null | undefined): string {
	return courseId ?? '';
}

/**
 * Questions added to one of today's limits by custom study ("Increase today's new card limit",
 * "Increase today's review card limit"), for one study day only (`day`, the study day as every
 * screen counts it: `readStudyToday`, so the rollover hour and the zone decide when it ends), by
 * scope (`scopeKey`): as Anki's, it raises the limit of the deck studied, so a course's extra
 * applies when that course is studied alone, and all courses' when they are studied together.
 * Kept as one `settings` row per limit (`EXTRA_NEW_KEY`, `EXTRA_REVIEW_KEY`).
 */
export interface ExtraLimit {
	day: StudyDay;
	byScope: Record<string, number>;
}

/** The `settings` key of today's extra new questions (one row; a later day's replaces it). */
export const EXTRA_NEW_KEY = 'custom-study-new';

/** The `settings` key of today's extra reviews (one row; a later day's replaces it). */
export const EXTRA_REVIEW_KEY = 'custom-study-review';

/** `extra` with `count` more for scope `courseId` on `day` (a new day starts at 0). */
export function addExtra(
	extra: ExtraLimit | undefined,
	day: StudyDay,
	courseId: string | null,
	count: number
): ExtraLimit {
	const byScope = extra?.day === day ? { ...extra.byScope } : {};
	const key = scopeKey(courseId);
	byScope[key] = Math.min(PER_DAY_MAX, (byScope[key] ?? 0) + count);
	return { day, byScope };
}

/** The extra questions `extra` gives scope `courseId` on `day`: 0 on any other day. */
export function extraFor(
	extra: ExtraLimit | undefined,
	day: StudyDay,
	courseId: string | null | undefined
): number {
	if (!extra || extra.day !== day) return 0;
	const value = extra.byScope[scopeKey(courseId)];
	return Number.isSafeInteger(value) && value > 0 ? value : 0;
}

/** Whether a stored value is an `ExtraLimit` (anything else counts as none). */
export function isExtraLimit(value: unknown): value is ExtraLimit {
	const extra = value as ExtraLimit | null;
	return (
		typeof extra === 'object' &&
		extra !== null &&
		typeof extra.day === 'string' &&
		typeof extra.byScope === 'object' &&
		extra.byScope !== null
	);
}

/**
 * The first of the last `days` study days: today and the `days - 1` before it (1: today only).
 * "Review forgotten cards" looks at their answers, as Anki's `rated:n:1`; "Preview new cards" at
 * the questions added since its start, as Anki's `added:n`.
 */
export function lastDaysFrom(today: StudyDay, days: number): StudyDay {
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
	if (choice.kind === 'review-limit')
		return `Today’s limit of reviews raised by ${formatCount(count)}, for today only.`;
	if (count === 0)
		return choice.kind === 'state' && choice.topics
			? NOTHING_OF_TOPICS
			: NOTHING_FOUND[choice.kind];
	const days = (n: number) => (n === 1 ? 'day' : plural(n, 'day'));
	if (choice.kind === 'preview')
		return `${plural(count, 'new question')} added in the last ${days(choice.days)} to preview: not scheduled, not counted.`;
	const what =
		choice.kind === 'forgotten'
			? ` forgotten in the last ${days(choice.days)}`
			: choice.kind === 'ahead'
				? ` due in the next ${days(choice.days)}`
				: { new: '', due: ' due today', all: '' }[choice.state];
	// "3 new questions", not "3 questions new".
	const noun = choice.kind === 'state' && choice.state === 'new' ? 'new question' : 'question';
	const topics = choice.kind === 'state' && choice.topics ? ' of the topics chosen' : '';
	return `${plural(count, noun)}${what}${topics} added to today’s study, first in the queue.`;
}

const NOTHING_FOUND: Record<Exclude<CustomStudyKind, 'new-limit' | 'review-limit'>, string> = {
	forgotten: 'No question was forgotten (answered Again) in those days.',
	ahead: 'No question is due in those days.',
	preview: 'No question added in those days is still new.',
	state: 'No question of that kind is left to study.'
};

/** What "Study by card state" says when the topics chosen leave no question. */
export const NOTHING_OF_TOPICS =
	'No question of that kind with the topics chosen is left to study.';
