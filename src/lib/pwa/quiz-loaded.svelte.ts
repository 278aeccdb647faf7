/**
 * Whether a screen holds a class quiz that is loaded on this device ('ready' to start, being
 * taken, or done), so it works offline whatever the rest of the app. The offline notice says
 * then what works in one line, details on tap (`OfflineStatus.svelte`): "Offline, not ready yet:
 * 66% saved. Reconnect…" filled most of a 320 px screen at 200% text and alarmed a student whose
 * quiz was working (teacher outsider of session 36). Holds count, as `appNav`'s.
 */
import { untrack } from 'svelte';

class QuizLoadedState {
	#holds = $state(0);

	/** True while at least one screen holds a loaded quiz. */
	get loaded(): boolean {
		return this.#holds > 0;
	}

	/** Marks a quiz loaded until the returned function is called (an `$effect`'s cleanup). */
	hold(): () => void {
		untrack(() => this.#holds++);
		let released = false;
		return () => {
			if (released) return;
			released = true;
			untrack(() => this.#holds--);
		};
	}
}

export const quizLoaded = new QuizLoadedState();
