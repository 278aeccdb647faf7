/**
 * Escape on a source passage opened from a question goes back to it (issue 14, an outsider
 * from Anki on a laptop: there was no key back from the passage to the card). Not while a text
 * field has the key (Escape is the field's: `isTextField`), a dialog is open (Escape closes it),
 * or a modifier is held. Pure.
 */

/** What `isBackKey` reads of a key press. */
export type BackKeyEvent = Pick<
	KeyboardEvent,
	'key' | 'defaultPrevented' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'
>;

/** Whether `event` asks to go back to the screen the passage was opened from. */
export function isBackKey(
	event: BackKeyEvent,
	where: { inTextField: boolean; dialogOpen: boolean }
): boolean {
	return (
		event.key === 'Escape' &&
		!event.defaultPrevented &&
		!where.dialogOpen &&
		!where.inTextField &&
		!(event.ctrlKey || event.metaKey || event.altKey || event.shiftKey)
	);
}
