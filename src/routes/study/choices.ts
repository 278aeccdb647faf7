/**
 * A choice question's buttons (multiple choice, true/false) as Study shows them: which key
 * picks each, and how each is marked once answered. Pure.
 */

/** One button of a choice question: the value it answers, its key (1–9) and its text. */
export interface ChoiceOption {
	value: string;
	key: string;
	label: string;
}

/** True and False, answered by 1 and 2 (the value is what `question.answer` holds). */
export const TRUE_FALSE: readonly ChoiceOption[] = [
	{ value: 'true', label: 'True', key: '1' },
	{ value: 'false', label: 'False', key: '2' }
];

/** A multiple-choice question's choices, keyed 1, 2, 3… in the order shown. */
export function choiceOptions(choices: readonly string[]): ChoiceOption[] {
	return choices.map((choice, index) => ({ value: choice, key: String(index + 1), label: choice }));
}

/**
 * How a choice is marked: before the answer none; after it, the right answer `right` (with a
 * tick) and the one picked if it was another (`wrong`, "Your answer"); never by colour alone.
 */
export function choiceMark(
	value: string,
	shown: { answered: boolean; answer: string; picked: string | null }
): 'right' | 'wrong' | 'none' {
	if (!shown.answered) return 'none';
	if (value === shown.answer) return 'right';
	if (value === shown.picked) return 'wrong';
	return 'none';
}
