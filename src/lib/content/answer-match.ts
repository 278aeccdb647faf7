import { foldText } from '$lib/text/fold';
import { expandAbbreviations, wordsFor } from './abbreviations';
import { isInitials, splitAside } from './answer-aside';
import { sameWithoutNamedHead } from './answer-forms';
import { hasLeadingTitle, withoutLeadingTitle } from './answer-title';
import { sameBySpelling } from './spelling-variants';
import { blankUnits, readValues, unitOnly } from './answer-values';
import { definedAbbreviations, writtenOut } from './defined-abbreviations';
import { nameAndYear, splitEra, yearBesideName } from './answer-years';
import { matchesNumeric } from './numeric';
import {
	numericOtherUnit,
	typedNumberUnit,
	unitKey,
	unitMarking,
	unitRequired
} from './answer-unit';
import { otherUnit, sameText, sameValues, withBlankUnits } from './answer-compare';
import type { Question } from './schema';

/**
 * Typed answers are compared the way a teacher would mark them: case, accents, punctuation and
 * spacing do not matter ("vucic" is "Vučić"), and one slip of the finger in a long answer is
 * forgiven, while a different name or number is not. An answer with numbers or dates is also
 * compared by value (`sameValues` in `answer-compare.ts`): "$2.7 billion" is "US$2.7 billion",
 * "90 percent" is "90%", "800 000" is "800,000", "October 8th" is "8 October", but "$2.8
 * billion", "9%", "80,000" and "8 November" stay wrong.
 */

/**
 * Folded for comparison (see `foldText`), with punctuation made spaces; decimals are kept,
 * "&" reads as "and" ("Justice & Development Party", an outsider's answer on 2026-12-01), and
 * an acronym written with dots is one word ("K.L.A." is "KLA": an outsider teacher's student
 * was marked wrong, as the dots had become spaces), and a standard abbreviation is written out
 * where its place makes it unambiguous ("Mt Fuji" is "mount fuji", "Baker St" "baker street":
 * `abbreviations.ts`). Idempotent: a normalized answer normalizes to itself.
 */
