import * as v from 'valibot';
import { attemptKeyOf, mergeAttempts } from './attempt-sync';
import { setAsideAfter } from './unfinished';

/**
 * Where a student's device keeps its quiz attempts (`QuizRun.snapshot()`), so a reload, a
 * second tab or a classmate on the same phone loses none. `localStorage`, three keys per quiz:
 * - `flashpoint:quiz-attempt:<quizId>`: one `SavedAttempt`, the attempt in progress (or the
 *   last one, finished);
 * - `flashpoint:quiz-finished:<quizId>`: `SavedAttempt[]`, finished attempts newest first, at
 *   most `KEEP_FINISHED`;
 * - `flashpoint:quiz-unfinished:<quizId>`: `SavedAttempt[]`, unfinished attempts another one
 *   displaced from the in-progress slot (`setAsideAfter`).
 * Every read is parsed by `SavedAttemptSchema`; an unreadable entry is skipped. Storage that is
 * full or blocked never throws out of here.
 */

const SavedAttemptSchema = v.object({
	quizId: v.string(),
	attemptId: v.optional(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{4,24}$/))),
	name: v.pipe(v.string(), v.minLength(1), v.maxLength(100)),
	seed: v.number(),
	startedAt: v.number(),
	position: v.pipe(v.number(), v.integer(), v.minValue(0)),
	questionStartedAt: v.number(),
	// A multiple-answer question's answer is its ticked choices (`multi-answer.ts`).
	answers: v.array(v.nullable(v.union([v.number(), v.array(v.number()), v.boolean(), v.string()]))),
	// Absent in attempts saved before two tabs were reconciled (Dec 2026): taken as 0, never.
	answeredAt: v.optional(v.array(v.number())),
	finishedAt: v.nullable(v.number()),
	timedOut: v.boolean()
});
export type SavedAttempt = v.InferOutput<typeof SavedAttemptSchema>;

const attemptKey = (quizId: string) => `flashpoint:quiz-attempt:${quizId}`;
const finishedKey = (quizId: string) => `flashpoint:quiz-finished:${quizId}`;
/** Unfinished attempts another one displaced from the in-progress slot (`setAsideAfter`). */
const asideKey = (quizId: string) => `flashpoint:quiz-unfinished:${quizId}`;
/** Finished attempts kept per quiz on one device: a class's worth of retakes and shared phones. */
export const KEEP_FINISHED = 20;

/**
 * Saves the attempt in progress, and every finished attempt into a list of its own: a retake,
 * or a classmate starting on the same phone, never overwrites a code someone still has to show.
 * An answer another tab of the same attempt saved later than this one's stays
 * (`mergeAttempts`). Returns what was saved (`attempt` itself when nothing newer was stored).
 */
export function saveAttempt(given: SavedAttempt): SavedAttempt {
	let attempt = given;
	try {
		const stored = loadAttempt(given.quizId);
		attempt = mergeAttempts(given, stored);
		// Another student's (or another start's) unfinished attempt is set aside, never lost.
		const aside = readAttempts(asideKey(attempt.quizId));
		const after = setAsideAfter(aside, stored, attempt);
		if (after.length || aside.length)
			localStorage.setItem(asideKey(attempt.quizId), JSON.stringify(after));
		localStorage.setItem(attemptKey(attempt.quizId), JSON.stringify(attempt));
		if (attempt.finishedAt === null) return attempt;
		const id = attempt.attemptId ?? `s${attempt.seed.toString(36)}`;
		const others = loadFinishedAttempts(attempt.quizId).filter(
			(a) => (a.attemptId ?? `s${a.seed.toString(36)}`) !== id
		);
		localStorage.setItem(
			finishedKey(attempt.quizId),
			JSON.stringify([attempt, ...others].slice(0, KEEP_FINISHED))
		);
	} catch {
		// Storage full or blocked: the attempt still runs, it just does not survive a reload.
	}
	return attempt;
}

/** Whether a `storage` event's key is the attempt in progress of `quizId` (another tab saved it). */
export function isAttemptKey(key: string | null, quizId: string): boolean {
	return key === attemptKey(quizId);
}

/** The attempt last saved for this quiz on this device (in progress or finished), or null. */
export function loadAttempt(quizId: string): SavedAttempt | null {
	try {
		const raw = localStorage.getItem(attemptKey(quizId));
		if (!raw) return null;
		const parsed = v.safeParse(SavedAttemptSchema, JSON.parse(raw));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/**
 * Every finished attempt at this quiz on this device, newest first (including one saved by an
 * older build, which kept only the last attempt). Unreadable entries are skipped.
 */
export function loadFinishedAttempts(quizId: string): SavedAttempt[] {
	const list = readAttempts(finishedKey(quizId));
	const last = loadAttempt(quizId);
	const id = (a: SavedAttempt) => a.attemptId ?? `s${a.seed.toString(36)}`;
	if (last && last.finishedAt !== null && !list.some((a) => id(a) === id(last))) list.unshift(last);
	return list.sort((a, b) => (b.finishedAt ?? 0) - (a.finishedAt ?? 0));
}

/**
 * Every unfinished attempt at this quiz on this device: the one in progress, then those another
 * attempt set aside (`setAsideAfter`), newest start first. Each is offered by "Continue as".
 */
export function loadUnfinishedAttempts(quizId: string): SavedAttempt[] {
	const last = loadAttempt(quizId);
	const aside = readAttempts(asideKey(quizId)).filter((a) => a.finishedAt === null);
	const current = last && last.finishedAt === null ? [last] : [];
	const id = (a: SavedAttempt) => a.attemptId ?? `s${a.seed.toString(36)}`;
	const others = aside.filter((a) => !current.some((c) => id(c) === id(a)));
	return [...current, ...others.sort((a, b) => b.startedAt - a.startedAt)];
}

/**
 * Removes the unfinished attempt `attempt` (`attemptKeyOf`) of `quizId`: from the in-progress
 * slot or from those set aside (the Quiz tab's Discard, `unfinished-quizzes.ts`). A finished
 * attempt is never removed, so no result code a teacher may still ask for is lost.
 */
export function discardAttempt(quizId: string, attempt: string): void {
	try {
		const last = loadAttempt(quizId);
		if (last && last.finishedAt === null && attemptKeyOf(last) === attempt)
			localStorage.removeItem(attemptKey(quizId));
		const aside = readAttempts(asideKey(quizId));
		const kept = aside.filter((a) => a.finishedAt !== null || attemptKeyOf(a) !== attempt);
		if (kept.length !== aside.length) localStorage.setItem(asideKey(quizId), JSON.stringify(kept));
	} catch {
		// Storage blocked: nothing removed, the attempt stays listed.
	}
}

/** The attempts stored as a list under `key`; unreadable entries skipped, none if unreadable. */
function readAttempts(key: string): SavedAttempt[] {
	const list: SavedAttempt[] = [];
	try {
		const raw = JSON.parse(localStorage.getItem(key) ?? '[]') as unknown;
		for (const item of Array.isArray(raw) ? raw : []) {
			const parsed = v.safeParse(SavedAttemptSchema, item);
			if (parsed.success) list.push(parsed.output);
		}
	} catch {
		// Unreadable: treated as none.
	}
	return list;
}
