import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAnswer } from './answer-match';
import { blankUnits } from './answer-values';
import { UNIT_SPELLINGS, sameUnit, spellPowers } from './units';

/** The outsider teacher's quiz (issues 12/14): a number typed with its unit was marked wrong. */
const temperature = {
	answer: '27',
	prompt: 'Tropical storms form where the sea temperature is at least ____ degrees Celsius.'
};
const surge = { answer: '5', prompt: 'The storm surge reached ____ metres in Tacloban.' };
const share = { answer: '40', prompt: 'About ____ per cent of the city was flooded.' };

/** [typed, question]: the right number with its unit, however it is spelt. */
const RIGHT: [string, { answer: string; prompt?: string }][] = [
	['27°C', temperature],
	['27 °C', temperature],
	['27C', temperature],
	['27 degrees', temperature],
	['27 degrees C', temperature],
	['27 degrees Celsius', temperature],
	['27 celsius', temperature],
	['5m', surge],
	['5 m', surge],
	['5 metres', surge],
	['5 meters', surge],
	['5 metre', surge],
	['40%', share],
	['40 %', share],
	['40 per cent', share],
	['40 percent', share],
	// The key's own unit, written another way
	['5 metres', { answer: '5 m' }],
	['5m', { answer: '5 metres' }],
	['120 km/h', { answer: '120 kilometres per hour' }],
	['120 kph', { answer: '120 km/h' }],
	['70 mph', { answer: '70 miles per hour' }],
	['3 kg', { answer: '3 kilograms' }],
	['2 hrs', { answer: '2 hours' }],
	['1,000 km²', { answer: '1,000 square kilometres' }],
	['1000 sq km', { answer: '1,000 km²' }],
	['30°F', { answer: '30 degrees Fahrenheit' }],
	// Money: a currency sign before the number, or its name after it
	['£5', { answer: '5', prompt: 'The ticket cost ____ pounds.' }],
	['5 pounds', { answer: '5', prompt: 'The ticket cost £____.' }],
	['$5', { answer: '5', prompt: 'The ticket cost $____.' }],
	// A unit where the prompt names none is not held against the student (as before)
	['5m', { answer: '5' }]
];

/** [typed, question]: a wrong number, or a different unit. */
const WRONG: [string, { answer: string; prompt?: string }][] = [
	['28°C', temperature],
	['27°F', temperature],
	['27 fahrenheit', temperature],
	['27 km', temperature],
	['6m', surge],
	['5 km', surge],
	['5 kilometres', surge],
	['5 cm', surge],
	['5 feet', surge],
	['5 metres high', surge],
	['50%', share],
	['40 km', share],
	['$5', { answer: '5', prompt: 'The ticket cost ____ pounds.' }],
	['€5', { answer: '5', prompt: 'The ticket cost £____.' }],
	['5 km', { answer: '5 m' }],
	['120 mph', { answer: '120 km/h' }],
	['1,000 km', { answer: '1,000 km²' }],
	// A bare "s" is not seconds: the 1990s are not the year 1990
	['1990s', { answer: '1990' }]
];

describe('a number typed with its unit', () => {
	it.each(RIGHT)('%j is right', (typed, question) => {
		expect(matchesAnswer(typed, question)).toBe(true);
	});
	it.each(WRONG)('%j is wrong', (typed, question) => {
		expect(matchesAnswer(typed, question)).toBe(false);
	});
});

/**
 * A teacher from Moodle (issue 12): "10 s" for "10 seconds", "2A", "2 A" and "2 amps" for
 * each other, "20 °C", "20C" and "20 degrees". [typed, key, right?]: SI units and their
 * symbols, with or without a space; never another number, unit or prefix.
 */