export function normalizeAnswer(text: string): string {
	const words = foldText(text)
		.replace(/(?<![\p{L}\p{N}])(?:\p{L}\.){2,}/gu, (dotted) => dotted.replace(/\./g, ''))
		.replace(/&/g, ' and ')
		.replace(/(\d),(?=\d{3}\b)/g, '$1')
		.replace(/[^\p{L}\p{N}.%$€£]+/gu, ' ')
		.replace(/(?<!\d)\.|\.(?!\d)/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
	return words && expandAbbreviations(words.split(' ')).join(' ');
}

/**
 * "The Kosovo Force" and "Kosovo Force" are the same answer, and so are "in Prizren" and
 * "Prizren": a leading article or place/time preposition says nothing about the answer.
 */
export function withoutArticle(text: string): string {
	return text.replace(/^(?:(?:in|at|on|from|since|during|by|near) )?(?:(?:the|a|an) )?/, '');
}

/**
 * What `matchesAnswer` reads of a question: the key, the text that may date a name, and the
 * prompt, whose nouns the answer need not repeat (`answer-forms.ts`).
 */
export type MarkedQuestion = Pick<Question, 'answer' | 'accept'> & {
	prompt?: string;
	numeric?: Question['numeric'];
	explanation?: string;
	source?: { quote: string };
};

/**
 * How a typed answer was found right: `exact` (the key, whatever its case, accents, punctuation
 * or leading article), `accepted` (one of the question's other accepted answers, e.g. "military"
 * for "defence"), `spelling` (the key or an accepted answer in its other British or American
 * spelling, "color" for "colour": `spelling-variants.ts`), `typo` (one slip from the key or an
 * accepted answer), `value` (the same number or date written another way), `year` (a name with
 * the year the question dates it by), `numeric` (within a numerical answer's tolerance) or
 * `form` (the key's last noun left out when the prompt says it: `answer-forms.ts`) or `aside`
 * (a right answer with another right answer, or its initials, in brackets: "Justice and
 * Development Party (AKP)", `answer-aside.ts`) or `title` (a right name with a title or
 * honorific before it, "Dr John Snow" for "John Snow": `answer-title.ts`) or `unit` (a unit
 * named another way, "ohms" for "Ω": `unitOnly`; "588 newtons" for "588 N": `answer-unit.ts`)
 * or `unitless` (the number of a key with a unit, its unit left out where the question does not
 * ask for it: `answer-unit.ts`) or `abbreviation` (an abbreviation the question's
 * own text defines in brackets, "pd" where it says "potential difference (pd)":
 * `defined-abbreviations.ts`). A place for its demonym is not right but
 * "almost" (`answer-near.ts`). `matched` is the answer it was found
 * equal to: the key, or the accepted answer.
 */
export type AnswerMatch = {
	kind:
		| 'exact'
		| 'accepted'
		| 'spelling'
		| 'typo'
		| 'value'
		| 'year'
		| 'numeric'
		| 'form'
		| 'aside'
		| 'title'
		| 'unit'
		| 'unitless'
		| 'abbreviation';
	matched: string;
};

/**
 * Whether a typed answer is right. A numerical answer (`question.numeric`, Moodle's numerical
 * question) is right when the typed number is within its tolerance or range (`matchesNumeric`),
 * whatever the answer's text but a unit other than the one its prompt asks in
 * (`numericOtherUnit`: "20 A" for "What charge flows, in C?"); a key that is a number with a
 * unit ("588 N") by the unit rule of `answer-unit.ts` (required where the prompt asks for it,
 * never another unit); other answers as described above, with era marks and a name's
 * year as `answer-years.ts` says ("in 1878 AD" is "1878"; "Treaty of Bucharest 1913" is right
 * only when the question's explanation or passage dates the treaty 1913).
 */
export function matchesAnswer(input: string, question: MarkedQuestion): boolean {
	return answerMatch(input, question) !== null;
}

/**
 * How a typed answer matched (`AnswerMatch`), or null when it is wrong; the same verdict as
 * `matchesAnswer`, with the way it was reached, so the screen can say what it accepted.
 */
export function answerMatch(input: string, question: MarkedQuestion): AnswerMatch | null {
	if (question.numeric) {
		// A unit other than the one the prompt asks in is wrong ("20 A" for "…, in C?").
		if (numericOtherUnit(input, question.prompt ?? '')) return null;
		if (!matchesNumeric(input, question.numeric)) return null;
		const exact = normalizeAnswer(input) === normalizeAnswer(question.answer);
		return { kind: exact ? 'exact' : 'numeric', matched: question.answer };
	}
	const byUnit = unitMatch(input, question);
	if (byUnit !== undefined) return byUnit;
	const typed = splitEra(input);
	const given = withoutArticle(normalizeAnswer(typed.text));
	if (!given) return null;
	const keys = [question.answer, ...(question.accept ?? [])];
	const prompt = normalizeAnswer(question.prompt ?? '');
	const aroundBlank = blankUnits(question.prompt ?? '');
	const givenValues = readValues(typed.text, false);
	for (const [index, expected] of keys.entries()) {
		const key = splitEra(expected);
		if (key.era !== typed.era) continue;
		const target = withoutArticle(normalizeAnswer(key.text));
		if (!target) continue;
		const other = index > 0;
		const keyValues = withBlankUnits(readValues(key.text, true), aroundBlank);
		if (otherUnit(givenValues, keyValues)) continue;
		if (given === target) return { kind: other ? 'accepted' : 'exact', matched: expected };
		if (sameBySpelling(given, target)) return { kind: 'spelling', matched: expected };
		if (sameText(given, target)) return { kind: 'typo', matched: expected };
		if (sameValues(givenValues, keyValues))
			return { kind: other ? 'accepted' : 'value', matched: expected };
		if (sameWithoutNamedHead(given, target, capitalizedWords(key.text), prompt))
			return { kind: 'form', matched: expected };
		const unit = unitOnly(key.text);
		if (unit !== null && unit === unitOnly(typed.text)) return { kind: 'unit', matched: expected };
	}
	if (nameWithItsYear(given, question)) return { kind: 'year', matched: question.answer };
	return (
		asideMatch(input, question) ?? titleMatch(input, question) ?? definedMatch(given, question)
	);
}

/**
 * The verdict of the unit rule (`answer-unit.ts`) for a question whose key is a number with a
 * unit: a match or null (wrong) when it decides, undefined when the rest of the marking reads
 * the answer (no key with a unit, or an answer that is not a number first). Then a required unit
 * still holds: an answer with no unit in it ("five hundred and eighty-eight") is wrong.
 */
function unitMatch(input: string, question: MarkedQuestion): AnswerMatch | null | undefined {
	const marked = unitMarking(input, question);
	if (marked === null) {
		return unitRequired(question) && readValues(input, false).units.size === 0 ? null : undefined;
	}
	if (marked.verdict !== 'right') return null;
	const { matched } = marked;
	const main = matched === question.answer;
	if (normalizeAnswer(input) === normalizeAnswer(matched))
		return { kind: main ? 'exact' : 'accepted', matched };
	if (!main) return { kind: 'accepted', matched };
	const typed = typedNumberUnit(input)?.unit ?? '';
	const key = unitKey(matched)!;
	if (!typed) return { kind: 'unitless', matched };
	const spaced = (unit: string) => unit.replace(/\s+/g, '');
	return { kind: spaced(typed) === spaced(key.unit) ? 'value' : 'unit', matched };
}

/**
 * The typed answer `given` (normalized) and a key the same once every abbreviation the
 * question's own text defines in brackets is written out (its prompt, explanation and source
 * sentence: "potential difference (pd)" makes "pd" right for "potential difference", and the
 * long form right for the key "pd"), a slip allowed as for any answer.
 */
function definedMatch(given: string, question: MarkedQuestion): AnswerMatch | null {
	const context = [question.prompt, question.explanation, question.source?.quote]
		.filter(Boolean)
		.join('\n');
	if (!/[([]/.test(context)) return null;
	const defined = definedAbbreviations(context, normalizeAnswer);
	if (!defined.size) return null;
	const long = writtenOut(given, defined);
	for (const expected of [question.answer, ...(question.accept ?? [])]) {
		const target = writtenOut(withoutArticle(normalizeAnswer(expected)), defined);
		if (target && (long !== given || target !== withoutArticle(normalizeAnswer(expected))))
			if (sameText(withoutArticle(long), withoutArticle(target)))
				return { kind: 'abbreviation', matched: expected };
	}
	return null;
}

/**
 * A right name with a title before it ("Dr John Snow", "Sir Isaac Newton"), when the key is a
 * name (it begins with a capital) and has no title of its own (`answer-title.ts`).
 */
function titleMatch(input: string, question: MarkedQuestion): AnswerMatch | null {
	const rest = withoutLeadingTitle(input);
	if (rest === null || hasLeadingTitle(question.answer)) return null;
	const name = answerMatch(rest, question);
	return name && /^\p{Lu}/u.test(name.matched) ? { kind: 'title', matched: name.matched } : null;
}

/**
 * A bracketed answer whose two parts are right, or whose aside is the initials of the right
 * answer outside the brackets: "the Justice and Development Party (AKP)", "Kosovo Liberation
 * Army (KLA)", "AKP (Justice and Development Party)" (`answer-aside.ts`).
 */
function asideMatch(input: string, question: MarkedQuestion): AnswerMatch | null {
	const parts = splitAside(input);
	if (!parts) return null;
	const main = answerMatch(parts.main, question);
	if (!main) return null;
	const initials = isInitials(
		normalizeAnswer(parts.aside),
		withoutArticle(normalizeAnswer(parts.main))
	);
	return initials || answerMatch(parts.aside, question)
		? { kind: 'aside', matched: main.matched }
		: null;
}

/**
 * The words `text` writes with a capital, normalized: a proper name or its adjective. An
 * abbreviation counts as every word it may stand for ("St" as "saint" and "street"), as the
 * key's normalized words have it written out by its place.
 */
export function capitalizedWords(text: string): Set<string> {
	const words = text.split(/[^\p{L}\p{N}.&]+/u).filter((word) => /^\p{Lu}/u.test(word));
	return new Set(words.flatMap((word) => normalizeAnswer(word).split(' ').flatMap(wordsFor)));
}

/** A name key's answer with a year the question's own text writes beside that name. */
function nameWithItsYear(given: string, question: MarkedQuestion): boolean {
	const split = nameAndYear(given);
	if (!split) return false;
	const context = normalizeAnswer(`${question.explanation ?? ''} ${question.source?.quote ?? ''}`);
	if (!context) return false;
	return [question.answer, ...(question.accept ?? [])].some((expected) => {
		const target = withoutArticle(normalizeAnswer(expected));
		if (!target || /\d/.test(target) || !sameText(withoutArticle(split.name), target)) return false;
		return yearBesideName(context, target, split.year);
	});
}
