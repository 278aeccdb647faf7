import type { Candidate } from './candidates';

/**
 * How many more true statements than false ones a batch of drafts may keep. Blind check H24
 * (session 34, all three reviewers, 13 of 13 statements): once false statements that differed
 * from their sentence only by a year were refused (gen67, H22/H23), every true/false draft of
 * the batch was true, and a bank whose statements are all true gives itself away ("always
 * answer true"; the rubric's pattern across the bank). An exam keeps them about even.
 */
export const TRUE_OVER_FALSE = 1;

/**
 * `candidates` with their true statements cut to the number of false ones plus
 * `TRUE_OVER_FALSE`, keeping the first in order (each article's best first); the others are
 * passed to `reject`. False statements and every other type are kept. Pure apart from `reject`.
 */
export function balanceTruth(
	candidates: readonly Candidate[],
	reject: (candidate: Candidate) => void
): Candidate[] {
	const statements = candidates.filter((c) => c.question.type === 'truefalse');
	const falseCount = statements.filter((c) => c.question.answer === 'false').length;
	let room = falseCount + TRUE_OVER_FALSE;
	return candidates.filter((c) => {
		if (c.question.type !== 'truefalse' || c.question.answer !== 'true') return true;
		if (room > 0) {
			room--;
			return true;
		}
		reject(c);
		return false;
	});
}
