import { describe, expect, it } from 'vitest';
import { matchesAnswer, answerMatch, normalizeAnswer } from './answer-match';
import { definedAbbreviations } from './defined-abbreviations';

const defined = (text: string) => Object.fromEntries(definedAbbreviations(text, normalizeAnswer));

describe('definedAbbreviations', () => {
	it('reads an abbreviation a text defines in brackets, either way round', () => {
		expect(defined('It is the potential difference (pd) across it.')).toEqual({
			pd: 'potential difference'
		});
		expect(defined('the potential difference (p.d.) across it')).toEqual({
			pd: 'potential difference'
		});
		// circuits.txt, the teacher's handout: with its hyphen, and its small words left out.
		expect(defined('A light-dependent resistor (LDR) has a resistance')).toEqual({
			ldr: 'light dependent resistor'
		});
		expect(defined('the Kosovo Liberation Army [KLA]')).toEqual({ kla: 'kosovo liberation army' });
		expect(defined('An LDR (light-dependent resistor) is')).toEqual({
			ldr: 'light dependent resistor'
		});
	});

	it('defines nothing where the brackets hold no initials of the words beside them', () => {
		for (const text of [
			'measured in amps (A), using an ammeter',
			'Kosovo (2008) declared independence',
			'a resistor (see page 4)',
			'potential difference (voltage)',
			'no brackets at all (',
			'the Democratic League (LDK)'
		])
			expect(defined(text)).toEqual({});
	});
});

/** [typed, key, the question's text that may define it (prompt and explanation), right?] */
const CASES: [string, string, { prompt?: string; explanation?: string }, boolean][] = [
	// The teacher's handout writes "potential difference (pd)" or "(p.d.)".
	[
		'pd',
		'potential difference',
		{ explanation: 'Voltage is the potential difference (pd).' },
		true
	],
	['p.d.', 'potential difference', { explanation: 'the potential difference (pd)' }, true],
	['PD', 'potential difference', { explanation: 'the potential difference (p.d.)' }, true],
	['the pd', 'potential difference', { explanation: 'the potential difference (pd)' }, true],
	[
		'LDR',
		'light-dependent resistor',
		{ prompt: 'A light-dependent resistor (LDR) senses ____.' },
		true
	],
	['light dependent resistor', 'LDR', { explanation: 'A light-dependent resistor (LDR)' }, true],
	['potential difference', 'pd', { explanation: 'the potential difference (pd)' }, true],
	// Not defined by the question's text: the letters could stand for anything.
	['pd', 'potential difference', {}, false],
	[
		'pd',
		'potential difference',
		{ explanation: 'Voltage is also called potential difference.' },
		false
	],
	// Defined, but another abbreviation, or another answer written out.
	[
		'ldr',
		'potential difference',
		{ explanation: 'the potential difference (pd) and an LDR' },
		false
	],
	['pd', 'light-dependent resistor', { explanation: 'potential difference (pd)' }, false]
];

describe('an abbreviation the question defines is the words it stands for', () => {
	it.each(CASES)('%j for %j (%j): right %s', (typed, answer, text, right) => {
		expect(matchesAnswer(typed, { answer, ...text })).toBe(right);
	});

	it('says how it was accepted, and a source sentence defines it too', () => {
		expect(
			answerMatch('pd', {
				answer: 'potential difference',
				source: { quote: 'It is measured as the potential difference (pd) in volts.' }
			})
		).toEqual({ kind: 'abbreviation', matched: 'potential difference' });
	});
});
