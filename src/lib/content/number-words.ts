/**
 * English number words read as numbers, for marking typed answers (`answer-values.ts`): "eight
 * hundred thousand" → 800000, "one thousand eight hundred seventy-eight" → 1878, "twelve" → 12,
 * and a year said in pairs, "eighteen seventy-eight" → 1878, "nineteen oh five" → 1905
 * (`readSpokenYears`). English only: other languages' number words stay words, so such an
 * answer is marked as text (a teacher can add it as an accepted answer).
 *
 * Not read here, on purpose: word abbreviations such as "res." for "Resolution" (outsider
 * teacher, issue 11). The marking has no abbreviation notion beyond dates' month short forms
 * ("Sept") and money's scale short forms ("bn"), which are closed lists; a general one would
 * have to guess which word "res." cuts ("resolution", "reserve", "residence"), and a guess that
 * marks a wrong answer right is worse than a right one marked wrong, which "I was right" and a
 * teacher's accepted answers already cover.
 */

/** A word, an already read number (with every value its spelling allows) or a sign. */
export type Token =
	| { kind: 'number'; values: number[]; ordinal: boolean }
	/**
	 * `glued`: written right after digits, with no space ("5m", "1990s"). `capital`: its first
	 * letter was written as a capital (`text` is folded), which a unit symbol's prefix reads
	 * ("MW" is mega-, "mW" milli-: `units.ts`).
	 */
	| { kind: 'word'; text: string; glued?: true; capital?: true }
	| { kind: 'symbol'; text: string };

const UNITS = table({
	zero: 0,
	one: 1,
	two: 2,
	three: 3,
	four: 4,
	five: 5,
	six: 6,
	seven: 7,
	eight: 8,
	nine: 9,
	ten: 10,
	eleven: 11,
	twelve: 12,
	thirteen: 13,
	fourteen: 14,
	fifteen: 15,
	sixteen: 16,
	seventeen: 17,
	eighteen: 18,
	nineteen: 19
});
const TENS = table({
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
});
const ORDINALS = table({
	first: 1,
	second: 2,
	third: 3,
	fourth: 4,
	fifth: 5,
	sixth: 6,
	seventh: 7,
	eighth: 8,
	ninth: 9,
	tenth: 10,
	eleventh: 11,
	twelfth: 12,
	thirteenth: 13,
	fourteenth: 14,
	fifteenth: 15,
	sixteenth: 16,
	seventeenth: 17,
	eighteenth: 18,
	nineteenth: 19,
	twentieth: 20,
	thirtieth: 30
});
/** Scale words, with the short forms newspapers print ("$2.7bn"). */
const SCALES = table({
	hundred: 100,
	thousand: 1e3,
	million: 1e6,
	mn: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12,
	tn: 1e12
});

/** A lookup with no inherited keys: "constructor" is a word, not `Object`. */
function table(entries: Record<string, number>): Map<string, number> {
	return new Map(Object.entries(entries));
}

/**
 * Number words and scales become numbers: "eight hundred thousand" → 800000, "twenty-four" →
 * 24, "one hundred and five" → 105, "2.7 billion" → 2700000000, "a million" → 1000000, "eighth"
 * → 8 (an ordinal), and a year said in pairs (`readSpokenYears`). Digits never join the number
 * before them ("8 1999" stays two numbers).
 */
