import { isBound, quantityOf, yearImpossibleByName } from './own-words-giveaway';
import { leavesStatedRange } from './year-bounds';
import { stateYear } from './year-state';
import { approximateYear, believableFalseYear, recurringEventYear } from './year-plausible';

/**
 * The one element a true-or-false statement swaps (kind 10, `idea-truth.ts`): a year for another
 * year the document names, or a number for another of the same unit. Each finder takes the
 * statement's text and the document's years or numbers and gives the swap, or undefined when the
 * sentence has no single element that can be swapped into a clear falsehood. Pure.
 */

/** One element a statement may swap: where it stands and what stands in for it. */
export interface Swap {
	value: string;
	at: number;
	wrong: string;
	/** True when only the true statement may be asked (an event on a cycle: `recurringEventYear`). */
	trueOnly?: boolean;
	/** True when the swap is a parallel sentence's subject (`truth-contrast.ts`). */
	contrast?: boolean;
	/** The two subjects a pair swap exchanges (`truth-pair.ts`): `value` spans both clauses. */
	pair?: readonly [string, string];
}

/** The years a text names, as whole words ("1909"), none in a range or parentheses. */
export function yearsOf(text: string): { value: string; at: number }[] {
	return [...text.matchAll(/(?<![\d–-])\b(1[0-9]{3}|20[0-9]{2})\b(?![\d–-]|s\b)/gu)].map((m) => ({
		value: m[1],
		at: m.index
	}));
}

/** A year opening a range whose end is no year of its own: "between 1845 and the early 1850s". */
const RANGE_START =
	/\b(?:[Bb]etween|[Ff]rom)\s+(?:1[0-9]{3}|20[0-9]{2})\s+(?:and|to|until|till)\b/u;

/** True when `at` lies inside a parenthesis of `text` (a birth year, an alias). */
function inParentheses(text: string, at: number): boolean {
	const before = text.slice(0, at);
	return (before.match(/\(/gu) ?? []).length > (before.match(/\)/gu) ?? []).length;
}

/**
 * A year swap: the sentence names exactly one year outside parentheses; the wrong year is
 * another year of the document at least two years away (a neighbouring year reads as a slip,
 * not a falsehood), the nearest such one so it is believable. Undefined when none fits.
 */
export function yearSwap(text: string, years: string[], now: number): Swap | undefined {
	const own = yearsOf(text);
	if (own.length !== 1 || inParentheses(text, own[0].at)) return undefined;
	// "around 1800" told "around 1818" is no false claim (H14, gen54).
	if (approximateYear(text, own[0].at)) return undefined;
	// "Between 1845 and the early 1850s …": a range's swapped start leaves the claim half true
	// (gen33, the Irish famine handout); "1845–1850" is no year of `yearsOf` already.
	if (RANGE_START.test(text)) return undefined;
	// "In 1588 the calendar was ten days behind": a state true of other years too (H10 S53, gen41).
	if (stateYear(text, Number(own[0].value))) return undefined;
	// "The company had 15 ships in 1623": a dated count is a minor figure (U1).
	if (numbersOf(text).length) return undefined;
	const year = Number(own[0].value);
	const others = years
		.map(Number)
		.filter((y) => Math.abs(y - year) >= 2 && !leavesStatedRange(text, year, y))
		// "In 2018 the Covid-19 pandemic …": the statement's own name rules the year out (H10 S03).
		.filter((y) => !yearImpossibleByName(text, year, y))
		// A conquest of 1521 "in 1947": no student could believe it (H14, gen54).
		.filter((y) => believableFalseYear(year, y, now))
		.sort((a, b) => Math.abs(a - year) - Math.abs(b - year) || a - b);
	if (!others.length) return undefined;
	// "won the 1929 presidential election": a swapped year of an event on a cycle names one that
	// never happened (H16, gen59); asked true only (gen61: the election of July 1945 was accepted
	// by all three reviewers of H11 as a false "July 1947"; dropping it lost a main event).
	const trueOnly = recurringEventYear(text, own[0].at);
	return {
		value: own[0].value,
		at: own[0].at,
		wrong: String(others[0]),
		...(trueOnly && { trueOnly })
	};
}

/**
 * Numbers with the word after them ("78 per", "450 degrees"), none a year, in a range or a date;
 * `quantity` is what else says what they measure ("minus", "Celsius", "south": `quantityOf`).
 */
export function numbersOf(
	text: string
): { value: string; unit: string; quantity: string; at: number }[] {
	return [
		...text.matchAll(
			/(?<![\d.,–-])\b(\d{1,3}(?:,\d{3})*|\d+(?:\.\d+)?)\s+([\p{Ll}]{3,})\b(?![–-]\d)/gu
		)
	]
		.filter((m) => !/^(?:1[0-9]{3}|20[0-9]{2})$/u.test(m[1]))
		.filter((m) => !/^(?:and|to|or)$/u.test(m[2]))
		.map((m) => ({
			value: m[1],
			unit: m[2],
			quantity: quantityOf(text, m.index, m[1].length),
			at: m.index
		}));
}

/**
 * A number swap: the sentence gives exactly one number, and the document gives another number
 * of the same unit ("78 per cent" and "97 per cent"; "450 degrees" and "200 degrees"), at least
 * a quarter apart so the false one is clearly false, not a rounding.
 */
export function numberSwap(
	text: string,
	all: { value: string; unit: string; quantity: string }[]
): Swap | undefined {
	const own = numbersOf(text);
	if (own.length !== 1 || yearsOf(text).length || inParentheses(text, own[0].at)) return undefined;
	// "between three and six", "8.5 and 9.0": a range's end is no claim of its own.
	if (/\b(?:between|from|to)\s+(?:\S+\s+)?$/iu.test(text.slice(0, own[0].at))) return undefined;
	if (/^\S+\s+(?:\S+\s+)?(?:to|and)\s+\d/u.test(text.slice(own[0].at))) return undefined;
	// "well below minus 30 degrees": another bound may still be true (H10 S36).
	if (isBound(text, own[0].at)) return undefined;
	const num = (v: string) => Number(v.replace(/,/gu, ''));
	const value = num(own[0].value);
	const wrong = all
		// "minus 89.2 degrees Celsius" is no latitude "66.5 degrees south" (H10 S67).
		.filter((n) => n.unit === own[0].unit && n.quantity === own[0].quantity)
		.filter((n) => n.value !== own[0].value)
		.map((n) => n.value)
		.filter((v) => Math.abs(num(v) - value) >= Math.max(num(v), value) / 4)
		.sort((a, b) => Math.abs(num(a) - value) - Math.abs(num(b) - value) || (a < b ? -1 : 1));
	if (!wrong.length) return undefined;
	return { value: own[0].value, at: own[0].at, wrong: wrong[0] };
}
