/**
 * Where the page goes when a verdict appears under a question (`FeedbackPanel`): only as far
 * down as the verdict needs, keeping what was answered in view where it fits. The page scrolled
 * a multiple-choice question and the option tapped away at 390×844, leaving only the verdict and
 * the key in view (outsider from Anki, issue 14, fault 6): the verdict's own scroll margin and the
 * page's scroll padding each made room for the answer bar, so it rose 160 px too far.
 */

/** A vertical span in viewport coordinates (CSS px, `getBoundingClientRect`). */
export interface Span {
	top: number;
	bottom: number;
}

/**
 * How far to scroll the window (CSS px; positive is down) once a verdict shows. `keep`: the tops
 * of what should stay in view, most wanted first (the question's start, the option chosen, its
 * mark, a typed answer's field); `verdict`: what of the verdict must show, from its heading down
 * to the line that gives the answer ("Answer: …"), or null where nothing of it must (a right
 * choice whose mark, ✓ Correct answer, is in view on a phone: it says the answer where it was
 * tapped); `wantBottom`: the bottom of all that should show (the verdict's box on a phone, where
 * the answer bar is pinned; with the bar in the page, its buttons); `view`: the part of the
 * window not under the navigation, the pinned bar or the top edge's margin (the scrollport less
 * the root's scroll-padding).
 *
 * With `verdict` null: as far toward everything wanted as the first of `keep` in view allows, so
 * what the student was reading stays and nothing jumps (0 when none is in view: an option taller
 * than the screen, tapped in its middle, stays where it was). After the built-in course's
 * longest question at 320×568 with 200% text the page jumped about 2,800 px to the verdict's box,
 * and at 390×844 the question's start went 107 px above the screen (outsider from Anki, issue
 * 14, session 30).
 * Else, in order: everything wanted while the first of `keep` that can stays in view; else the
 * first of `keep` after the question's start at the top with as much of the verdict as fits
 * (down to its answer at least); else the verdict from its start. Never further than everything
 * wanted needs (0 when it is all in view already). Pure; throws nothing.
 */
export function verdictScroll(
	keep: readonly number[],
	verdict: Span | null,
	wantBottom: number,
	view: Span
): number {
	const want = Math.max(0, wantBottom - view.bottom);
	if (verdict === null) {
		const top = keep.find((top) => top >= view.top && top <= view.bottom);
		return top === undefined ? 0 : Math.min(want, top - view.top);
	}
	const heading = Math.max(0, verdict.bottom - view.bottom);
	for (const top of keep) if (top >= view.top && top - view.top >= want) return want;
	// The question's start gives way first: the option chosen (or its mark) and the heading.
	for (const top of keep.slice(1))
		if (top >= view.top && top - view.top >= heading) return Math.min(want, top - view.top);
	return Math.min(want, verdict.top - view.top);
}

/**
 * `delta` (CSS px, from `verdictScroll`) changed so that, after a wrong choice, the right
 * option's mark (`mark`, ✓ Correct answer, viewport CSS px) is in `view` with the verdict
 * (`verdict`: its heading down to the line that gives the answer), where the two fit in it
 * together: the scroll nearest `delta` that shows both, up if the mark lies above. Where they
 * do not fit (long options at 200% text put them 1,000 px and more apart), `delta` is kept: the
 * verdict's "Answer: …" says it. At 390×844 with 200% text a wrong fourth option left the right
 * third one's mark 20 px above the screen, and at 320×640 the verdict alone showed (zoom35,
 * issue 14). Pure; throws nothing.
 */
export function keepRightMark(delta: number, mark: Span | null, verdict: Span, view: Span): number {
	if (!mark) return delta;
	// Every scroll that leaves the mark and the verdict whole in the view.
	const least = Math.max(mark.bottom, verdict.bottom) - view.bottom;
	const most = Math.min(mark.top, verdict.top) - view.top;
	if (least > most) return delta;
	return Math.min(most, Math.max(least, delta));
}

/**
 * `delta` (CSS px, from `verdictScroll`) changed so that no box of `above` ends up cut by the
 * window's top edge `edge` (viewport px): a box the scroll would leave straddling it (Undo,
 * above the card: half of it showed at 390×844 after a fill-the-blank answer, outsider student
 * from Anki, session 33) goes wholly above the edge, scrolling on by the part of it still below;
 * where the page cannot scroll that far (`room`, px it can still scroll down), the scroll stops
 * short instead, so the box shows whole. Boxes lie above what `verdictScroll` keeps, so scrolling
 * on by no more than a box's cut part hides nothing below it. Pure; throws nothing.
 */
export function clearTopEdge(
	delta: number,
	above: readonly Span[],
	edge: number,
	room: number = Infinity
): number {
	let result = delta;
	for (const box of above) {
		const top = box.top - result;
		const bottom = box.bottom - result;
		if (!(top < edge && bottom > edge)) continue;
		if (result + (bottom - edge) <= room) result += bottom - edge;
		else result -= edge - top;
	}
	return result;
}

/**
 * `clearTopEdge` for a scroll of `delta` (CSS px) that brings an answer into view under `card`
 * (the question's article): what lies above the card on the Study screen (its counts and Undo,
 * a notice: the card's earlier siblings) is left wholly above the top edge `edge` or wholly
 * below it. Reads the layout; a scroll up (`delta` ≤ 0) is returned as it is.
 */
export function keepAboveUncut(
	delta: number,
	card: Element | null | undefined,
	edge: number
): number {
	if (delta <= 0 || !card) return delta;
	const above: Span[] = [];
	for (let el = card.previousElementSibling; el; el = el.previousElementSibling)
		above.push(el.getBoundingClientRect());
	const room = document.documentElement.scrollHeight - innerHeight - scrollY;
	return clearTopEdge(delta, above, edge, room);
}
