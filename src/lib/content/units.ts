import type { Token } from './number-words';

/**
 * Units of measure in typed answers, for marking a number by its value whatever way its unit is
 * written (outsider teacher, issues 12/14: "27°C" for "27" and "5m" for "5" were marked wrong;
 * a teacher from Moodle, issue 12: "10 s" for "10 seconds", "2A" for "2 amps" and "10 Ω" for
 * "10 ohms" too): SI base and derived units with their symbols and English names (either
 * spelling, singular or plural), °C/°F, % and speeds, areas and volumes. Each unit has one id;
 * `answer-values.ts` reads them, and `answer-match.ts` holds a typed unit against the key's or
 * the prompt's (`unitAfterBlank`). A different unit, or another prefix of it ("10 ms" for "10 s",
 * "2 mA" for "2 A", "5 kJ" for "5 J"), is another id: never the same answer.
 *
 * Spellings are words as `tokenize` writes them: folded, lower case, "°" and "/" dropped ("°C"
 * is "c", "km/h" is "km h", "Ω" is "ω"), "²" and "³" (and "2", "3" after a unit that takes a
 * power, `spellPowers`) read as "squared" and "cubed". A symbol
 * (`m`, `c`, `kg`) is a unit only right after a number (`unitAt`), so "Type C" or "m" in a name
 * stays a word; a name ("metre", "degrees Celsius") is a unit anywhere, as the counting words
 * always were, except a unit named after a person ("newton", "watt", "kelvin"), a unit only after
 * a number, so "Isaac Newton 1687" keeps its name.
 *
 * Case is folded everywhere but in a symbol whose prefix only case tells: "m" is milli- and "M"
 * mega- (SI Brochure, 9th ed., table 7), so "5 mW" is a milliwatt and never right for "5 MW",
 * nor "3 Mm" for "3 mm" (`capital`, read from the symbol's first letter as written,
 * `Token.capital`). Names are words and never read by case ("Megawatt" at a sentence's start
 * is a megawatt); a symbol with no such pair ("KM", "Kg") still folds.
 *
 * Two symbols are also words glued to a number: "1990s" is a decade and "5k" five thousand, so
 * "s" and "k" are seconds and kelvin only after a space ("10 s", "300 K"); glued, they are
 * `loose`: the word stays, and the marking reads it as the unit when the other answer has that
 * unit ("10s" for "10 seconds"; "1990" is still not "1990s"). A one-letter symbol that is also a
 * common word ("a", "v") is a unit only where no word follows ("2 A", not "5 a day" or "2 v
 * Spain"); around a prompt's blank, where the blank is the number, it always is.
 */
type UnitSpec = {
	id: string;
	symbols?: string[];
	names: string[];
	/** Words that are this unit only right after a number in digits ("10 seconds", not "second of May"). */
	afterDigits?: string[];
	/** Names that are this unit only right after a number: a person's name ("5 newtons", not "Isaac Newton"). */
	afterNumber?: string[];
	/** Symbols that are also a word glued to a number (see the module's note): the unit after a space. */
	loose?: string[];
	/** Symbols that are also common words: the unit only where no word follows. */
	last?: string[];
	/**
	 * The unit `symbols` name when written with a capital first letter: the milli- symbol's
	 * mega- twin ("mW" milliwatt, "MW" megawatt; see the module's note).
	 */
	capital?: string;
};

