import type { Idea } from './ideas';

/**
 * A list item a handout writes as a step, not a claim: "Collecting a gas in a gas syringe …, and
 * recording the volume every 10 seconds." Since gen35 reads each Markdown list item as its own
 * paragraph, such an item reached the true-or-false kind alone, and "… every 30 seconds" was
 * asked of a method, which is no statement to judge (rubric: readable, worth learning). Pure.
 */

/** A sentence opening on a gerund ("Collecting", "Measuring the loss"). */
const GERUND_OPENING = /^\p{Lu}\p{Ll}+ing\s/u;

/** A verb a gerund subject goes on with ("Burning coal releases …", "Smoking is …"). */
const VERB =
	/\b(?:is|are|was|were|has|have|had|can|could|will|would|may|might|must|should|does|do|did|\p{Ll}{2,}(?:es|[^s\s]s)(?=\s+\p{Ll}))\b/u;

/** True when `text` opens on a gerund and has no verb: a step or heading of a list, no claim. */
export function verblessStep(text: string): boolean {
	return GERUND_OPENING.test(text) && !VERB.test(text);
}

/** True when a true-or-false idea asks a verbless step (`verblessStep`). */
export function asksStep(idea: Idea): boolean {
	return idea.type === 'truefalse' && verblessStep(idea.sentence.text);
}
