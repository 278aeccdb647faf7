/**
 * Whether a keyboard is likely, for the key hints on buttons ("Show answer Space", grades 1–4,
 * "Undo U"): base.css shows a `kbd` hint only on a device with a fine pointer that hovers (a
 * laptop, a desktop) or once `KEYBOARD_SEEN` is on `<html>`: after the first key pressed outside
 * a text field (a phone or tablet with a keyboard attached). A touch-only phone showed "Space"
 * and "1"–"4" it has no keys for (issue 12, a student from Anki). Installed once by the root
 * layout, for every screen.
 */
import { isTextField } from './choice-keys';

/** The class on `<html>` once a keyboard was seen (base.css reads it). */
export const KEYBOARD_SEEN = 'keyboard-seen';

/**
 * Whether `key` (a `KeyboardEvent.key`) pressed outside a text field or in one says a keyboard
 * is attached: any key outside a field (Anki's grade keys and Space among them, so a phone
 * with a keyboard learns that 1–4 choose on a multiple-choice card before it presses 3 meaning
 * Good: an outsider student from Anki did). An on-screen keyboard opens only in a text field
 * (on iOS it sends real keys there), and its composing keys read `Unidentified` or `Process`
 * (Android), so neither counts. Pure.
 */
export function showsKeyboard(key: string, inTextField: boolean): boolean {
	return !inTextField && key !== '' && key !== 'Unidentified' && key !== 'Process';
}

/** `showsKeyboard` for a key event, its target read as `isTextField` reads it. */
export function isKeyboardPress(event: Pick<KeyboardEvent, 'key' | 'target'>): boolean {
	return showsKeyboard(event.key, isTextField(event.target));
}

/**
 * Puts `KEYBOARD_SEEN` on `doc`'s root at the first `isKeyboardPress`, then stops listening.
 * Returns a function that stops listening sooner.
 */
export function installKeyboardSeen(doc: Document = document): () => void {
	const onKey = (event: KeyboardEvent) => {
		if (!isKeyboardPress(event)) return;
		doc.documentElement.classList.add(KEYBOARD_SEEN);
		stop();
	};
	const stop = () => doc.removeEventListener('keydown', onKey, true);
	doc.addEventListener('keydown', onKey, true);
	return stop;
}
