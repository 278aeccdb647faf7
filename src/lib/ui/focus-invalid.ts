import { tick } from 'svelte';

/** The fields a form marks wrong (`aria-invalid="true"`, with `aria-describedby` its message). */
const INVALID = '[aria-invalid="true"]';

/**
 * After a form shows its errors: focus moves to the first field marked invalid inside `root`
 * (else to the first element matching `fallback`, a form-wide message), once the screen has
 * drawn them (`tick`). A screen reader then reads the field and its message, and the keyboard
 * is where the fix is typed; left on the submit button, a student pressed it again and again
 * (issue 12/14: the quiz's empty name). Does nothing when nothing matches.
 */
export async function focusFirstInvalid(
	root: ParentNode | null | undefined,
	fallback?: string
): Promise<void> {
	await tick();
	const scope = root ?? document;
	const target =
		scope.querySelector<HTMLElement>(INVALID) ??
		(fallback ? scope.querySelector<HTMLElement>(fallback) : null);
	target?.focus();
}
