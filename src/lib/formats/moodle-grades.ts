import { plural } from '$lib/text/plural';
import { andList } from '$lib/text/and-list';

/**
 * A Moodle XML question's weight in a quiz (`<defaultgrade>`, Moodle's "Default mark"): a class
 * quiz has none of its own (every question counts 1), so a file whose questions weigh otherwise
 * is said to lose them at import (outsider teacher, session 38: a question of default mark 2
 * counted 1 and exported as 1, with no word).
 */

/** A question's default mark as its file gives it; undefined when absent or not a number ≥ 0. */
export function defaultGrade(text: string): number | undefined {
	if (!/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
	return Number(text);
}

/** A question of the file with a default mark other than 1 (`defaultGrade`). */
export interface WeightedQuestion {
	/** Its name in the file, or '' when it has none. */
	name: string;
	/** Its place among the file's questions, 1-based. */
	number: number;
	grade: number;
}

/**
 * The note a class quiz's import gives when `weighted` is not empty: how many questions carry a
 * default mark other than 1, the first three by name (or number) with it, and that every
 * question counts 1 here, e.g. 'Weights are not kept: every question counts 1. 2 questions of
 * this file have another default mark: “Speed” 2 and question 5 0.5.'; '' when none.
 */
export function weightsNote(weighted: readonly WeightedQuestion[]): string {
	if (!weighted.length) return '';
	const named = weighted
		.slice(0, 3)
		.map((q) => `${q.name ? `“${q.name}”` : `question ${q.number}`} ${q.grade}`);
	const more = weighted.length > 3 ? [plural(weighted.length - 3, 'more', 'more')] : [];
	return `Weights are not kept: every question counts 1. ${plural(weighted.length, 'question')} of this file ${weighted.length === 1 ? 'has' : 'have'} another default mark (<defaultgrade>): ${andList([...named, ...more])}.`;
}
