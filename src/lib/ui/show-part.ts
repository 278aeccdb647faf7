/**
 * Brings the element `id` of `root` into view and gives it the focus, opening it first when it
 * is a closed `<details>` (its `<summary>` then takes the focus). Returns false when there is no
 * such element. Review drafts' "See the suggested sentences", and a link to one document's part.
 */
export function showPart(id: string, root: Document = document): boolean {
	const target = root.getElementById(id);
	if (!target) return false;
	if (target instanceof HTMLDetailsElement) target.open = true;
	const focusable = target instanceof HTMLDetailsElement ? target.querySelector('summary') : target;
	target.scrollIntoView({ block: 'start' });
	focusable?.focus({ preventScroll: true });
	return true;
}

/**
 * `showPart` of the part a link names after its `#` ("…/courses/review?course=u-1#suggest-0"
 * from Course saved), for a screen that draws its parts after the navigation, when SvelteKit's
 * own scroll to the hash found nothing yet. Call it once, when they are drawn. False when the
 * link names no part, or one not on the screen.
 */
export function showLinkedPart(hash: string = location.hash, root: Document = document): boolean {
	const id = decodeURIComponent(hash.replace(/^#/, ''));
	return id ? showPart(id, root) : false;
}
