/** The study session's plain logic (no runes), used by `session.svelte.ts` and its tests. */
import type { AnswerInput, UndoOutcome } from '$lib/db/answers';
import { cardName } from '$lib/content/term-asked';
import type { CardRecord, RatingValue, ReviewRecord } from '$lib/db/records';
import { CARD_STATE } from '$lib/db/records';
import { studyDay, studyDayStart } from './day';
import type { QueueItem } from './queue';

/** Longest time counted for one answer: a student who walked away is not slow. */
export const MAX_ANSWER_MS = 120_000;

/** Time spent on one answer (ms), between 0 and `MAX_ANSWER_MS`. */
export function answerDuration(shownAt: number, answeredAt: number): number {
	return Math.min(MAX_ANSWER_MS, Math.max(0, answeredAt - shownAt));
}

/**
 * The answer to save for the card on screen (`item`): `grade` given at `times.answeredAt` (ms)
 * to a card shown at `times.shownAt` (ms), whose grade buttons were computed at
 * `times.previewAt` (ms), so exactly the card a button showed is saved. It names the card the
 * student saw (`seenLastReview`), so an answer another tab gave since is refused, not counted
 * twice.
 */
export function answerInput(
	item: Pick<QueueItem, 'questionId' | 'card'>,
	grade: Pick<AnswerInput, 'rating' | 'grading' | 'correct'>,
	times: { shownAt: number; previewAt: number; answeredAt: number }
): AnswerInput {
	return {
		questionId: item.questionId,
		rating: grade.rating,
		answeredAt: times.answeredAt,
		durationMs: answerDuration(times.shownAt, times.answeredAt),
		grading: grade.grading,
		correct: grade.correct,
		seenLastReview: item.card?.lastReview ?? null,
		previewAt: times.previewAt
	};
}

/** What the end-of-study screen reports; derived from the answer log, never counted by hand. */
export interface SessionSummary {
	answered: number;
	right: number;
	wrong: number;
	ratings: Record<RatingValue, number>;
	/** Answers that were a question's first (its card was new). */
	newSeen: number;
	/** Answering time (ms), each answer capped at `MAX_ANSWER_MS`. */
	timeMs: number;
}

export function emptySummary(): SessionSummary {
	return {
		answered: 0,
		right: 0,
		wrong: 0,
		ratings: { 1: 0, 2: 0, 3: 0, 4: 0 },
		newSeen: 0,
		timeMs: 0
	};
}

/** Whether an answer was the first to its question (the card was new before it). */
export function wasNew(review: Pick<ReviewRecord, 'before'>): boolean {
	return !review.before || review.before.state === CARD_STATE.new;
}

/** The summary of a list of answers (today's, from `loadTodaySummary`). */
export function summarizeReviews(
	reviews: Iterable<Pick<ReviewRecord, 'rating' | 'correct' | 'durationMs' | 'before'>>
): SessionSummary {
	const summary = emptySummary();
	for (const review of reviews) {
		summary.answered++;
		summary.ratings[review.rating]++;
		summary.timeMs += Math.min(MAX_ANSWER_MS, Math.max(0, review.durationMs));
		if (wasNew(review)) summary.newSeen++;
		if (review.correct === true) summary.right++;
		if (review.correct === false) summary.wrong++;
	}
	return summary;
}

/** The queue item that shows an undone answer's question again, with its card as it was. */
export function itemForUndone(
	undone: Pick<ReviewRecord, 'questionId' | 'before'>,
	now: number
): QueueItem {
	const before: CardRecord | null = undone.before;
	const isNew = !before || (before.state === CARD_STATE.new && before.reps === 0);
	const kind: QueueItem['kind'] = isNew
		? 'new'
		: before.state === CARD_STATE.review
			? 'review'
			: 'learning';
	return { questionId: undone.questionId, kind, isNew, card: before ?? undefined, due: now };
}

