import { looksEnglish } from '$lib/documents/english';
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

/** A document of a course just made that gave few drafts, as "Course saved" leads on from it. */
export interface FewDraftsLead {
	/** Its place in the course (`DocumentRecord.position`): Review drafts' `#suggest-N`, `#write-N`. */
	position: number;
	title: string;
	/** How many drafts it gave. */
	drafts: number;
	/** `fewQuestionsLine`: "Only 5 questions so far from these 802 words." */
	line: string;
	/** Whether Review drafts suggests sentences of it (it reads as English: `looksEnglish`). */
	suggests: boolean;
}

/**
 * The documents of a course just made, or just added to one (in its order), that gave few drafts by
 * `fewQuestionsLine`, each with where more come from. A teacher pasted an 802-word article, got
 * 5 drafts, and "Course saved" counted them without pointing to the sentences suggested for her
 * own questions (docs40, issue 12). `first`: the course position of the first of them (0 for
 * a new course; after the course's own documents when they were added to it). Pure.
 */
export function fewDraftsLeads(
	documents: readonly { title: string; text: string; questions?: readonly unknown[] }[],
	first = 0
): FewDraftsLead[] {
	return documents.flatMap(({ title, text, questions }, i) => {
		const drafts = questions?.length ?? 0;
		const line = fewQuestionsLine(countWords(text), drafts);
		const position = first + i;
		return line ? [{ position, title, drafts, line, suggests: looksEnglish(text) }] : [];
	});
}

/**
 * The heading of Course saved's few-drafts note for `leads` among `total` documents generated
 * together, naming what it is about: the one document by its title ("Few questions so far from
 * “Rivers”."), or how many of how many ("Few questions so far from 2 of the 4 documents."), "No
 * questions" when none of them gave one, and where more come from (`rest`). "Few questions so far
 * from 1 document" after adding four did not say which (outsider teacher, session 38). Pure.
 */
export function fewLeadsHeading(
	leads: readonly Pick<FewDraftsLead, 'title' | 'drafts' | 'suggests'>[],
	total: number
): { strong: string; rest: string } {
	const few = leads.every((lead) => lead.drafts === 0) ? 'No questions' : 'Few questions';
	if (leads.length === 1) {
		const [lead] = leads;
		return {
			strong: `${few} so far from “${lead.title}”.`,
			rest: lead.suggests
				? 'More come from the sentences suggested in it, or write your own from any sentence.'
				: 'Write your own from any of its sentences.'
		};
	}
	return {
		strong:
			leads.length >= total
				? `${few} so far from these ${plural(leads.length, 'document')}.`
				: `${few} so far from ${leads.length} of the ${plural(total, 'document')}.`,
		rest: 'More come from the sentences suggested in each, or write your own from any sentence.'
	};
}
