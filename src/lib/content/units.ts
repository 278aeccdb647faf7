import type { Token } from './number-words';

/**
 * Units of measure in typed answers, for marking a number by its value whatever way its unit is
 * written (outsider teacher, issues 12/14: "27°C" for "27" and "5m" for "5" were marked wrong):
 * SI symbols and their English names (either spelling, singular or plural), °C/°F, % and
 * speeds, areas and volumes. Each unit has one id; `answer-values.ts` reads them, and
 * `answer-match.ts` holds a typed unit against the key's or the prompt's (`unitAfterBlank`).
 *
 * Spellings are words as `tokenize` writes them: folded, lower case, "°" and "/" dropped ("°C"
 * is "c", "km/h" is "km h"), "²" and "³" read as "squared" and "cubed". A symbol (`m`, `c`,
 * `kg`) is a unit only right after a number (`unitAt`), so "Type C" or "m" in a name stays a word; a name
 * ("metre", "degrees Celsius") is a unit anywhere, as the counting words always were. A bare
 * "s" is not read as seconds, as "1990s" is a decade and not 1990 seconds.
 */
type UnitSpec = { id: string; symbols?: string[]; names: string[]; afterDigits?: string[] };

const UNIT_SPECS: UnitSpec[] = [
	{ id: 'm', symbols: ['m'], names: ['metre', 'meter'] },
	{ id: 'km', symbols: ['km'], names: ['kilometre', 'kilometer'] },
	{ id: 'cm', symbols: ['cm'], names: ['centimetre', 'centimeter'] },
	{ id: 'mm', symbols: ['mm'], names: ['millimetre', 'millimeter'] },
	{ id: 'mile', symbols: ['mi'], names: ['mile'] },
	{ id: 'ft', symbols: ['ft'], names: ['foot', 'feet'] },
	{ id: 'inch', names: ['inch'] },
	{ id: 'kg', symbols: ['kg'], names: ['kilogram', 'kilogramme', 'kilo'] },
	{ id: 'g', symbols: ['g'], names: ['gram', 'gramme'] },
	{ id: 't', symbols: ['t'], names: ['tonne', 'ton', 'metric ton'] },
	{ id: 'l', symbols: ['l'], names: ['litre', 'liter'] },
	{ id: 'ml', symbols: ['ml'], names: ['millilitre', 'milliliter'] },
	// "second" only after digits: "the second of May" and "twenty-second" are ordinals.
	{ id: 's', symbols: ['sec'], names: [], afterDigits: ['second'] },
	{ id: 'min', symbols: ['min'], names: ['minute'] },
	{ id: 'h', symbols: ['h', 'hr'], names: ['hour'] },
	{ id: 'day', names: ['day'] },
	{ id: 'week', names: ['week'] },
	{ id: 'month', names: ['month'] },
	{ id: 'year', symbols: ['yr'], names: ['year'] },
	{ id: 'decade', names: ['decade'] },
	{ id: 'century', names: ['century', 'centurie'] },
	{
		id: 'celsius',
		symbols: ['c', 'degree c'],
		names: ['celsius', 'centigrade', 'degree celsius', 'degree centigrade']
	},
	{ id: 'fahrenheit', symbols: ['f', 'degree f'], names: ['fahrenheit', 'degree fahrenheit'] },
	// Not "k": "5k" is five thousand as often as five kelvin.
	{ id: 'kelvin', names: ['kelvin'] },
	{ id: 'degree', symbols: ['deg'], names: ['degree'] },
	{ id: '%', symbols: ['pc'], names: ['%', 'percent', 'percentage'] },
	{
		id: 'km/h',
		symbols: ['km h', 'kph', 'kmh', 'kmph'],
		names: ['kilometre per hour', 'kilometer per hour', 'km per hour', 'kilometre an hour']
	},
	{ id: 'mph', symbols: ['mph'], names: ['mile per hour', 'mile an hour'] },
	{ id: 'm/s', symbols: ['m s'], names: ['metre per second', 'meter per second'] },
	{
		id: 'km2',
		symbols: ['km squared', 'sq km'],
		names: ['square kilometre', 'square kilometer', 'square km']
	},
	{ id: 'm2', symbols: ['m squared', 'sq m'], names: ['square metre', 'square meter'] },
	{ id: 'ha', symbols: ['ha'], names: ['hectare'] },
	{ id: 'm3', symbols: ['m cubed'], names: ['cubic metre', 'cubic meter'] },
	{ id: 'w', symbols: ['w'], names: ['watt'] },
	{ id: 'kw', symbols: ['kw'], names: ['kilowatt'] },
	{ id: 'mw', symbols: ['mw'], names: ['megawatt'] },
	{ id: 'gw', symbols: ['gw'], names: ['gigawatt'] },
	{ id: 'hpa', symbols: ['hpa'], names: ['hectopascal'] },
	{ id: 'mb', symbols: ['mb', 'mbar'], names: ['millibar'] }
];

