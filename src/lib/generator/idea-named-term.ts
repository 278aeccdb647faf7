import { writtenAsName } from './idea-unanchored';
import type { ArticleView, Idea } from './ideas';
import { isHandout } from './handout';
import { capitalise } from './idea-text';
import { complementDefinition, definiteDefinition, handoutPlainKey } from './idea-term-handout';
import { keyTerm, stem } from './idea-term-words';
import { fold, type Sentence } from './text';

/**
 * A handout's own key terms, defined where its title or a heading names them (gen38, issue 12:
 * blind review 2027-01-16 gave no draft at all on 14 of 40 teachers' handouts, and each of
 * them defined its title's or a section's term in prose: "Corrosion is the gradual destruction
 * of a metal …" under "Corrosion and the Rusting of Iron", "Nitrogen fixation is the conversion
 * of nitrogen gas into ammonia …" under "Stage 1: nitrogen fixation", "An exchange rate is
 * simply the price of one currency …"). `idea-term.ts` leaves these out: a bare term of two
 * words ("Nitrogen fixation is …") or the title's own term is no key term of a long article, and
 * `idea-lead.ts` refuses a title with a second part ("… and the Rusting of Iron"). A heading or
 * title naming the term is the text's own sign that it teaches it. Handouts only (`isHandout`);
 * asked as kind `term`, sharing its cap and every check. Pure.
 */

/**
 * "X is/are (simply) a/an/the …": the term (one to four words, an optional determiner, a
 * lower-case tail), an optional "of a/an N" ("The specific heat capacity of a substance is …"),
 * the copula, then a class with its article.
 */
const DEFINES =
	/^(?:(A|An|The)\s+)?(\p{L}[\p{Ll}'-]*(?:\s+\p{Ll}[\p{Ll}'-]*){0,3})(\s+of\s+(?:a|an)\s+\p{Ll}+)?\s+(is|are)\s+(?:simply\s+|essentially\s+|basically\s+)?((?:a|an|the)\s+\p{Ll}.*)$/u;

/** A heading's framing words, not its term: "What is …?", "Stage 1:", "Definition". */
const FRAME = /^(?:what\s+(?:is|are|was|were)\s+|(?:stage|step|part|section)\s+\d+\s*[:.–-]\s*)/u;

/** A term's words folded, each by its stem ("Exchange Rates" and "an exchange rate" are one). */
function termKey(phrase: string): string {
	return fold(phrase)
		.replace(/^(?:the|a|an)\s+/u, '')
		.split(/[^\p{L}\d'-]+/u)
		.filter(Boolean)
		.map(stem)
		.join(' ');
}

/**
 * The terms the title and headings name: each part of the title split at ":", ",", " and ",
 * and each heading's, a question's "What is …?" or a stage's number set aside.
 */
export function namedTerms(article: ArticleView): Set<string> {
	const headings = new Set(article.sentences.map((s) => s.section).filter(Boolean));
	const names = [article.title, ...headings].flatMap((text) =>
		text
			.trim()
			.toLowerCase()
			.replace(FRAME, '')
			.split(/\s*[:,;?]\s*|\s+and\s+/u)
			.map((part) => part.trim().replace(FRAME, ''))
			.filter(Boolean)
	);
	return new Set(names.map(termKey).filter(Boolean));
}

/** The cut a definition keeps: no ", which …", "because …" or second clause after it. */
function cutKey(key: string): string {
	return key
		.replace(/,\s+(?:which|who|and|but|so|while|whereas)\b.*$/u, '')
		.replace(/,?\s+because\b.*$/u, '');
}

/**
 * A key with an "its" that its own indefinite noun binds read as "the": "the gradual destruction
 * of a metal by chemical reactions with substances in its surroundings" points at "a metal", not
 * out of the sentence. Only for the plainness test; the key keeps its words.
 */
export function boundPronouns(key: string): string {
	const m = /\b(?:a|an)\s+\p{Ll}[\p{Ll}-]*\b/u.exec(key);
	if (!m) return key;
	const at = m.index + m[0].length;
	return (key.slice(0, at) + key.slice(at).replace(/\bits\b/gu, 'the')).replace(
		OBJECT_AGAIN,
		'$1 $2 $3 $4 $2'
	);
}

/**
 * "kills bacteria or stops them from growing": a verb's object taken up by "them" after the next
 * verb joined by "or"/"and" is bound inside the key (gen63: h47's "An antibiotic is a substance
 * that …" under "What is an antibiotic?" gave no card for its "them").
 */
const OBJECT_AGAIN = /\b(\p{Ll}{3,}s)\s+(\p{Ll}{3,})\s+(or|and)\s+(\p{Ll}{3,}s)\s+them\b/u;

/**
 * A quantity defined per unit ("the amount of energy needed to raise the temperature of 1
 * kilogram of the substance by 1 degree Celsius") names its units as the definition's reference,
 * not as a size or a measurement: read as "a unit" for the plainness test only (gen38: h37's
 * specific heat capacity handout). Only "1" or "one" of a unit of measure.
 */
export function perUnit(key: string): string {
	return key.replace(
		/\b(?:1|one)\s+(?:kilograms?|kg|grams?|metres?|meters?|seconds?|litres?|liters?|moles?|kelvins?|degrees?(?:\s+Celsius)?|°C)(?![\p{L}])/gu,
		'a unit'
	);
}

/** The definition idea of one sentence whose term the title or a heading names, or undefined. */
export function namedTermIdea(
	sentence: Sentence,
	article: ArticleView,
	named: Set<string>
): Idea | undefined {
	const text = sentence.text.replace(/[.!]$/u, '');
	const m = DEFINES.exec(text);
	if (!m) return undefined;
	const [, determiner, rawTerm, of = '', verb, key] = m;
	const term = determiner ? rawTerm : rawTerm.charAt(0).toLowerCase() + rawTerm.slice(1);
	if (!named.has(termKey(term)) || !keyTerm(term, article, true)) return undefined;
	const cut = cutKey(key);
	if (!handoutPlainKey(perUnit(boundPronouns(cut)), term)) return undefined;
	// "Rainforests are a …": a plural term is defined by a plural class.
	if (verb === 'are' && /^(?:a|an)\s/u.test(cut)) return undefined;
	// A definite key is a definition only by its complement or a restrictive clause ("the
	// gradual destruction of a metal …", "the price at which …"), never a rank or a result.
	if (
		/^the\s/u.test(cut) &&
		!definiteDefinition(cut, verb, false) &&
		!complementDefinition(cut, verb, undefined, 2)
	)
		return undefined;
	// "Go is a strategy board game": a name the text writes with its capital keeps it in the
	// prompt ("What is go?" read as the verb, blind check H19 S22).
	const shown =
		!determiner && writtenAsName(article.sentences.map((s) => s.text).join('\n'), rawTerm)
			? rawTerm
			: term;
	const asked = `${determiner ? `${determiner.toLowerCase()} ` : ''}${shown}${of}`;
	return {
		kind: 'term',
		sentence,
		type: 'flashcard',
		prompt: `What ${verb} ${asked}?`,
		answer: capitalise(cut),
		start: 0,
		span: text,
		context: text,
		weight: 0
	};
}

/** A handout's definitions of the terms its title and headings name, in reading order. */
export function namedTermIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const named = namedTerms(article);
	return article.sentences.flatMap((s) => namedTermIdea(s, article, named) ?? []);
}
