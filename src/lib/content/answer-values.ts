import { foldText } from '$lib/text/fold';
import { MONTH_NAMES } from './months';
import { spellNumericDates } from './numeric-dates';

/**
 * An answer read as values, for marking numbers, money, percentages and dates by what they
 * mean rather than how they are written: "US$2.7 billion", "$2,700,000,000" and "2.7bn dollars"
 * are one value; "8 October" and "October 8th" are one date.
 */
export interface AnswerValues {
	/** Numbers and dates in the order written. A number holds every value its spelling allows. */
	values: ValueAtom[];
	/** Currency named ('usd', 'eur', 'gbp', …), if any. */
	currencies: Set<string>;
	/** Unit words, singular ('hour', 'km', …). */
	units: Set<string>;
	/** The other words, in order: these must match as words. */
	words: string[];
}

export type ValueAtom =
	| { kind: 'number'; values: number[] }
	| { kind: 'date'; day: number | null; month: number; year: number | null };

type Token =
	| { kind: 'number'; values: number[]; ordinal: boolean }
	| { kind: 'word'; text: string }
	| { kind: 'symbol'; text: string };

const UNITS: Record<string, number> = {
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
};
const TENS: Record<string, number> = {
	twenty: 20,
	thirty: 30,
	forty: 40,
	fifty: 50,
	sixty: 60,
	seventy: 70,
	eighty: 80,
	ninety: 90
};
const ORDINALS: Record<string, number> = {
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
};
/** Scale words, with the short forms newspapers print ("$2.7bn"). */
const SCALES: Record<string, number> = {
	hundred: 100,
	thousand: 1e3,
	million: 1e6,
	mn: 1e6,
	billion: 1e9,
	bn: 1e9,
	trillion: 1e12,
	tn: 1e12
};
const CURRENCY_WORDS: Record<string, string> = {
	$: 'usd',
	usd: 'usd',
	dollar: 'usd',
	dollars: 'usd',
	'€': 'eur',
	eur: 'eur',
	euro: 'eur',
	euros: 'eur',
	'£': 'gbp',
	gbp: 'gbp',
	pound: 'gbp',
	pounds: 'gbp',
	sterling: 'gbp'
};
/** Words that name what was counted; a student may add or leave them out. */
const UNIT_WORDS = new Set([
	'second',
	'minute',
	'hour',
	'day',
	'week',
	'month',
	'year',
	'decade',
	'century',
	'km',
	'kilometre',
	'kilometer',
	'mile',
	'metre',
	'meter',
	'kg',
	'tonne',
	'ton',
	'people',
	'person',
	'soldier',
	'troop',
	'vote',
	'seat',
	'member',
	'country',
	'state',
	'job',
	'worker',
	'resident',
	'inhabitant',
	'refugee',
	'student',
	'house',
	'home',
	'time'
]);
/** Words that carry no value: articles, prepositions, "about". */
const FILLER_WORDS = new Set([
	'the',
	'a',
	'an',
	'in',
	'on',
	'at',
	'of',
	'by',
	'from',
	'to',
	'for',
	'and',
	'around',
	'about',
	'approximately',
	'roughly',
	'circa',
	'ca',
	'some',
	'per'
]);
const PERCENT_WORDS = new Set(['%', 'percent', 'pc']);
const MONTHS = new Map<string, number>(
	MONTH_NAMES.flatMap((name, index) => {
		const folded = name.toLowerCase();
		return [
			[folded, index + 1],
			[folded.slice(0, 3), index + 1]
		] as [string, number][];
	})
);
MONTHS.set('sept', 9);

/**
 * Every value a written number may have. `strict` reads the way the course writes numbers
 * (comma or space groups thousands, point marks decimals); otherwise every locale's way a
 * student may type them is allowed: "800 000", "800.000", "800'000", "800,000" and "2,7". A
 * lone "." or "," before exactly three digits is ambiguous ("2.700"), so both readings are kept.
 */
export function numberValues(raw: string, strict: boolean): number[] | null {
	const separators = raw.replace(/\d/g, '');
	if (!separators) return [Number(raw)];
	const groups = raw.split(/[^\d]/);
	const [first, ...rest] = groups;
	const unique = [...new Set(separators)];
	const grouped = first.length <= 3 && rest.every((group) => group.length === 3);
	if (unique.length === 1) {
		const sep = unique[0];
		const decimal = (sep === '.' || (sep === ',' && !strict)) && separators.length === 1;
		const thousands = grouped && (sep !== '.' || !strict);
		const values: number[] = [];
		if (thousands) values.push(Number(groups.join('')));
		if (decimal) values.push(Number(`${first}.${rest[0]}`));
		return values.length ? values : null;
	}
	// Two separators: the last one, used once, is the decimal mark ("1.234,5", "1,234.5").
	const decimalMark = separators.at(-1)!;
	const thousandsMarks = separators.slice(0, -1);
	if (separators.indexOf(decimalMark) !== separators.length - 1) return null;
	if (new Set(thousandsMarks).size !== 1) return null;
	if (strict && decimalMark !== '.') return null;
	const whole = groups.slice(0, -1);
	if (whole[0].length > 3 || whole.slice(1).some((group) => group.length !== 3)) return null;
	return [Number(`${whole.join('')}.${groups.at(-1)}`)];
}

