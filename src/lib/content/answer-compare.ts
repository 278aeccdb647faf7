import { sameUnit } from './units';
import type { AnswerValues, ValueAtom, blankUnits } from './answer-values';

/**
 * How close a typed answer is to a key, once both are read: the same text but for one slip
 * (`sameText`: the typo allowance and its edit distance) and the same values ("$2.7 billion" for
 * "US$2.7 billion", "8 October" for "October 8th": `sameValues`, with the units and currencies
 * that may be left out but not contradicted, `otherUnit`). `answer-match.ts` decides which of
 * these marks an answer right and says how. Pure.
 */

/**
 * Damerau–Levenshtein distance (optimal string alignment: a swap of two neighbouring letters,
 * the commonest slip on a phone keyboard, counts as one edit), stopping early past `limit`.
 */
function editDistance(a: string, b: string, limit: number): number {
	if (Math.abs(a.length - b.length) > limit) return limit + 1;
	let beforePrevious: number[] = [];
	let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
	for (let i = 1; i <= a.length; i++) {
		const current = [i];
		let rowMin = i;
		for (let j = 1; j <= b.length; j++) {
			const cost = a[i - 1] === b[j - 1] ? 0 : 1;
			let value = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
			if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) {
				value = Math.min(value, beforePrevious[j - 2] + 1);
			}
			current[j] = value;
			rowMin = Math.min(rowMin, value);
		}
		if (rowMin > limit) return limit + 1;
		beforePrevious = previous;
		previous = current;
	}
	return previous[b.length];
}

/**
 * Typos allowed: none in numbers or years (2017 is not a typo of 2019) or in answers of four
 * letters or fewer (KFOR, EU); one slip (a wrong, missing, extra or swapped letter) from five
 * letters on. A second slip is a different answer.
 */
function typoAllowance(expected: string): number {
	if (/\d/.test(expected)) return 0;
	return expected.replace(/\s/g, '').length >= 5 ? 1 : 0;
}

/**
 * Equal, or within the typo allowance of `target` (`typoAllowance`). Both normalized
 * (`normalizeAnswer` in `answer-match.ts`).
 */
export function sameText(given: string, target: string): boolean {
	if (given === target) return true;
	const allowance = typoAllowance(target);
	return allowance > 0 && editDistance(given, target, allowance) <= allowance;
}

/** Relative tolerance for values computed with scales (2.7 × 10⁹ is not exact in binary). */
const VALUE_TOLERANCE = 1e-9;

function sameNumber(a: number, b: number): boolean {
	return Math.abs(a - b) <= VALUE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Dates: the month must agree, and the day when either gives one. A year in the answer must be
 * given and agree ("8 October" is not enough for "8 October 1999": the year is part of what is
 * asked, and "1990" is a different answer). A year the student adds to an answer without one is
 * not held against them: the day and month are what was asked.
 */
function sameAtom(given: ValueAtom, target: ValueAtom): boolean {
	if (given.kind === 'number' && target.kind === 'number')
		return given.values.some((g) => target.values.some((t) => sameNumber(g, t)));
	if (given.kind === 'date' && target.kind === 'date')
		return (
			given.month === target.month &&
			given.day === target.day &&
			(target.year === null || given.year === target.year)
		);
	return false;
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
	return a.size === b.size && [...a].every((item) => b.has(item));
}

/** Every unit typed says one of the key's (`sameUnit`: "degrees" for "degrees Celsius"). */
function sameUnits(given: Set<string>, target: Set<string>): boolean {
	return [...given].every((unit) => [...target].some((other) => sameUnit(unit, other)));
}

/**
 * The key's values with the unit and currency its prompt writes beside the blank, as a teacher
 * reads "reached ____ metres" with the key "5": 5 metres (`blankUnits`).
 */
export function withBlankUnits(
	key: AnswerValues,
	around: ReturnType<typeof blankUnits>
): AnswerValues {
	return {
		...key,
		units: new Set([...key.units, ...around.units]),
		currencies: new Set([...key.currencies, ...around.currencies])
	};
}

/**
 * `values` with each loose word ("10s", "300K": `loose` in `units.ts`) read as its unit where
 * `other` has that unit, else left a word: "10s" is "10 seconds", "1990s" is not "1990".
 */
function withLooseUnits(values: AnswerValues, other: AnswerValues): AnswerValues {
	const taken = values.loose.filter(({ unit }) =>
		[...other.units].some((known) => sameUnit(unit, known))
	);
	if (!taken.length) return values;
	const words = [...values.words];
	for (const { word } of taken) words.splice(words.indexOf(word), 1);
	return {
		...values,
		words,
		units: new Set([...values.units, ...taken.map(({ unit }) => unit)]),
		loose: values.loose.filter((l) => !taken.includes(l))
	};
}

/**
 * Whether the typed answer and the key each name a unit and the units differ ("5 mW" for
 * "5 MW", "3 Mm" for "3 mm"): checked before any comparison of the text, which folds case and
 * so cannot tell milli- from mega- (`capital` in `units.ts`; issue 12, a student from Anki).
 */
export function otherUnit(typed: AnswerValues, key: AnswerValues): boolean {
	const [given, target] = [withLooseUnits(typed, key), withLooseUnits(key, typed)];
	return given.units.size > 0 && target.units.size > 0 && !sameUnits(given.units, target.units);
}

/**
 * Value equivalence for answers with numbers or dates: the same values in the same order, the
 * same other words (one slip allowed in a long word, as for names), and no contradicting
 * currency or unit. A currency or unit may be left out or added ("24" for "24 hours", "2.7
 * billion" for "US$2.7 billion"), or written another way ("5m", "5 metres" and "5 meters";
 * "27°C", "27 degrees"), but a different one is wrong ("24 days", "€2.7 billion", "5 km" for
 * "5 metres"). The key's unit includes the one its prompt writes beside the blank.
 */
export function sameValues(typed: AnswerValues, key: AnswerValues): boolean {
	const [given, target] = [withLooseUnits(typed, key), withLooseUnits(key, typed)];
	if (!target.values.length || given.values.length !== target.values.length) return false;
	if (!given.values.every((atom, i) => sameAtom(atom, target.values[i]))) return false;
	if (
		given.currencies.size &&
		target.currencies.size &&
		!sameSet(given.currencies, target.currencies)
	)
		return false;
	if (given.units.size && target.units.size && !sameUnits(given.units, target.units)) return false;
	const givenWords = given.words.join(' ');
	const targetWords = target.words.join(' ');
	if (givenWords === targetWords) return true;
	const allowance = typoAllowance(targetWords);
	return allowance > 0 && editDistance(givenWords, targetWords, allowance) <= allowance;
}
