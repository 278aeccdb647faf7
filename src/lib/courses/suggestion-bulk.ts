import type { FlashpointDb } from '$lib/db/schema';
import { guarded } from './course-errors';
import { addWrittenQuestion, courseQuestions } from './drafts';
import type { SentenceSuggestion } from './sentence-suggest';
import { suggestedDraft } from './suggestion-draft';

/**
 * Several suggested sentences added as drafts at once ("Add the N chosen", "Add all N shown"):
 * an outsider teacher tapped "Add as draft" 26 times for about 30 blanks, where Anki's browser
 * and Quizlet's suggestions take a selection (docs30). Each is still a draft, to accept, edit or
 * reject under its sentence; none skips the checks one "Add as draft" runs (`suggestedDraft`).
 */

/** A suggestion left out, with why in words. */
export interface LeftOut {
	quote: string;
	reason: string;
}

/**
 * Adds `suggestions` of document `docId` to course `courseId` as drafts, in the order given,
 * each as "Add as draft" would (`suggestedDraft`, then `addWrittenQuestion`). A sentence the
 * course already asks about from this document (a second press, another tab) and a suggestion
 * the form checks refuse are left out with the reason; the others are added, all in one
 * transaction: the screen updates once, not once a draft (eight drafts took over 7 s on a loaded
 * machine, each redrawing Review drafts and ranking its suggestions again, with nothing said),
 * and a failure adds none. Returns how many were added and what was left out. Throws what
 * `addWrittenQuestion` throws (the course gone, storage full).
 */
export async function addSuggestedDrafts(
	db: FlashpointDb,
	courseId: string,
	docId: string,
	suggestions: readonly Pick<SentenceSuggestion, 'quote' | 'prompt' | 'answer' | 'blank'>[]
): Promise<{ added: number; leftOut: LeftOut[] }> {
	return guarded(() =>
		db.transaction('rw', db.courses, db.questions, () => addEach(db, courseId, docId, suggestions))
	);
}

async function addEach(
	db: FlashpointDb,
	courseId: string,
	docId: string,
	suggestions: readonly Pick<SentenceSuggestion, 'quote' | 'prompt' | 'answer' | 'blank'>[]
): Promise<{ added: number; leftOut: LeftOut[] }> {
	const asked = new Set(
		(await courseQuestions(db, courseId))
			.filter((q) => q.source.doc === docId && q.status !== 'rejected')
			.map((q) => q.source.quote)
	);
	let added = 0;
	const leftOut: LeftOut[] = [];
	for (const suggestion of suggestions) {
		if (asked.has(suggestion.quote)) {
			leftOut.push({ quote: suggestion.quote, reason: 'It has a draft or question already.' });
			continue;
		}
		const made = suggestedDraft(suggestion, docId);
		if (!made.ok) {
			const reason = Object.values(made.errors)[0] ?? 'The form checks refused it.';
			leftOut.push({ quote: suggestion.quote, reason });
			continue;
		}
		await addWrittenQuestion(db, courseId, made.question, 'draft');
		asked.add(suggestion.quote);
		added++;
	}
	return { added, leftOut };
}