/** What a spelling needs right before it: nothing (a name), a number, or a number in digits. */
type Needs = 'nothing' | 'number' | 'digits';
type Spelling = { id: string; words: string[]; needs: Needs };

/** Longest spellings first, so "degrees Celsius" is one unit and not "degrees" then a word. */
const SPELLINGS: Spelling[] = UNIT_SPECS.flatMap(
	({ id, symbols = [], names, afterDigits = [] }) => [
		...symbols.map((s): Spelling => ({ id, words: s.split(' '), needs: 'number' })),
		...names.map((n): Spelling => ({ id, words: n.split(' '), needs: 'nothing' })),
		...afterDigits.map((d): Spelling => ({ id, words: d.split(' '), needs: 'digits' }))
	]
).sort((a, b) => b.words.length - a.words.length);

/** Every spelling of every unit (`%` included), for tests: [id, spelling, needs a number]. */
export const UNIT_SPELLINGS: readonly [id: string, spelling: string, symbol: boolean][] =
	SPELLINGS.map(({ id, words, needs }) => [id, words.join(' '), needs !== 'nothing']);

/** A written word for a spelling's word: itself or its plural ("metres", "inches"). */
function sameWord(token: Token | undefined, word: string): boolean {
	if (!token || token.kind === 'number') return false;
	const text = token.text;
	return text === word || text === `${word}s` || text === `${word}es`;
}

/**
 * The unit written at `tokens[i]` (words before number words are read): its id and how many
 * tokens it takes, or null. `before` says what stands right before it: a number in digits, a
 * number word ("five"), or anything else; a symbol needs a number.
 */
export function unitAt(
	tokens: readonly Token[],
	i: number,
	before: 'digits' | 'words' | null
): { id: string; length: number } | null {
	for (const spelling of SPELLINGS) {
		if (spelling.needs === 'number' && !before) continue;
		if (spelling.needs === 'digits' && before !== 'digits') continue;
		if (spelling.words.every((word, k) => sameWord(tokens[i + k], word)))
			return { id: spelling.id, length: spelling.words.length };
	}
	return null;
}

/**
 * Whether two units say the same thing: the same id, or a bare "degrees" for a temperature
 * scale ("27 degrees" for "27 °C"; a prompt's "degrees Celsius" already names the scale).
 */
export function sameUnit(a: string, b: string): boolean {
	if (a === b) return true;
	const scales = ['celsius', 'fahrenheit'];
	return (a === 'degree' && scales.includes(b)) || (b === 'degree' && scales.includes(a));
}

/** A blank in a prompt: three or more underscores, as `____` in a fill-the-blank question. */
const BLANK = /_{3,}/;

/**
 * The text around a prompt's first blank ("reached ____ metres in Tacloban." → before
 * "reached ", after " metres in Tacloban."), or null when it has none.
 */
export function aroundBlank(prompt: string): { before: string; after: string } | null {
	const match = BLANK.exec(prompt);
	if (!match) return null;
	return {
		before: prompt.slice(0, match.index),
		after: prompt.slice(match.index + match[0].length)
	};
}
