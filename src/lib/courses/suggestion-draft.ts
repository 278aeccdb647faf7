import type { Question } from '$lib/content/schema';
import { hashId } from '$lib/generator/text';
import { writtenQuestion } from './draft-form';
import { blankFields } from '$lib/content/question-fields';
import type { FieldErrors } from './drafts';
import type { SentenceSuggestion } from './sentence-suggest';

/**
 * A suggested sentence (`sentence-suggest.ts`) made a draft in one tap ("Add as draft", issue
 * 12): the fill-the-blank question it suggests, through the same form checks as a question
 * written by hand (`writtenQuestion`, then `QuestionSchema` in `addWrittenQuestion`), stored as
 * a draft to accept, edit or reject. Light: the review screen loads it with its own code; the
 * ranking, which needs the generator, loads on demand.
 */

/** The generator's fact kinds (`review.ts`'s `factOf` reads them) by the blank's kind in words. */
const KIND_KEYS: Record<string, string> = {
	'a name': 'person',
	'a date': 'date',
	'a year': 'year',
	'a figure': 'number',
	'a place': 'place',
	'an organisation': 'org',
	'a key term': 'term'
};

/** A suggestion's fact key: `s-<kind>-<8 characters>`, the mark of a question from a suggestion. */
const SUGGESTED_FACT = /(?:^|:)s-[a-z]+-[0-9a-z-]{8}$/;

/**
 * The draft question of `suggestion` from document `doc`: a fill-the-blank of its prompt and
 * answer and the other answers a teacher would take (`blankAccepts`: "2010" for "March 2010"),
 * the sentence quoted as its explanation, its fact `s-<kind>-<hash>` (so the review says
 * what it tests, "the year: 1878", and that it came from a suggestion). Problems by field when
 * the form checks refuse it (nothing is stored then).
 */
export function suggestedDraft(
	suggestion: Pick<SentenceSuggestion, 'quote' | 'prompt' | 'answer' | 'blank'> &
		Partial<Pick<SentenceSuggestion, 'accept'>>,
	doc: string
): { ok: true; question: Omit<Question, 'id' | 'origin'> } | { ok: false; errors: FieldErrors } {
	const form = {
		...blankFields('cloze'),
		prompt: suggestion.prompt,
		answer: suggestion.answer,
		accept: (suggestion.accept ?? []).join('\n')
	};
	const made = writtenQuestion(form, { doc, quote: suggestion.quote });
	if (!made.ok) return made;
	const kind = KIND_KEYS[suggestion.blank.kind] ?? 'term';
	const fact = `s-${kind}-${hashId(`${suggestion.quote}|${suggestion.prompt}`, 8)}`;
	return { ok: true, question: { ...made.question, fact } };
}

/** True for a question added from a suggested sentence (`suggestedDraft`), in any course. */
export function isFromSuggestion(question: Pick<Question, 'origin' | 'fact'>): boolean {
	return question.origin === 'written' && SUGGESTED_FACT.test(question.fact);
}
