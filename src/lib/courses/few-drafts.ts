import { countWords } from '$lib/text/count-words';
import { plural } from '$lib/text/plural';
import type { DocumentGroup } from './review';

/**
 * Review drafts says where more questions come from when a document gave few (issue 12). The
 * final outsider of session 29 pasted an 844-word article of her own, got one draft, and
 * nothing near it pointed to the eight sentences suggested further down the page, nor to
 * writing from a sentence (Quizlet's set editor ends on adding a card, Kahoot's creator offers
 * its question bank beside the questions). Said only while the questions are few for the length, so
 * it never nags a document that gave many.
 */

/**
 * Fewer questions than this per 1,000 words is "few" (brief of docs39: the generator drafts
 * about one per 3,000 words of a plain article, `sentence-suggest.ts`; a Year 7–8 article gives
 * a teacher a question every few sentences).
 */
export const FEW_PER_1000_WORDS = 3;

/**
 * The opening of the note for a document of `words` words with `questions` questions (drafts
 * and accepted ones; rejected ones do not count), or undefined when they are not few:
 * "Only 1 question so far from these 844 words." A document of no words gets none.
 */
export function fewQuestionsLine(words: number, questions: number): string | undefined {
	if (words <= 0 || questions * 1000 >= FEW_PER_1000_WORDS * words) return undefined;
	const from = `from these ${plural(words, 'word')}`;
	return questions === 0
		? `No question yet ${from}.`
		: `Only ${plural(questions, 'question')} so far ${from}.`;
}

/**
 * `fewQuestionsLine` for a document's group on Review drafts: its words (`countWords`) and its
 * questions that are not rejected.
 */
export function fewQuestionsOf({ document, sentences }: DocumentGroup): string | undefined {
	const questions = sentences
		.flatMap((s) => s.questions)
		.filter((q) => q.status !== 'rejected').length;
	return fewQuestionsLine(countWords(document.text ?? ''), questions);
}
