/**
 * A count of holds that screens take and release, reactive: true while any lasts. The app
 * navigation stepping aside (`appNav`) and a loaded class quiz (`quizLoaded`) are both "while at
 * least one screen says so", and a screen says so from an `$effect` whose cleanup releases it.
 */
import { untrack } from 'svelte';

export class HoldCount {
	#holds = $state(0);

	/** True while at least one hold lasts. */
	get held(): boolean {
		return this.#holds > 0;
	}

	/**
	 * Takes a hold until the returned function is called; made for an `$effect`, whose cleanup
	 * it is. Each release counts once however often it is called. The count is changed
	 * untracked: `holds++` reads the count too, so an effect calling this depended on what it
	 * wrote and ran again forever (effect_update_depth_exceeded on every quiz action, outsider
	 * issue 12).
	 */
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
