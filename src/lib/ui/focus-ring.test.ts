import { describe, expect, it } from 'vitest';
import { needsRing } from './focus-ring';

describe('needsRing', () => {
	it('rings a control the app focused after a click elsewhere (the first same-name choice)', () => {
		expect(needsRing({ visible: false, programmaticOnly: false, pressed: false })).toBe(true);
	});
	it('adds nothing where the browser already rings it (keyboard focus)', () => {
		expect(needsRing({ visible: true, programmaticOnly: false, pressed: false })).toBe(false);
	});
	it('leaves a control the pointer itself focused without a ring, as the browser does', () => {
		expect(needsRing({ visible: false, programmaticOnly: false, pressed: true })).toBe(false);
	});
	it('never rings a heading focused for screen readers (tabindex -1)', () => {
		expect(needsRing({ visible: false, programmaticOnly: true, pressed: false })).toBe(false);
	});
});
