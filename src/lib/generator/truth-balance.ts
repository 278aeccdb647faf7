import type { Candidate } from './candidates';
import { isSiblingStatement } from './truth-siblings';

/**
 * How many more true statements than false ones a batch of drafts may keep, per form. Blind
 * check H24 (session 34, all three reviewers, 13 of 13 statements): once false statements that
 * differed from their sentence only by a year were refused (gen67, H22/H23), every true/false
 * draft of the batch was true, and a bank whose statements are all true gives itself away
 * ("always answer true"; the rubric's pattern across the bank). An exam keeps them about even.
 */
export const TRUE_OVER_FALSE = 1;

/**
 * The form a statement is read by: a key-term line framed as "The term X means …"
 * (`truth-siblings.ts`), or a sentence of the handout as said or changed. Blind check H29 (all
 * three reviewers): every "The term … means" statement was false and every copied sentence true,
 * so a student answered by the form; each form is balanced on its own (gen76).
 */
export function statementForm(candidate: Candidate): 'term' | 'sentence' {
	return isSiblingStatement(candidate.question) ? 'term' : 'sentence';
}

/**
 * `candidates` with the true statements of each form (`statementForm`) cut to that form's false
 * ones plus `TRUE_OVER_FALSE`, and of the whole batch to its false ones plus `TRUE_OVER_FALSE`
 * (blind check H32, gen84: one true statement of each form made a bank of two statements, both
 * true, "an always-true pattern"), keeping the first in order (each article's best first); the
 * others are passed to `reject`. False statements and every other type are kept. Pure apart
 * from `reject`.
 */
export function balanceTruth(
	candidates: readonly Candidate[],
	reject: (candidate: Candidate) => void
): Candidate[] {
	const room = new Map<string, number>();
	let batch = TRUE_OVER_FALSE;
	for (const c of candidates) {
		if (c.question.type !== 'truefalse') continue;
		const form = statementForm(c);
		const falses = c.question.answer === 'false' ? 1 : 0;
		room.set(form, (room.get(form) ?? TRUE_OVER_FALSE) + falses);
		batch += falses;
	}
	return candidates.filter((c) => {
		if (c.question.type !== 'truefalse' || c.question.answer !== 'true') return true;
		const form = statementForm(c);
		const left = room.get(form) ?? 0;
		if (left > 0 && batch > 0) {
			room.set(form, left - 1);
			batch -= 1;
			return true;
		}
		reject(c);
		return false;
	});
}
