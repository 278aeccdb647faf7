import { describe, expect, it } from 'vitest';
import { showsKeyboard } from './keyboard-seen';

describe('a key that shows a keyboard is attached (key hints on a touch screen)', () => {
	it('is any key pressed outside a text field, Anki’s grade keys and Space among them', () => {
		for (const key of [' ', 'Enter', '1', '3', 'u', 'Tab', 'ArrowDown', 'Shift'])
			expect(showsKeyboard(key, false), key).toBe(true);
	});

	it('is not an on-screen keyboard: typing in a field, or its composing keys', () => {
		for (const key of ['a', '3', 'Enter']) expect(showsKeyboard(key, true), key).toBe(false);
		for (const key of ['Unidentified', 'Process', ''])
			expect(showsKeyboard(key, false), key).toBe(false);
	});
});
