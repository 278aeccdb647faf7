/**
 * Whether a screen has asked the app navigation to step aside. A student taking a quiz could tap
 * Study or Class in the bottom bar by mistake and leave mid-question, and at 320×640 the bar
 * covered the quiz's Next button (students, issue 12): while a quiz runs the navigation is not
 * shown at all, as in Kahoot or Wayground, and the quiz offers its own labelled way out.
 */
import { HoldCount } from './hold-count.svelte';

class AppNavState {
	#count = new HoldCount();

	/** True while at least one screen holds the navigation hidden. */
	get hidden(): boolean {
		return this.#count.held;
	}

	/** Hides the navigation until the returned function is called (`HoldCount.hold`). */
	hide(): () => void {
		return this.#count.hold();
	}
}

export const appNav = new AppNavState();
