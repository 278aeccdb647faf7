/**
 * Crockford base32 (https://www.crockford.com/base32.html) for codes a person types: digits and
 * capitals without I, L, O and U, read case-insensitively, with I and L read as 1 and O as 0,
 * hyphens and spaces ignored.
 *
 * The check character is ours, not Crockford's: his mod-37 check needs five extra symbols
 * (`*~$=U`), awkward on a phone keyboard. Ours stays in the 32 letters: the code's values are
 * the coefficients of a polynomial over GF(32), evaluated at a primitive element α. Changing one
 * character adds e·αⁱ ≠ 0, and swapping two neighbours a, b adds (a⊕b)·αⁱ·(1⊕α) ≠ 0, so every
 * single typo and every swap of two neighbouring characters is caught (tested).
 */

export const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

const ALIASES: Record<string, string> = { I: '1', L: '1', O: '0' };

/** x⁵ + x² + 1, primitive over GF(2): α = 2 generates all 31 non-zero elements. */
const POLY = 0b100101;

function gfMul(a: number, b: number): number {
	let product = 0;
	for (let i = 0; i < 5; i++) {
		if (b & (1 << i)) product ^= a << i;
	}
	for (let bit = 9; bit >= 5; bit--) {
		if (product & (1 << bit)) product ^= POLY << (bit - 5);
	}
	return product;
}

/**
 * The check value of `values` (each 0–31): Σ vᵢ·α^(i+1) in GF(32). A code is right when its
 * last character equals the check value of the others.
 */
export function checkValue(values: readonly number[]): number {
	let sum = 0;
	let power = 1;
	for (const value of values) {
		power = gfMul(power, 2);
		sum ^= gfMul(value, power);
	}
	return sum;
}

/** The characters a person typed, cleaned: upper case, aliases read, separators dropped. */
export function normalizeTyped(input: string): string {
	return input
		.toUpperCase()
		.replace(/[\s\u2010-\u2015-]+/g, '')
		.replace(/[ILO]/g, (c) => ALIASES[c]);
}

/**
 * Values 0–31 of each character, or null when a character is not in the alphabet (after
 * `normalizeTyped`).
 */
export function toValues(text: string): number[] | null {
	const values: number[] = [];
	for (const char of text) {
		const value = ALPHABET.indexOf(char);
		if (value < 0) return null;
		values.push(value);
	}
	return values;
}

export function fromValues(values: readonly number[]): string {
	return values.map((v) => ALPHABET[v]).join('');
}

/** `bits` (a bigint of `chars × 5` bits) as characters, most significant first. */
export function bitsToValues(bits: bigint, chars: number): number[] {
	return Array.from({ length: chars }, (_, i) =>
		Number((bits >> BigInt(5 * (chars - 1 - i))) & 31n)
	);
}

export function valuesToBits(values: readonly number[]): bigint {
	return values.reduce((bits, v) => (bits << 5n) | BigInt(v), 0n);
}
