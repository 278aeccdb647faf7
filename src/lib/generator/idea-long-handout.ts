import type { Idea } from './ideas';

/**
 * Cards the long handouts gen33 admitted as handouts (`handout.ts`: a text calling itself a
 * handout, or with a study heading) drew from their plain history and geography prose, each a
 * failure a strict reader finds on sight (issue 12, dev h34–h35, NOT blind). Pure.
 */

/** "What is X?", "Who was X?": the asked name of a definition card, else undefined. */
function askedName(prompt: string): string | undefined {
	return /^(?:What|Who)\s+(?:is|was|are|were)\s+(.+?)\?$/u.exec(prompt)?.[1];
}

/** A name that only counts or points: "the second", "the latter", "the rest". */
const COUNTING =
	/^(?:the\s+)?(?:first|second|third|fourth|fifth|last|next|former|latter|other|others|rest|same|remainder)$/iu;

const MONTHS =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** A month, a weekday or a date: a time, never a thing a gloss defines ("5 December, a reminder …"). */
const TIME = new RegExp(
	String.raw`^(?:\d{1,2}\s+)?${MONTHS}(?:\s+\d{1,2})?(?:,?\s+\d{3,4})?$|^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$`,
	'u'
);

/** A gloss that comments on a whole clause, not on the name before it ("a reminder that …"). */
const CLAUSE_COMMENT =
	/^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:reminder|sign|symbol|testament|reflection|indication|measure|mark|proof)\s+(?:that|of|to)\b/iu;

/**
 * A key that says only where a part lies: "A small region at the base of the brain" for "What is
 * the hypothalamus?" (gen33; H7 S30 failed its "… which lies behind …" form, `idea-definition-shape.ts`). A
 * relative clause saying what the part does is a definition ("the part at the back that
 * coordinates movement", gen74: a key-terms list's "cerebellum"); one saying where it lies is not.
 */
const PLACE_ONLY =
	/^(?:a|an|the)\s+(?:\p{Ll}+\s+){0,2}(?:area|part|region|point|spot|place|zone|patch)\s+(?:at|in|on|near|behind|below|above|beneath|under|inside|within|between|beside)\s+(?:(?!\b(?:that|which)\s+(?!lies|lie|sits|sit|is|are)\p{Ll}+s\b)[^,;])*$/iu;

/**
 * A definition card asked of no thing: a counting word ("What is the second?" of "The second is
 * a regular yearly zigzag"), a date ("What was December?" of "… on 5 December, a reminder that
 * …"), a name inside the sentence's fronted place phrase, whose "gloss" is the clause's own
 * subject ("What was West Sussex?" of "At Medmerry in West Sussex, a managed realignment scheme
 * … created …"), a key that comments on the clause ("A reminder that soil is …") or only places it
 * (`PLACE_ONLY`).
 */
export function askedNoThing(idea: Idea): boolean {
	const name = askedName(idea.prompt);
	if (!name) return false;
	if (COUNTING.test(name) || TIME.test(name)) return true;
	if (CLAUSE_COMMENT.test(idea.answer) || PLACE_ONLY.test(idea.answer)) return true;
	// Only a phrase of names and their links ("At Medmerry in West Sussex,"): "At the centre of
	// Tenochtitlan stood the Templo Mayor, or Great Temple, a pyramid …" glosses its own name.
	const fronted =
		/^(?:At|In|On|Near|Along|Across|Around|Beyond|From|Off|Outside|Inside|Within)\s+((?:the\s+)?\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:in|of|near|on|at|the)\s+)*\p{Lu}[\p{L}'’-]*)*),/u.exec(
			idea.sentence.text
		);
	return !!fronted && fronted[1].includes(name.replace(/^the\s+/iu, ''));
}

/** Words after which "there" is the existential subject, not a place the text named. */
const EXISTENTIAL =
	/^(?:is|are|was|were|has|have|had|will|would|may|might|must|can|could|seems?|seemed|appears?|appeared|remains?|remained|exists?|existed|lived|be|being|been|came|stood)$/iu;

/**
 * A statement that points into the unseen text: "both men" of two people named before ("Papers
 * by both men were read …"), or a place named only as "there" ("… the surrender of Japanese
 * troops there").
 */
export function pointsBack(idea: Idea): boolean {
	if (idea.type !== 'truefalse' && !/_{3,}/u.test(idea.prompt)) return false;
	const text = idea.type === 'truefalse' ? idea.sentence.text : idea.prompt;
	if (/\b[Bb]oth\s+(?:the\s+|these\s+|those\s+)?\p{Ll}+\b(?!\s+and\b)/u.test(text)) return true;
	// "… nobody knows whether either man reached the top" (blind check H19 S52, both reviewers:
	// the other man is never named), "neither woman", "the two brothers".
	if (
		/\b(?:[Ee]ither|[Nn]either)\s+(?:man|men|woman|women|brother|sister|king|queen|leader|ship|team|army|country|of\s+them)\b/u.test(
			text
		)
	)
		return true;
	if (
		/\b[Tt]he\s+two\s+(?:men|women|brothers|sisters|friends|rivals|leaders|kings|queens|explorers|scientists)\b/u.test(
			text
		)
	)
		return true;
	for (const m of text.matchAll(/\b[Tt]here\b\s*(\p{L}*)/gu))
		if (!EXISTENTIAL.test(m[1])) return true;
	return false;
}

/** True when a card has one of the failure kinds above. */
export function longHandoutRefuses(idea: Idea): boolean {
	return askedNoThing(idea) || pointsBack(idea);
}
