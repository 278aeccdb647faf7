import { describe, expect, it } from 'vitest';
import { wrapFocus } from './focus-trap';

describe('wrapFocus', () => {
	const items = ['remove', 'cancel'];
	/** The focused element at `at` (an index, or a half index between two). */
	const at = (where: number) => (i: number) => Math.sign(where - i);

	it('sends Tab from the last control to the first (it left the dialog once before)', () => {
		expect(wrapFocus(items, at(1), false)).toBe('remove');
	});
	it('sends Shift+Tab from the first control to the last', () => {
		expect(wrapFocus(items, at(0), true)).toBe('cancel');
	});
	it('leaves moves between controls to the browser', () => {
		expect(wrapFocus(items, at(0), false)).toBeNull();
		expect(wrapFocus(items, at(1), true)).toBeNull();
		expect(wrapFocus(['a', 'b', 'c'], at(0.5), false)).toBeNull();
	});
	it('wraps from a focused heading after the last control, or before the first', () => {
		expect(wrapFocus(items, at(1.5), false)).toBe('remove');
		expect(wrapFocus(items, at(-0.5), true)).toBe('cancel');
		// The dialog itself (before every control) tabs forward on its own.
		expect(wrapFocus(items, at(-0.5), false)).toBeNull();
	});
	it('keeps a lone control focused both ways', () => {
		expect(wrapFocus(['close'], at(0), false)).toBe('close');
		expect(wrapFocus(['close'], at(0), true)).toBe('close');
	});
	it('does nothing in a dialog with no controls', () => {
		expect(wrapFocus([], at(0), false)).toBeNull();
	});
});
