/**
 * A `<dialog>`'s close handler that runs only for the dialog as it is now closed. Chromium fires
 * `close` at the next animation frame after `dialog.close()`, so on a busy device the event of
 * one closing could arrive after the same dialog was opened again for a new file: the handler
 * then cleared what the new one showed (Courses' "Import “Rivers, week 1”?" lost its content and
 * its "Keep both" button under the click, courses e2e flaky at load 20). A close event that
 * comes while the dialog is open again is stale and is ignored.
 *
 * Usage: `<dialog onclose={whenClosed(() => (chosen = null))}>`.
 */
export function whenClosed<E extends Event>(handler: (event: E) => void): (event: E) => void {
	return (event) => {
		const dialog = event.currentTarget as { open?: boolean } | null;
		if (dialog?.open) return;
		handler(event);
	};
}
