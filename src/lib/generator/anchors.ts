import { subjectBeforeComma } from './anchor-opening';
import type { Candidate } from './candidates';
import type { Lexicon } from './facts';
import { PERSON_ROLE } from './idea-deed';
import { HUMAN_ROLE } from './idea-role-words';

/**
 * A lifted sentence whose only anchor is a definite common noun or a bare plural ("the outbreak
 * was reported …", "The disease was first reported …", "125 cases had been reported …"),
 * "also", "him", "the first two methods", an "As of" date, a "When?" card, or text the source
 * garbled (ALL CAPS, "182710 February 1912"): blind review U2 (2026-12-06) failed 18 of 31
 * drafts as unreadable alone and the "When? <statement>" cards as ungrammatical. Drafts no
 * editor reads only; a sentence whose subject `coreference.ts` named is read as named.
 */
export function weakAnchor(c: Candidate, lexicon: Lexicon): boolean {
	if (!lexicon.salience) return false;
	const { prompt, type } = c.question;
	if (type === 'flashcard' && prompt.startsWith('When? ')) return true;
	const lifted = type === 'truefalse' || type === 'short' || prompt.includes('____');
	if (!lifted) return false;
	// A card asks in its own words: only a lifted sentence carries the source's garbling.
	if (GARBLED.test(c.fact.sentence.text)) return true;
	// "also known as", "also called" name a thing; another "also" points back (gen49).
	if (/^As of\b/.test(prompt) || /\b(?:also(?!\s+(?:known|called)\b)|him|them)\b/i.test(prompt))
		return true;
	if (ORDINAL_POINTER.test(prompt)) return true;
	const context = c.context ?? c.fact.sentence.text;
	// "The groma was used to mark out …" swapped with "The chorobates": a statement whose swapped
	// element is its subject names it, a term the handout bolds or a person (`truth-contrast.ts`).
	if (type === 'truefalse' && subjectSwapped(context, c.fact.answer)) return false;
	return commonNounSubject(context);
}

/** True when `span` is the subject a statement opens on, after "The" or not. */
function subjectSwapped(context: string, span: string): boolean {
	const subject = context.replace(/^The\s+/u, '');
	return !/^\d/u.test(span) && (context.startsWith(span) || subject.startsWith(span));
}

/**
 * An ordinal pointing into a list the text gave before: "the first two methods", "the other
 * reforms", "The second method uses …" (U2). Lower-case ordinals only: "the Third Estate" is a
 * name. A record is no pointer (gen49, issue 12: "was the first to sail around the world", "for
 * the first time", "set up the first press at Westminster" were refused): "first", "second",
 * "third" with a noun point back only where they open the sentence or a clause.
 */
const ORDINAL_POINTER =
	/\b[Tt]he\s+(?:other|remaining)\s+\p{Ll}+|\b[Tt]he\s+(?:first|second|third|other|remaining)\s+(?:two|three|few)\s+\p{Ll}+|(?:^|[,;:]\s+)[Tt]he\s+(?:first|second|third)\s+(?!(?:to|time)\b)\p{Ll}+/u;

/** Two ALL-CAPS words in a row, or digits run into a date ("182710 February"). */
const GARBLED =
	/\b\p{Lu}{2,}[\p{Lu}'’.-]*\s+\p{Lu}{2,}\b|\d{5,}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/**
 * True when the sentence's subject, after an opening phrase ("On 20 January 2007, …"), is a
 * definite common noun ("the outbreak"), a bare plural ("cases") or a number of them.
 */
export function commonNounSubject(text: string): boolean {
	const comma = text.indexOf(',');
	const opening = text.slice(0, comma);
	// "Australia federated in 1901, bringing …": the subject stands before the comma (gen38).
	const own = comma > 0 ? subjectBeforeComma(opening, text.slice(comma + 1)) : undefined;
	if (own) return commonNounSubject(`${own}.`);
	const clause =
		comma > 0 &&
		opening.split(/\s+/).length <= 8 &&
		// "Hale–Bopp was discovered in 1995, …" is a main clause, not an opening phrase, and
		// "The power station at Velmora, a fishing town, …" a subject before its apposition.
		!/\b(?:is|are|was|were|has|have|had)\b/u.test(opening) &&
		!NAMED_COMMON_NOUN.test(opening) &&
		// "The Triple Entente, completed in 1905, linked …": a name is the subject, not an opening.
		!/^[Tt]he(?:\s+\p{Lu}[\p{L}'’-]*)+$/u.test(opening)
			? text.slice(comma + 1).trim()
			: text;
	if (
		NAMED_COMMON_NOUN.test(clause) ||
		NAMED_BY_RELATIVE.test(clause) ||
		namedInApposition(clause) ||
		// "The term ecosystem was …" names its word; "The boundaries, known as the Radcliffe Line,
		// were …" its thing (gen49).
		/^[Tt]he\s+(?:term|word|phrase|name)\s+\S/u.test(clause) ||
		(comma > 0 && /^\s*(?:known as|called|named)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(comma + 1)))
	)
		return false;
	// "On 9 November 1799, in the coup of 18 Brumaire, Napoleon overthrew …": a second opening
	// phrase before the subject is read past as the first was.
	if (clause !== text && /^(?:in|on|at|during|after|before|by)\s[^,]{0,60},\s/u.test(clause))
		return commonNounSubject(clause.replace(/^(?:in|on|at|during|after|before|by)\s/u, 'In '));
	return /^(?:[Tt]he\s+\p{Ll}|(?![Tt]he\s)\p{Ll}|\d[\d,.]*\s+\p{Ll})/u.test(clause);
}

/**
 * A definite common noun that its own phrase names: "The tidal power station at Velmora", "the
 * town hall of Ostby". It says which one, unlike "the outbreak" or "the disease".
 */
const NAMED_COMMON_NOUN =
	/^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:at|of|in|on)\s+(?:the\s+)?\p{Lu}/u;

/**
 * A definite noun that a restrictive relative clause names by a name right after its verb or as
 * its subject ("The eruption that made Ostra famous …", "the law that Parliament passed …"): it
 * says which one (gen46's outsider page: "The eruption that made Iceland famous around the world
 * began in March 2010" was refused as "the eruption"). One word between the relative and the
 * name only: in "The disease that followed reached Varn" the name is the main verb's object.
 */
const NAMED_BY_RELATIVE =
	/^[Tt]he\s+(?:\p{Ll}[\p{L}-]*\s+){1,3}(?:that|which|who)\s+(?:\p{Ll}+\s+(?:the\s+)?)?\p{Lu}\p{Ll}/u;

/**
 * A definite role noun with the name it stands for ("The English doctor Edward Jenner carried
 * out …", "the lawyer Maximilien Robespierre"): the name says who, as a bare name would.
 */
function namedInApposition(clause: string): boolean {
	const m = /^[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+)?((?:\p{Ll}[\p{L}-]*\s+){1,3})\p{Lu}\p{Ll}/u.exec(
		clause
	);
	if (!m) return false;
	const role = m[1].trim().split(/\s+/u).at(-1)!;
	// "The folk singer Ivo Varn, who …": any human role, not only a deed's doer (issue 12).
	return PERSON_ROLE.test(role) || HUMAN_ROLE.test(role);
}