const SI: [string, string, boolean][] = [
	['10 s', '10 seconds', true],
	['10s', '10 seconds', true],
	['10 sec', '10 s', true],
	['10 seconds', '10 s', true],
	['ten seconds', '10 s', true],
	['ten seconds', '10 seconds', true],
	['twenty second', '20 seconds', false],
	['10 ms', '10 s', false],
	['10 ms', '10 seconds', false],
	['10 milliseconds', '10 ms', true],
	['10 min', '10 s', false],
	['12 s', '10 s', false],
	['2A', '2 amps', true],
	['2 A', '2 amps', true],
	['2 amps', '2A', true],
	['2 amperes', '2 A', true],
	['2 mA', '2 A', false],
	['3 A', '2 A', false],
	['2 V', '2 A', false],
	['20 °C', '20 degrees', true],
	['20C', '20 °C', true],
	['20 degrees', '20 °C', true],
	['20 degrees Celsius', '20C', true],
	['20 K', '20 °C', false],
	['20 °F', '20 °C', false],
	['300 K', '300 kelvin', true],
	['300K', '300 kelvin', true],
	['300 kelvin', '300 K', true],
	['5 V', '5 volts', true],
	['5V', '5 volts', true],
	['5 kV', '5 V', false],
	['5 mV', '5 V', false],
	['5 W', '5 watts', true],
	['5 kW', '5 W', false],
	['5 J', '5 joules', true],
	['5 kJ', '5 J', false],
	['5 kJ', '5000 J', false],
	['5 kilojoules', '5 kJ', true],
	['5 N', '5 newtons', true],
	['5 kN', '5 N', false],
	['5 Pa', '5 pascals', true],
	['5 kPa', '5 Pa', false],
	['10 Ω', '10 ohms', true],
	['10Ω', '10 ohm', true],
	['10 ohms', '10 Ω', true],
	['10 kΩ', '10 Ω', false],
	['10 kilohms', '10 kΩ', true],
	['50 Hz', '50 hertz', true],
	['20 C', '20 coulombs', false],
	['20 coulombs', '20 coulomb', true],
	['0.5 A', '0.5', true],
	['0.5', '0.5 A', true],
	['0,5 A', '0.5 amps', true],
	['2 kWh', '2 kilowatt hours', true],
	['2 kW', '2 kWh', false],
	['9.8 N', '9.8 N/kg', false],
	['9.8 N/kg', '9.8 newtons per kilogram', true],
	['9.8 m/s²', '9.8 metres per second squared', true],
	['9.8 m/s', '9.8 m/s²', false],
	['1000 kg/m³', '1000 kilograms per cubic metre', true],
	['4200 J/kg', '4200 joules per kilogram', true],
	['4200 J', '4200 J/kg', false],
	// A unit as the whole answer: "What is the unit of resistance?"
	['ohms', 'Ω', true],
	['Ω', 'ohm', true],
	['kilograms', 'kg', true],
	['joules', 'J', false],
	['kilojoules', 'joules', false],
	['degrees', '°C', false]
];

describe('SI units written another way (a teacher from Moodle)', () => {
	it.each(SI)('%j for %j: right %s', (typed, answer, right) => {
		expect(matchesAnswer(typed, { answer })).toBe(right);
	});

	it('keeps words that are not units after a number, and names that are not after one', () => {
		// "s" glued to a decade, "k" to thousands, "a" before a word, a scientist's name.
		expect(matchesAnswer('1990', { answer: '1990s' })).toBe(false);
		expect(matchesAnswer('5', { answer: '5k' })).toBe(false);
		expect(matchesAnswer('5 per day', { answer: '5 a day' })).toBe(true);
		expect(matchesAnswer('1687', { answer: 'Newton 1687' })).toBe(false);
		expect(matchesAnswer('1769', { answer: 'James Watt, 1769' })).toBe(false);
		expect(matchesAnswer('5 ns', { answer: '5 N' })).toBe(false);
	});
});

/**
 * Issue 12, a student from Anki: "5 mW" was marked right for "5 MW". Folding lost the case that
 * alone tells milli- (m) from mega- (M), SI Brochure 9th ed. table 7. [typed, key, right?]:
 * the prefix letter's case decides for a symbol; a name is a word and folds as ever.
 */
