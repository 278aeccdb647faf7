import * as v from 'valibot';
import { attemptKeyOf } from './attempt-sync';
import { discardAttempt, loadUnfinishedAttempts } from './attempt-store';

/**
 * The unfinished quizzes on this device, as the Quiz tab lists them. A student who tapped "Leave
 * quiz" (or closed the tab) mid-quiz found it again only by opening the same link (outsider
 * teacher, session 38): the attempt was kept (`attempt-store.ts`) but not the way back to its
 * quiz. Now the code a quiz was opened with is kept beside its attempts, one key per quiz:
 * `flashpoint:quiz-opened:<quizId>`, `{ code, title }` (the link's fragment or join code, and the
 * quiz's title then), so the Quiz tab can say what each unfinished attempt is and reopen it.
 * Storage that is full or blocked never throws out of here.
 */

const openedKey = (quizId: string) => `flashpoint:quiz-opened:${quizId}`;
const OPENED_PREFIX = 'flashpoint:quiz-opened:';

/** The longest code kept (characters): a whole quiz in a link's fragment, a QR series joined. */
export const MAX_CODE = 200_000;

const OpenedSchema = v.object({
	code: v.pipe(v.string(), v.minLength(1), v.maxLength(MAX_CODE)),
	title: v.pipe(v.string(), v.maxLength(500))
});

/** One unfinished attempt as the Quiz tab lists it. */
export interface UnfinishedQuiz {
	quizId: string;
	/** The attempt (`attemptKeyOf`): what Continue takes up and Discard removes. */
	attempt: string;
	/** The code the quiz was opened with: `#<code>` on the Quiz tab opens it again. */
	code: string;
	title: string;
	/** The student's name as typed. */
	name: string;
	/** Questions answered (an answer given, even if wrong) of `count`. */
	answered: number;
	count: number;
	/** When the attempt began, ms since the epoch. */
	startedAt: number;
}

/**
 * Keeps the code `quizId` was opened with and its title, so its unfinished attempts can be
 * listed and reopened (`listUnfinishedQuizzes`). A code past `MAX_CODE` is not kept.
 */
export function rememberQuizCode(quizId: string, code: string, title: string): void {
	if (!code || code.length > MAX_CODE) return;
	try {
		localStorage.setItem(openedKey(quizId), JSON.stringify({ code, title: title.slice(0, 500) }));
	} catch {
		// Storage full or blocked: the quiz still runs; only the Quiz tab's list misses it.
	}
}

/** The code and title kept for `quizId` (`rememberQuizCode`), or null. */
function openedQuiz(quizId: string): v.InferOutput<typeof OpenedSchema> | null {
	try {
		const parsed = v.safeParse(
			OpenedSchema,
			JSON.parse(localStorage.getItem(openedKey(quizId)) ?? '')
		);
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/** The ids of quizzes whose code is kept (`rememberQuizCode`). */
function openedQuizIds(): string[] {
	const ids: string[] = [];
	try {
		for (let i = 0; i < localStorage.length; i++) {
			const key = localStorage.key(i);
			if (key?.startsWith(OPENED_PREFIX)) ids.push(key.slice(OPENED_PREFIX.length));
		}
	} catch {
		// Blocked storage: nothing listed.
	}
	return ids;
}

/**
 * Every unfinished attempt on this device whose quiz's code is kept, the newest start first.
 * A quiz opened before its code was kept (or whose code was too long) is not listed: its link
 * still reopens it.
 */
export function listUnfinishedQuizzes(): UnfinishedQuiz[] {
	const out: UnfinishedQuiz[] = [];
	for (const quizId of openedQuizIds()) {
		const opened = openedQuiz(quizId);
		if (!opened) continue;
		for (const a of loadUnfinishedAttempts(quizId))
			out.push({
				quizId,
				attempt: attemptKeyOf(a),
				code: opened.code,
				title: opened.title,
				name: a.name,
				answered: a.answers.filter((x) => x !== null).length,
				count: a.answers.length,
				startedAt: a.startedAt
			});
	}
	return out.sort((a, b) => b.startedAt - a.startedAt);
}

/**
 * Removes one unfinished attempt (`listUnfinishedQuizzes`'s Discard), and the quiz's kept code
 * once none of its attempts is unfinished. Its finished attempts are never touched.
 */
export function discardUnfinished(quizId: string, attempt: string): void {
	discardAttempt(quizId, attempt);
	forgetFinishedQuiz(quizId);
}

/**
 * Forgets the code kept for `quizId` once none of its attempts on this device is unfinished:
 * called when an attempt is saved finished. Only Discard removed a kept code, so every finished
 * quiz left its code (up to `MAX_CODE` characters: a whole quiz in a link) in storage for good.
 */
export function forgetFinishedQuiz(quizId: string): void {
	if (loadUnfinishedAttempts(quizId).length) return;
	try {
		localStorage.removeItem(openedKey(quizId));
	} catch {
		// Blocked storage: nothing to remove.
	}
}