/**
 * Whether leaving Study for `to` keeps a flashcard's back on screen for the return: yes only for
 * its source passage (`/sources/…`, a look-up in the middle of an answer, as Anki's reviewer
 * stays on the answer while its Browse or Edit window is open); no for any other screen and for
 * a reload or a closed tab (`to` null): Study shows the front again, as Anki's reviewer does
 * after the deck list or a restart (README "Using Flashpoint"; an outsider student saw the back
 * reopen after a reload, issue 12).
 */
export function keepsBackOnLeave(to: URL | null): boolean {
	return to !== null && to.pathname.startsWith('/sources/');
}

/** Undo pressed with no answer to take back (the key, or a refused Undo). */
export const NOTHING_TO_UNDO = 'Nothing to undo.';
/** Study read its queue again because progress was replaced under it (`reopen`). */
export const PROGRESS_REPLACED =
	'Your progress was replaced (Reset, Import or Merge), so today’s questions were read again.';

/**
 * What Study says when Settings in another tab announced it replaced the progress
 * (`progress-channel.ts`), by the section that did (`ReplacingSection`): a restore says the
 * copy is back, so a "Restore it" link shown before goes with its notice (outsider student,
 * session 22: it stayed after the restore was done).
 */
export function replacedElsewhereNotice(by: 'backup' | 'automatic-backups' | 'check'): string {
	if (by === 'automatic-backups')
		return 'An automatic backup was restored in another tab, so today’s questions were read again.';
	if (by === 'check')
		return 'Check database changed your progress in another tab, so today’s questions were read again.';
	return 'Your progress was replaced in another tab (Reset, Import or Merge), so today’s questions were read again.';
}

/**
 * The notice after Undo, from what the database did (`UndoOutcome['kind']`): `closed` means
 * the answer held is no longer in the log above the undo floor (Reset, Import, Merge, or
 * undone in another tab), so there is nothing to undo; `later`, another answer came after it.
 * An undone answer is named by its question's `prompt` (cut to 80 characters), as Anki names
 * what its Undo took back: "Answer undone: “What is…” is back on screen." (an outsider student
 * could not tell which card "Answer undone." meant, session 33).
 */
export function undoNotice(kind: UndoOutcome['kind'], prompt?: string): string {
	if (kind === 'undone')
		return prompt ? `Answer undone: ${cardName(prompt)} is back on screen.` : 'Answer undone.';
	if (kind === 'later') return 'That answer can no longer be undone: another answer came after it.';
	return `${NOTHING_TO_UNDO} That answer is no longer in your progress (a Reset, Import or Merge replaced it).`;
}

/**
 * What Study says once the card on screen was buried (`-`) or suspended (`@`), named by
 * `cardName` (issue 12, a student from Anki): where it went, and how it comes back.
 */
export function holdNotice(kind: 'buried' | 'suspended', prompt: string): string {
	const card = cardName(prompt);
	return kind === 'buried'
		? `Buried until tomorrow: ${card}. Undo brings it back now.`
		: `Suspended: ${card}. It stays out of study until you unsuspend it on the Questions screen; Undo brings it back now.`;
}

/**
 * What Study says when the card on screen was buried or suspended (`kind`) in another tab: it
 * moved on to the next card (the live read saw the hold), or an answer given to it was refused
 * (`HeldAnswerError`), its `typed` answer said back as a stale one's (`staleAnswerNotice`).
 */
export function heldElsewhereNotice(kind: 'buried' | 'suspended', typed = ''): string {
	const said = `This card was ${kind} in another tab, so it was skipped here`;
	const answer = typed.trim();
	return answer ? `${said}; your answer “${answer}” was not saved.` : `${said}.`;
}

/**
 * What Study says once Undo took a burial or suspension back: the card is back on screen, or,
 * held after its answer (`shown` false: not due again today), that the answer stands and the
 * card comes back when due. Undo on a card suspended from its verdict said nothing at all.
 */
