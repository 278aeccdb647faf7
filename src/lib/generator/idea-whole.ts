import { endsOnPassiveContact } from './idea-cut';
import type { Idea } from './ideas';
import { fold } from './text';

/**
 * Keys that are not whole, after blind review U21's failures of keys and definitions (each a
 * rule with a unit test on made-up sentences): a property given as what a thing is ("one of the
 * key underlying concepts of the Web", S01), a key cut mid-clause ("… who has sometimes been",
 * S21) or mid-list ("known for the novels Le Rouge et le Noir" where the sentence goes on "and
 * La Chartreuse …", S63), a cut that joins a clause to the wrong noun ("a complex of proteins,
 * which is the double membrane", S47), and a key copying the article's grammar slip ("one of The
 * Bahamas' first abstract expressionist", S39). Pure.
 */

/** "One of the key concepts of …": a membership or a property, not what the thing is. */
const PROPERTY =
	/^one of (?:the|its|their)\s+(?:[\p{L}-]+\s+){0,3}(?:concepts?|ideas?|features?|aspects?|elements?|components?|parts?|principles?|themes?|pillars?|foundations?|building blocks?|cornerstones?)\b/iu;

/** A key whose last word leaves its clause open: an auxiliary, an adverb, a preposition. */
const OPEN_END =
	/\b(?:been|be|being|is|are|was|were|has|have|had|sometimes|often|also|usually|as|to|of|the|a|an|and|or|but|by|with|for|in|on|at|from|into|who|which|that|whose|than|such|its|their|his|her)$/iu;

/** Plurals that end in no "s". */
const IRREGULAR_PLURAL =
	/^(?:people|men|women|children|media|data|criteria|phenomena|bacteria|fungi|alumni|cacti|nuclei|mice|geese|teeth|feet|clergy|police|cattle|staff|personnel|series|species)$/iu;

/** True when a key is a property or membership, not a definition (U21 S01). */
export function propertyKey(key: string): boolean {
	return PROPERTY.test(key.trim());
}

/** True when a key ends on a word that leaves its clause open (U21 S21: "who has sometimes been"). */
export function openEnded(key: string): boolean {
	const text = key.trim().replace(/[.,;:]+$/u, '');
	return OPEN_END.test(text) && !EMBEDDED_QUESTION.test(text);
}

/**
 * An embedded question ends on its verb and is whole: "… measures how acidic a solution is",
 * "… shows what the pressure is" (gen80: a student's "pH scale" gloss lost its card).
 */
const EMBEDDED_QUESTION =
	/\b(?:how|what|whether|where|when)\s+(?:\p{L}+\s+){1,6}(?:is|are|was|were)$/u;

/**
 * True when "one of (the|X's) … noun" ends on a singular noun: the article's own slip ("one of
 * The Bahamas' first abstract expressionist", U21 S39), which a key must not copy.
 */
export function singularAfterOneOf(key: string): boolean {
	const m =
		/\b[Oo]ne of (?:the|\p{Lu}[\p{L}'’ ]*?['’]s?)\s+((?:[\p{L}-]+\s+){0,4}?)([\p{L}-]+)(?=\s*(?:$|[,;.]|\s(?:who|which|that|in|of|for|to|at|from|with|by|and)\b))/u.exec(
			key
		);
	if (!m) return false;
	const noun = m[2];
	return !/s$/iu.test(noun) && !IRREGULAR_PLURAL.test(noun) && /^\p{Ll}/u.test(noun);
}

/**
 * True when a key stops inside a list the sentence goes on with ("the novels A (1830)" | "and
 * B"): the plural class then names one item of two (U21 S63).
 */
export function listCut(key: string, sentence: string): boolean {
	const tail = key.trim().split(/\s+/u).slice(-4).join(' ');
	const at = sentence.indexOf(tail);
	if (at < 0) return false;
	const after = sentence.slice(at + tail.length);
	// ", and in some cases water": a clause after a comma may be left; a list's "and B" not.
	// "… inside the body and may release toxins": a hedged second predicate, not a list's item.
	return /^\s*(?:\([^)]*\)\s*)?(?:and|or)\s(?!(?:may|might|can|could|often|sometimes)\s)/u.test(
		after
	);
}

/**
 * True when a key joins a clause to a noun the sentence does not put it on ("a complex of
 * proteins, which is the double membrane" from "… proteins, known as …, which is …": U21 S47):
 * the two words before every ", which"/", who" of the key must stand before it in the sentence.
 */
export function clauseMoved(key: string, sentence: string): boolean {
	const folded = fold(sentence);
	for (const m of key.matchAll(/(\S+\s+\S+),\s+(which|who|whose)\b/gu))
		if (!folded.includes(fold(`${m[1]}, ${m[2]}`))) return true;
	return false;
}

/** True when an idea's key is whole by every rule above; statements and years have no key. */
export function keyIsWhole(idea: Idea): boolean {
	if (idea.type === 'truefalse' || /^\d{3,4}$/u.test(idea.answer)) return true;
	const key = idea.answer;
	const sentence = idea.sentence.text;
	return (
		!propertyKey(key) &&
		(!openEnded(key) || endsOnPassiveContact(key, sentence)) &&
		!singularAfterOneOf(key) &&
		!listCut(key, sentence) &&
		!clauseMoved(key, sentence)
	);
}
