/**
 * Keeps Tab inside an open modal `<dialog>`, for every dialog of the app at once (installed by
 * the root layout). Chromium's native modal lets Tab past the last control leave the dialog for
 * the browser's own toolbar before it cycles back (outsider teacher, ConfirmDialog: Tab from
 * Cancel left once); WAI-ARIA's dialog pattern wants Tab from the last control to go to the
 * first, Shift+Tab from the first to the last.
 */

/** What the keyboard reaches with Tab inside a dialog (disabled and hidden controls aside). */
export const TABBABLE = [
	'a[href]',
	'button:not([disabled])',
	'input:not([disabled]):not([type="hidden"])',
	'select:not([disabled])',
	'textarea:not([disabled])',
	'summary',
	'[contenteditable="true"]',
	'[tabindex]:not([tabindex="-1"])'
].join(', ');

/**
 * Where Tab must go instead of where the browser would send it, or null to let the browser
 * move (inside the list, it follows the page's order). `tabbable` is in document order;
 * `position(i)` says whether the focused element is before (< 0), at (0) or after (> 0)
 * `tabbable[i]` in that order. Forward from the last or beyond: the first; backward from the
 * first or before it: the last. Empty list: null.
 */
export function wrapFocus<T>(
	tabbable: readonly T[],
	position: (index: number) => number,
	backwards: boolean
): T | null {
	if (!tabbable.length) return null;
	const last = tabbable.length - 1;
	if (backwards) return position(0) <= 0 ? tabbable[last] : null;
	return position(last) >= 0 ? tabbable[0] : null;
}

/**
 * The dialog's controls Tab reaches, in document order: visible ones, and of a radio group
 * only the checked radio (or the first when none is), as the browser tabs to it.
 */
export function tabbableIn(root: HTMLElement): HTMLElement[] {
	const seenGroups = new Set<string>();
	const candidates = [...root.querySelectorAll<HTMLElement>(TABBABLE)].filter(
		(el) => el.getClientRects().length > 0 && !el.closest('[inert]')
	);
	return candidates.filter((el) => {
		if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
		const group = candidates.filter(
			(other) =>
				other instanceof HTMLInputElement && other.type === 'radio' && other.name === el.name
		) as HTMLInputElement[];
		const chosen = group.find((radio) => radio.checked) ?? group[0];
		if (seenGroups.has(el.name)) return false;
		if (chosen !== el) return false;
		seenGroups.add(el.name);
		return true;
	});
}

/** The open modal dialog on top (the last one opened), or null. */
function topModal(doc: Document): HTMLDialogElement | null {
	const open = [...doc.querySelectorAll<HTMLDialogElement>('dialog[open]')].filter((d) =>
		d.matches(':modal')
	);
	return open.at(-1) ?? null;
}

/**
 * Listens for Tab on `doc` and wraps it inside the open modal dialog, if any. Returns a function
 * that stops listening.
 */
export function installModalFocusTrap(doc: Document = document): () => void {
	const onKey = (event: KeyboardEvent) => {
		if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey) return;
		const dialog = topModal(doc);
		if (!dialog) return;
		const active = doc.activeElement;
		const items = tabbableIn(dialog);
		const position = (i: number) => {
			if (!active || active === items[i]) return 0;
			if (!dialog.contains(active)) return event.shiftKey ? -1 : 1;
			const order = items[i].compareDocumentPosition(active);
			return order & Node.DOCUMENT_POSITION_FOLLOWING ? 1 : -1;
		};
		const target = wrapFocus(items, position, event.shiftKey);
		if (!target) return;
		event.preventDefault();
		target.focus();
	};
	doc.addEventListener('keydown', onKey);
	return () => doc.removeEventListener('keydown', onKey);
}
