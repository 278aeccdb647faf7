/**
 * How much room the window gives its text: its width and height in the root's own font size
 * (rem), kept current while `watch` runs. A media query's `em` is the browser's default font size
 * (Chromium's font size setting moves it), not the root's: with the text made 200% by the root's
 * size (a reader's style sheet, or a text-size extension; the e2e text-zoom tests' way) Study at
 * 320×568 kept the navigation and the verdict's pinned grades, 272 of the 568 px (48%; outsider
 * student, issue 14). Measured in the root's size, the same window is short for its text whichever
 * way the text was made large; page zoom shrinks the window in CSS px, which this sees too.
 */

/** The window's size in rem (`Infinity` until `watch` measured it, and on the server). */
class TextRoom {
	width = $state(Infinity);
	height = $state(Infinity);
	#watchers = 0;
	#stop: (() => void) | null = null;

	/**
	 * Measures now and again whenever the window's size or the root's font size changes (a
	 * ResizeObserver on a hidden 1 rem probe), until the returned function is called; made for an
	 * `$effect`, whose cleanup it is. Watches nest: the last to stop ends the watch.
	 */
	watch(): () => void {
		if (this.#watchers++ === 0) this.#stop = this.#start();
		let stopped = false;
		return () => {
			if (stopped) return;
			stopped = true;
			if (--this.#watchers === 0) {
				this.#stop?.();
				this.#stop = null;
			}
		};
	}

	#start(): () => void {
		const probe = document.createElement('div');
		probe.setAttribute('aria-hidden', 'true');
		probe.style.cssText =
			'position:fixed;top:0;left:0;width:1rem;height:0;visibility:hidden;pointer-events:none';
		document.body.append(probe);
		const measure = () => {
			const rem = probe.getBoundingClientRect().width || 16;
			this.width = innerWidth / rem;
			this.height = innerHeight / rem;
		};
		const observer = new ResizeObserver(measure);
		observer.observe(probe);
		addEventListener('resize', measure);
		measure();
		return () => {
			observer.disconnect();
			removeEventListener('resize', measure);
			probe.remove();
		};
	}
}

/** The one watch of the window's room for its text (`TextRoom`). */
export const textRoom = new TextRoom();
