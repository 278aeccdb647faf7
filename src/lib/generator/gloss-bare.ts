import nlp from 'compromise';
import { verblessClaim } from './idea-clause';
import { PLURAL_TERM, RESTRICTION } from './gloss-clause';

/**
 * A gloss as students write one in their notes, with no article and no verb (gen88, issue 12:
 * the "Term – meaning" reader took a meaning only after "a …", "the … of/that …" or under a
 * key-terms heading, so "Oxidation – loss of electrons", "Tariff – tax on imports", "Anode – the
 * positive electrode", "Diffusion – when particles spread from high to low concentration" and
 * "Delta – where a river deposits sediment at its mouth" gave no card). Three shapes:
 * - a bare noun phrase: "loss of electrons", "toxic gas with no colour or smell", "two or more
 *   elements chemically combined", its head (before a restriction) holding no finite verb;
 * - a short definite noun phrase with no restriction: "the positive electrode";
 * - a "when …" or "where …" clause with no second clause after a comma ("when a level goes too
 *   high, the body acts …" is what happens then, not what the term means).
 * What is no meaning stays refused: a label's comparison ("more people living in …", "fewer
 * trees"), an example ("e.g. bark"), a direction ("from the organs to the lungs"), a list of
 * items ("heaters, thermal cameras, remote controls"), a number ("6.02 × 10²³ particles"), a
 * participle's event ("founded in Oakland in 1966") and a plural term's feature ("Toucans: large
 * beaks to reach …": a plural term's bare gloss is `BARE_PLURAL`'s, in a list of classes). Pure.
 */

/**
 * First words of no meaning: a comparison, a negation, an example, a preposition (a direction or
 * a place: "from the liver to the kidneys"), a pronoun or a quantifier (a claim), an adverb, a
 * question word.
 */
const NOT_MEANING_OPENING =
	/^(?:a|an|more|less|fewer|most|least|not|no|none|very|too|also|only|just|usually|often|mainly|mostly|always|never|sometimes|still|even|e\.\s?g|i\.\s?e|eg|ie|from|to|for|in|on|at|by|with|into|onto|through|after|before|during|because|so|if|as|than|and|or|but|it|its|they|them|their|he|she|his|her|we|you|your|our|this|these|that|those|there|here|some|many|much|all|each|every|both|either|neither|any|see|same|like|about|up|down|out|over|under|between|against|without|within|across|around|how|what|who|which|why|whose|whom|when|where|yes|ok|good|bad|better|worse|best|worst|higher|lower|bigger|smaller|greater|especially|particularly|plus|including|mainly|etc)\b/iu;

/** A participle or past verb opening the gloss: an event ("founded in …", "set in 1921 at …"). */
const PARTICIPLE_OPENING =
	/^(?:\p{Ll}{3,}(?:ed|en)|set|led|made|built|began|begun|run|ran|held|kept|found|left|sold|brought|taught|spread|cut|put|known|born|won|lost|fought|sent|went|came|took|gave|got)\b/u;

/** A word that makes the head a clause: a copula, an auxiliary or a modal. */
const AUXILIARY =
	/\b(?:is|are|was|were|be|been|being|am|has|have|had|do|does|did|can|could|will|would|may|might|must|shall|should)\b/iu;

/** Prepositions and relatives a noun (not a verb) goes on with: "tax on …", "store of …". */
const AFTER_NOUN =
	/^(?:of|on|in|at|for|from|with|between|per|by|that|which|who|where|when|used|made|found)\b/u;

/**
 * A finite verb a tagger may miss in a short gloss: an irregular past ("money became worthless"),
 * a present "-s" verb and its particle after a noun ("wave bounces off a boundary"), a negated
 * participle ("rubbish not collected": a problem, not a meaning).
 */
const FORM_VERB =
	/\b(?:became|began|grew|rose|fell|went|came|made\s+(?:the|a|an|it)|took|gave|got|led|won|lost|left|broke|spread\s+(?:the|a|an))\b|^(?:[\p{Ll}-]+\s+){1,2}\p{Ll}{3,}(?:es|[^s\s]s)\s+(?:off|into|onto|up|down|out|away|through|across|over|along|back|around)\b|\bnot\s+\p{Ll}+ed\b/u;

/**
 * True when `head` (the gloss before its restriction) reads as a noun phrase: no auxiliary, no
 * present verb before its object ("stores faeces", "pumps blood", "gets flatter"), no past verb
 * before a determiner ("army defeated the …"), and a first word the tagger reads as a noun or an
 * adjective after "the" and, unless a preposition follows it ("tax on imports"), alone too
 * ("carry oxygen", "protect the forest", "goes up": what a thing does, the function kind's).
 * compromise tags words in context; a word alone is often tagged a verb it only may be.
 */
