import type { SavedAttempt } from './attempt-store';

/**
 * One attempt open in two tabs of the same phone: each answer is kept as last changed, by the
 * time it was given (`SavedAttempt.answeredAt`, ms since the epoch, one per question), never by
 * which tab saved last. Outsider teacher (session 33): an answer changed in tab B was silently
 * overwritten by tab A's older one, as tab A saved its whole attempt at its next clock tick.
 */

/** Which attempt a save names: its id, or for one saved before ids its seed (`QuizRun.restore`). */
export function attemptKeyOf(attempt: Pick<SavedAttempt, 'attemptId' | 'seed'>): string {
	return attempt.attemptId ?? `s${attempt.seed.toString(36)}`;
}

/**
 * `mine` with each answer `stored` gave later (by `answeredAt`), when both are the same attempt
 * of the same quiz; else `mine` as it is. An attempt handed in in either tab stays handed in,
 * at the earlier time. Position and clock stay `mine`'s: each tab shows its own question. Pure;
 * returns `mine` itself when `stored` has nothing newer.
 */
export function mergeAttempts(mine: SavedAttempt, stored: SavedAttempt | null): SavedAttempt {
	if (
		!stored ||
		stored.quizId !== mine.quizId ||
		attemptKeyOf(stored) !== attemptKeyOf(mine) ||
		stored.answers.length !== mine.answers.length
	)
		return mine;
	const newer = mine.answers.map((_, i) => (stored.answeredAt?.[i] ?? 0) > answeredAtOf(mine, i));
	const finishedAt = earlier(mine.finishedAt, stored.finishedAt);
	if (!newer.some(Boolean) && finishedAt === mine.finishedAt) return mine;
	return {
		...mine,
		answers: mine.answers.map((a, i) => (newer[i] ? stored.answers[i] : a)),
		answeredAt: mine.answers.map((_, i) =>
			newer[i] ? (stored.answeredAt?.[i] ?? 0) : answeredAtOf(mine, i)
		),
		finishedAt,
		timedOut: finishedAt === mine.finishedAt ? mine.timedOut : stored.timedOut
	};
}

function answeredAtOf(attempt: SavedAttempt, i: number): number {
	return attempt.answeredAt?.[i] ?? 0;
}

function earlier(a: number | null, b: number | null): number | null {
	if (a === null) return b;
	if (b === null) return a;
	return Math.min(a, b);
}
