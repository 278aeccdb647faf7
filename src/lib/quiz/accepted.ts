import { matchesAnswer, normalizeAnswer } from '$lib/content/answer-match';
import { readValues, unitOnly } from '$lib/content/answer-values';
import type { Question } from '$lib/content/schema';
import type { QuizQuestion } from './types';
import { shorten } from '$lib/text/shorten';

/**
 * The other typed answers a question accepts, as a teacher needs to read them: only those the
 * marking would not already accept from the main answer or an earlier one (for "Vetëvendosje",
 * "Vetevendosje" and "Vetëvendosje!" say nothing new: case, accents, punctuation and a small
 * typo are forgiven; `matchesAnswer`, the marking Study and the class report use), in the
 * question's own order. Empty for multiple choice, true/false and flashcards (whose back is
 * never marked). Pure. Used by every list that shows a question's key (the quiz's questions,
 * Questions, an import's preview), so none hides an accepted answer.
 */
export function alsoRight(question: KeyedQuestion): string[] {
	return sortAccepted(question).kept;
}

/** A question as far as its key goes: a bank type, or a class quiz's `multi` (no typed forms). */
type KeyedQuestion = {
	type: Question['type'] | 'multi';
	answer: string;
	accept?: readonly string[];
};

/**
 * The accepted answers split into those that say something new (`alsoRight`) and those that
 * repeat one (`repeatedAnswers`), for a key that shows both: one pass of the marking over them
 * (a quiz's 50-question list made each pass twice, issue 14). Pure.
 */
export function sortAccepted(question: KeyedQuestion): {
	kept: string[];
	repeated: RepeatedAnswer[];
} {
	const kept: string[] = [];
	const repeated: RepeatedAnswer[] = [];
	if (question.type !== 'cloze' && question.type !== 'short') return { kept, repeated };
	for (const raw of question.accept ?? []) {
		const alternative = raw.trim();
		if (!alternative) continue;
		const same = [question.answer, ...kept].find((known) =>
			matchesAnswer(alternative, { answer: known })
		);
		if (same === undefined) kept.push(alternative);
		else repeated.push({ alternative, same, way: wayOf(alternative, same) });
	}
	return { kept, repeated };
}

/** An accepted answer `alsoRight` leaves out, the answer it repeats, and in what way. */
export interface RepeatedAnswer {
	alternative: string;
	same: string;
	/**
	 * 'date' ("February 18, 2008" is "18 February 2008"), 'number' ("2 A" is "2 amps"), 'unit'
	 * ("Ω" is "ohms"), or 'spelling' (case, accents, a typo).
	 */
	way: 'date' | 'number' | 'unit' | 'spelling';
}

/**
 * The accepted answers `alsoRight` leaves out, each with the main or earlier answer it repeats,
 * so the question editor can say why a line it was given is not listed (outsider teacher,
 * 2026-12-01: "18 February 2008" beside "February 18, 2008" vanished without a word).
 */
export function repeatedAnswers(question: KeyedQuestion): RepeatedAnswer[] {
	return sortAccepted(question).repeated;
}

/** How `text` repeats `same`: written the same once folded, else as the same date or number. */
function wayOf(text: string, same: string): RepeatedAnswer['way'] {
	if (normalizeAnswer(text) === normalizeAnswer(same)) return 'spelling';
	const unit = unitOnly(text);
	if (unit !== null && unit === unitOnly(same)) return 'unit';
	const values = readValues(text, false).values;
	if (values.some((v) => v.kind === 'date')) return 'date';
	return values.length ? 'number' : 'spelling';
}

/** What the editor says of a repeated answer: "“18 February 2008” is the same date as …". */
export function repeatedWords(r: RepeatedAnswer): string {
	const how =
		r.way === 'date'
			? 'the same date as'
			: r.way === 'number'
				? 'the same number as'
				: r.way === 'unit'
					? 'the same unit as'
					: 'marked as the same answer as';
	return `“${r.alternative}” is ${how} “${r.same}”, so it is right already and not listed again.`;
}

/**
 * Accepted answers as one line whose boundaries cannot be misread: each in “quotes”, joined by
 * " or " (`“Beograd” or “Belgrade; the capital”`). An answer may itself hold ";", "," or "·":
 * the paper key joined them with "; ", so "Belgrade; the capital" read as two answers (outsider
 * teacher, issue 11). Every list that shows a question's other answers uses it. Pure.
 */
export function orList(alternatives: readonly string[]): string {
	return alternatives.map((a) => `“${a}”`).join(' or ');
}

/**
 * How much of the accepted answers the paper answer key prints, so each question's line fits
 * one column of the key: at most `alternatives` of them, each at most `chars` characters.
 * Source: the outsider teacher's paper key (issue 11), where an imported question's accepted
 * answers of several hundred characters ran over a page.
 */
export const KEY_LIMITS = { alternatives: 6, chars: 60 } as const;

/**
 * The accepted answers as the paper key prints them: `alsoRight`, each shortened to
 * `KEY_LIMITS.chars`, the first `KEY_LIMITS.alternatives` of them, and how many more there are
 * (the quiz's question list on screen shows them all).
 */
export function keyAlternatives(question: Pick<QuizQuestion, 'type' | 'answer' | 'accept'>): {
	shown: string[];
	more: number;
} {
	const all = alsoRight(question);
	const shown = all.slice(0, KEY_LIMITS.alternatives).map((a) => shorten(a, KEY_LIMITS.chars));
	return { shown, more: all.length - shown.length };
}
