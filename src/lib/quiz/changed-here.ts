import { momentText } from '$lib/text/when';
import { teacherQuizzes } from './deleted-here';
import type { Quiz } from './types';
import { quizVersionId, type VersionedQuiz } from './versions';

/**
 * A join code or link opened on the device of the teacher who changed its quiz's questions
 * since (outsider teacher: after she swapped a question, the old join code still opened the old
 * version on her laptop, and nothing said the quiz had changed). A code names one version of one
 * quiz: here it says the quiz changed and offers the quiz as it is now. Other phones know
 * nothing of the edit; their results are marked against what they asked (`versions.ts`).
 */

/** What the Quiz screen needs to say a quiz changed: when, and the current quiz's link code. */
export interface ChangedHere {
	/** When the version opened stopped being current (ms since the epoch); null if not kept. */
	until: number | null;
	/** The quiz's link code as it is now (`StoredQuiz.code`), to open it instead. */
	code: string;
}

/**
 * Whether `opened` (a quiz as a code or link gives it) is an earlier version of a quiz stored
 * here: its questions are not the stored quiz's current ones (accepted answers aside, as
 * `quizVersionId`). Null when it is current, or not a quiz of this device.
 */
export function changedSince(
	opened: Pick<Quiz, 'questions'>,
	stored: (VersionedQuiz & { code: string }) | undefined
): ChangedHere | null {
	if (!stored) return null;
	const version = quizVersionId(opened.questions);
	if (version === quizVersionId(stored.questions)) return null;
	const kept = stored.versions?.find((v) => v.id === version);
	return { until: kept?.until ?? null, code: stored.code };
}

/** `changedSince` for the quiz stored on this device under `opened.id` (none on a phone). */
export async function quizChangedHere(opened: Quiz): Promise<ChangedHere | null> {
	const quizzes = await teacherQuizzes();
	const stored = await quizzes?.get(opened.id).catch(() => undefined);
	return changedSince(opened, stored);
}

/** What the Quiz screen says of an earlier version's code or link (`until`: ms since the epoch). */
export function changedQuizMessage(until: number | null, locales?: string, timeZone?: string) {
	const when = until === null ? '' : ` (${momentText(until, locales, timeZone)})`;
	return `This quiz was changed on this device after this code or link was given out${when}, so it names the quiz as it was. Open the quiz as it is now below; phones that opened the old one can still finish it, and their results are marked against the questions they were asked.`;
}
