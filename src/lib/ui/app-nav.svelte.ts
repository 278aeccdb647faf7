/**
 * Whether a screen has asked the app navigation to step aside. A student taking a quiz could tap
 * Study or Class in the bottom bar by mistake and leave mid-question, and at 320×640 the bar
 * covered the quiz's Next button (students, issue 12): while a quiz runs the navigation is not
 * shown at all, as in Kahoot or Wayground, and the quiz offers its own labelled way out.
 */
import { untrack } from 'svelte';

class AppNavState {
	#holds = $state(0);

	/** True while at least one screen holds the navigation hidden. */
	get hidden(): boolean {
		return this.#holds > 0;
	}

	/**
	 * Hides the navigation until the returned function is called; made for an `$effect`, whose
	 * cleanup it is. Holds count, and each release counts once however often it is called.
	 * The count is changed untracked: `holds++` reads the count too, so an effect calling this
	 * depended on what it wrote and ran again forever (effect_update_depth_exceeded on every
	 * quiz action, outsider issue 12).
	 */
	hide(): () => void {
		untrack(() => this.#holds++);
		let released = false;
		return () => {
			if (released) return;
			released = true;
			untrack(() => this.#holds--);
		};
	}
}

export const appNav = new AppNavState();
