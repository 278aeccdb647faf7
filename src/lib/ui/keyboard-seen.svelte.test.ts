// In the browser project (a real DOM): the press is read off real elements and events.
import { afterEach, describe, expect, it } from 'vitest';
import { installKeyboardSeen, isKeyboardPress, KEYBOARD_SEEN } from './keyboard-seen';

const root = () => document.documentElement;

describe('isKeyboardPress', () => {
	it('counts a key outside a text field, not one typed into a field or left unnamed', () => {
		const field = document.createElement('input');
		const button = document.createElement('button');
		expect(isKeyboardPress({ key: ' ', target: button })).toBe(true);
		expect(isKeyboardPress({ key: '1', target: document.body })).toBe(true);
		expect(isKeyboardPress({ key: 'a', target: field })).toBe(false);
		expect(isKeyboardPress({ key: 'Unidentified', target: button })).toBe(false);
		expect(isKeyboardPress({ key: 'Process', target: document.body })).toBe(false);
	});
});

describe('installKeyboardSeen', () => {
	afterEach(() => root().classList.remove(KEYBOARD_SEEN));

	it('marks the page at the first key outside a field, and not before', () => {
		const stop = installKeyboardSeen();
		const field = document.body.appendChild(document.createElement('textarea'));
		field.dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
		expect(root().classList.contains(KEYBOARD_SEEN)).toBe(false);
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
		expect(root().classList.contains(KEYBOARD_SEEN)).toBe(true);
		stop();
		field.remove();
	});

	it('does nothing once stopped', () => {
		installKeyboardSeen()();
		document.body.dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
		expect(root().classList.contains(KEYBOARD_SEEN)).toBe(false);
	});
});
