import { describe, expect, it } from 'vitest';
import {
	goOnKeysHint,
	quizKeyAction,
	typedEnterAction,
	type QuizKeyPress,
	type QuizKeyQuestion
} from './quiz-keys';

const press = (key: string, more: Partial<QuizKeyPress> = {}): QuizKeyPress => ({
	key,
	repeat: false,
	composing: false,
	modified: false,
	target: 'other',
	asking: false,
	...more
});
const mcq: QuizKeyQuestion = { type: 'mcq', choices: 4, answered: false, last: false };

describe('quizKeyAction', () => {
	it('chooses by place on multiple choice, only among the choices shown', () => {
		expect(quizKeyAction(press('1'), mcq)).toEqual({ kind: 'choose', slot: 0 });
		expect(quizKeyAction(press('4'), mcq)).toEqual({ kind: 'choose', slot: 3 });
		expect(quizKeyAction(press('5'), mcq)).toBeNull();
	});

	it('chooses True with 1 or T and False with 2 or F', () => {
		const tf: QuizKeyQuestion = { ...mcq, type: 'truefalse', choices: 0 };
		expect(quizKeyAction(press('t'), tf)).toEqual({ kind: 'choose', slot: 0 });
		expect(quizKeyAction(press('2'), tf)).toEqual({ kind: 'choose', slot: 1 });
		expect(quizKeyAction(press('3'), tf)).toBeNull();
	});

	it('reads no number on a typed question', () => {
		expect(quizKeyAction(press('1'), { ...mcq, type: 'short' })).toBeNull();
	});

	it('goes on with Enter once answered, and on the last question only to Finish', () => {
		expect(quizKeyAction(press('Enter'), mcq)).toBeNull();
		expect(quizKeyAction(press('Enter'), { ...mcq, answered: true })).toEqual({ kind: 'next' });
		expect(quizKeyAction(press('Enter'), { ...mcq, answered: true, last: true })).toEqual({
			kind: 'finish'
		});
	});

	it('leaves keys alone in fields, on buttons, with modifiers, repeats, IMEs and while asking', () => {
		const answered = { ...mcq, answered: true };
		for (const more of [
			{ target: 'text' as const },
			{ target: 'control' as const },
			{ modified: true },
			{ repeat: true },
			{ composing: true },
			{ asking: true }
		]) {
			expect(quizKeyAction(press('1', more), answered)).toBeNull();
			expect(quizKeyAction(press('Enter', more), answered)).toBeNull();
		}
	});
});

describe('typedEnterAction', () => {
	const typed = { answered: true, last: false };

	it('keeps every other key for the box', () => {
		expect(typedEnterAction(press('a'), typed)).toBeNull();
		expect(typedEnterAction(press('Enter', { composing: true }), typed)).toBeNull();
	});

	it('never breaks the line, and goes on only with an answer typed', () => {
		expect(typedEnterAction(press('Enter'), { ...typed, answered: false })).toEqual({
			prevent: true,
			then: null
		});
		expect(typedEnterAction(press('Enter', { repeat: true }), typed)).toEqual({
			prevent: true,
			then: null
		});
		expect(typedEnterAction(press('Enter'), typed)).toEqual({
			prevent: true,
			then: { kind: 'next' }
		});
		expect(typedEnterAction(press('Enter'), { answered: true, last: true })?.then).toEqual({
			kind: 'finish'
		});
	});
});

describe('goOnKeysHint', () => {
	it('says that Enter stops at Finish on the last question', () => {
		expect(goOnKeysHint(false)).toBe('Enter to go on');
		expect(goOnKeysHint(true)).toBe('Enter to reach Finish, Enter again to hand in');
	});
});
