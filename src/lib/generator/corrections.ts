import * as v from 'valibot';
import type { Question } from '../content/schema';
import { contentWords } from './centrality';

/**
 * Known errors in the source articles, kept as data in `questions/corrections.json` so that no
 * question teaches them as true (issue 9, item 7). A correction names the erroneous passage of
 * one document, the words that carry the error and a note stating the right fact.
 *
 * Rule, for every question citing a quote that overlaps the passage:
 * - if its prompt, answer, accepted answers or choices show one of the `wrong` words and its
 *   explanation does not already carry the note, it is dropped (a generated question built on
 *   the wrong words would teach them);
 * - otherwise, when the question is about the passage's fact (`concerns`), the note is appended
 *   to its explanation, unless already there; a question that only cites a longer quote around
 *   the passage gets no note: a true/false card on the 2018 deportations showed "Correction:
 *   Erdoğan had no inauguration in 2019", the correction of another sentence (issue 12/14).
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

/** Content words a question must share with a passage to be about its fact. */
const SHARED_WORDS = 2;

/** A content word without a plural or verb ending, so "signed" meets "sign", "bombing" "bombed". */
function stem(word: string): string {
	const bare = word.replace(/(?:ing|ed|es|s)$/, '');
	return bare.length >= 4 ? bare : word;
}

function stems(text: string): Set<string> {
	return new Set([...contentWords(text)].map(stem));
}

/**
 * Whether a question is about the fact a correction corrects: its prompt, answer, choices or
 * explanation (without the note) show one of the `wrong` words, or share at least two content
 * words (`contentWords`, endings aside) with the erroneous passage ("NATO … bombed … Yugoslavia").
 */
export function concerns(question: Question, correction: Correction): boolean {
	const explanation = question.explanation.replace(correction.note, '');
	const text = `${shownText(question)}\n${explanation.toLowerCase()}`;
	if (correction.wrong.some((word) => text.includes(word.toLowerCase()))) return true;
	const passage = stems(correction.passage);
	let shared = 0;
	for (const word of stems(text)) if (passage.has(word) && ++shared >= SHARED_WORDS) break;
	return shared >= SHARED_WORDS;
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
			if (concerns(question, correction))
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
