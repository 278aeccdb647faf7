/**
 * Whether a screen may move focus on its own (a question shown, a passage highlighted, a
 * summary after the last answer): only while the person's focus is nowhere (the page itself,
 * or an element that was removed) or already inside the screen's own content (`main`), but not
 * on a list (`select`) they are choosing in. Focus
 * the person put elsewhere, such as the navigation's open More menu, is theirs: Study that
 * finished loading after a tap on More focused its question and closed the menu under the
 * tap (text-zoom e2e, flaky; a person on a slow phone met the same).
 *
 * `active` is `document.activeElement`; `screen` the element whose content may take focus.
 */
export function mayMoveFocus(
	active: Element | null,
	screen: Element | null,
	body: Element | null = globalThis.document?.body ?? null
): boolean {
	if (!active || active === body || !active.isConnected) return true;
	// A list the person is choosing in keeps the focus, inside the screen too: Study's course
	// picker applies each choice at once (arrow keys included), and the new course's first
	// question took the focus after the first key (issue 12).
	if (active.tagName === 'SELECT') return false;
	return !!screen?.contains(active);
}

/** The screen's own content (`main`) for `mayMoveFocus`, found from any element in it. */
export function screenOf(element: Element | null | undefined): Element | null {
	return element?.closest('main') ?? null;
}