function nounHead(head: string): boolean {
	if (AUXILIARY.test(head) || FORM_VERB.test(head)) return false;
	if (/\b\p{Ll}{3,}ed\s+(?:the|a|an|his|her|its|their|\p{Lu})/u.test(head)) return false;
	const [first, second = ''] = head.split(/\s+/u);
	if (/\p{Ll}{2}s$/u.test(first) && !/(?:ss|us|is)$/u.test(first) && !AFTER_NOUN.test(second))
		return false;
	if (
		/\b\p{Ll}{3,}s\s+(?:the|a|an|its|their|more|less|fewer|bigger|smaller|higher|lower|faster|slower|flatter|steeper|larger|greater|longer|shorter|warmer|colder|hotter|thicker|thinner)\b/u.test(
			head
		)
	)
		return false;
	const tags = (text: string, at: number): string[] =>
		(nlp(text).terms().json() as { terms: { tags: string[] }[] }[])[at]?.terms[0]?.tags ?? [];
	if (tags(`the ${head}`, 1).includes('Verb')) return false;
	return AFTER_NOUN.test(second) || !tags(head, 0).includes('Verb');
}

/** A participle and what follows it: "left after a supernova", "formed when …". */
const PARTICIPLE_TAIL =
	/\s(?:\p{Ll}{3,}(?:ed|en)|left|made|found|held|kept|built|known|born|caught|paid|put|set)\s+(?:after|before|by|from|in|into|on|for|with|of|as|at|to|when|under|during|through|over|behind)\b.*$/u;

/** A short definite noun phrase with no restriction: "the positive electrode", "the yellow liquid". */
const SHORT_DEFINITE = /^the\s+[\p{Ll}-]+(?:\s+[\p{Ll}-]+){1,2}$/u;

/**
 * A "when …" or "where …" gloss: a subject of any kind and what happens ("when particles
 * spread …", "where a river deposits …"). A definite subject points at one thing of the notes
 * ("where the velm is kept in winter", gen63): a place or a time, no meaning.
 */
const WHEN_WHERE = /^(?:when|where)\s+(?:an?\s+)?(?!the\b|this\b|it\b|they\b)\p{Ll}/u;

/**
 * A list of items or qualities, not a meaning: a comma in the gloss's head ("heaters, thermal
 * cameras", "pink in alkali, colourless in acid"), two things joined by "and" ("thick fur and a
 * thick fat layer"; "between … and …" is one gap), an example ("… such as pesticides"), a test's
 * result ("glowing splint → relights"), a pronoun pointing back into the notes ("pumps it to …").
 */
function notOneMeaning(key: string, head: string): boolean {
	return (
		/,(?!\d)/u.test(head) ||
		/\band\b/u.test(head.replace(/\bbetween\s+(?:[\p{L}-]+\s+){1,3}and\b/gu, ' ')) ||
		/\bsuch\s+as\b|[→⟶>=]/u.test(key) ||
		/\b(?:it|its|them|they|their|this|these|here|there)\b/iu.test(head)
	);
}

/**
 * A plural head for a singular term (the caller refuses a plural term's): the things a label
 * covers ("Technology – careful designs that …") or a living thing's features ("Arctic velm:
 * cup-shaped flowers that turn …"), not what a word means; a measure's "per" ("births per 1,000
 * people") is one meaning.
 */
function pluralForWord(head: string): boolean {
	const noun =
		/^(?:[\p{Ll}-]+\s+){0,3}?([\p{Ll}-]+)(?:\s+(?!per\b)(?:of|in|on|at|from|for|with|to|by|that|which|who|where|when|made|used|found)\b|$)/u.exec(
			head
		)?.[1];
	return (
		!!noun &&
		/\p{Ll}{2}s$/u.test(noun) &&
		!/(?:ss|us|is|as|os)$/u.test(noun) &&
		!/\sper\s/u.test(head)
	);
}

/**
 * True when `key` (a gloss after "Term:" or "Term –", its examples and what follows a semicolon
 * cut) is a meaning as notes write one (`gloss-bare.ts`'s three shapes) for `term` (the words
 * before the dash). The caller's statement tests still apply after it (`glossaryVerdict`).
 */
export function noteGloss(key: string, term: string): boolean {
	if (/[\d()]/u.test(key.split(/\s+/u)[0] ?? '') || /^\p{N}/u.test(key)) return false;
	if (WHEN_WHERE.test(key)) return !/[,;:→]/u.test(key);
	if (SHORT_DEFINITE.test(key)) return verblessClaim(key);
	if (!/^\p{Ll}[\p{Ll}-]*\s+\p{L}/u.test(key)) return false;
	// "the temperature or pH where …", "the very dense core left after …": a definite class
	// whose head, its participle phrase cut, holds no verb ("the crops absorb …" is a clause).
	if (PLURAL_TERM.test(term)) return false;
	if (/^the\s/u.test(key)) {
		const definite = key.split(RESTRICTION)[0].replace(PARTICIPLE_TAIL, '').trim();
		return (
			verblessClaim(definite) &&
			!/[,;]|\s\p{Lu}/u.test(definite) &&
			nounHead(definite.replace(/^the\s+/u, ''))
		);
	}
	if (NOT_MEANING_OPENING.test(key) || PARTICIPLE_OPENING.test(key)) return false;
	const head = key.split(RESTRICTION)[0].trim();
	if (PLURAL_TERM.test(term) || notOneMeaning(key, head) || pluralForWord(head)) return false;
	// "Peak velm – highest velm reached": the term's own head noun, no restriction to tell it
	// apart, gives the meaning away ("Inert velms: velms that don't react" tells it apart).
	const termHead = term.toLowerCase().split(/\s+/u).pop() ?? '';
	if (head === key && new RegExp(`\\b${termHead}\\b`, 'u').test(head)) return false;
	return nounHead(head);
}
