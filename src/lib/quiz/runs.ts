import { momentText } from '$lib/text/when';
import * as v from 'valibot';
import type { StoredQuiz } from '$lib/db/classroom';
import { plain } from '$lib/db/plain';
import { encodeQuiz } from './quiz-code';
import { randomId } from './random';
import { LIMITS } from './types';
import { copyTitle, unusedTitle } from './titles';
import { cleanDisplayText, hasVisibleText } from '$lib/text/fold';

/**
 * Reusing a quiz: a run for another class or period (same questions, its own link and report),
 * a duplicate to change, a new title, and closing a quiz so later results are refused.
 * Every function returns a new quiz with its link code re-encoded; none writes to storage.
 */

/**
 * Text a person typed that the quiz shows (a title, a class): bidi, zero-width and other control
 * characters removed (`cleanDisplayText`), so a pasted U+202E cannot reverse it or the text
 * around it; refused with `empty` when nothing visible is left.
 */
/**
 * Text a person typed, cleaned as shown; too long is refused with its length (the fields have
 * no `maxlength`, which would cut a paste silently).
 */
const shownText = (empty: string, max: number, tooLong: string) =>
	v.pipe(
		v.string(),
		v.transform(cleanDisplayText),
		v.check(hasVisibleText, empty),
		v.maxLength(max, (issue) => `${tooLong} This one has ${issue.received}: shorten it.`)
	);

const TitleSchema = shownText(
	'Give the quiz a title.',
	LIMITS.titleChars,
	`A title has at most ${LIMITS.titleChars} characters.`
);
const GroupSchema = shownText(
	'Name the class or period (for example “7B” or “Period 3”).',
	40,
	'A class name has at most 40 characters.'
);

/** A title typed for a new quiz, checked and cleaned as `renameQuiz` does. */
export function checkQuizTitle(
	title: string
): { ok: true; title: string } | { ok: false; error: string } {
	const parsed = v.safeParse(TitleSchema, title);
	return parsed.success
		? { ok: true, title: parsed.output }
		: { ok: false, error: parsed.issues[0].message };
}

export type Changed = { ok: true; quiz: StoredQuiz } | { ok: false; error: string };

function withCode(quiz: Omit<StoredQuiz, 'code'> & { code?: string }): StoredQuiz {
	return { ...quiz, code: encodeQuiz(quiz) };
}

function fresh(quiz: StoredQuiz, now: number, id = randomId(10)): Omit<StoredQuiz, 'code'> {
	// The quiz may be a Svelte state proxy, which structuredClone cannot copy.
	const copy: Omit<StoredQuiz, 'code'> & { code?: string } = plain({
		...quiz,
		id,
		createdAt: now
	});
	delete copy.code;
	delete copy.closedAt;
	delete copy.group;
	delete copy.runOf;
	return copy;
}

/**
 * The same quiz for another class or period: a new link (new id), its own report. `id` is the
 * run's own join-code id (`runJoinId`) when the quiz has a join code; random otherwise.
 */
export function runAgain(quiz: StoredQuiz, group: string, now = Date.now(), id?: string): Changed {
	const parsed = v.safeParse(GroupSchema, group);
	if (!parsed.success) return { ok: false, error: parsed.issues[0].message };
	return {
		ok: true,
		quiz: withCode({
			...fresh(quiz, now, id),
			group: parsed.output,
			runOf: quiz.runOf ?? quiz.id
		})
	};
}

/**
 * A copy to change (its questions can be edited until it has results), titled "<title> (copy)"
 * or "(copy 2)", never a title of `used` (the titles of the quizzes here: `copyTitle`).
 */
export function duplicateQuiz(
	quiz: StoredQuiz,
	now = Date.now(),
	used: Iterable<string> = [quiz.title]
): StoredQuiz {
	return withCode({ ...fresh(quiz, now), title: copyTitle(quiz.title, [quiz.title, ...used]) });
}

/**
 * A new title (checked); the link changes with it, while links already shared keep working.
 * Refused when another quiz here has it (`others`: their titles), so the list never shows two
 * quizzes of one name.
 */
export function renameQuiz(
	quiz: StoredQuiz,
	title: string,
	others: Iterable<string> = []
): Changed {
	const parsed = v.safeParse(TitleSchema, title);
	if (!parsed.success) return { ok: false, error: parsed.issues[0].message };
	if (unusedTitle(parsed.output, others) !== parsed.output)
		return {
			ok: false,
			error: `Another quiz here is called “${parsed.output}”: choose a title of its own, so the list tells them apart.`
		};
	return { ok: true, quiz: withCode({ ...quiz, title: parsed.output }) };
}

export function closeQuiz(quiz: StoredQuiz, now = Date.now()): StoredQuiz {
	return { ...quiz, closedAt: now };
}

export function reopenQuiz(quiz: StoredQuiz): StoredQuiz {
	const open = { ...quiz };
	delete open.closedAt;
	return open;
}

/** Why a closed quiz refuses a result, for the teacher (null when the quiz is open). */
export function closedMessage(quiz: Pick<StoredQuiz, 'title' | 'closedAt'>): string | null {
	if (quiz.closedAt === undefined) return null;
	const when = momentText(quiz.closedAt);
	return `“${quiz.title}” was closed on ${when}, so this result was not counted. Reopen the quiz to add it.`;
}

/** The quiz's name with its class, as lists show it: "Week 3 check · 7B". */
export function quizLabel(quiz: Pick<StoredQuiz, 'title' | 'group'>): string {
	return quiz.group ? `${quiz.title} · ${quiz.group}` : quiz.title;
}
