import { balanced } from './idea-key';

/**
 * Whether a card's key ends at a complete unit of its sentence (issue 12 item 2, blind review
 * U16: "The seventh king" [of Israel], "… architect of the Renaissance working" [in
 * Regensburg], "… and music that" […], "… simple tasks in indirect" [, convoluted ways], "one of
 * two major founders" [of semiology]). A key cut at a word cap reads as a complete answer
 * that is wrong or says nothing; the card is refused, never mended. Pure.
 */

/** Words a complete phrase never ends on: prepositions, articles, conjunctions, relatives. */
const DANGLING =
	/^(?:of|in|on|at|by|for|with|from|to|into|onto|over|under|between|among|through|during|since|until|as|than|about|against|within|without|across|after|before|a|an|the|and|or|but|nor|while|whereas|although|because|who|whom|whose|which|that|where|when|its|his|her|their|our|my|your)$/iu;

/**
 * A new clause or predicate after a key: "… and has been", "… but was", or a relative clause
 * on a whole noun phrase ("an emperor of the Maurya dynasty" | "who ruled …"), or a participle
 * phrase on one ("short-story writer" | "best known for …", "a signaling technology" | "known as
 * pulse dialing": U16 S56, S84, both accepted), or a subject its sentence then names ("Water that
 * is safe to drink" | "is called potable water", gen45's `idea-named-called.ts`).
 */
const NEW_CLAUSE =
	/^\s+(?:who|whom|whose|which|where|when)\b|^\s+(?:best\s+|well\s+|widely\s+|also\s+)?(?:known|called|named|noted|remembered|famous|\p{Ll}{2,}ed)\b|^\s+(?:is|are)\s+(?:called|known\s+as)\b|^\s+(?:and|but|or)\s+(?:has|have|had|is|was|are|were|can|could|may|might|will|would|became|becomes|later|then|also|\p{Ll}+ed)\b/u;

/** ", copper and natural gas …": the sentence goes on with a list's next items, then its "and". */
const LIST_GOES_ON =
	/^,\s+(?!(?:which|who|whom|whose|where|when|while|whereas|although|though|but|as|he|she|it|they|we|its|his|her|their|this|that|these|those|including|especially|such|and|or)\b)(?:[\p{Ll}-]+,?\s+){1,3}(?:and|or)\s+(?!(?:was|were|is|are|has|had|have|can|could|will|would|may|might|also|then|later)\b)[\p{Ll}-]+/u;

/**
 * A passive relative clause with no relative word, ending on its preposition: "the group of
 * people an advert is aimed at" (gen74). Whole only where its sentence ends there too.
 */
export const PASSIVE_CONTACT =
	/\s(?:an?|the|its|their)\s+\p{Ll}+\s+(?:is|are|was|were)\s+\p{Ll}{2,}(?:ed|en|wn)\s+(?:at|to|for|with|on|in|by|from|of|about)$/iu;

/**
 * True when `key` ends on a passive contact clause (`PASSIVE_CONTACT`) where its sentence ends.
 */
export function endsOnPassiveContact(key: string, sentence: string): boolean {
	const text = key.trim().replace(/[.,:]+$/u, '');
	const at = sentence.toLowerCase().indexOf(text.toLowerCase());
	return (
		at >= 0 && PASSIVE_CONTACT.test(text) && /^[.!?]?\s*$/u.test(sentence.slice(at + text.length))
	);
}

/** Prepositions a relative clause may leave at its end ("what a word belongs to"). */
const STRANDABLE =
	/^(?:to|on|in|at|by|for|with|from|into|onto|against|about|through|over|under|after|of)$/iu;

/**
 * True when a key's last word is a preposition its own relative clause left at the end and the
 * sentence ends there too: "a silent sign showing what category a word belongs to.", "segments
 * that muscles can push against." (gen60: H16's key-terms lines gave no flashcard, the key read
 * as cut). The object is the relative word ("what", "that", "which"), or the noun a passive
 * clause with none follows ("people an advert is aimed at."), so the phrase is whole.
 */
