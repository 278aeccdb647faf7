/**
 * How long (ms) Study ignores taps after new buttons come under the finger (keys:
 * `KEY_SETTLE_MS`):
 * a question appears, a flashcard's back with its grades, or a verdict with its bar. The second
 * tap or key of a double press otherwise acts on what the first one just put there, unseen:
 * a double tap on Good (two taps 100–300 ms apart) or 3 pressed twice answered the next question
 * (outsider, 2026-12-01); a double tap on Show answer (80–500 ms apart) graded the card by where
 * the grade bar came, and 2 pressed twice answered a choice and graded it Hard before its verdict
 * was seen (outsider from Anki, issue 14). AnkiDroid likewise ignores a tap that comes too soon
 * after the answer shows. 450 ms covers a double tap (Android's double-tap timeout is 300 ms)
 * and is shorter than anyone reads a card.
 */
export const SETTLE_MS = 450;

/**
 * How long (ms) Study holds back a key that answers, grades or goes on after new content appears:
 * shorter than a tap's `SETTLE_MS`, because a key does not land on a button that just moved under
 * the finger. What it must catch is a key meant for the screen before: a second press or a roll
 * of two keys (2 then 3 within 300 ms graded a choice Good before its verdict showed; Space then 3
 * graded an unseen back: outsider from Anki, issue 14). A held key is refused at any time (its
 * auto-repeat, `KeyboardEvent.repeat`), so only a new keydown acts. 300 ms is Android's
 * double-tap timeout, and under the time anyone sees and judges a new card (a reaction to
 * something shown takes 200–250 ms before any reading); a deliberate Enter after a verdict at
 * 300–450 ms, refused silently by the tap's 450 ms, now counts. Anki desktop holds back nothing;
 * AnkiDroid ignores a second tap on its answer buttons within 200 ms by default.
 */
export const KEY_SETTLE_MS = 300;

/**
 * What just appeared: a question (its front), a flashcard's back (its grades) or a verdict. Keys
 * held back after a back are fewer than after the others (`heldBack`): a grade key there can
 * only be meant for that back.
 */
export type SettleCause = 'question' | 'back' | 'verdict';

/**
 * Whether new buttons have just appeared: `active` (reactive) for `SETTLE_MS` after `start()`,
 * and `keys` (what appeared) for `KEY_SETTLE_MS`, until `end()`. The screen reads `active` to
 * ignore taps (`.settling`) and `keys` to ignore answering keys (`heldBack`).
 */
export class Settle {
	active = $state(false);
	/** What appeared while answering keys are held back, else null (read when a key comes: not reactive). */
	keys: SettleCause | null = null;
	#timer: ReturnType<typeof setTimeout> | undefined;
	#keyTimer: ReturnType<typeof setTimeout> | undefined;

	/**
	 * `cause` appeared: `active` for `SETTLE_MS` and `keys` for `KEY_SETTLE_MS` from now.
	 */
	start(cause: SettleCause): void {
		this.active = true;
		this.keys = cause;
		clearTimeout(this.#timer);
		clearTimeout(this.#keyTimer);
		this.#timer = setTimeout(() => (this.active = false), SETTLE_MS);
		this.#keyTimer = setTimeout(() => (this.keys = null), KEY_SETTLE_MS);
	}

	/** The screen was left or its outcome is on its way: nothing to ignore any more. */
	end(): void {
		clearTimeout(this.#timer);
		clearTimeout(this.#keyTimer);
		this.active = false;
		this.keys = null;
	}
}
