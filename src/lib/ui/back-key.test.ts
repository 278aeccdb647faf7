import { describe, expect, it } from 'vitest';
import { isBackKey, type BackKeyEvent } from './back-key';

function press(key: string, more: Partial<BackKeyEvent> = {}): BackKeyEvent {
	return {
		key,
		defaultPrevented: false,
		ctrlKey: false,
		metaKey: false,
		altKey: false,
		shiftKey: false,
		...more
	};
}

const page = { inTextField: false, dialogOpen: false };

describe('Escape back from a source passage (issue 14)', () => {
	it('is Escape on the page, with no dialog open and no modifier', () => {
		expect(isBackKey(press('Escape'), page)).toBe(true);
		expect(isBackKey(press('Enter'), page)).toBe(false);
		expect(isBackKey(press('Escape'), { ...page, dialogOpen: true })).toBe(false);
		expect(isBackKey(press('Escape', { ctrlKey: true }), page)).toBe(false);
		expect(isBackKey(press('Escape', { defaultPrevented: true }), page)).toBe(false);
	});

	it('leaves Escape to a text field', () => {
		expect(isBackKey(press('Escape'), { ...page, inTextField: true })).toBe(false);
	});
});
