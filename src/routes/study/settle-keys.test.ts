import { describe, expect, it } from 'vitest';
import { heldBack } from './settle-keys';

describe('keys held back while Study settles (issue 14, outsider from Anki)', () => {
	it('holds back every key that answers, grades or goes on, not only a repeat', () => {
		// 2 then 2 graded Hard, 2 then 3 graded Good, 2 then Enter went on: all before the verdict.
		for (const key of [' ', 'Enter', '1', '2', '3', '4', '5', '6', 't', 'T', 'f', 'F'])
			expect(heldBack(key, true, false), key).toBe(true);
	});

	it('never holds back Undo for settling: u right after a grade takes it back', () => {
		expect(heldBack('u', true, false)).toBe(false);
		expect(heldBack('U', true, false)).toBe(false);
	});

	it('holds back a held key at any time, Undo too', () => {
		for (const key of ['Enter', '3', 'u', ' ']) expect(heldBack(key, false, true), key).toBe(true);
	});

	it('lets every key act once settled, and never holds back Tab, the arrows or Escape', () => {
		for (const key of [' ', 'Enter', '2', 't', 'u'])
			expect(heldBack(key, false, false), key).toBe(false);
		for (const key of ['Tab', 'ArrowDown', 'PageDown', 'Shift', 'Escape', 'a'])
			expect(heldBack(key, true, false), key).toBe(false);
	});
});
