/**
 * How long (ms) Study ignores taps and answering keys after new buttons come under the finger:
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
 * Whether new buttons have just appeared: `active` (reactive) for `SETTLE_MS` after `start()`,
 * until `end()`. The screen reads it to ignore taps (`.settling`) and keys (`heldBack`).
 */
export class Settle {
	active = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** A question, a flashcard's back or a verdict appeared: `active` for `SETTLE_MS` from now. */
	start(): void {
		this.active = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.active = false), SETTLE_MS);
	}

	/** The screen was left or its outcome is on its way: nothing to ignore any more. */
	end(): void {
		clearTimeout(this.#timer);
		this.active = false;
	}
}
