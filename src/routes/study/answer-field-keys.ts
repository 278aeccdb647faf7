/**
 * What a key pressed in a typed question's answer field does, beyond typing (Anki's habits). The
 * field takes focus as soon as the question shows, so keys meant for the card before land in it:
 * u (Anki's undo after a grade) and 1–4 (a grade) typed "u" or "4" into the next card's answer,
 * and a "3" kept as a draft was later marked wrong as "3Cyprus" (outsider student, session 23).
 */

/**
 * How long after a question appears an empty field reads u, 1–4 and Enter as meant for the card
 * before (ms).
 */
export const GRACE_MS = 1500;

/** What the field does with the key: `null` lets it type. */
export type AnswerFieldAction =
	/** Enter in an empty field: show the answer (Anki's type-in cards), counted as Again. */
	| 'show-answer'
	/** Undo the last answer (u soon after the question appeared, or Ctrl/⌘+Z in an empty field). */
	| 'undo'
	/** A grade key pressed out of habit as the question appeared: not typed, and said so. */
	| 'stray-grade'
	/**
	 * Enter in an empty field just after the card changed: not a Show answer (counted Again), and
	 * said so. A habitual second Enter, after the first moved on, revealed the new card and counted
	 * it Again (two tabs: the first Enter's answer skipped as stale, outsider student, session 34).
	 */
	| 'stray-enter'
	/** Swallowed: a held Enter, or the second press of a double press that moved on. */
	| 'ignore'
	| null;

/** The key as `KeyboardEvent` gives it. */
export interface FieldKey {
	key: string;
	repeat: boolean;
	isComposing: boolean;
	ctrlKey: boolean;
	metaKey: boolean;
	altKey: boolean;
}

/** The question's state when the key came. */
export interface FieldState {
	answered: boolean;
	typed: string;
	/** The question has just appeared: a double press is ignored (`StudySession.keysSettling`). */
	settling: boolean;
	/**
	 * Another card was on screen before this one and was answered or skipped (something to undo,
	 * a grade or an Enter to mis-press).
	 */
	answeredBefore: boolean;
	/** Time since the question appeared (ms). */
	sinceShownMs: number;
}

/** The action for `key` in the answer field (see `AnswerFieldAction`). Pure. */
export function answerFieldAction(key: FieldKey, state: FieldState): AnswerFieldAction {
	const soon = state.answeredBefore && state.sinceShownMs < GRACE_MS;
	if (key.key === 'Enter' && !state.answered && !state.typed.trim() && !key.isComposing) {
		if (key.repeat || state.settling) return 'ignore';
		return soon ? 'stray-enter' : 'show-answer';
	}
	if (state.answered || state.typed !== '') return null;
	const modified = key.ctrlKey || key.metaKey;
	// Ctrl/⌘+Z asks Study even with nothing to undo, which then says so (not silence).
	if (modified && !key.altKey && (key.key === 'z' || key.key === 'Z')) return 'undo';
	if (modified || key.altKey) return null;
	if (!soon) return null;
	if (key.key === 'u' || key.key === 'U') return 'undo';
	if (/^[1-4]$/.test(key.key)) return 'stray-grade';
	return null;
}
