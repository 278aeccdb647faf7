import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAnswer } from './answer-match';
import { blankUnits } from './answer-values';
import { UNIT_SPELLINGS, sameUnit } from './units';

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
