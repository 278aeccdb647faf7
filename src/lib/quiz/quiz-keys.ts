/**
 * What a key does on a student's quiz question, as in Kahoot and Moodle (outsider teacher, issue
 * 14: Enter on a chosen answer did nothing). Pure: the screen (TakeQuiz) reads the event and the
 * run into a `QuizKeyPress` and does what this returns.
 */
import { choiceSlot } from '$lib/ui/choice-keys';
import type { AskedType } from './types';

/** A key press as the quiz screen sees it. */
export interface QuizKeyPress {
	/** `KeyboardEvent.key`. */
	key: string;
	/** Held down (auto-repeat) or mid-composition (an IME): such presses do nothing. */
	repeat: boolean;
	composing: boolean;
	/** Ctrl, Meta (⌘) or Alt held: the browser's or the system's shortcut, not the quiz's. */
	modified: boolean;
	/**
	 * Where the key went: a text field types (its Enter is `typedEnterAction`'s), a button or link
	 * keeps its own Enter and Space, anything else is the question's.
	 */
	target: 'text' | 'control' | 'other';
	/** The leave dialog or the hand-in question is open: nothing is read. */
	asking: boolean;
}

/** The question on screen, as far as keys go. */
export interface QuizKeyQuestion {
	type: AskedType;
	/** How many choices are shown (multiple choice, choose all that apply), in the order shown. */
	choices: number;
	/** An answer is chosen or typed. */
	answered: boolean;
	/** The last question: Enter stops at Finish, so one key never hands a quiz in. */
	last: boolean;
}

/**
 * `choose`: pick the choice in place `slot` (0-based, as shown; `choiceSlot`); `next`: the next
 * question; `finish`: move focus to Finish (never hand in).
 */
export type QuizKeyAction = { kind: 'choose'; slot: number } | { kind: 'next' | 'finish' } | null;

/**
 * What `press` does on `question`: 1–6 (and T/F on true or false) choose; on a "choose all that
 * apply" question 1–9 and 0 (the tenth) tick or untick the choice in that place; Enter, once an
 * answer is chosen, goes on, on the last question only to Finish. Null: the key is not the quiz's.
 */
export function quizKeyAction(press: QuizKeyPress, question: QuizKeyQuestion): QuizKeyAction {
	if (press.composing || press.repeat || press.modified || press.asking) return null;
	if (press.target !== 'other') return null;
	if (question.type === 'multi' && /^[0-9]$/.test(press.key)) {
		const slot = press.key === '0' ? 9 : Number(press.key) - 1;
		return slot < question.choices ? { kind: 'choose', slot } : null;
	}
	if (question.type === 'mcq' || question.type === 'truefalse') {
		const count = question.type === 'mcq' ? question.choices : 2;
		const slot = choiceSlot(press.key, question.type, count);
		if (slot !== null) return { kind: 'choose', slot };
	}
	return press.key === 'Enter' && question.answered ? goOn(question.last) : null;
}

/**
 * Enter in a typed answer's box: it adds no line break (an answer is one line), and with an
 * answer typed it goes on as Enter on a chosen answer does (a keyboard-only student was stuck on
 * typed questions: outsider teacher). Null for any other key: the box keeps it. `prevent`: the
 * key's default (a line break) is stopped.
 */
export function typedEnterAction(
	press: Pick<QuizKeyPress, 'key' | 'repeat' | 'composing'>,
	question: Pick<QuizKeyQuestion, 'answered' | 'last'>
): { prevent: true; then: QuizKeyAction } | null {
	if (press.key !== 'Enter' || press.composing) return null;
	if (!question.answered || press.repeat) return { prevent: true, then: null };
	return { prevent: true, then: goOn(question.last) };
}

function goOn(last: boolean): QuizKeyAction {
	return { kind: last ? 'finish' : 'next' };
}

/** The keys hint's ending: on the last question Enter stops at Finish, and the hint says so. */
export function goOnKeysHint(last: boolean): string {
	return last ? 'Enter to reach Finish, Enter again to hand in' : 'Enter to go on';
}
