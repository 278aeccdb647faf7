import type { Idea } from './ideas';
import { bareClass, stateAsClass } from './key-differentia';

/**
 * Definition keys that are a class alone or a state of matter, not what sets the term apart.
 *
 * The definition keys blind check H27 (`questions/unseen/review-2027-02-03/`, all three
 * reviewers on each) rejected, refused as a kind whichever term kind drafted them (gen73, issue
 * 12): a key that is its class alone ("an old and widespread form of storytelling", S21) or a
 * state of matter passed off as the meaning ("a liquid at room temperature" for a metal, S87),
 * asked "What is X?" or "what is meant by the term “X”?". See `key-differentia.ts`. Pure.
 */

/** A question that asks what a term is or means. */
const ASKS_MEANING = /^(?:.*,\s+)?(?:what\s+(?:is|are|was|were)\s|what\s+is\s+meant\s+by\b)/iu;

/** True when the card's key does not define the term it asks (see the module's comment). */
export function classAsMeaningRefuses(idea: Idea): boolean {
	if (idea.type !== 'flashcard' || !ASKS_MEANING.test(idea.prompt)) return false;
	if (idea.kind !== 'term' && idea.kind !== 'glossary' && idea.kind !== 'lead') return false;
	const key = idea.answer.charAt(0).toLowerCase() + idea.answer.slice(1);
	return bareClass(key) || stateAsClass(key);
}