const UNIT_SPECS: UnitSpec[] = [
	{ id: 'm', symbols: ['m'], names: ['metre', 'meter'] },
	{ id: 'km', symbols: ['km'], names: ['kilometre', 'kilometer'] },
	{ id: 'cm', symbols: ['cm'], names: ['centimetre', 'centimeter'] },
	{ id: 'mm', symbols: ['mm'], names: ['millimetre', 'millimeter'], capital: 'megametre' },
	{ id: 'megametre', names: ['megametre', 'megameter'] },
	{ id: 'mile', symbols: ['mi'], names: ['mile'] },
	{ id: 'ft', symbols: ['ft'], names: ['foot', 'feet'] },
	{ id: 'inch', names: ['inch'] },
	{ id: 'kg', symbols: ['kg'], names: ['kilogram', 'kilogramme', 'kilo'] },
	{ id: 'g', symbols: ['g'], names: ['gram', 'gramme'] },
	// A megagram is a tonne (SI Brochure, table 8).
	{ id: 'mg', symbols: ['mg'], names: ['milligram', 'milligramme'], capital: 't' },
	{ id: 't', symbols: ['t'], names: ['tonne', 'ton', 'metric ton'] },
	{ id: 'l', symbols: ['l'], names: ['litre', 'liter'] },
	{ id: 'ml', symbols: ['ml'], names: ['millilitre', 'milliliter'], capital: 'megalitre' },
	{ id: 'megalitre', names: ['megalitre', 'megaliter'] },
	// "second" only after digits: "the second of May" and "twenty-second" are ordinals; "seconds"
	// after any number ("ten seconds") is no ordinal.
	{
		id: 's',
		symbols: ['sec'],
		names: [],
		afterDigits: ['second'],
		afterNumber: ['seconds'],
		loose: ['s']
	},
	{ id: 'ms', symbols: ['ms', 'msec'], names: ['millisecond'], capital: 'megasecond' },
	{ id: 'megasecond', names: ['megasecond'] },
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
	// "k" glued to a number is five thousand as often as five kelvin: `loose`.
	{ id: 'kelvin', names: [], afterNumber: ['kelvin'], loose: ['k'] },
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
	{
		id: 'cm2',
		symbols: ['cm squared', 'sq cm'],
		names: ['square centimetre', 'square centimeter']
	},
	{ id: 'cm3', symbols: ['cm cubed'], names: ['cubic centimetre', 'cubic centimeter'] },
	{ id: 'ha', symbols: ['ha'], names: ['hectare'] },
	{ id: 'm3', symbols: ['m cubed'], names: ['cubic metre', 'cubic meter'] },
	{ id: 'w', symbols: ['w'], names: [], afterNumber: ['watt'] },
	{ id: 'kw', symbols: ['kw'], names: ['kilowatt'] },
	{ id: 'milliwatt', symbols: ['mw'], names: ['milliwatt'], capital: 'mw' },
	{ id: 'mw', names: ['megawatt'] },
	{ id: 'gw', symbols: ['gw'], names: ['gigawatt'] },
	{ id: 'kwh', symbols: ['kwh'], names: ['kilowatt hour'] },
	// Electricity, force, energy, pressure, frequency (SI, the BIPM's SI Brochure, 9th ed., table 4).
	{ id: 'ampere', names: [], afterNumber: ['ampere', 'amp'], last: ['a'] },
	{ id: 'ma', symbols: ['ma'], names: ['milliampere', 'milliamp'], capital: 'megaampere' },
	{ id: 'megaampere', names: ['megaampere', 'megaamp'] },
	{ id: 'volt', names: [], afterNumber: ['volt'], last: ['v'] },
	{ id: 'kv', symbols: ['kv'], names: ['kilovolt'] },
	{ id: 'mv', symbols: ['mv'], names: ['millivolt'], capital: 'megavolt' },
	{ id: 'megavolt', names: ['megavolt'] },
	{ id: 'ohm', symbols: ['ω'], names: [], afterNumber: ['ohm'] },
	{ id: 'kohm', symbols: ['kω'], names: ['kilohm', 'kiloohm'] },
	{ id: 'joule', names: [], afterNumber: ['joule'], last: ['j'] },
	{ id: 'kj', symbols: ['kj'], names: ['kilojoule'] },
	{ id: 'mj', symbols: ['mj'], names: ['millijoule'], capital: 'megajoule' },
	{ id: 'megajoule', names: ['megajoule'] },
	{ id: 'newton', names: [], afterNumber: ['newton'], last: ['n'] },
	{ id: 'kn', symbols: ['kn'], names: ['kilonewton'] },
	{ id: 'pascal', symbols: ['pa'], names: [], afterNumber: ['pascal'] },
	{ id: 'kpa', symbols: ['kpa'], names: ['kilopascal'] },
	{ id: 'mpa', symbols: ['mpa'], names: ['millipascal'], capital: 'megapascal' },
	{ id: 'megapascal', names: ['megapascal'] },
	{ id: 'hertz', symbols: ['hz'], names: [], afterNumber: ['hertz'] },
	{ id: 'khz', symbols: ['khz'], names: ['kilohertz'] },
	{ id: 'mhz', symbols: ['mhz'], names: ['millihertz'], capital: 'megahertz' },
	{ id: 'megahertz', names: ['megahertz'] },
	// Compound units of school physics ("9.8 N/kg", "9.8 m/s²"), read before their parts.
	{ id: 'n/kg', symbols: ['n kg'], names: ['newton per kilogram', 'newton per kg'] },
	{ id: 'j/kg', symbols: ['j kg'], names: ['joule per kilogram', 'joule per kg'] },
	{
		id: 'kg/m3',
		symbols: ['kg m cubed'],
		names: ['kilogram per cubic metre', 'kg per cubic metre']
	},
	{
		id: 'm/s2',
		symbols: ['m s squared'],
		names: ['metre per second squared', 'meter per second squared', 'metre per second per second']
	},
	// Not "C": after a number it is °C (above); a coulomb is written out.
	{ id: 'coulomb', names: [], afterNumber: ['coulomb'] },
	{ id: 'hpa', symbols: ['hpa'], names: ['hectopascal'] },
	{ id: 'mb', symbols: ['mb', 'mbar'], names: ['millibar'] }
];

