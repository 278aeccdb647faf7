import { describe, expect, it } from 'vitest';
import { answerMatch, matchesAnswer } from './answer-match';
import {
	asksForUnit,
	unitForms,
	unitKey,
	numericOtherUnit,
	promptUnit,
	unitMiss,
	unitRequired
} from './answer-unit';

const WEIGHT = 'What is the weight of a 60 kg person on Earth? Give the unit.';
const MOMENTUM = 'A 2500 kg truck moves at 10 m/s. What is its momentum? Include the unit.';
const SPEED = 'A cyclist rides 20 m in 10 s. What is her speed in m/s?';

describe('the unit rule: which questions require the unit', () => {
	it('requires it where the prompt asks for it', () => {
		for (const prompt of [
			WEIGHT,
			MOMENTUM,
			'Calculate the energy, including units.',
			'What is the current? State the unit.',
			'In what unit is power measured, and what is the power here?',
			'Give your answer with the correct unit.',
			'Work out the resistance and its unit.',
			'Units required.'
		])
			expect(asksForUnit(prompt), prompt).toBe(true);
	});

	it('leaves it optional where the prompt names the unit or says nothing of it', () => {
		for (const prompt of [
			SPEED,
			'How long does the reaction take, in seconds?',
			'What is the unit of force?',
			'The community gave the teacher a unity award.'
		])
			expect(asksForUnit(prompt), prompt).toBe(false);
	});
});

describe('the unit rule: which keys are a number with a unit', () => {
	it('reads a number and a unit of measure, alone or as a product', () => {
		expect(unitKey('588 N')).toMatchObject({ number: '588', values: [588], unit: 'N' });
		expect(unitKey('25000 kg m/s')).toMatchObject({ values: [25000], unit: 'kg m/s' });
		expect(unitKey('9.8 m/s²')).toMatchObject({ values: [9.8], unit: 'm/s²' });
		expect(unitKey('-40 °C')).toMatchObject({ values: [-40], unit: '°C' });
		expect(unitKey('1.5 kW')).toMatchObject({ unit: 'kW' });
	});

	it('leaves counted words, decades, shares, money and dates to the rest of the marking', () => {
		for (const key of ['3 soldiers', '1990s', '90%', '$2.7 billion', '8 October', '1244', 'N'])
			expect(unitKey(key), key).toBeNull();
	});
});

/** [typed, key, prompt, right]: the teacher's cases of session 37 and their neighbours. */
const CASES: [string, string, string, boolean][] = [
	['588 N', '588 N', WEIGHT, true],
	['588N', '588 N', WEIGHT, true],
	['588 newtons', '588 N', WEIGHT, true],
	['588', '588 N', WEIGHT, false],
	['about 588', '588 N', WEIGHT, false],
	['five hundred and eighty-eight', '588 N', WEIGHT, false],
	['588 kg', '588 N', WEIGHT, false],
	['0.588 kN', '588 N', WEIGHT, false],
	['588 kN', '588 N', WEIGHT, false],
	['W = 588 N', '588 N', WEIGHT, true],
	['25000 kg m/s', '25000 kg m/s', MOMENTUM, true],
	['25 000 kg m/s', '25000 kg m/s', MOMENTUM, true],
	['25000 kg·m/s', '25000 kg m/s', MOMENTUM, true],
	['25000 kg m s^-1', '25000 kg m/s', MOMENTUM, true],
	['25000 kg m', '25000 kg m/s', MOMENTUM, false],
	['25000', '25000 kg m/s', MOMENTUM, false],
	['25000 N', '25000 kg m/s', MOMENTUM, false],
	// Not asked for: the number alone is right (Moodle's "units are optional"), another unit never.
	['2', '2 m/s', SPEED, true],
	['2 m/s', '2 m/s', SPEED, true],
	['2 metres per second', '2 m/s', SPEED, true],
	['2 m', '2 m/s', SPEED, false],
	['2 ms', '2 m/s', SPEED, false],
	['2 km/h', '2 m/s', SPEED, false],
	['5 MW', '5 MW', 'What is the output of the turbine?', true],
	['5 mW', '5 MW', 'What is the output of the turbine?', false],
	['24', '24 hours', 'How long is a day?', true],
	['24 days', '24 hours', 'How long is a day?', false]
];

