/**
 * Whether a screen holds a class quiz that is loaded on this device ('ready' to start, being
 * taken, or done), so it works offline whatever the rest of the app. The offline notice says
 * then what works in one line, details on tap (`OfflineStatus.svelte`): "Offline, not ready yet:
 * 66% saved. Reconnect…" filled most of a 320 px screen at 200% text and alarmed a student whose
 * quiz was working (teacher outsider of session 36). Holds count, as `appNav`'s.
 */
import { HoldCount } from '$lib/ui/hold-count.svelte';

class QuizLoadedState {
	#count = new HoldCount();

	/** True while at least one screen holds a loaded quiz. */
	get loaded(): boolean {
		return this.#count.held;
	}

	/** Marks a quiz loaded until the returned function is called (`HoldCount.hold`). */
	hold(): () => void {
		return this.#count.hold();
	}
}

export const quizLoaded = new QuizLoadedState();