const PREFIX_CASE: [string, string, boolean][] = [
	['5 mW', '5 MW', false],
	['5 MW', '5 mW', false],
	['5 mw', '5 MW', false],
	['5 MW', '5 MW', true],
	['5MW', '5 megawatts', true],
	['5 MW', '5 Megawatts', true],
	['5 mW', '5 milliwatts', true],
	['5 mW', '5 megawatts', false],
	['5 Mw', '5 megawatts', true],
	['3 Mm', '3 mm', false],
	['3 mm', '3 Mm', false],
	['3 mm', '3 millimetres', true],
	['3 Mm', '3 megametres', true],
	['3MM', '3 mm', false],
	['20 ms', '20 Ms', false],
	['20 Ms', '20 megaseconds', true],
	['20 ms', '20 milliseconds', true],
	['20 msec', '20 ms', true],
	['2 mg', '2 Mg', false],
	['2 mg', '2 milligrams', true],
	['2 Mg', '2 tonnes', true],
	['2 Mg', '2 t', true],
	['2 mg', '2 g', false],
	['4 mL', '4 ml', true],
	['4 mL', '4 millilitres', true],
	['4 ML', '4 ml', false],
	['4 ML', '4 megalitres', true],
	['100 MHz', '100 megahertz', true],
	['100 mHz', '100 MHz', false],
	['200 MPa', '200 megapascals', true],
	['200 mPa', '200 MPa', false],
	['3 MJ', '3 megajoules', true],
	['3 mJ', '3 MJ', false],
	['2 mA', '2 milliamps', true],
	['2 MA', '2 mA', false],
	['5 mV', '5 MV', false],
	// No twin: the case of a symbol with no other reading still folds ("KM", "Kg", "KW").
	['5 KM', '5 km', true],
	['5 Kg', '5 kg', true],
	['5 KW', '5 kW', true],
	['5 kw', '5 kilowatts', true],
	// A student from Anki, session 37: "588 n" was right for "588 N". By this rule it is: a bare
	// "n" has no other reading (nano- is a prefix, and a prefix never stands alone: SI Brochure
	// 9th ed., 3.1), so its case folds as "KM"'s does; a prefixed newton stays another unit.
	['588 n', '588 N', true],
	['588 nN', '588 N', false],
	['588 mN', '588 N', false],
	['588 MN', '588 N', false],
	// Names and words never by case.
	['5 Millimetres', '5 mm', true],
	['5 MILLIWATTS', '5 mW', true],
	['Ms Smith', 'ms smith', true]
];

describe('a symbol whose prefix only case tells (issue 12, a student from Anki)', () => {
	it.each(PREFIX_CASE)('%j for %j: right %s', (typed, answer, right) => {
		expect(matchesAnswer(typed, { answer })).toBe(right);
	});
	it("reads the prefix beside a prompt's blank by its case too", () => {
		const prompt = 'The plant makes ____ MW at full load.';
		expect(matchesAnswer('500 MW', { answer: '500', prompt })).toBe(true);
		expect(matchesAnswer('500 mW', { answer: '500', prompt })).toBe(false);
		expect([...blankUnits(prompt).units]).toEqual(['mw']);
		expect([...blankUnits('It weighs ____ mg.').units]).toEqual(['mg']);
	});
});

describe('blankUnits', () => {
	it('reads the unit or currency right beside the blank, not one later on', () => {
		expect([...blankUnits(surge.prompt).units]).toEqual(['m']);
		expect([...blankUnits(temperature.prompt).units]).toEqual(['celsius']);
		expect([...blankUnits(share.prompt).units]).toEqual(['%']);
		expect([...blankUnits('It cost £____ in 2019.').currencies]).toEqual(['gbp']);
		expect([...blankUnits('It cost ____ dollars.').currencies]).toEqual(['usd']);
		expect(blankUnits('____ people lived 5 km away.').units.size).toBe(0);
		expect(blankUnits('No blank here, 5 metres.').units.size).toBe(0);
	});
});

/** A spelling as a student may type it after a number: a symbol glued on, or a name after a space. */
function typedWith(value: number, spelling: string, symbol: boolean): string[] {
	const shown = spelling.replace(/^km h$/, 'km/h').replace(/^m s$/, 'm/s');
	return symbol ? [`${value}${shown}`, `${value} ${shown}`] : [`${value} ${shown}`];
}

/** The first spelling of a unit, as a key or a prompt writes it. */
const written = (id: string) => UNIT_SPELLINGS.find(([other]) => other === id)![1];

