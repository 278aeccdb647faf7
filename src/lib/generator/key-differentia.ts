/**
 * Keys of "What is X?" that do not define X, however true (gen73, blind review H27, all three
 * reviewers each):
 * - a bare class: "an old and widespread form of storytelling" for a kind of puppetry, "a type
 *   of rock" for granite: only the class and words of praise, no differentia, so a right
 *   definition does not match it and the card teaches nothing that tells X from its class;
 * - a state of matter as the class: "a liquid at room temperature" for a metal: one property
 *   passed off as what the word means.
 * Pure; each returns true when the key must not be a definition's.
 */

/** Class nouns too general to define with: "a form of …", "a kind of …". */
const GENERAL =
	'form|forms|type|types|kind|kinds|sort|sorts|example|examples|part|parts|branch|style|method|way|piece|variety|member|group';

/**
 * "a/an/the <up to four modifiers> <general class> of <one word>" and nothing more: no relative
 * clause, participle or prepositional phrase that tells the term from its class. A modified
 * class after "of" ("a kind of soft hail", accepted in H25) narrows it, and stays.
 */
const BARE_CLASS = new RegExp(
	`^(?:an?|the)\\s+(?:[\\p{Ll}-]+,?\\s+){0,4}?(?:${GENERAL})\\s+of\\s+(?:an?\\s+)?[\\p{Ll}-]+$`,
	'u'
);

/** True when a key is its class and nothing that tells the term apart ("a type of rock"). */
export function bareClass(key: string): boolean {
	const words = key.trim().replace(/\.$/u, '');
	if (/\b(?:that|which|who|where|when|used|made|found|with|in|on|by|for|from)\b/u.test(words))
		return false;
	return BARE_CLASS.test(words);
}

/**
 * True when a key is a state of matter and at most its condition ("a liquid at room
 * temperature", "a colourless gas"): a property, not the class that defines the term.
 */
export function stateAsClass(key: string): boolean {
	// The state is the head and only a condition follows: "a jelly-like liquid where reactions
	// happen" and "a gas flame" are defined by what comes after, and stay.
	return /^(?:an?\s+)?(?:[\p{Ll}-]+\s+)?(?:liquid|solid|gas|vapour|vapor)(?:\s+(?:at|under|above|below)\s[^,;]*)?$/u.test(
		key.trim().replace(/\.$/u, '')
	);
}
