/**
 * The Study screen's keys line: what each key does at this moment, Anki's habits first. Space
 * or Enter is the one key to go forward: it shows a flashcard's answer, then grades Good; once
 * a verdict shows it goes on (Good after a right answer, as in Anki; after a wrong one any grade
 * key goes on too, counted as Again). On an unanswered choice
 * question it answers nothing (there is no answer to show without choosing one) and says how to
 * choose; a focused button keeps its own Space and Enter (a focused choice is chosen). Pure.
 */
import type { Question } from '$lib/content/schema';
import { TYPE_LABELS } from '$lib/content/type-labels';

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
 * After a wrong answer every grade key goes on, counted as Again: the verdict takes no grade (the
 * marking is the app's), and an Anki user presses 3 there out of habit, which did nothing
 * (outsiders from Anki, issue 14 and build 2a5d1257). AnkiDroid's rule, any grade key on the
 * answer side acts, kept without letting a key turn a wrong answer right unseen: "I was right" is
 * that decision, and after it the grades work as after a right answer.
 */
function wrongKeys(canOverrule = false): string {
	return canOverrule
		? 'Space, Enter or 1–4: next question (counted as Again); to count it right, choose I was right first.'
		: 'Space, Enter or 1–4: next question (counted as Again).';
}

/** The keys line for `moment`, one sentence or two, for a keyboard user (hidden on touch screens). */
export function studyKeysLine(moment: KeysMoment): string {
	const { type } = moment;
	if (moment.phase === 'feedback')
		return moment.correct
			? `Keys: Space or Enter: Good, next question; 1 Again, 2 Hard, 4 Easy. ${UNDO}`
			: `Keys: ${wrongKeys(moment.canOverrule)} ${UNDO}`;
	if (type === 'flashcard')
		return moment.revealed
			? `Keys: 1 Again, 2 Hard, 3 Good, 4 Easy; Space or Enter: Good. ${UNDO}`
			: `Keys: Space or Enter shows the answer. ${UNDO}`;
	if (type === 'mcq' || type === 'truefalse')
		return `Keys: ${chooseKeys(type, moment.choices)} (or Tab to a choice and press Space); then Space or Enter goes on. ${UNDO}`;
	return `Keys: Enter checks your answer, or with the box empty shows the answer (counted as Again); Escape leaves the box, then ${UNDO}`;
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
		keys: `Space or Enter goes on (Good after a right answer); after a right one, 1 Again, 2 Hard, 3 Good, 4 Easy. After a wrong one: ${wrongKeys(true)}`
	},
	{ when: 'Any time', keys: 'U, Ctrl+Z or ⌘Z undoes the last answer.' },
	{
		when: 'Before or after answering',
		keys: '- buries the card until tomorrow, @ suspends it (as in Anki); U brings it back.'
	},
	{
		when: 'Nothing left to study',
		keys: 'C opens Custom study (as on Anki’s overview); Escape closes it.'
	},
	{ when: 'A source passage', keys: 'Escape goes back to Study.' }
];
