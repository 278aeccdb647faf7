import { describe, expect, it } from 'vitest';
import { alsoRight, keyAlternatives, KEY_LIMITS, repeatedAnswers, repeatedWords } from './accepted';

describe('accepted answers', () => {
	it('lists only what the marking would not already accept', () => {
		const question = {
			type: 'short' as const,
			answer: 'Vetëvendosje',
			accept: [
				'Vetevendosje',
				'Vetëvendosje!',
				'Self-Determination',
				'self determination',
				'LVV',
				'  '
			]
		};
		expect(alsoRight(question)).toEqual(['Self-Determination', 'LVV']);
		expect(alsoRight({ ...question, type: 'mcq' })).toEqual([]);
		expect(alsoRight({ type: 'cloze', answer: '2008' })).toEqual([]);
	});

	it('the paper key prints a bounded line: long and many alternatives are cut, the rest counted', () => {
		const long = Array.from({ length: 9 }, (_, i) => `${'answer '.repeat(70)}number ${i}`);
		const { shown, more } = keyAlternatives({ type: 'short', answer: 'x', accept: long });
		expect(shown).toHaveLength(KEY_LIMITS.alternatives);
		expect(shown.every((a) => a.length <= KEY_LIMITS.chars && a.endsWith('…'))).toBe(true);
		expect(more).toBe(3);
	});
});

describe('accepted answers that repeat another', () => {
	// Outsider teacher: "18 February 2008" beside "February 18, 2008" vanished without a word.
	it('are named, with the answer they repeat and how, and never one that says something new', () => {
		const question = {
			type: 'short' as const,
			answer: 'One day later',
			accept: ['February 18, 2008', '18 February 2008', '1 day', 'ONE DAY LATER', 'next day']
		};
		const repeated = repeatedAnswers(question);
		expect(repeated).toEqual([
			{ alternative: '18 February 2008', same: 'February 18, 2008', way: 'date' },
			{ alternative: 'ONE DAY LATER', same: 'One day later', way: 'spelling' }
		]);
		expect(repeatedWords(repeated[0])).toBe(
			'“18 February 2008” is the same date as “February 18, 2008”, so it is right already and not listed again.'
		);
		expect(alsoRight(question)).toEqual(['February 18, 2008', '1 day', 'next day']);
		expect(repeatedAnswers({ ...question, type: 'mcq' })).toEqual([]);
	});
});

describe('a unit or quantity written another way (a teacher from Moodle, issue 12)', () => {
	// Her GIFT file's "{=ohm =ohms =Ω}": the key and two ways to write it, one unit.
	it('lists the other spellings of the key as repeats, each named as the same unit', () => {
		const question = { type: 'short' as const, answer: 'ohm', accept: ['ohms', 'Ω', 'volt'] };
		expect(alsoRight(question)).toEqual(['volt']);
		const repeated = repeatedAnswers(question);
		expect(repeated.map((r) => [r.alternative, r.way])).toEqual([
			['ohms', 'unit'],
			['Ω', 'unit']
		]);
		expect(repeatedWords(repeated[1])).toBe(
			'“Ω” is the same unit as “ohm”, so it is right already and not listed again.'
		);
	});

	it('lists a quantity with its unit spelt out as the same number, and another prefix as new', () => {
		const question = { type: 'short' as const, answer: '2 A', accept: ['2 amps', '2 mA', '2A'] };
		expect(alsoRight(question)).toEqual(['2 mA']);
		expect(repeatedAnswers(question).map((r) => r.way)).toEqual(['number', 'number']);
	});
});
