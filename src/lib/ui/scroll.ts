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

/**
 * The height (CSS px) of the part of a window `viewportHeight` tall that `scrollIntoView`
 * aligns to: the window less the root's `scroll-padding-top` and `scroll-padding-bottom`, given
 * as computed-style strings ("72px"; "auto" or anything unparsable counts as 0). On a phone
 * app.css pads the bottom by the fixed navigation (and Study's answer bar), so content that
 * fits the window can still end under them: at 640×400 the verdict and Next question span
 * 397 px, the padded window is 328 px, and aligning Next pushed the verdict above the top.
 * Never negative. Throws nothing.
 */
export function paddedScrollportHeight(
	viewportHeight: number,
	paddingTop: string,
	paddingBottom: string
): number {
	const px = (value: string) => {
		const parsed = Number.parseFloat(value);
		return Number.isFinite(parsed) && parsed > 0 ? parsed : 0;
	};
	return Math.max(0, viewportHeight - px(paddingTop) - px(paddingBottom));
}

/** `paddedScrollportHeight` of this window and its root element's computed scroll-padding. */
export function scrollportHeight(): number {
	const { top, bottom } = scrollportEdges();
	return bottom - top;
}

/**
 * Where the padded scrollport of this window starts and ends (viewport CSS px): the window less
 * its root's `scroll-padding-top` and `scroll-padding-bottom` (on a phone, the navigation and
 * Study's pinned answer bar). `bottom` is never above `top`.
 */
export function scrollportEdges(): { top: number; bottom: number } {
	const style = getComputedStyle(document.documentElement);
	const top = innerHeight - paddedScrollportHeight(innerHeight, style.scrollPaddingTop, '0');
	return {
		top,
		bottom:
			top + paddedScrollportHeight(innerHeight, style.scrollPaddingTop, style.scrollPaddingBottom)
	};
}

/**
 * How far to scroll the window (CSS px; positive is down) to bring `targetBottom` into view
 * without losing the screen's heading: never past the point where `headingTop` reaches the top
 * of the scrollport (`viewTop`), and up when the heading is above it already. All values are
 * viewport coordinates (`getBoundingClientRect`); `viewBottom` is where the padded scrollport
 * ends (above a phone's bottom navigation). A student's reopened result at 320×640 opened with
 * its QR code brought up whole and its heading and score scrolled away (outsider teacher): the
 * heading wins, and the code is one scroll below.
 */
export function revealKeepingHeading(
	headingTop: number,
	targetBottom: number,
	viewTop: number,
	viewBottom: number
): number {
	return Math.min(Math.max(0, targetBottom - viewBottom), headingTop - viewTop);
}

/**
 * How far to scroll the window (CSS px; positive is down) so a question's first `lines` lines
 * show: 0 when its heading's top (`headingTop`, viewport CSS px) is on screen with `lines` lines
 * of `lineHeight` px above `coverTop` (where the quiz's sticky Next row, or the window, begins);
 * else the distance that brings `blockTop` (the question's status bar, "Question 1 of 6") to
 * the top, or the heading itself when that is not enough. At 320×568 with 200% text a class
 * quiz opened on its page heading, status bar and Leave quiz, with the question below the
 * sticky Next (outsider teacher, session 34).
 */
export function questionStartScroll(
	headingTop: number,
	lineHeight: number,
	coverTop: number,
	blockTop: number,
	lines = 2
): number {
	const fits = (top: number) => top >= 0 && top + lines * lineHeight <= coverTop;
	if (fits(headingTop)) return 0;
	return fits(headingTop - blockTop) ? blockTop : headingTop;
}
