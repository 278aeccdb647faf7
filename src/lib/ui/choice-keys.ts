/**
 * The keys that pick an answer, one way for Study and the student quiz: 1–6 pick the choice in
 * that place (as shown, A = 1); on true or false, 1 or T is True and 2 or F is False (as in
 * Kahoot's and Anki's number keys). Pure.
 */

/**
 * A field where keys type text: keys there are the field's, never shortcuts. A read-only box
 * (Study's answer once checked) types nothing, so its keys are the shortcuts: an outsider from
 * Anki, back from the source passage with the focus in it, found u and Enter dead (session 21).
 */
export function isTextField(target: EventTarget | null): boolean {
	return (
		typeof HTMLElement !== 'undefined' &&
		target instanceof HTMLElement &&
		(target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) &&
		!(
			target instanceof HTMLInputElement &&
			(target.type === 'radio' || target.type === 'checkbox')
		) &&
		!(
			(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement) &&
			target.readOnly
		)
	);
}

/**
 * The place (0-based, in the order shown) that `key` picks among `count` choices, or null.
 * `kind` 'truefalse' has two places: 0 True, 1 False.
 */
export function choiceSlot(key: string, kind: 'mcq' | 'truefalse', count: number): number | null {
	if (kind === 'truefalse') {
		const lower = key.toLowerCase();
		return key === '1' || lower === 't' ? 0 : key === '2' || lower === 'f' ? 1 : null;
	}
	if (!/^[1-6]$/.test(key)) return null;
	const slot = Number(key) - 1;
	return slot < count ? slot : null;
}
