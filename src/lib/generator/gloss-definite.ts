import { verblessClaim } from './idea-clause';

/**
 * A definite class as revision notes write one, wider than `DEFINITE_CLASS` (gen85, issue 12: a
 * quarter of h54–h61's student notes gave no draft, and their "Term: the … " lines were read as
 * no meaning because the class had more than three words before its restriction, a hyphen or an
 * "and"/"or" among them, or a restriction `DEFINITE_CLASS` does not list): "the total kinetic
 * and potential energy of all the particles …", "the day-to-day condition of the atmosphere",
 * "the point underground where …", "the energy needed to raise …", "the energy transferred per
 * second". The head before the restriction is up to five words and must hold no finite verb
 * (`verblessClaim`): "the country had switched between …" and "the army was defeated in …" are
 * statements a list's label goes on with, not what a term means. Pure.
 */
const NOTE_DEFINITE =
	/^the\s+((?:[\p{Ll}-]+\s+(?:(?:and|or)\s+)?){0,4}?[\p{Ll}-]+),?\s+(?:that|which|who|whereby|where|from|of|in|on|by|at|between|used|made|produced|needed|\p{Ll}{3,}ed\s+(?:to|by|per|from|in|for|with|into))\s/u;

/** Words that make the head a clause whatever the tagger reads: a copula, an auxiliary or a modal. */
const AUXILIARY =
	/\b(?:is|are|was|were|be|been|being|has|have|had|do|does|did|can|could|will|would|may|might|must|shall|should)\b/u;

/**
 * True when `key` (a gloss after "Term:" or "Term –", its examples cut) opens on a definite
 * class and its restriction in notes' wording (`NOTE_DEFINITE`) with no verb in its head.
 */
export function noteDefinite(key: string): boolean {
	const m = NOTE_DEFINITE.exec(key);
	if (!m) return false;
	const head = m[1].trim();
	if (AUXILIARY.test(head)) return false;
	return verblessClaim(`the ${head}`);
}

/**
 * A measure's definition: how much of something per unit ("the energy transferred per second",
 * "the mass per unit volume", "the distance travelled per hour"). With a nominal definition
 * ("the rate of flow of …") it says what a field's everyday word means in that field ("Power",
 * "Current" in a student's physics notes, gen85), not what a list's label goes on to say.
 */
export const PER_UNIT = /^the\s+(?:\p{Ll}+\s+){1,2}(?:\p{Ll}{3,}(?:ed|en|lt|wn)\s+)?per\s+\p{Ll}/u;
