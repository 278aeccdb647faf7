/**
 * A definition card's key must say what the thing was, not what it signified or what its name
 * means (blind review H11, 2027-01-18, both reviewers on each): "What was the Berlin Airlift?" →
 * "The first major crisis of the Cold War" (S44: the airlift was flying supplies into blockaded
 * West Berlin; a student who says so is marked against a ranking), "What is apartheid?" → "An
 * Afrikaans word meaning “apartness”" (S92: the word's origin, not the system of segregation).
 * Pure.
 */

/**
 * "The first major crisis of the Cold War", "A major English victory in the … Hundred Years'
 * War", "The first great social revolution of the twentieth century": an evaluative adjective
 * and an event noun placed in an era, and nothing that says what happened. On every reviewed
 * draft (1,565): 3 drafts, 4 verdicts rejecting, 1 accepting (H9's Mexican Revolution, by one
 * reviewer).
 */
const RANKS_IN_ERA =
	/^(?:the|an?)\s+(?:\p{Ll}+\s+)?(?:major|great|big|important|serious|significant|key|decisive|turning)\s+(?:\p{Ll}+\s+)?(?:crisis|event|moment|point|step|episode|conflict|revolution|victory|defeat|battle|war|development|achievement|figure)\s+(?:of|in)\s+(?:the\s+)?[^,;]*$/iu;

/**
 * "An Afrikaans word meaning …", "A Greek term for …": the name's origin, in a language the key
 * capitalises; not "A common name for algal blooms" or "A traditional term for a division of land",
 * which say what the thing is (on every reviewed draft: 1 such key, 2 verdicts rejecting).
 */
const ETYMOLOGY =
	/^(?:An?|The)\s+\p{Lu}\p{Ll}+\s+(?:word|term|name)\s+(?:meaning|for|from)\b|^(?:From|Derived\s+from)\s/u;

/** Words of a key that say what happened: a clause or a participle ("that …", "fought …"). */
const SAYS_WHAT = /\b(?:that|which|who|where|when|whereby|by|fought|made|created|used|between)\b/iu;

/** True when a key only ranks its thing in an era (`RANKS_IN_ERA`) and says nothing of what it was. */
export function onlyRanks(key: string): boolean {
	const k = key.trim();
	return RANKS_IN_ERA.test(k) && !SAYS_WHAT.test(k);
}

/** True when a key gives only what the name means in another language (`ETYMOLOGY`). */
export function onlyEtymology(key: string): boolean {
	return ETYMOLOGY.test(key.trim());
}

/** True when a definition key says what its thing signified or what its name means, not what it was. */
export function keySignifies(key: string): boolean {
	return onlyRanks(key) || onlyEtymology(key);
}
