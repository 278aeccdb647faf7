/**
 * A focus ring wherever the app moves focus itself (WCAG 2.4.7 Focus Visible), installed once by
 * the root layout for every screen. The ring is `:focus-visible` (src/styles/base.css), and
 * Chromium's heuristic gives it to script-moved focus only when the element before had it: after a
 * click on "Add results" (no ring, a pointer) the paste's code moved focus to the first same-name
 * choice, which showed none (outsider teacher). Such an element gets `data-focus-ring` until it
 * loses focus; base.css rings `[data-focus-ring]:focus` as it rings `:focus-visible`. A control
 * the pointer itself focused (a pressed button, the field of a clicked label) gets none, as
 * before.
 */

/** The attribute base.css draws the ring for. */
export const RING_ATTRIBUTE = 'data-focus-ring';

/** What `needsRing` reads of the element that took focus and of the last pointer press. */
export interface FocusFacts {
	/** The element already matches `:focus-visible` (the browser rings it). */
	visible: boolean;
	/** It has `tabindex="-1"`: a heading or region focused for screen readers, not a control. */
	programmaticOnly: boolean;
	/**
	 * The last pointer press (since the last key) was on this element, inside it, or on a label
	 * of it: the pointer focused it, and no ring is wanted, as the browser decides too.
	 */
	pressed: boolean;
}

/** Whether the element that just took focus needs the app's ring (see the module comment). */
export function needsRing(facts: FocusFacts): boolean {
	return !facts.visible && !facts.programmaticOnly && !facts.pressed;
}

/** Whether a press on `target` focuses `element` itself: on it, inside it, or on its label. */
function pressedOn(element: Element, target: EventTarget | null): boolean {
	if (!(target instanceof Node)) return false;
	if (element.contains(target)) return true;
	const label = (target instanceof Element ? target : target.parentElement)?.closest('label');
	return !!label && label.control === element;
}

/**
 * Marks script-moved focus on `doc` with `RING_ATTRIBUTE` (see the module comment). Returns a
 * function that stops listening.
 */
export function installFocusRing(doc: Document = document): () => void {
	let pressTarget: EventTarget | null = null;
	const onPointer = (event: Event) => (pressTarget = event.target);
	const onKey = () => (pressTarget = null);
	const onFocusIn = (event: FocusEvent) => {
		const el = event.target;
		if (!(el instanceof HTMLElement || el instanceof SVGElement)) return;
		const facts: FocusFacts = {
			visible: el.matches(':focus-visible'),
			programmaticOnly: el.getAttribute('tabindex') === '-1',
			pressed: pressedOn(el, pressTarget)
		};
		if (needsRing(facts)) el.setAttribute(RING_ATTRIBUTE, '');
	};
	const onFocusOut = (event: FocusEvent) => {
		if (event.target instanceof Element) event.target.removeAttribute(RING_ATTRIBUTE);
	};
	doc.addEventListener('pointerdown', onPointer, true);
	doc.addEventListener('keydown', onKey, true);
	doc.addEventListener('focusin', onFocusIn);
	doc.addEventListener('focusout', onFocusOut);
	return () => {
		doc.removeEventListener('pointerdown', onPointer, true);
		doc.removeEventListener('keydown', onKey, true);
		doc.removeEventListener('focusin', onFocusIn);
		doc.removeEventListener('focusout', onFocusOut);
	};
}
