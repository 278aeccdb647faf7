import { describe, expect, it } from 'vitest';
import { heldBack } from './settle-keys';

describe('keys held back while Study settles (issue 14, outsider from Anki)', () => {
	it('holds back every key that answers, grades or goes on after a question or a verdict', () => {
		// 2 then 2 graded Hard, 2 then 3 graded Good, 2 then Enter went on: all before the verdict.
		for (const cause of ['question', 'verdict'] as const)
			for (const key of [' ', 'Enter', '1', '2', '3', '4', '5', '6', 't', 'T', 'f', 'F'])
				expect(heldBack(key, cause, false), `${key} after a ${cause}`).toBe(true);
	});

	it('lets a grade key act on a back that just appeared, but not a second Space or Enter', () => {
		// Space then 3 about 150 ms later: Good, as in Anki (session 30's outsider); Space twice
		// would grade Good a back not yet seen.
		for (const key of ['1', '2', '3', '4']) expect(heldBack(key, 'back', false), key).toBe(false);
		for (const key of [' ', 'Enter', '5', 't'])
			expect(heldBack(key, 'back', false), key).toBe(true);
	});

	it('never holds back Undo for settling: u right after a grade takes it back', () => {
		expect(heldBack('u', 'verdict', false)).toBe(false);
		expect(heldBack('U', 'question', false)).toBe(false);
	});

	it('holds back a held key at any time, Undo and a grade on a back too', () => {
		for (const key of ['Enter', '3', 'u', ' ']) expect(heldBack(key, null, true), key).toBe(true);
		expect(heldBack('3', 'back', true)).toBe(true);
	});

	it('lets every key act once settled, and never holds back Tab, the arrows or Escape', () => {
		for (const key of [' ', 'Enter', '2', 't', 'u'])
			expect(heldBack(key, null, false), key).toBe(false);
		for (const key of ['Tab', 'ArrowDown', 'PageDown', 'Shift', 'Escape', 'a'])
			expect(heldBack(key, 'question', false), key).toBe(false);
	});
});
