/**
 * Shapes of a "Why …?" question's clause that blind reviewers reject however true the reason
 * (gen73, blind review H27, all three reviewers each):
 * - a list's label read as the subject ("Non-renewable – will run out …" → "Why will
 *   Non-renewable – run out?"): `labelSubject`;
 * - a comparison cut from its other half ("It is more realistic because …" → "Why is a food web
 *   more realistic?", than what?): `uncompared`;
 * - a reason that names no reason ("because of the way their atoms are arranged", when the next
 *   sentence gives the reason): `vagueReason`.
 * Pure string tests; each returns true when the clause must not be asked.
 */

/** A dash or colon inside the subject: a list's label and its gloss, not a noun phrase. */
export function labelSubject(subject: string): boolean {
	return /[–—:]|\s-(?:\s|$)|-$/u.test(subject.trim());
}

/** Comparatives that need their "than …" to be answerable. */
const COMPARATIVE =
	/\b(?:more|less|fewer)\s+\p{Ll}+|\b(?:better|worse|larger|smaller|bigger|higher|lower|faster|slower|easier|harder|stronger|weaker|cheaper|dearer|safer|greater|longer|shorter|heavier|lighter|warmer|colder|hotter|cooler|richer|poorer|older|younger|earlier|later|quicker|wider|deeper|thicker|thinner)\b/iu;

/**
 * True when the main clause compares ("more realistic", "travel faster") and says nothing of
 * what it is compared with ("than …"): the question reads alone only with the comparison. A
 * change ("became more urgent") is compared with before, and stays.
 */
export function uncompared(main: string): boolean {
	// "became more urgent", "grew stronger": a change, compared with before, reads alone.
	const change =
		/\b(?:become|became|becomes|becoming|grew|grow|grows|growing|got|get|gets|getting)\s+(?:more|less|\p{Ll}+er)\b/iu;
	return COMPARATIVE.test(main) && !/\bthan\b/iu.test(main) && !change.test(main);
}

/**
 * True when a reason only points at one ("of the way their atoms are arranged", "of how it is
 * made", "of its structure"): a student who gives the real reason would not match the key.
 */
export function vagueReason(reason: string): boolean {
	return /^(?:of\s+)?(?:the\s+way|the\s+manner|how|the\s+nature|(?:its|their|the)\s+(?:structure|make-up|properties|design))\b/iu.test(
		reason.trim()
	);
}
