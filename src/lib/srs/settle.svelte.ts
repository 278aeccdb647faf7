/**
 * How long (ms) after a question appears a repeat of the tap or key that moved on is ignored:
 * a double tap on Good (two taps 100–300 ms apart) or a double press of 3 otherwise answers the
 * next question unseen, as an outsider found on 2026-12-01 (AnkiDroid users report the same).
 */
export const SETTLE_MS = 450;

/** Whether a question has just appeared: `active` for `SETTLE_MS` after `start()`. */
export class Settle {
	active = $state(false);
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** A question appeared: ignore a repeated tap or key for `SETTLE_MS`. */
	start(): void {
		this.active = true;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => (this.active = false), SETTLE_MS);
	}

	/** The question was answered or left: nothing to ignore any more. */
	end(): void {
		clearTimeout(this.#timer);
		this.active = false;
	}
}
