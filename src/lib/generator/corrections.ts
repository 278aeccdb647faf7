import * as v from 'valibot';
import type { Question } from '../content/schema';

/**
 * Known errors in the source articles, kept as data in `questions/corrections.json` so that no
 * question teaches them as true (issue 9, item 7). A correction names the erroneous passage of
 * one document, the words that carry the error and a note stating the right fact.
 *
 * Rule, for every question citing a quote that overlaps the passage:
 * - if its prompt, answer, accepted answers or choices show one of the `wrong` words and its
 *   explanation does not already carry the note, it is dropped (a generated question built on
 *   the wrong words would teach them);
 * - otherwise the note is appended to its explanation, unless already there.
 */

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));

export const CorrectionSchema = v.object({
	/** Document id, as in `questions/sources/<doc>.md`. */
	doc: nonEmpty,
	/** Exact words of the source around the error; a question's quote overlaps it or not. */
	passage: nonEmpty,
	/** Words (case-insensitive) whose appearance in a question would teach the error. */
	wrong: v.pipe(v.array(nonEmpty), v.minLength(1)),
	/** The right fact, for the explanation; written so that it reads well appended to one. */
	note: nonEmpty
});
export type Correction = v.InferOutput<typeof CorrectionSchema>;

export const CorrectionsSchema = v.object({
	version: v.literal(1),
	corrections: v.array(CorrectionSchema)
});

/** Parses `questions/corrections.json`; throws an Error naming the first bad field. */
export function parseCorrections(data: unknown): Correction[] {
	const result = v.safeParse(CorrectionsSchema, data);
	if (result.success) return result.output.corrections;
	const issue = result.issues[0];
	throw new Error(`corrections.json ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
}

/** Whether a question rests on the erroneous passage (its quote contains it or lies inside it). */
export function restsOn(question: Question, correction: Correction): boolean {
	const { doc, quote } = question.source;
	return (
		doc === correction.doc &&
		(quote.includes(correction.passage) || correction.passage.includes(quote))
	);
}

/** The parts of a question a student sees before and as the answer (not the explanation). */
function shownText(question: Question): string {
	return [question.prompt, question.answer, ...(question.accept ?? []), ...(question.choices ?? [])]
		.join('\n')
		.toLowerCase();
}

export interface CorrectionOutcome {
	questions: Question[];
	/** Questions left out, with the note of the correction that removed them. */
	dropped: { question: Question; note: string }[];
	/** How many kept questions got a note appended to their explanation. */
	annotated: number;
}

/** Applies every correction to the questions (see the module doc); keeps their order. */
export function applyCorrections(
	questions: readonly Question[],
	corrections: readonly Correction[]
): CorrectionOutcome {
	const dropped: CorrectionOutcome['dropped'] = [];
	let annotated = 0;
	const kept: Question[] = [];
	for (const original of questions) {
		let question = original;
		let drop: string | undefined;
		for (const correction of corrections) {
			if (!restsOn(question, correction)) continue;
			if (question.explanation.includes(correction.note)) continue;
			const shown = shownText(question);
			if (correction.wrong.some((word) => shown.includes(word.toLowerCase()))) {
				drop = correction.note;
				break;
			}
			question = { ...question, explanation: `${question.explanation} ${correction.note}` };
		}
		if (drop) dropped.push({ question: original, note: drop });
		else {
			if (question !== original) annotated++;
			kept.push(question);
		}
	}
	return { questions: kept, dropped, annotated };
}
