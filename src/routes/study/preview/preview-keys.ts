/**
 * Preview new questions' keys, as Study's (`page-keys.ts`) and Anki's: Space or Enter shows the
 * answer, then moves on to the next question. A focused button or link keeps its own Space and
 * Enter (it does the same), a text field its own keys, and a key with Ctrl, ⌘ or Alt is left
 * to the browser. Space on the preview did nothing but scroll (outsider student, session 35).
 */

/** What a key does on the preview: show the answer, go to the next question, or nothing. */
export type PreviewKeyAction = 'reveal' | 'next' | null;

/**
 * The action of `key` (`KeyboardEvent.key`) on the preview. `on`: where the key was pressed
 * (`control`: a button, link or text field, which keeps it); `shown`: the answer is showing;
 * `hasNext`: a question comes after this one. Modifier keys: no action.
 */
export function previewKey(
	key: string,
	state: {
		on: 'control' | 'page';
		shown: boolean;
		hasNext: boolean;
		modified: boolean;
	}
): PreviewKeyAction {
	if (state.on === 'control' || state.modified) return null;
	if (key !== ' ' && key !== 'Enter') return null;
	if (!state.shown) return 'reveal';
	return state.hasNext ? 'next' : null;
}
