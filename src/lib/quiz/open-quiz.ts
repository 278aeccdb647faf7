/**
 * What a quiz link or join code opens on the student's Quiz screen: the quiz, or the problem to
 * show instead (with Retry, or the quiz as it is now). The page does what this says; the
 * storage and downloads it reads are passed in (`OpenQuizDeps`), so every outcome is tested.
 */
import type { BankIndex } from '$lib/content/bank';
import { changedQuizMessage, type ChangedHere } from './changed-here';
import { deletedQuizMessage } from './deleted-here';
import { looksLikeJoinCode, rebuildQuiz } from './join-code';
import { decodeQuiz } from './quiz-code';
import { resolveQuiz } from './quiz-resolve';
import type { Quiz } from './types';

/** What opening a code reads from the device (the Quiz page passes the real ones). */
export interface OpenQuizDeps {
	/** The built-in question bank; rejects when it did not download. */
	loadBank: () => Promise<BankIndex>;
	/** When the quiz `id` was deleted on this device (ms since the epoch), or null. */
	deletedAt: (id: string) => Promise<number | null>;
	/** Whether the quiz changed on this device since the version `quiz` (`quizChangedHere`). */
	changedHere: (quiz: Quiz) => Promise<ChangedHere | null>;
	/** Whether an attempt at quiz `id` is saved on this device (begun before an edit, it opens). */
	hasAttempt: (id: string) => boolean;
	/** `navigator.onLine`: what a failed download tells the student to do. */
	online: () => boolean;
}

/**
 * `quiz`: show it; `taking`: the quiz on screen already (a reload, a closed tab): keep the
 * attempt; `problem`: say `error` under its heading, with Try again (`retry`) or a link to the
 * quiz as it is now (`current`, its link code).
 */
export type OpenedQuiz =
	| { kind: 'quiz'; quiz: Quiz }
	| { kind: 'taking' }
	| { kind: 'problem'; error: string; retry?: true; current?: string };

/** Said when the built-in questions did not download: it is not a version problem. */
export function downloadProblem(online: boolean): string {
	return online
		? 'The quiz’s questions did not finish downloading: the connection dropped. Try again; once they are on this phone, quizzes work offline.'
		: 'This phone is offline and the quiz’s questions are not on it yet. Connect to the internet (the school Wi-Fi or mobile data): the quiz opens by itself when the connection is back.';
}

/**
 * Opens `code` (a quiz link's code or a join code, `extractCode`'s), `takingId` being the quiz
 * whose attempt is on screen, if any. A join code is drawn again from this device's bank; a link
 * carries its quiz (its bank questions by id). The teacher's own device says so when the quiz
 * was deleted or has changed since the code.
 */
export async function openQuizCode(
	code: string,
	takingId: string | null,
	deps: OpenQuizDeps
): Promise<OpenedQuiz> {
	const join = looksLikeJoinCode(code);
	const decoded = join ? null : decodeQuiz(code);
	if (decoded && !decoded.ok) return { kind: 'problem', error: decoded.message };
	let bank: BankIndex | null = null;
	if (join || !decoded?.value.questions) {
		try {
			bank = await deps.loadBank();
		} catch {
			return { kind: 'problem', retry: true, error: downloadProblem(deps.online()) };
		}
	}
	const resolved = decoded ? resolveQuiz(decoded.value, bank) : rebuildQuiz(code, bank!.bank);
	if (!resolved.ok) return { kind: 'problem', error: resolved.message };
	const quiz = resolved.value;
	const deletedAt = await deps.deletedAt(quiz.id);
	if (deletedAt !== null) return { kind: 'problem', error: deletedQuizMessage(deletedAt) };
	if (takingId === quiz.id) return { kind: 'taking' };
	// Named as it was; offered as it is now (an attempt begun here before the edit still opens).
	const changed = deps.hasAttempt(quiz.id) ? null : await deps.changedHere(quiz);
	if (changed)
		return { kind: 'problem', error: changedQuizMessage(changed.until), current: changed.code };
	return { kind: 'quiz', quiz };
}