export function combineNumberWords(words: Token[]): Token[] {
	const tokens = readSpokenYears(words);
	const out: Token[] = [];
	let done: number[] | null = null; // the part before the last thousand/million/… word
	let current: number[] | null = null; // the part below it
	let last: 'tens' | 'hundred' | 'other' | 'scale' | null = null;
	let ordinal = false;
	const flush = () => {
		if (done || current) {
			const below = current ?? [0];
			const values = (done ?? [0]).flatMap((high) => below.map((low) => high + low));
			out.push({ kind: 'number', values, ordinal });
		}
		done = current = last = null;
		ordinal = false;
	};
	tokens.forEach((token, index) => {
		const word = token.kind === 'word' ? token.text : null;
		const small =
			word === null ? undefined : (UNITS.get(word) ?? TENS.get(word) ?? ORDINALS.get(word));
		const scale = word === null ? undefined : SCALES.get(word);
		if (small !== undefined) {
			const joins =
				(last === 'tens' && small < 10) ||
				(last === 'hundred' && small < 100) ||
				(last === 'scale' && current === null);
			if (!joins) flush();
			current = (current ?? [0]).map((value) => value + small);
			last = TENS.has(word!) ? 'tens' : 'other';
			ordinal = ORDINALS.has(word!);
		} else if (scale === 100) {
			current = (current ?? [1]).map((value) => value * 100);
			last = 'hundred';
		} else if (scale !== undefined) {
			const below = current ?? [1];
			done = (done ?? [0]).flatMap((high) => below.map((low) => (high + low) * scale));
			current = null;
			last = 'scale';
		} else if (word === 'and' && last && tokens[index + 1]?.kind === 'word') {
			// "one hundred and five": keep going.
		} else if (token.kind === 'number') {
			flush();
			current = token.values;
			ordinal = token.ordinal;
			last = 'other';
		} else {
			flush();
			out.push(token);
		}
	});
	flush();
	return out;
}

const wordAt = (tokens: readonly Token[], i: number) =>
	tokens[i]?.kind === 'word' ? (tokens[i] as { text: string }).text : '';

/** Whether `word` is part of a number said in words (so a pair cannot start or end there). */
export const isNumberWord = (word: string) =>
	UNITS.has(word) || TENS.has(word) || ORDINALS.has(word) || SCALES.has(word);

/**
 * A two-digit group said in words at `tokens[i]`, 10–99 ("ten", "eighteen", "seventy",
 * "seventy eight"; a hyphen is already a space): its value and how many tokens it took, or null.
 */
function pairHalf(tokens: readonly Token[], i: number): [number, number] | null {
	const word = wordAt(tokens, i);
	const unit = UNITS.get(word);
	if (unit !== undefined) return unit >= 10 ? [unit, 1] : null;
	const tens = TENS.get(word);
	if (tens === undefined) return null;
	const after = UNITS.get(wordAt(tokens, i + 1));
	return after !== undefined && after >= 1 && after <= 9 ? [tens + after, 2] : [tens, 1];
}

/**
 * The second half of a spoken year at `tokens[i]`: a group of 10–99, or "oh"/"o" and a digit
 * word ("nineteen oh five"); its value and length, or null.
 */
function secondHalf(tokens: readonly Token[], i: number): [number, number] | null {
	const word = wordAt(tokens, i);
	if (word === 'oh' || word === 'o') {
		const digit = UNITS.get(wordAt(tokens, i + 1));
		return digit !== undefined && digit >= 1 && digit <= 9 ? [digit, 2] : null;
	}
	return pairHalf(tokens, i);
}

/**
 * Years said as two pairs of digits become one number: "eighteen seventy-eight" → 1878,
 * "nineteen oh five" → 1905, "ten sixty-six" → 1066, "twenty twenty-five" → 2025 (outsider
 * teacher, issue 11: her students wrote years as they say them). Only words, both halves from
 * 10 ("oh five" for 1–9), and not inside a longer number ("one thousand eighteen", "twenty
 * five thousand" keep their usual reading); "nineteen hundred" and "two thousand and five" are
 * read by `combineNumberWords` itself. Two such numbers side by side are read as a year, the
 * way English says them, never as two separate numbers.
 */
export function readSpokenYears(tokens: readonly Token[]): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const first = isNumberWord(wordAt(tokens, i - 1)) ? null : pairHalf(tokens, i);
		const second = first && secondHalf(tokens, i + first[1]);
		const end = first && second ? i + first[1] + second[1] : -1;
		if (first && second && !isNumberWord(wordAt(tokens, end))) {
			out.push({ kind: 'number', values: [first[0] * 100 + second[0]], ordinal: false });
			i = end - 1;
		} else out.push(tokens[i]);
	}
	return out;
}
