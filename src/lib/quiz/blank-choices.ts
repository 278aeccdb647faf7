import type { Question } from '$lib/content/schema';
import { BLANK } from '$lib/courses/cloze';
import { NOT_TERMS, termChoicesAmong } from '$lib/courses/term-cards';
import { crc32Text } from './bytes';
import { seededRandom, shuffled } from './random';
import type { QuizQuestionType } from './types';

/**
 * A course's key-term blanks asked as multiple choice in a class quiz that ticks Multiple choice
 * and not Fill the blank: an outsider teacher's course was all blanks, and a quiz of multiple
 * choice said "No questions match these choices" with no way on (docs30). The wrong choices are
 * the course's other terms, as "Make it multiple choice" offers them (`termChoicesAmong`); a
 * blank hiding a name, place, date or figure (`NOT_TERMS`), or one with too few other terms of
 * its kind, stays a blank.
 */

/**
 * Fewest wrong choices a blank made multiple choice takes, all of its kind: four choices in all,
 * as a flashcard's (`cardQuizQuestion`); with fewer the blank stays a blank.
 */
const MIN_WRONG = 3;

/** `questions` with key-term blanks made multiple choice where `types` ask for it, and which. */
export interface BlankChoiceQuestions {
	questions: Question[];
	/** Ids of the questions made from a fill-the-blank question. */
	fromBlanks: ReadonlySet<string>;
}

/**
 * `questions` (a course's, as a quiz draws them) with each key-term fill-the-blank question made
 * multiple choice (the prompt kept, its answer and three other terms of the course of its kind as
 * choices, in an order fixed by its id) when `types` has Multiple choice and not Fill the blank;
 * otherwise, and for a blank no choices fit, as they are. Pure.
 */
export function withBlankChoices(
	questions: readonly Question[],
	types: readonly QuizQuestionType[]
): BlankChoiceQuestions {
	const fromBlanks = new Set<string>();
	if (!types.includes('mcq') || types.includes('cloze'))
		return { questions: [...questions], fromBlanks };
	const out = questions.map((q) => {
		if (q.type !== 'cloze' || !q.prompt.includes(BLANK) || NOT_TERMS.test(q.fact)) return q;
		const wrong = termChoicesAmong(q.answer, q.prompt, q.source, questions).slice(0, 3);
		if (wrong.length < MIN_WRONG) return q;
		fromBlanks.add(q.id);
		const random = seededRandom(crc32Text(`${q.id}|choices`) >>> 0);
		return { ...q, type: 'mcq' as const, choices: shuffled([q.answer.trim(), ...wrong], random) };
	});
	return { questions: out, fromBlanks };
}
