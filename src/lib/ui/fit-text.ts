/**
 * Type that scales to fit a fixed box (a projected slide): the largest font size, in CSS
 * pixels, at which `fits` holds, found by bisection between `min` and `max` to within
 * half a pixel. `fits` is monotonic in practice (larger type never takes less room). Returns
 * `min` when even that does not fit (the box then scrolls, never cuts text off).
 */
export function largestFitting(fits: (px: number) => boolean, min: number, max: number): number {
	if (fits(max)) return max;
	if (!fits(min)) return min;
	let low = min;
	let high = max;
	while (high - low > 0.5) {
		const mid = (low + high) / 2;
		if (fits(mid)) low = mid;
		else high = mid;
	}
	return Math.floor(low * 2) / 2;
}

export interface FitTextOptions {
	/** Smallest and largest font size in CSS px. */
	min: number;
	max: number;
	/** Anything that changes the content (the slide's index and phase): refits when it changes. */
	key: unknown;
}

/**
 * Svelte action: sets `node`'s font size to the largest that makes its content fit its own box
 * (no vertical or horizontal overflow), again whenever its content, `key` or its box changes. The
 * node needs a definite height (e.g. a full-screen slide); children size in `em`.
 */
export function fitText(node: HTMLElement, options: FitTextOptions) {
	let current = options;
	const fits = (px: number) => {
		node.style.fontSize = `${px}px`;
		return node.scrollHeight <= node.clientHeight + 1 && node.scrollWidth <= node.clientWidth + 1;
	};
	const fit = () => {
		const size = largestFitting(fits, current.min, current.max);
		node.style.fontSize = `${size}px`;
		node.dataset.fitted = String(size);
	};
	const resized = new ResizeObserver(() => fit());
	resized.observe(node);
	// New content (the next slide) lands after `update` may run: refit on any change inside.
	// Only children are watched, not the node's own style, which `fit` itself writes.
	const changed = new MutationObserver(() => fit());
	changed.observe(node, { childList: true, subtree: true, characterData: true });
	fit();
	return {
		update(next: FitTextOptions) {
			current = next;
			fit();
		},
		destroy() {
			resized.disconnect();
			changed.disconnect();
		}
	};
}
