import { cleanDisplayText } from '$lib/text/fold';
import { plural } from '$lib/text/plural';
import type { Answer } from './types';

/**
 * Marking and answering a class quiz's multiple-answer question (`multi`, "Choose all that
 * apply"; `multi-answer.ts` reads and writes it): pure, and nothing else imported, so the student's
 * quiz screen carries no file reader.
 */

/** Most choices a multiple-answer question may have: an answer's indices fit 0–9 in a result code. */
export const MULTI_MAX_CHOICES = 10;

/** The text lists show for the right choices (`answer` of a `multi` question). */
export function multiKeyText(choices: readonly string[], weights: readonly number[]): string {
	return choices.filter((_, i) => (weights[i] ?? 0) > 0).join('; ');
}

/**
 * The share of the mark ticking `chosen` (choice indices) earns, 0–1, by Moodle's rule for a
 * multiple-answer question (`qtype_multichoice_multi_question::grade_response`): the sum of the
 * ticked choices' fractions, at least 0 and at most 1; a sum within 10⁻⁶ of 1 is 1 (Moodle's
 * `question_state::graded_state_for_fraction`: three choices of 33.33333% are right). `weights`
 * in percent (`QuizQuestion.weights`). Indices outside `weights` count nothing.
 */
export function multiCredit(weights: readonly number[], chosen: readonly number[]): number {
	const sum = [...new Set(chosen)].reduce((total, i) => total + (weights[i] ?? 0), 0) / 100;
	if (sum > 0.999999) return 1;
	return Math.max(0, Math.round(sum * 1e6) / 1e6);
}

/** Whether `answer` is a multiple-answer question's (ticked choices), not another kind's. */
export function isTicked(answer: Answer): answer is number[] {
	return Array.isArray(answer);
}

/**
 * The answer after ticking or unticking choice `index` on `answer`: the ticked indices in
 * ascending order, or null when none is left ticked (a blank, as Moodle records one).
 */
export function toggleTick(answer: Answer, index: number): number[] | null {
	const ticked = new Set(isTicked(answer) ? answer : []);
	if (ticked.has(index)) ticked.delete(index);
	else ticked.add(index);
	return ticked.size ? [...ticked].sort((a, b) => a - b) : null;
}

/**
 * What is wrong with a multiple-answer question's `choices` and `weights` as a link carries them,
 * or null: two to `MULTI_MAX_CHOICES` different choices, each showing as something, one weight
 * each, at least one positive (a question nobody can get right is no question).
 */
export function multiRowProblem(
	choices: readonly string[],
	weights: readonly number[]
): string | null {
	if (choices.length < 2 || choices.length > MULTI_MAX_CHOICES)
		return `a multiple-answer question has 2 to ${plural(MULTI_MAX_CHOICES, 'choice')}`;
	if (new Set(choices).size !== choices.length || !choices.every((c) => cleanDisplayText(c)))
		return 'its choices must differ and show as something';
	if (weights.length !== choices.length || !weights.some((w) => w > 0))
		return 'each choice needs its weight, and one at least a positive one';
	return null;
}
