import type { QuestionType } from '$lib/content/schema';

/**
 * Words that open a question or stand in for a subject without naming one: question words,
 * forms of "be", "do" and "have", modals, articles, pronouns and the commonest prepositions.
 * A prompt of only these ("What was", "Who is it?", "When did the") asks nothing yet.
 */
const OPENING_WORDS = new Set(
	(
		'what who whom whose which when where why how many much long far often old ' +
		'is was are were be been being am do does did has have had can could will would shall should may might must ' +
		'the a an this that these those it its he she they him her them his their there here one ' +
		'of in on at to for from by with about into during after before as and or not'
	).split(' ')
);

/**
 * Why a prompt is only a question opening with no subject ("What was", "Who is it?"), or
 * undefined when it names something. Outsider teacher: an edited draft "What was" passed every
 * check and "Accept all" accepted it. A cloze's blank (`____`) names nothing either. Any
 * question type; the words are English (the generator's and the review screen's language).
 */
export function bareOpeningProblem(prompt: string, type: QuestionType): string | undefined {
	const words = prompt
		.replace(/_{2,}/g, ' ')
		.toLowerCase()
		.split(/[^\p{L}\p{N}']+/u)
		.filter(Boolean);
	if (!words.length || !words.every((w) => OPENING_WORDS.has(w))) return undefined;
	const what = type === 'flashcard' ? 'The front' : 'The question';
	return `${what} “${prompt.trim()}” names no subject: say who or what it asks about (“What was the Berlin Wall?”).`;
}