/** The key's unit in the key ("5 m") or beside the prompt's blank ("____ m", key "5"). */
const questions = (value: number, id: string) => [
	{ answer: `${value} ${written(id)}` },
	{ answer: String(value), prompt: `It measured ____ ${written(id)} at the coast.` }
];

describe('property: a number with any accepted spelling of its unit', () => {
	const spellings = fc.constantFrom(...UNIT_SPELLINGS);
	const numbers = fc.integer({ min: 1, max: 99_999 });

	it('is right when the number is right', () => {
		fc.assert(
			fc.property(numbers, spellings, (value, [id, spelling, symbol]) => {
				for (const question of questions(value, id))
					for (const typed of typedWith(value, spelling, symbol))
						expect(matchesAnswer(typed, question)).toBe(true);
			})
		);
	});

	it('is wrong with any other number', () => {
		fc.assert(
			fc.property(numbers, numbers, spellings, (value, other, [id, spelling, symbol]) => {
				fc.pre(value !== other);
				for (const question of questions(value, id))
					for (const typed of typedWith(other, spelling, symbol))
						expect(matchesAnswer(typed, question)).toBe(false);
			})
		);
	});

	it('is wrong in another unit', () => {
		fc.assert(
			fc.property(numbers, spellings, spellings, (value, [id], [otherId, spelling, symbol]) => {
				fc.pre(!sameUnit(id, otherId));
				for (const question of questions(value, id))
					for (const typed of typedWith(value, spelling, symbol))
						expect(matchesAnswer(typed, question)).toBe(false);
			})
		);
	});
});

/**
 * An ASCII 2 or 3 typed as a power (outsider teacher, session 35: "9.8m/s2" was marked wrong
 * for "9.8 m/s²"): [typed, key, right].
 */
const ASCII_POWERS: [string, string, boolean][] = [
	['9.8m/s2', '9.8 m/s²', true],
	['9.8 m/s2', '9.8 m/s²', true],
	['9.8 m/s2', '9.8 metres per second squared', true],
	['9.8 M/S2', '9.8 m/s²', true],
	['9.8 m/s2', '9.8 m/s', false],
	['9.8 m/s', '9.8 m/s²', false],
	['9.8 m/s3', '9.8 m/s²', false],
	['20 m2', '20 m²', true],
	['20m2', '20 square metres', true],
	['20 m2', '20 m', false],
	['20 m3', '20 m²', false],
	['20 m3', '20 cubic metres', true],
	['5 km2', '5 km²', true],
	['50 cm3', '50 cm³', true],
	['50 cm3', '50 cubic centimetres', true],
	['50 cm2', '50 cm³', false],
	['50 cm2', '50 square centimetres', true],
	['1000 kg/m3', '1000 kg/m³', true],
	['1000 kg/m3', '1000 kilograms per cubic metre', true],
	['1000 kg/m3', '1000 kg/m', false]
];

describe('a 2 or 3 typed after a unit is its power where the unit takes one', () => {
	it.each(ASCII_POWERS)('%j for %j: right %s', (typed, answer, right) => {
		expect(matchesAnswer(typed, { answer })).toBe(right);
	});

	it.each([
		['9.8m/s2', '9.8m/s²'],
		['1000 kg/m3', '1000 kg/m³'],
		['5 cm3', '5 cm³'],
		['20 m2 of floor', '20 m² of floor'],
		// No unit takes these: a formula, a shell, a number after a word, a unit with no number.
		['CO2', 'CO2'],
		['H2O', 'H2O'],
		['1s2 2s2', '1s2 2s2'],
		['Room m2', 'Room m2'],
		['m3', 'm3'],
		['5 m23', '5 m23'],
		['5 s2', '5 s2']
	])('%j reads as %j', (typed, read) => {
		const words = (text: string) => text.replace(/²/g, ' squared ').replace(/³/g, ' cubed ');
		expect(spellPowers(typed)).toBe(words(read));
	});

	it('keeps CO2 a word, not 2 of a unit', () => {
		expect(matchesAnswer('CO2', { answer: 'carbon dioxide' })).toBe(false);
		expect(matchesAnswer('CO2', { answer: 'CO2' })).toBe(true);
		expect(matchesAnswer('CO', { answer: 'CO2' })).toBe(false);
	});
});