function tokenize(text: string, strict: boolean): Token[] {
	const tokens: Token[] = [];
	// Digits grouped by . , ' ’ or one space; an ordinal suffix; a word; a money or % sign.
	const pattern = /(\d+(?:[.,'’ ]\d+)*)(?:(st|nd|rd|th)(?!\p{L}))?|(\p{L}+)|([$€£%])/gu;
	const folded = foldText(text).replace(/\bper cent\b/g, 'percent');
	for (const match of folded.matchAll(pattern)) {
		const [, digits, suffix, word, symbol] = match;
		if (digits) {
			const values = numberValues(digits, strict);
			if (values) tokens.push({ kind: 'number', values, ordinal: Boolean(suffix) });
			// Groups that are not thousands ("8 1999") are separate numbers.
			else
				for (const part of digits.split(/[^\d]/))
					tokens.push({ kind: 'number', values: [Number(part)], ordinal: false });
		} else if (word) tokens.push({ kind: 'word', text: word });
		else if (symbol) tokens.push({ kind: 'symbol', text: symbol });
	}
	return combineNumberWords(tokens);
}

/**
 * Number words and scales become numbers: "eight hundred thousand" → 800000, "twenty-four" →
 * 24, "one hundred and five" → 105, "2.7 billion" → 2700000000, "a million" → 1000000, "eighth"
 * → 8 (an ordinal). Digits never join the number before them ("8 1999" stays two numbers).
 */
function combineNumberWords(tokens: Token[]): Token[] {
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
		const small = word === null ? undefined : (UNITS[word] ?? TENS[word] ?? ORDINALS[word]);
		const scale = word === null ? undefined : SCALES[word];
		if (small !== undefined) {
			const joins =
				(last === 'tens' && small < 10) ||
				(last === 'hundred' && small < 100) ||
				(last === 'scale' && current === null);
			if (!joins) flush();
			current = (current ?? [0]).map((value) => value + small);
			last = word! in TENS ? 'tens' : 'other';
			ordinal = word! in ORDINALS;
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

function isDay(token: Token | undefined): token is Extract<Token, { kind: 'number' }> {
	return (
		token?.kind === 'number' && token.values.some((v) => Number.isInteger(v) && v >= 1 && v <= 31)
	);
}

function isYear(token: Token | undefined): token is Extract<Token, { kind: 'number' }> {
	return (
		token?.kind === 'number' &&
		!token.ordinal &&
		token.values.some((v) => v >= 100 && v <= 2999 && Number.isInteger(v))
	);
}

function monthOf(token: Token | undefined): number | undefined {
	return token?.kind === 'word' ? MONTHS.get(token.text) : undefined;
}

function dayValue(token: Extract<Token, { kind: 'number' }>): number {
	return token.values.find((v) => Number.isInteger(v) && v >= 1 && v <= 31)!;
}

function yearValue(token: Extract<Token, { kind: 'number' }>): number {
	return token.values.find((v) => v >= 100 && v <= 2999 && Number.isInteger(v))!;
}

/** Reads a text as values, currencies, units and the remaining words. */
export function readValues(text: string, strict: boolean): AnswerValues {
	const tokens = tokenize(spellNumericDates(text), strict).filter(
		(token) => !(token.kind === 'word' && FILLER_WORDS.has(token.text))
	);
	const result: AnswerValues = { values: [], currencies: new Set(), units: new Set(), words: [] };
	for (let i = 0; i < tokens.length; i++) {
		const token = tokens[i];
		const month = monthOf(token);
		// "8 October [1999]", "October 8[, 1999]", "October 1999".
		if (isDay(token) && monthOf(tokens[i + 1])) {
			const year = isYear(tokens[i + 2]) ? yearValue(tokens[i + 2] as never) : null;
			result.values.push({
				kind: 'date',
				day: dayValue(token),
				month: monthOf(tokens[i + 1])!,
				year
			});
			i += year === null ? 1 : 2;
			continue;
		}
		if (month !== undefined && isDay(tokens[i + 1]) && !isYear(tokens[i + 1])) {
			const year = isYear(tokens[i + 2]) ? yearValue(tokens[i + 2] as never) : null;
			result.values.push({ kind: 'date', day: dayValue(tokens[i + 1] as never), month, year });
			i += year === null ? 1 : 2;
			continue;
		}
		if (month !== undefined && isYear(tokens[i + 1])) {
			result.values.push({
				kind: 'date',
				day: null,
				month,
				year: yearValue(tokens[i + 1] as never)
			});
			i += 1;
			continue;
		}
		if (token.kind === 'number') {
			result.values.push({ kind: 'number', values: token.values });
			continue;
		}
		const text = token.text;
		const next = tokens[i + 1];
		if (
			text === 'us' &&
			next &&
			(next.kind === 'symbol' || next.kind === 'word') &&
			CURRENCY_WORDS[next.text] === 'usd'
		)
			continue;
		if (CURRENCY_WORDS[text]) result.currencies.add(CURRENCY_WORDS[text]);
		else if (PERCENT_WORDS.has(text)) result.units.add('%');
		else if (UNIT_WORDS.has(singular(text))) result.units.add(singular(text));
		else if (token.kind === 'word') result.words.push(text);
	}
	return result;
}

function singular(word: string): string {
	if (word === 'people') return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}
