import { describe, expect, it } from 'vitest';
import { mayMoveFocus } from './focus-claim';

/** A stand-in for a DOM element: connected or not, and inside `screen` or not. */
function element(name: string, connected = true, tagName = 'BUTTON') {
	return { name, isConnected: connected, tagName } as unknown as Element;
}

describe('mayMoveFocus', () => {
	const body = element('body');
	const inside = element('answer field');
	const menuItem = element('More menu item');
	const picker = element('course picker', true, 'SELECT');
	const screen = {
		contains: (el: Element) => el === inside || el === picker
	} as unknown as Element;

	it('takes focus that is nowhere: the page, no element, a removed element', () => {
		expect(mayMoveFocus(body, screen, body)).toBe(true);
		expect(mayMoveFocus(null, screen, body)).toBe(true);
		expect(mayMoveFocus(element('removed grade button', false), screen, body)).toBe(true);
	});

	it('moves focus within the screen (the last answer to the next question)', () => {
		expect(mayMoveFocus(inside, screen, body)).toBe(true);
	});

	it('leaves focus the person put outside the screen, as in the open More menu', () => {
		expect(mayMoveFocus(menuItem, screen, body)).toBe(false);
		expect(mayMoveFocus(menuItem, null, body)).toBe(false);
	});

	it('leaves focus on a list being chosen in, inside the screen too (the course picker)', () => {
		expect(mayMoveFocus(picker, screen, body)).toBe(false);
	});
});
