import { describe, expect, it } from 'vitest';
import { answerFieldAction, GRACE_MS, type FieldKey, type FieldState } from './answer-field-keys';

const key = (k: string, extra: Partial<FieldKey> = {}): FieldKey => ({
	key: k,
	repeat: false,
	isComposing: false,
	ctrlKey: false,
	metaKey: false,
	altKey: false,
	...extra
});
const fresh: FieldState = {
	answered: false,
	typed: '',
	settling: false,
	answeredBefore: true,
	sinceShownMs: 200
};

describe('answerFieldAction', () => {
	it('does not type a grade key pressed as the question appeared after a grade', () => {
		// Outsider student, session 23: "4" (Easy, out of Anki habit) went into the next answer.
		for (const digit of ['1', '2', '3', '4'])
			expect(answerFieldAction(key(digit), fresh)).toBe('stray-grade');
		expect(answerFieldAction(key('u'), fresh)).toBe('undo');
	});

	it('types digits and u once the question has been up a while, or into a started answer', () => {
		const later = { ...fresh, sinceShownMs: GRACE_MS };
		expect(answerFieldAction(key('1'), later)).toBeNull();
		expect(answerFieldAction(key('u'), later)).toBeNull();
		expect(answerFieldAction(key('9'), fresh)).toBeNull();
		expect(answerFieldAction(key('5'), fresh)).toBeNull();
		expect(answerFieldAction(key('1'), { ...fresh, typed: '1' })).toBeNull();
		// The first question of a session: nothing before it to grade or undo.
		expect(answerFieldAction(key('1'), { ...fresh, answeredBefore: false })).toBeNull();
		expect(answerFieldAction(key('u'), { ...fresh, answeredBefore: false })).toBeNull();
	});

	it('shows the answer on Enter in an empty field, never on a held or doubled Enter', () => {
		expect(answerFieldAction(key('Enter'), { ...fresh, sinceShownMs: GRACE_MS })).toBe(
			'show-answer'
		);
		// The first question of a session: no card before it to have meant the Enter for.
		expect(answerFieldAction(key('Enter'), { ...fresh, answeredBefore: false })).toBe(
			'show-answer'
		);
		expect(answerFieldAction(key('Enter', { repeat: true }), fresh)).toBe('ignore');
		expect(answerFieldAction(key('Enter'), { ...fresh, settling: true })).toBe('ignore');
		expect(answerFieldAction(key('Enter', { isComposing: true }), fresh)).toBeNull();
		expect(answerFieldAction(key('Enter'), { ...fresh, typed: 'Cyprus' })).toBeNull();
	});

	it('does not show the answer on an Enter just after the card changed, and says so', () => {
		// Two tabs (outsider student, session 34): Enter's answer was refused as answered in the
		// other tab, the next card came at once, and the habitual second Enter, in its empty box,
		// showed its answer and counted it Again.
		expect(answerFieldAction(key('Enter'), fresh)).toBe('stray-enter');
		expect(answerFieldAction(key('Enter'), { ...fresh, sinceShownMs: GRACE_MS - 1 })).toBe(
			'stray-enter'
		);
		// Typed, Enter checks as ever.
		expect(answerFieldAction(key('Enter'), { ...fresh, typed: 'Belgium' })).toBeNull();
	});

	it('undoes on Ctrl or ⌘+Z in an empty field, at any time', () => {
		const later = { ...fresh, sinceShownMs: 60_000, answeredBefore: false };
		expect(answerFieldAction(key('z', { ctrlKey: true }), later)).toBe('undo');
		expect(answerFieldAction(key('Z', { metaKey: true }), later)).toBe('undo');
		expect(answerFieldAction(key('z', { ctrlKey: true }), { ...later, typed: 'x' })).toBeNull();
		expect(answerFieldAction(key('1', { altKey: true }), fresh)).toBeNull();
	});
});
