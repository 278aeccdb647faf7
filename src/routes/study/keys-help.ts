/**
 * The Study screen's keys line: what each key does at this moment, Anki's habits first. Space
 * or Enter is the one key to go forward: it shows a flashcard's answer, then grades Good; once
 * a verdict shows it goes on (Good after a right answer, as in Anki; after a wrong one 1 goes on
 * too, and 2–4 say why they do not grade it). On an unanswered choice
 * question it answers nothing (there is no answer to show without choosing one) and says how to
 * choose; a focused button keeps its own Space and Enter (a focused choice is chosen). Pure.
 */
import type { Question } from '$lib/content/schema';
import { TYPE_LABELS } from '$lib/content/type-labels';
import type { RatingValue } from '$lib/db/records';
import { GRADE_LABELS } from './labels';

/** Where the question is: waiting for an answer (`revealed` for a flashcard's back), or its verdict. */
export interface KeysMoment {
	type: Question['type'];
	phase: 'question' | 'feedback';
	/** A flashcard's answer is shown. */
	revealed: boolean;
	/** The verdict was right (feedback phase). */
	correct: boolean;
	/** A wrong verdict offers "I was right" (`Feedback.canOverrule`: a typed answer marked wrong). */
	canOverrule?: boolean;
	/** Choices shown (multiple choice). */
	choices: number;
}

const UNDO = 'U undoes the last answer.';

/** The keys that choose an answer, in words (`choiceSlot`'s keys). */
function chooseKeys(type: Question['type'], choices: number): string {
	return type === 'truefalse' ? '1 or T for True, 2 or F for False' : `1–${choices} to choose`;
}

/**
 * What 2–4 do after a wrong answer, in words: nothing until the answer counts as right. Anki
 * lets any grade follow a typed answer; here the marking is the app's, and a grade key pressed
 * out of habit must not turn a wrong answer right unseen (an outsider from Anki pressed 3 after
 * "Not quite" and nothing said why nothing happened). "I was right" is that decision, then the
 * grades work as after a right answer.
 */
function wrongGrades(canOverrule = false): string {
	return canOverrule
		? '2–4 grade a right answer: choose I was right first if yours was.'
		: '2–4 grade a right answer only.';
}

/**
 * What pressing grade key `key` ('2'–'4') after a wrong answer says, beside the verdict's
 * "Counted as Again": why it did nothing, and what does. `canOverrule`: "I was right" is offered.
 */
export function wrongGradeText(key: '2' | '3' | '4', canOverrule: boolean): string {
	const label = GRADE_LABELS[Number(key) as RatingValue];
	const why = `${label} (${key}) is for a right answer; this one was marked wrong, so it counts as Again.`;
	return canOverrule
		? `${why} If your answer was right, choose I was right, then grade it. Space, Enter or 1 goes on.`
		: `${why} Space, Enter or 1 goes on.`;
}

/** The keys line for `moment`, one sentence or two, for a keyboard user (hidden on touch screens). */
export function studyKeysLine(moment: KeysMoment): string {
	const { type } = moment;
	if (moment.phase === 'feedback')
		return moment.correct
			? `Keys: Space or Enter: Good, next question; 1 Again, 2 Hard, 4 Easy. ${UNDO}`
			: `Keys: Space, Enter or 1: next question (counted as Again). ${wrongGrades(moment.canOverrule)} ${UNDO}`;
	if (type === 'flashcard')
		return moment.revealed
			? `Keys: 1 Again, 2 Hard, 3 Good, 4 Easy; Space or Enter: Good. ${UNDO}`
			: `Keys: Space or Enter shows the answer. ${UNDO}`;
	if (type === 'mcq' || type === 'truefalse')
		return `Keys: ${chooseKeys(type, moment.choices)} (or Tab to a choice and press Space); then Space or Enter goes on. ${UNDO}`;
	return `Keys: Enter checks your answer, or with the box empty shows the answer (counted as Again); Escape leaves the box, then ${UNDO}`;
}

/**
 * Whether `key` (a `KeyboardEvent.key`), pressed on Study outside a text field, shows a keyboard
 * is attached: the keys line, hidden on a touch screen (`hover: none`), then shows there too, so
 * a phone or tablet with a keyboard learns that 1–4 choose on a multiple-choice card before it
 * presses 3 meaning Good (an outsider student from Anki did; the line showed only after Space).
 * An on-screen keyboard opens only in a text field, and its composing keys read `Unidentified`
 * or `Process` (Android), so neither counts.
 */
export function showsKeyboard(key: string, inTextField: boolean): boolean {
	return !inTextField && key !== 'Unidentified' && key !== 'Process';
}

/** What Space or Enter on an unanswered choice question says, instead of scrolling the page. */
export function chooseFirstText(type: Question['type'], choices: number): string {
	return `Choose an answer first: press ${chooseKeys(type, choices)}, or Tab to a choice and press Space.`;
}

/** One row of the keys list: what is on screen, and what each key does there. */
export interface KeysRow {
	when: string;
	keys: string;
}

/**
 * Every key of Study, by question type and moment, for Settings' list (the keys line shows one
 * moment's, and not on a touch screen): an outsider from Anki pressed Space on a multiple-choice
 * card and did not know which keys worked. The same story for every type, as `onKeydown` in
 * the Study screen handles them: something chooses or types the answer, then Space or Enter
 * goes on (Good after a right answer), 1–4 grade, U undoes.
 */
export const STUDY_KEYS: readonly KeysRow[] = [
	{
		when: TYPE_LABELS.flashcard,
		keys: 'Space or Enter shows the answer, then counts it Good; or 1 Again, 2 Hard, 3 Good, 4 Easy.'
	},
	{
		when: TYPE_LABELS.mcq,
		keys: `${chooseKeys('mcq', 4)}, or Tab to a choice and press Space. Space or Enter before choosing answers nothing and says how to choose.`
	},
	{
		when: TYPE_LABELS.truefalse,
		keys: `${chooseKeys('truefalse', 2)}, or Tab to one and press Space. Space or Enter before choosing answers nothing.`
	},
	{
		when: `${TYPE_LABELS.cloze} and ${TYPE_LABELS.short}`,
		keys: 'Type, then Enter checks; Enter with the box empty shows the answer (counted as Again). Escape leaves the box.'
	},
	{
		when: 'After an answer is marked',
		keys: `Space or Enter goes on (Good after a right answer); after a right one, 1 Again, 2 Hard, 3 Good, 4 Easy. After a wrong one, 1 also goes on (counted as Again); ${wrongGrades(true)}`
	},
	{ when: 'Any time', keys: 'U, Ctrl+Z or ⌘Z undoes the last answer.' },
	{ when: 'A source passage', keys: 'Escape goes back to Study.' }
];
