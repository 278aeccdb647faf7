import { foldText, foldTextKeepCase } from '$lib/text/fold';
import { MONTH_NAMES } from './months';
import { spellNumericDates } from './numeric-dates';
import { combineNumberWords, isNumberWord, type Token } from './number-words';
import { aroundBlank, spellPowers, unitAt, type UnitPlace } from './units';

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
	/**
	 * Words glued to a number that may be a unit (`loose` in `units.ts`: "10s", "300K"), each in
	 * `words` too: the marking reads one as its unit when the other answer has that unit.
	 */
	loose: { word: string; unit: string }[];
}

export type ValueAtom =
	| { kind: 'number'; values: number[] }
	| { kind: 'date'; day: number | null; month: number; year: number | null };

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
/** Marks a unit's id in a symbol token ("\u0000unit:m"), which no typed text can be. */
const UNIT_MARK = '\u0000unit:';
/** Marks a loose unit ("\u0000loose:s:s": its id, then the word written), as `UNIT_MARK`. */
const LOOSE_MARK = '\u0000loose:';

/**
 * Words that name what was counted; a student may add or leave them out. Units of measure
 * (metres, hours, °C, %) are read by `units.ts`.
 */
const UNIT_WORDS = new Set([
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
 * lone "." or "," before exactly three digits is ambiguous ("2.700"), so both readings are kept,
 * unless the number starts with a 0: "0.588" is never 588 (it was, and made "0.588 kN" right for
 * "588 N").
 */
export function numberValues(raw: string, strict: boolean): number[] | null {
	const separators = raw.replace(/\d/g, '');
	if (!separators) return [Number(raw)];
	const groups = raw.split(/[^\d]/);
	const [first, ...rest] = groups;
	const unique = [...new Set(separators)];
	const grouped = first.length <= 3 && !first.startsWith('0') && rest.every((g) => g.length === 3);
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

function tokenize(text: string, strict: boolean, place: UnitPlace = 'answer'): Token[] {
	const tokens: Token[] = [];
	// Digits grouped by . , ' ’ or one space; an ordinal suffix; a word; a money or % sign.
	const pattern = /(\d+(?:[.,'’ ]\d+)*)(?:(st|nd|rd|th)(?!\p{L}))?|(\p{L}+)|([$€£%])/gu;
	const powers = spellPowers(text);
	const folded = foldText(powers).replace(/\bper cent\b/g, 'percent');
	// The same text with its case, read only for a word's first letter (`Token.capital`).
	const cased = foldTextKeepCase(powers).replace(/\bper cent\b/gi, 'percent');
	const hasCase = cased.length === folded.length;
	let digitsEnd = -1;
	for (const match of folded.matchAll(pattern)) {
		const [, digits, suffix, word, symbol] = match;
		const glued = match.index === digitsEnd;
		if (digits && !suffix) digitsEnd = match.index + match[0].length;
		if (digits) {
			const values = numberValues(digits, strict);
			if (values) tokens.push({ kind: 'number', values, ordinal: Boolean(suffix) });
			// Groups that are not thousands ("8 1999") are separate numbers.
			else
				for (const part of digits.split(/[^\d]/))
					tokens.push({ kind: 'number', values: [Number(part)], ordinal: false });
		} else if (word) {
			const first = hasCase ? cased[match.index] : word[0];
			const capital = first !== word[0] && first === first.toUpperCase();
			tokens.push({
				kind: 'word',
				text: word,
				...(glued ? { glued } : {}),
				...(capital ? { capital: true as const } : {})
			});
		} else if (symbol) tokens.push({ kind: 'symbol', text: symbol });
	}
	return combineNumberWords(withUnits(tokens, place));
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
	const result: AnswerValues = {
		values: [],
		currencies: new Set(),
		units: new Set(),
		words: [],
		loose: []
	};
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
		if (token.kind === 'symbol' && text.startsWith(UNIT_MARK))
			result.units.add(text.slice(UNIT_MARK.length));
		else if (token.kind === 'symbol' && text.startsWith(LOOSE_MARK)) {
			const [unit, word] = text.slice(LOOSE_MARK.length).split(':');
			result.words.push(word);
			result.loose.push({ word, unit });
		} else if (CURRENCY_WORDS[text]) result.currencies.add(CURRENCY_WORDS[text]);
		else if (UNIT_WORDS.has(singular(text))) result.units.add(singular(text));
		else if (token.kind === 'word') result.words.push(text);
	}
	return result;
}

/**
 * Units of measure read as one token each (`unitAt`: "degrees Celsius", "km/h", "5m"), before
 * number words are, so the "second" of "metres per second" is a unit and not an ordinal.
 */
function withUnits(tokens: Token[], place: UnitPlace): Token[] {
	const out: Token[] = [];
	for (let i = 0; i < tokens.length; i++) {
		const previous = tokens[i - 1];
		const before =
			previous?.kind === 'number'
				? 'digits'
				: previous?.kind === 'word' && isNumberWord(previous.text)
					? 'words'
					: null;
		const unit = unitAt(tokens, i, before, place);
		const word = tokens[i];
		if (unit?.loose && word.kind === 'word')
			out.push({ kind: 'symbol', text: `${LOOSE_MARK}${unit.id}:${word.text}` });
		else if (unit) {
			out.push({ kind: 'symbol', text: UNIT_MARK + unit.id });
			i += unit.length - 1;
		} else out.push(tokens[i]);
	}
	return out;
}

/**
 * The unit and currency a fill-the-blank prompt writes around its blank, which the blank's
 * number is in: "reached ____ metres" → m, "at least ____ degrees Celsius" → celsius,
 * "____ per cent" → %, "cost £____" or "____ pounds" → gbp. Empty when the prompt has no blank
 * or names none there; only the words right beside the blank count, not a unit later on.
 */
export function blankUnits(prompt: string): Pick<AnswerValues, 'units' | 'currencies'> {
	const found: Pick<AnswerValues, 'units' | 'currencies'> = {
		units: new Set(),
		currencies: new Set()
	};
	const around = aroundBlank(prompt);
	if (!around) return found;
	const before = /([$€£])\s*$/.exec(around.before)?.[1];
	if (before) found.currencies.add(CURRENCY_WORDS[before]);
	// The blank stands for a number, so "____ m" is read as a number with its unit.
	const [, first] = tokenize(`1 ${around.after}`, false, 'blank');
	if (first?.kind === 'symbol' && first.text.startsWith(UNIT_MARK))
		found.units.add(first.text.slice(UNIT_MARK.length));
	if (first && first.kind !== 'number' && CURRENCY_WORDS[first.text])
		found.currencies.add(CURRENCY_WORDS[first.text]);
	return found;
}

function singular(word: string): string {
	if (word === 'people') return word;
	if (word.endsWith('ies')) return `${word.slice(0, -3)}y`;
	if (word.endsWith('s') && !word.endsWith('ss')) return word.slice(0, -1);
	return word;
}

/**
 * The unit an answer is, when the whole answer is one unit written with a space-safe spelling
 * ("Ω", "ohms", "kg", "degrees Celsius"), else null: "What is the unit of resistance?" takes
 * "ohms" for the key "Ω". A single Latin letter is no unit here ("K" is potassium as often as
 * kelvin, "N" nitrogen), nor is a loose one.
 */
export function unitOnly(text: string): string | null {
	// A unit's longest spelling is three words ("degrees Celsius", "kilometre per hour").
	if (/^\s*\p{Script=Latin}\s*$/u.test(text) || /\d/.test(text) || text.length > 40) return null;
	const tokens = tokenize(`1 ${text}`, false, 'blank');
	const [, unit] = tokens;
	if (tokens.length !== 2 || unit.kind !== 'symbol' || !unit.text.startsWith(UNIT_MARK))
		return null;
	return unit.text.slice(UNIT_MARK.length);
}
