/**
 * A choice question's buttons (multiple choice, true/false) as Study shows them: their order,
 * which key picks each, and how each is marked once answered. Pure.
 */
import { seededOrder } from '$lib/generator/text';

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

/** A whole or decimal number, maybe signed, maybe with thousands commas: "1066", "-3.5", "12,000". */
const NUMBER = /^[-−]?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/;

/**
 * The order Study shows a multiple-choice question's `choices` in: shuffled, seeded by the
 * question's id and `reviews` (its card's review count, `CardRecord.reps`; 0 for a new card), so
 * it stays while the card is on screen and after a reload or Undo of that review (both show the
 * card as it was before it), and changes at the next review. A GIFT file usually lists the right
 * answer first, and in stored order it was choice 1 on every review (outsider teacher, session
 * 34); Moodle shuffles choices per attempt, as the class quiz does. Choices that are all
 * numbers (years) stay sorted, smallest first: the generator sorts them and balances the key's
 * rank among them (`year-rank.ts`), and a shuffled row of years is harder to read.
 */
export function shownChoices(
	choices: readonly string[],
	questionId: string,
	reviews: number
): string[] {
	const trimmed = choices.map((choice) => choice.trim());
	if (trimmed.length > 0 && trimmed.every((choice) => NUMBER.test(choice))) {
		const value = (choice: string) => Number(choice.replace(/,/g, '').replace('−', '-'));
		// Stable: equal values keep the file's order.
		return choices
			.map((choice, i) => ({ choice, at: value(trimmed[i]) }))
			.sort((a, b) => a.at - b.at)
			.map(({ choice }) => choice);
	}
	return seededOrder([...choices], `${questionId}|study|${reviews}`);
}

/** A multiple-choice question's choices, keyed 1, 2, 3… in the order given (`shownChoices`). */
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
