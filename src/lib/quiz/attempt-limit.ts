import { plural } from '$lib/text/plural';
import { foldText } from '$lib/text/fold';

/**
 * A name as the report folds it (`studentKey` in report.ts, which is `foldText`; not imported:
 * report.ts reaches quiz-payload.ts, which imports this module).
 */
const studentKey = foldText;

/**
 * How many times a student may submit a quiz, as Moodle's quiz setting "Attempts allowed"
 * (docs.moodle.org/en/Quiz_settings, "Grade": Attempts allowed): 1, 2 or 3, or absent for
 * unlimited (outsider teacher from Kahoot and Moodle, issue 12). There are no accounts, so the
 * limit is counted on the student's device, per name (two pupils sharing a phone each get their
 * own), as `studentKey` folds names for the report; another device or browser starts from
 * nothing, and the screens say so. The result code says which attempt it is (`attempt`).
 */
export const ATTEMPT_LIMITS = [1, 2, 3] as const;
export type AttemptLimit = (typeof ATTEMPT_LIMITS)[number];

/** Whether `value` is an attempt limit a quiz can carry (`ATTEMPT_LIMITS`). */
export function isAttemptLimit(value: unknown): value is AttemptLimit {
	return (ATTEMPT_LIMITS as readonly unknown[]).includes(value);
}

/** What a finished attempt needs for counting: its name and when it finished. */
interface Finished {
	name: string;
	finishedAt: number | null;
}

/** How many of `finished` (this device's finished attempts at one quiz) are `name`'s. */
export function attemptsUsed(finished: readonly Finished[], name: string): number {
	const key = studentKey(name);
	return finished.filter((a) => a.finishedAt !== null && studentKey(a.name) === key).length;
}

/**
 * The 1-based number of the attempt that finished at `finishedAt` among `name`'s on this device
 * (`finished` includes it): what its result code carries, and "Attempt 2 of 3".
 */
export function attemptNumber(
	finished: readonly Finished[],
	name: string,
	finishedAt: number
): number {
	const key = studentKey(name);
	return (
		finished.filter(
			(a) => a.finishedAt !== null && a.finishedAt <= finishedAt && studentKey(a.name) === key
		).length || 1
	);
}

/**
 * Why `name` may not start another attempt on this device, or '' when they may: `allowed`
 * undefined is unlimited.
 */
export function attemptRefusal(
	allowed: AttemptLimit | undefined,
	finished: readonly Finished[],
	name: string
): string {
	if (!allowed) return '';
	const used = attemptsUsed(finished, name);
	if (used < allowed) return '';
	const all = allowed === 1 ? 'the one attempt' : `all ${allowed} attempts`;
	return `${name} has used ${all} this quiz allows on this device. Show your teacher your result code above.`;
}

/**
 * The start page's line: "Attempts allowed: 2 for each name on this device (another device does
 * not know them)", or "Attempts allowed: as many as you like".
 */
export function attemptsAllowedWords(allowed: AttemptLimit | undefined): string {
	if (!allowed) return 'Attempts allowed: as many as you like';
	return `Attempts allowed: ${allowed} for each name, counted on this device`;
}

/** New quiz's choice: "1 attempt", "2 attempts", "3 attempts", "Unlimited". */
export function attemptLimitLabel(allowed: AttemptLimit | undefined): string {
	return allowed ? plural(allowed, 'attempt') : 'Unlimited';
}

/**
 * Moodle's "Grading method: Highest grade" (its default) for a same-name result of a quiz that
 * limits attempts: a retake (`attempt` 2 or more, counted by the student's device) replaces the
 * best earlier result of that name when it scores more (`replace`, `earlier`), else is set aside
 * (`keep`: the earlier stays); a tie keeps the earlier. `null`: ask the teacher as for any
 * same-name result: the quiz allows any number of attempts, or this is a first attempt, so
 * perhaps another student of the same name (two pupils called Ana).
 */
export function highestGrade<R>(
	allowed: AttemptLimit | undefined,
	attempt: number | undefined,
	score: number,
	previous: readonly { result: R; score: number }[]
): { choice: 'replace'; earlier: R } | { choice: 'keep' } | null {
	if (!allowed || !attempt || attempt < 2 || previous.length === 0) return null;
	const best = previous.reduce((a, b) => (b.score > a.score ? b : a));
	return score > best.score ? { choice: 'replace', earlier: best.result } : { choice: 'keep' };
}

/** What the log adds after an automatic choice (`highestGrade`). */
export const HIGHEST_KEPT = 'The highest score counts: this quiz limits attempts.';
