import * as v from 'valibot';
import { readValues } from './answer-values';

/**
 * A numerical answer, as Moodle's numerical question holds it (GIFT `{#1858}`, `{#1858:2}`,
 * `{#1850..1860}`; Moodle XML `<answer>` with `<tolerance>`): a value with an absolute
 * tolerance, or a range. Flashpoint has no numerical type of its own: such a question is a short
 * answer (or a fill-the-blank) whose `answer` is the number as written, graded by this (a typed
 * number within the tolerance or range is right, any other answer wrong), and written back in the
 * form it came in, so a round trip is exact.
 */
export type NumericAnswer = { value: number; tolerance: number } | { min: number; max: number };

const finite = v.pipe(v.number(), v.finite());

/** Checks a `NumericAnswer` read from a file or a backup: finite, tolerance ≥ 0, min ≤ max. */
export const NumericSchema = v.union([
	v.object({ value: finite, tolerance: v.pipe(finite, v.minValue(0)) }),
	v.pipe(
		v.object({ min: finite, max: finite }),
		v.check((r) => r.min <= r.max, 'a range goes from its smaller number to its larger one')
	)
]);

/** The closed interval a numerical answer accepts, `[min, max]`. */
export function numericBounds(n: NumericAnswer): [min: number, max: number] {
	return 'value' in n ? [n.value - n.tolerance, n.value + n.tolerance] : [n.min, n.max];
}

/** The answer as a person reads it: "1858", "1858 ± 2", "1850 to 1860". */
export function numericText(n: NumericAnswer): string {
	if ('min' in n) return `${n.min} to ${n.max}`;
	return n.tolerance ? `${n.value} ± ${n.tolerance}` : String(n.value);
}

/** Relative slack for numbers computed in binary (0.1 + 0.2), as `answer-match.ts` allows. */
const SLACK = 1e-9;

/**
 * The number a student typed: a plain number (`-3.5`, `1858`, `2,5` with a decimal comma), else
 * the one number `readValues` finds in the text ("1,858", "about 1858"); null when there is none
 * or more than one. A number's other readings (`1.858` as 1858 or 1.858) are all returned.
 */
export function typedNumbers(input: string): number[] | null {
	const text = input.trim().replace(/\u2212/g, '-');
	const plain = /^([-+]?)(\d+(?:[.,]\d+)?)$/.exec(text);
	if (plain) {
		const sign = plain[1] === '-' ? -1 : 1;
		const digits = plain[2];
		// "1,858" is a thousands comma as often as "2,5" is a decimal one: both readings count.
		const readings = /,\d{3}$/.test(digits)
			? [Number(digits.replace(',', '')), Number(digits.replace(',', '.'))]
			: [Number(digits.replace(',', '.'))];
		return readings.map((n) => sign * n);
	}
	const atoms = readValues(text, false).values;
	if (atoms.length !== 1 || atoms[0].kind !== 'number') return null;
	const sign = text.startsWith('-') ? -1 : 1;
	return atoms[0].values.map((n) => sign * n);
}

/** Whether `input` is a number the numerical answer accepts (Moodle's rule: within its bounds). */
export function matchesNumeric(input: string, n: NumericAnswer): boolean {
	const [min, max] = numericBounds(n);
	const slack = SLACK * Math.max(1, Math.abs(min), Math.abs(max));
	return (typedNumbers(input) ?? []).some((x) => x >= min - slack && x <= max + slack);
}

/** The most whole numbers `numericAccepts` lists; a wider range lists its ends' middle only. */
const MAX_LISTED = 50;

/**
 * Typed answers that stand for a numerical answer where only text is marked (a classroom quiz
 * carries `answer` and `accept`, not `numeric`): the value, and every whole number within the
 * bounds when there are at most `MAX_LISTED` of them ("1856" … "1860" for 1858 ± 2). A decimal
 * or wider range is marked by its value (or middle) only: a known limit of quizzes.
 */
export function numericAccepts(n: NumericAnswer): string[] {
	const [min, max] = numericBounds(n);
	const middle = 'value' in n ? n.value : (min + max) / 2;
	const low = Math.ceil(min);
	const high = Math.floor(max);
	const whole =
		high >= low && high - low < MAX_LISTED
			? Array.from({ length: high - low + 1 }, (_, i) => String(low + i))
			: [];
	return [...new Set([String(middle), ...whole])];
}
