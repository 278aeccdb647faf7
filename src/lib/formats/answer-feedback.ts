import { numericText } from '$lib/content/numeric';
import type { PortableQuestion } from './portable';

/**
 * Per-answer feedback (GIFT `=CO2#Right ~O2#No, that is oxygen.`, Moodle XML
 * `<answer><feedback>`) in a question model that has one explanation: folded into it after the
 * general feedback, one line per answer, "O2: No, that is oxygen.", and unfolded again by the
 * GIFT and Moodle XML writers, so a file read and written back keeps each feedback on its answer
 * (issue 14: it was dropped on import). Other writers (Anki, Aiken, sheets) carry the folded
 * text as the explanation, which is what a student reads there.
 */

/** One answer's feedback, labelled by the answer it belongs to ("O2", "True"). */
export interface AnswerFeedback {
	label: string;
	feedback: string;
}

/** True/false feedback is labelled by the answer a student gives, as Moodle XML names them. */
export const TRUE_LABEL = 'True';
export const FALSE_LABEL = 'False';

/**
 * The labels a question's per-answer feedback can have, in the order they are folded: its
 * choices (multiple choice), True and False, a numerical answer's number as the readers write
 * it (`numericText`: "1858 ± 2", whatever its `answer` says), else its answer and accepted answers.
 */
export function feedbackLabels(
	q: Pick<PortableQuestion, 'type' | 'answer' | 'accept' | 'choices' | 'numeric'>
): string[] {
	if (q.type === 'mcq') return [...(q.choices ?? [q.answer])];
	if (q.type === 'truefalse') return [TRUE_LABEL, FALSE_LABEL];
	if (q.type === 'flashcard') return [];
	// GIFT and Moodle XML readers label a numerical answer's feedback by its number, so a
	// question whose `answer` text differs ("x", from a sheet) must unfold by that label too.
	if (q.numeric) return [numericText(q.numeric)];
	return [q.answer, ...(q.accept ?? [])];
}

/** One answer's feedback on one line: its own line breaks become spaces inside the fold. */
const oneLine = (text: string) => text.replace(/\s*\n\s*/g, ' ').trim();

/**
 * The explanation for general feedback `general` and per-answer feedback `answers`: the general
 * feedback, a blank line, then "label: feedback" for each answer (in `answers`' order), or
 * undefined when there is neither. An answer's feedback is written on one line (a line break in
 * it becomes a space), so the fold can be read back line by line.
 */
export function foldFeedback(
	general: string | undefined,
	answers: readonly AnswerFeedback[]
): string | undefined {
	const lines = answers
		.filter((a) => a.feedback.trim())
		.map((a) => `${a.label}: ${oneLine(a.feedback)}`);
	const parts = [general?.trim() ?? '', lines.join('\n')].filter(Boolean);
	return parts.length ? parts.join('\n\n') : undefined;
}

/**
 * Splits an explanation `foldFeedback` made back into the general feedback and each answer's,
 * for `labels` (`feedbackLabels`): its last paragraph is per-answer feedback when every line of
 * it starts with a different one of the labels and ": ", in the labels' order, and folding them
 * again gives the same text. Anything else is general feedback only, so an explanation written
 * by hand is written whole.
 */
export function unfoldFeedback(
	explanation: string | undefined,
	labels: readonly string[]
): { general?: string; answers: Map<string, string> } {
	const answers = new Map<string, string>();
	const text = explanation?.trim() ?? '';
	if (!text) return { answers };
	const cut = text.lastIndexOf('\n\n');
	const last = cut >= 0 ? text.slice(cut + 2) : text;
	// Longest label first, so "Turkey and Greece" is not read as "Turkey".
	const byLength = [...new Set(labels)].sort((a, b) => b.length - a.length);
	for (const line of last.split('\n')) {
		const label = byLength.find((l) => line.startsWith(`${l}: `));
		if (label === undefined || answers.has(label)) return { general: text, answers: new Map() };
		answers.set(label, line.slice(label.length + 2).trim());
	}
	const general = cut >= 0 ? text.slice(0, cut).trim() : '';
	// Only a fold `foldFeedback` makes back exactly (answers in `labels`' order, no spacing of
	// its own), so a file written and read again has the same explanation; else it is all general.
	const ordered = labels
		.filter((l) => answers.has(l))
		.map((l) => ({ label: l, feedback: answers.get(l)! }));
	if (foldFeedback(general, ordered) !== text) return { general: text, answers: new Map() };
	return { ...(general ? { general } : {}), answers };
}

/**
 * The general feedback and each answer's for a writer (GIFT, Moodle XML): the explanation
 * unfolded (`unfoldFeedback`), or whole as general feedback when it is one text for everyone
 * (`wholeExplanation`: Flashpoint made or a teacher wrote it; a generated "False: the text gives
 * 2011…" is no fold). Not for flashcards, whose back is the general feedback.
 */
export function writtenFeedback(
	q: Pick<
		PortableQuestion,
		'type' | 'answer' | 'accept' | 'choices' | 'numeric' | 'explanation' | 'wholeExplanation'
	>
): { general?: string; answers: Map<string, string> } {
	if (!q.wholeExplanation) return unfoldFeedback(q.explanation, feedbackLabels(q));
	const general = q.explanation?.trim();
	return { ...(general ? { general } : {}), answers: new Map() };
}
