import { escapeRegExp } from '$lib/text/regexp-literal';
import type { Idea } from './ideas';

/**
 * Slips copied or made in drafting: a trivia date, a relation without its complement, a copied
 * slip of grammar, reported praise as a key; two-verb year prompts and modifier subjects mended.
 *
 * Blind review U24's failure kinds (issue 12, gen22b), each a rule for every idea kind, read off
 * the card (prompt, key, cited sentence): `slipRedraft` mends a card that can be mended and
 * `slipRefuses` drops one that cannot. Pure.
 */

/** A card that asks a year, or a true-or-false statement that names one. */
function turnsOnYear(idea: Idea): boolean {
	const asksYear =
		/\byear\b|____/u.test(idea.prompt) && /^(?:1\d{3}|20\d{2})$/u.test(idea.answer.trim());
	return asksYear || (idea.type === 'truefalse' && /\b(?:1\d{3}|20\d{2})\b/u.test(idea.prompt));
}

/**
 * A release format, a reissue, a later edition or an anniversary: the date of one copy or one
 * celebration of a work, not of the work ("released on DVD and Blu-ray on March 7, 2017", U24
 * S08). "The first edition" is the work's own publication and is kept.
 */
const COPY_OF_WORK =
	/\b(?:DVD|Blu-ray|VHS|LaserDisc|home (?:video|media)|digital download|streaming|re-?released|re-?issued?|reissues|remaster(?:ed)?|re-?recorded|(?:special|deluxe|expanded|collector's|limited|revised|new|second|third|paperback|hardcover|English|American|British|US|UK) editions?|paperback|hardback|(?:\d+(?:st|nd|rd|th)|silver|golden|diamond|centenary|centennial) anniversary|anniversary (?:edition|release|tour|concert))\b/u;

/** A partnership, a contract, a deal or a licence: one episode of a company's dealings. */
const DEALING =
	/\b(?:partners?|partnerships?|consortium|joint venture|contracts?|deals?|sponsor(?:ed|ship|s)?|licen[cs](?:e|es|ed|ing)|an agreement|joined the\s+(?:[^,.;]{0,40}\s)?(?:project|programme|program|consortium|venture|alliance))\b/iu;

/**
 * True when a card's year (asked, or the one a statement names) is the year of a copy of a work
 * (a DVD release, a reissue, an anniversary; U24 S08) or of a partnership or a contract ("In
 * December 2008 Saab joined the Dassault nEUROn project as a major partner", S29): trivia.
 */
export function triviaDate(idea: Idea): boolean {
	if (!turnsOnYear(idea)) return false;
	return COPY_OF_WORK.test(idea.prompt) || DEALING.test(idea.prompt);
}

/**
 * Relational adjectives: each needs its "from", "of" or "to" ("separate from Granville"); a key
 * without it leaves the reader asking "of what?" ("A separate suburb with …", U24 S12).
 */
const RELATIONAL =
	/^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:separate|neighbou?ring|adjacent|nearby|sister|twin|rival|sibling|companion|corresponding|counterpart)\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}+))?/u;

/** True when a key opens on a relational noun phrase without its complement (U24 S12). */
export function relationWithoutComplement(key: string): boolean {
	const m = RELATIONAL.exec(key.trim().replace(/^\p{Lu}/u, (c) => c.toLowerCase()));
	if (!m) return false;
	return !/^(?:from|of|to)$/u.test(m[2] ?? '') && !/^(?:of|to|from)$/u.test(m[1]);
}

/** Words that give a clause its verb. */
const FINITE =
	/\b(?:is|are|was|were|be|been|being|will|would|can|could|may|might|must|shall|should|has|have|had|does|do|did)\b/u;

/** Past participles that take "of" ("composed of", "made of", "accused of"). */
const OF_PARTICIPLES =
	/^(?:composed|comprised|made|formed|built|constructed|deprived|accused|convicted|informed|robbed|stripped|relieved|cleared|acquitted|possessed|tired|ashamed|scared|assured|convinced|suspected|reminded|warned|cured|healed|enamou?red|consisted|persuaded|apprised|divested|emptied|drained|starved|conceived|approved|disposed)$/u;

