/**
 * Brings the window back to a scroll position (CSS px from the top) on a screen whose content
 * arrives after the navigation (Stats loads its charts and figures from the database): SvelteKit
 * restores the position at once, while the page is still short, so the browser clamps it to the
 * top. This scrolls as soon as the page is tall enough, and gives up when the student scrolls,
 * taps or types first (their intent wins) or after `timeoutMs` (default 5000 ms).
 * Returns a function that cancels it.
 */
export function restoreScrollWhenReady(y: number, timeoutMs = 5000): () => void {
	if (!(y > 0)) return () => {};
	const root = document.documentElement;
	let done = false;
	const observer = new ResizeObserver(() => attempt());
	const interrupt = () => finish();
	const events = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
	const timer = setTimeout(finish, timeoutMs);

	function attempt() {
		if (done) return;
		if (root.scrollHeight - root.clientHeight >= y) {
			window.scrollTo(0, y);
			finish();
		}
	}
	function finish() {
		if (done) return;
		done = true;
		observer.disconnect();
		clearTimeout(timer);
		for (const name of events) window.removeEventListener(name, interrupt);
	}

	for (const name of events) window.addEventListener(name, interrupt, { passive: true });
	observer.observe(document.body);
	attempt();
	return finish;
}