export function releaseNotice(kind: 'buried' | 'suspended', prompt: string, shown = true): string {
	const done = `${kind === 'buried' ? 'Unburied' : 'Unsuspended'}: ${cardName(prompt)}`;
	return shown
		? `${done} is back on screen.`
		: `${done}. Your answer to it stands: it comes back when it is due.`;
}

/** The automatic backup Study points to after a refused Undo (`backupBeforeReplace`). */
export interface ReplacedBackup {
	/** When the copy was made (ms), just before the progress was replaced. */
	createdAt: number;
	reason: 'import' | 'reset' | 'restore' | 'merge';
}

/**
 * The copy that still holds an answer Undo can no longer take back: the newest automatic
 * backup (`auto-backup.ts`) when it was made at or after `since` (ms; Study passes the start
 * of today's study day, so yesterday's Reset is not blamed), else null. Reset, Import and a
 * restore each keep one before replacing progress; Undo cannot cross them (`undo-floor.ts`),
 * and an outsider student told "Nothing to undo" after a Reset did not know the copy existed.
 */
export function backupBeforeReplace(
	backups: readonly ReplacedBackup[],
	since: number
): ReplacedBackup | null {
	let newest: ReplacedBackup | null = null;
	for (const backup of backups) if (!newest || backup.createdAt > newest.createdAt) newest = backup;
	return newest && newest.createdAt >= since ? newest : null;
}

/**
 * The automatic backup made since the start of today's study day at `now` (ms) that holds the
 * answers a Reset or an Import replaced, or null (none, or the backups could not be read). The
 * backups module is Settings' own, so it is loaded only when Undo finds nothing to take back.
 */
export async function todaysReplacedBackup(now: number): Promise<ReplacedBackup | null> {
	try {
		const { listAutomaticBackups } = await import('$lib/db/auto-backup');
		return backupBeforeReplace(
			await listAutomaticBackups(),
			studyDayStart(studyDay(now)).getTime()
		);
	} catch {
		return null;
	}
}

const REPLACED_BY: Record<ReplacedBackup['reason'], string> = {
	reset: 'reset',
	import: 'replaced by an import',
	merge: 'merged with a backup',
	restore: 'replaced by a restored backup'
};

/**
 * Why an answer was not saved because its card changed since it was shown (`StaleAnswerError`):
 * `null`, another tab answered it; otherwise progress was replaced wholesale in another tab (the
 * undo floor rose), by the automatic backup's `reason` when one was kept since the card showed,
 * else `'unknown'`. A Reset in another tab was reported as "answered in another tab" (issue 14,
 * an outsider student). `typed`: the answer typed for it, if any, said back.
 */
export function staleAnswerNotice(
	replaced: ReplacedBackup['reason'] | 'unknown' | null,
	typed = ''
): string {
	// What was typed is said back: the next card's empty box replaced it at once, unsaid (two
	// tabs, outsider student, session 34).
	const answer = typed.trim();
	if (replaced === null)
		return answer
			? `This question was just answered in another tab, so it was skipped here; your answer “${answer}” was not saved.`
			: 'This question was just answered in another tab, so it was skipped here.';
	const what =
		replaced === 'unknown'
			? 'Your progress was replaced in another tab (Reset, Import or Merge)'
			: `Progress was ${REPLACED_BY[replaced]} in another tab`;
	return `${what}, so this answer was not saved and today’s questions were read again.`;
}

/**
 * What Study adds to "Nothing to undo" when `backup` holds the answers from before: "Your
 * progress was reset at 10:32; the copy kept just before is in Settings → Automatic backups."
 * `time` formats the copy's time (the device's locale by default).
 */
export function replacedBackupText(
	backup: ReplacedBackup,
	time: (ms: number) => string = (ms) =>
		new Date(ms).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' })
): string {
	return `Your progress was ${REPLACED_BY[backup.reason]} at ${time(backup.createdAt)}; the copy kept just before, with the answers from then, is in Settings → Automatic backups.`;
}