function strandedPreposition(text: string, last: string, after: string | undefined): boolean {
	if (after === undefined || !/^[.!?]/u.test(after) || !STRANDABLE.test(last)) return false;
	if (/\b(?:what|which|that|whom|where)\s+(?:\p{L}+\s+){1,6}\p{L}+$/iu.test(text)) return true;
	// A passive relative clause with no relative word: "the group of people an advert is aimed
	// at." (gen74: H27's "target audience" read as cut).
	return PASSIVE_CONTACT.test(text);
}

/** A comparative adjective: a doubled consonant before "-er" ("hotter") or a common one. */
const COMPARATIVE =
	/^(?:\p{Ll}*([bdgmnpt])\1er|warmer|colder|cooler|softer|harder|denser|deeper|higher|lower|larger|smaller|older|younger|thicker|stronger|weaker|faster|slower|darker|lighter|heavier|wider|narrower|drier|richer|poorer|longer|shorter|greater|smoother|rougher|brighter|safer|cheaper|easier)$/iu;

/**
 * Where in `sentence` the words right after a key's `text` begin, or -1: the whole text, else
 * its longest tail of three or more words (a key joins words its term stands between, "huge
 * slabs of rock" … "which move …", and its end is judged where the sentence has it).
 */
function heldAt(text: string, sentence: string): number {
	const lower = sentence.toLowerCase();
	const whole = lower.indexOf(text.toLowerCase());
	if (whole >= 0) return whole + text.length;
	const words = text.split(/\s+/u);
	for (let from = 1; words.length - from >= 3; from++) {
		const tail = words.slice(from).join(' ').toLowerCase();
		const at = lower.indexOf(tail);
		if (at >= 0 && lower.indexOf(tail, at + 1) < 0) return at + tail.length;
	}
	return -1;
}

/**
 * True when a part of the key (parts are joined by "; ") stops mid-phrase: it ends on a word
 * in `DANGLING`, or, read where the sentence has it, the sentence goes straight on (no
 * punctuation) from a lower-case last word ("king of Israel", "working in"), or it ends inside a
 * prepositional phrase the sentence continues after a comma ("in indirect, convoluted ways").
 * A part the sentence does not hold word for word is judged where it holds the part's last three
 * or more words (`heldAt`), else on its last word only. A comparative cut before its noun ("on
 * top of hotter" | ", softer rock") is cut. Keys of a single token (years, numbers) are never cut.
 */
export function keyCutMidPhrase(key: string, sentence: string): boolean {
	if (!balanced(key)) return true;
	return key.split(/;\s*/u).some((part) => {
		const text = part.trim().replace(/[.,:]+$/u, '');
		const words = text.split(/\s+/u).filter(Boolean);
		if (words.length < 2) return false;
		const last = words.at(-1)!;
		const at = heldAt(text, sentence);
		const after = at < 0 ? '' : sentence.slice(at);
		if (DANGLING.test(last)) return !strandedPreposition(text, last, at < 0 ? undefined : after);
		if (at < 0) return false;
		if (/^\p{Ll}/u.test(last) && /^\s+[\p{L}\d]/u.test(after) && !NEW_CLAUSE.test(after))
			return true;
		// "a pioneer in California's burgeoning oil" | ", copper and natural gas industries": a
		// key that stops at a list's first comma drops the rest of the list and the noun it
		// qualifies (U29 S35, both reviewers: "truncated into ungrammatical text").
		if (/^\p{Ll}/u.test(last) && LIST_GOES_ON.test(after)) return true;
		const beforeLast = words.at(-2)!;
		// "… on top of hotter" | ", softer rock": a comparative whose noun comes after the next
		// adjective (blind review H29 S58, all three reviewers: "cut mid-phrase").
		if (
			(COMPARATIVE.test(last) || /^(?:more|less)$/iu.test(beforeLast)) &&
			/^,\s+(?:more\s+|less\s+)?\p{Ll}+\s+\p{Ll}/u.test(after)
		)
			return true;
		return (
			/^(?:of|in|on|at|by|for|with|from|into|through)$/iu.test(beforeLast) &&
			/^,\s+(?:\p{Ll}+\s+){0,2}\p{Ll}+\s*(?:[.;]|$)/u.test(after)
		);
	});
}
