/**
 * Which quiz attempt this browser tab is taking, so a reload goes straight back to it (issue 14:
 * a reload showed "Continue as Ana" and the name form, as if another student might be there).
 * Kept in `sessionStorage`: it lives as long as the tab (a reload, a trip to a source passage
 * and back) and no other tab or visit sees it, so a shared classroom tablet opened afresh still
 * asks who is taking the quiz. The attempt itself (question, answers, half-typed words) is
 * saved by `saveAttempt`; this only names it.
 */
const KEY = 'flashpoint-quiz-tab';

type Mark = { quizId: string; attemptId: string };

/** The tab's storage, or null where there is none (private modes that refuse it, tests). */
function tabStorage(): Storage | null {
	try {
		return globalThis.sessionStorage ?? null;
	} catch {
		return null;
	}
}

/** Notes that this tab is taking `attemptId` of `quizId`. */
export function markTabAttempt(
	quizId: string,
	attemptId: string,
	storage: Storage | null = tabStorage()
): void {
	try {
		storage?.setItem(KEY, JSON.stringify({ quizId, attemptId } satisfies Mark));
	} catch {
		// A full or refused storage: a reload then asks for the name, as before.
	}
}

/** The attempt of `quizId` this tab was taking, or null (none, another quiz, unreadable). */
export function tabAttempt(quizId: string, storage: Storage | null = tabStorage()): string | null {
	try {
		const mark = JSON.parse(storage?.getItem(KEY) ?? 'null') as Partial<Mark> | null;
		return mark?.quizId === quizId && typeof mark.attemptId === 'string' ? mark.attemptId : null;
	} catch {
		return null;
	}
}

/** Forgets the tab's attempt: "Start as someone else" goes to the start page and stays there. */
export function clearTabAttempt(storage: Storage | null = tabStorage()): void {
	try {
		storage?.removeItem(KEY);
	} catch {
		// Nothing kept, nothing to forget.
	}
}