describe('the unit rule in the marking (answerMatch)', () => {
	for (const [typed, answer, prompt, right] of CASES)
		it(`"${typed}" is ${right ? 'right' : 'wrong'} for "${answer}" (${prompt.slice(-22)})`, () => {
			expect(matchesAnswer(typed, { answer, prompt })).toBe(right);
		});

	it('says how a right answer was found right', () => {
		expect(answerMatch('588 N', { answer: '588 N', prompt: WEIGHT })?.kind).toBe('exact');
		expect(answerMatch('588N', { answer: '588 N', prompt: WEIGHT })?.kind).toBe('value');
		expect(answerMatch('588 newtons', { answer: '588 N', prompt: WEIGHT })?.kind).toBe('unit');
		expect(answerMatch('2', { answer: '2 m/s', prompt: SPEED })?.kind).toBe('unitless');
	});

	it('lets no bare-number accepted answer take another unit', () => {
		const question = { answer: '2 m/s', accept: ['2'], prompt: SPEED };
		expect(matchesAnswer('2', question)).toBe(true);
		expect(matchesAnswer('2 m', question)).toBe(false);
	});

	it('leaves a number followed by words that are no unit to the rest of the marking', () => {
		// The built-in bank: "18 February 2008" is listed for "One day later", beside "1 day".
		const question = {
			answer: 'One day later',
			accept: ['1 day', '18 February 2008', '1'],
			prompt:
				'Kosovo declared independence on 17 February 2008. After how many days did Turkey recognise it?'
		};
		expect(matchesAnswer('18 February 2008', question)).toBe(true);
		expect(matchesAnswer('1 day', question)).toBe(true);
		expect(matchesAnswer('24 hours', question)).toBe(false);
		expect(matchesAnswer('2 days', question)).toBe(false);
		expect(matchesAnswer('588 blah', { answer: '588 N', prompt: WEIGHT })).toBe(false);
	});

	it('takes the number alone where the teacher lists it, whatever the prompt says', () => {
		const question = { answer: '588 N', accept: ['588'], prompt: WEIGHT };
		expect(unitRequired(question)).toBe(false);
		expect(unitRequired({ answer: '588 N', prompt: WEIGHT })).toBe(true);
		expect(matchesAnswer('588', question)).toBe(true);
		expect(matchesAnswer('588 kg', question)).toBe(false);
	});

	it('takes a unit the teacher listed herself', () => {
		const question = { answer: '588 N', accept: ['0.588 kN'], prompt: WEIGHT };
		expect(matchesAnswer('0.588 kN', question)).toBe(true);
		expect(matchesAnswer('0.588 N', question)).toBe(false);
	});
});

describe('the note for an answer wrong by its unit alone (unitMiss)', () => {
	it('says the unit is missing, or not the one asked, with the answer', () => {
		expect(unitMiss('588', { answer: '588 N', prompt: WEIGHT })).toBe(
			'Right number, but the unit is missing: the answer is 588 N.'
		);
		expect(unitMiss('25000 kg m', { answer: '25000 kg m/s', prompt: MOMENTUM })).toBe(
			'Right number, but “kg m” is not the unit asked: the answer is 25000 kg m/s.'
		);
		expect(unitMiss('2 m', { answer: '2 m/s', prompt: SPEED })).toBe(
			'Right number, but “m” is not the unit asked: the answer is 2 m/s.'
		);
	});

	it('says nothing of a right answer or a wrong number', () => {
		expect(unitMiss('588 N', { answer: '588 N', prompt: WEIGHT })).toBeNull();
		expect(unitMiss('2', { answer: '2 m/s', prompt: SPEED })).toBeNull();
		expect(unitMiss('590 N', { answer: '588 N', prompt: WEIGHT })).toBeNull();
		expect(unitMiss('0.588 kN', { answer: '588 N', prompt: WEIGHT })).toBeNull();
		expect(unitMiss('Paris', { answer: 'Paris', prompt: 'Capital of France?' })).toBeNull();
	});
});

describe('the forms a quiz exports (unitForms)', () => {
	it('lists the key, glued, by name, and the bare number only where the unit is optional', () => {
		expect(unitForms('588 N', true)).toEqual(['588 N', '588N', '588 newtons']);
		expect(unitForms('1 N', true)).toEqual(['1 N', '1N', '1 newton']);
		expect(unitForms('2 m/s', false)).toEqual(['2 m/s', '2m/s', '2 metres per second', '2']);
		expect(unitForms('25000 kg m/s', true)).toEqual(['25000 kg m/s']);
		expect(unitForms('20 °C', true)).toEqual(['20 °C', '20°C', '20 celsius']);
		expect(unitForms('Paris', true)).toEqual([]);
	});
});

describe('a numerical question holds the unit its prompt asks in (promptUnit)', () => {
	const charge = {
		answer: '20 ± 0.5',
		numeric: { value: 20, tolerance: 0.5 },
		prompt: 'A current of 2 A flows for 10 s. What charge flows, in C?'
	};

	it('reads the unit a prompt names at its end or in brackets, and nothing else', () => {
		expect(promptUnit(charge.prompt)).toBe('C');
		expect(promptUnit('Give the optimum temperature for photosynthesis in °C.')).toBe('°C');
		expect(promptUnit('What is the speed (in m/s) of the cyclist?')).toBe('m/s');
		expect(promptUnit('What is its power in kilowatts?')).toBe('kilowatts');
		for (const prompt of ['What happened in 1990?', 'Who lives in Paris?', 'Born in May?'])
			expect(promptUnit(prompt), prompt).toBeNull();
	});

	it('marks another unit wrong, and the number alone or with its unit by value', () => {
		expect(matchesAnswer('20', charge)).toBe(true);
		expect(matchesAnswer('20.4 C', charge)).toBe(true);
		// "C" after a number is °C (units.ts): "20 coulombs" is held to it, and is another unit.
		expect(matchesAnswer('20 coulombs', charge)).toBe(false);
		expect(matchesAnswer('20 A', charge)).toBe(false);
		expect(numericOtherUnit('20 A', charge.prompt)).toBe('A');
		expect(unitMiss('20 A', charge, false)).toBe('Right number, but “A” is not the unit asked.');
		expect(unitMiss('25 A', charge)).toBeNull();
		const free = { ...charge, prompt: 'What charge flows?' };
		expect(matchesAnswer('20 A', free)).toBe(true);
	});
});