/**
 * True when a key copies a slip of the article's grammar: a "where" clause with a bare
 * participle and no verb ("where planning done by Indigenous peoples", U24 S17), or a participle
 * with an "of" it never takes ("the elastic energy absorbed of a material", S20).
 */
export function copiedSlip(key: string): boolean {
	const where = /\b(?:where|whereby|in which)\s+([^,;]+)/u.exec(key);
	if (
		where &&
		/^(?:the\s+|a\s+|an\s+)?(?:\p{Ll}+\s+){1,2}(?:done|made|taken|given|held|run|\p{Ll}{3,}ed)\s+by\b/u.test(
			where[1]
		) &&
		!FINITE.test(where[1])
	)
		return true;
	return [...key.matchAll(/\b(\p{Ll}{3,}ed)\s+of\s+(?:a|an|the)\b/gu)].some(
		(m) => !OF_PARTICIPLES.test(m[1])
	);
}

/**
 * True when a key reports what others said of the subject ("who has been hailed by Time
 * magazine as a "once-in-a-millennium scholar"", U24 S28): the praise is the magazine's, and
 * what the person is known for is missing.
 */
export function reportedPraise(key: string): boolean {
	return /\b(?:hailed|lauded|dubbed|acclaimed\s+(?:as|by)|praised\s+(?:as|by)|(?:described|called|named|ranked|voted|listed)\s+by\s+(?:the\s+)?\p{Lu})/u.test(
		key
	);
}

/** Verbs of being after a lead's subject. */
const ARE = /^(are|were)$/u;

/**
 * A "What is X?" of a lead whose X only modifies the sentence's subject ("Hypnotic (from Greek
 * …) or soporific drugs, commonly known as sleeping pills, are a class of …", U24 S35 asked
 * "What is hypnotic?"): asked of the whole noun ("What are hypnotic drugs?"), or undefined when
 * the sentence names no plural head to ask of. `idea` when the rule does not apply.
 */
export function modifierSubject(idea: Idea): Idea | undefined {
	const m = /^What (is|was) (?:the\s+)?([\p{L}-]+)\?$/u.exec(idea.prompt);
	if (!m || idea.kind !== 'lead') return idea;
	const name = m[2];
	const text = idea.sentence.text
		.replace(/\s*\([^()]*\)/gu, '')
		.replace(
			/,\s+(?:commonly|also|often|usually|sometimes)?\s*(?:known|called|referred to)\s[^,]*,/gu,
			''
		);
	// No "\-": a hyphen needs no escape outside a class, and the "u" flag refuses it (test20's
	// "Cross-dressing" threw, and with it every draft of the corpus).
	const escaped = escapeRegExp(name);
	const head = new RegExp(
		String.raw`^(?:The\s+|the\s+)?${escaped}(?:\s+or\s+[\p{L}-]+)?\s+(\p{Ll}+s)\s+(\p{Ll}+)\b`,
		'iu'
	).exec(text);
	if (!head || !ARE.test(head[2])) return idea;
	return { ...idea, prompt: `What ${head[2]} ${name} ${head[1]}?` };
}

/**
 * "In what year was X proclaimed and, with an area of …, included …" (U24 S01): a question's
 * inversion carries one verb, so the prompt ends before the second ("In what year was X
 * proclaimed?").
 */
export function oneVerbYearPrompt(prompt: string): string {
	const m = /^(In what year (?:was|were|did)\s.+?),?\s+and,\s/u.exec(prompt);
	return m ? `${m[1]}?` : prompt;
}

/** The card mended for U24's kinds, or undefined when it cannot be. */
export function slipRedraft(idea: Idea): Idea | undefined {
	const prompt = oneVerbYearPrompt(idea.prompt);
	return modifierSubject(prompt === idea.prompt ? idea : { ...idea, prompt });
}

/** True when a card fails one of U24's kinds. */
export function slipRefuses(idea: Idea): boolean {
	return (
		triviaDate(idea) ||
		relationWithoutComplement(idea.answer) ||
		copiedSlip(idea.answer) ||
		reportedPraise(idea.answer)
	);
}