/**
 * An ASCII "2" or "3" written as a power ("m/s2", "m2", "cm3", "kg/m3", as a keyboard without
 * "²" types them; outsider teacher, session 35: "9.8m/s2" was marked wrong for "9.8 m/s²"):
 * right after a length symbol (km, cm, mm, m) that follows a number or a "/", or after "/s".
 * Nothing else takes one: "CO2" and "H2O" are no units, and "1s2" (an electron shell) has no
 * "/" before its "s".
 */
const ASCII_POWER = /(?<=(?:\d\s?|\/)(?:km|cm|mm|m)|\/s)([23])(?![\p{L}\d])/giu;

/**
 * `text` with its powers as words for `tokenize` ("9.8 m/s²" and "9.8m/s2" → "9.8 m/s squared",
 * "1000 kg/m3" → "1000 kg/m cubed"): "²"/"³", and an ASCII 2/3 where a unit takes it
 * (`ASCII_POWER`). Pure.
 */
export function spellPowers(text: string): string {
	return text
		.replace(ASCII_POWER, (power) => (power === '2' ? '²' : '³'))
		.replace(/²/g, ' squared ')
		.replace(/³/g, ' cubed ');
}

/**
 * What a spelling needs right before it: nothing (a name), a number (digits or words), or a
 * number in digits. `loose`: glued to digits it is a word that may be the unit (module note);
 * `last`: no word may follow it.
 */
type Needs = 'nothing' | 'number' | 'digits';
type Spelling = {
	id: string;
	words: string[];
	needs: Needs;
	loose?: true;
	last?: true;
	/** A symbol's unit when its first letter is written as a capital (`UnitSpec.capital`). */
	capital?: string;
};

/** Longest spellings first, so "degrees Celsius" is one unit and not "degrees" then a word. */
const SPELLINGS: Spelling[] = UNIT_SPECS.flatMap(
	({
		id,
		symbols = [],
		names,
		afterDigits = [],
		afterNumber = [],
		loose = [],
		last = [],
		capital
	}) => [
		...symbols.map((s): Spelling => ({
			id,
			words: s.split(' '),
			needs: 'number',
			...(capital && { capital })
		})),
		...loose.map((s): Spelling => ({ id, words: [s], needs: 'number', loose: true })),
		...last.map((s): Spelling => ({ id, words: [s], needs: 'number', last: true })),
		...names.map((n): Spelling => ({ id, words: n.split(' '), needs: 'nothing' })),
		...afterNumber.map((n): Spelling => ({ id, words: n.split(' '), needs: 'number' })),
		...afterDigits.map((d): Spelling => ({ id, words: d.split(' '), needs: 'digits' }))
	]
).sort((a, b) => b.words.length - a.words.length);

/** Every spelling of every unit (`%` included), for tests: [id, spelling, needs a number]. */
export const UNIT_SPELLINGS: readonly [id: string, spelling: string, symbol: boolean][] =
	SPELLINGS.map(({ id, words, needs }) => [id, words.join(' '), needs !== 'nothing']);

/**
 * A written word for a spelling's word: itself, or its plural ("metres", "inches", "hrs"). A
 * one-letter symbol has no plural: "ms" is milliseconds, "ns" and "vs" no unit.
 */
function sameWord(token: Token | undefined, word: string): boolean {
	if (!token || token.kind === 'number') return false;
	const text = token.text;
	if (text === word) return true;
	return word.length > 1 && (text === `${word}s` || text === `${word}es`);
}

/** Where a unit is read: in a typed answer, or right after a prompt's blank (`blankUnits`). */
export type UnitPlace = 'answer' | 'blank';

/**
 * The unit written at `tokens[i]` (words before number words are read): its id, how many
 * tokens it takes and whether it is `loose` (a word glued to digits that may be the unit), or
 * null. `before` says what stands right before it: a number in digits, a number word ("five"),
 * or anything else; a symbol needs a number.
 */
export function unitAt(
	tokens: readonly Token[],
	i: number,
	before: 'digits' | 'words' | null,
	place: UnitPlace = 'answer'
): { id: string; length: number; loose?: true } | null {
	for (const spelling of SPELLINGS) {
		if (spelling.needs === 'number' && !before) continue;
		if (spelling.needs === 'digits' && before !== 'digits') continue;
		if (!spelling.words.every((word, k) => sameWord(tokens[i + k], word))) continue;
		const next = tokens[i + spelling.words.length];
		if (spelling.last && place === 'answer' && next?.kind === 'word') continue;
		const token = tokens[i];
		const loose = spelling.loose && token.kind === 'word' && token.glued && place === 'answer';
		const id =
			spelling.capital && token.kind === 'word' && token.capital ? spelling.capital : spelling.id;
		return { id, length: spelling.words.length, ...(loose ? { loose } : {}) };
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
