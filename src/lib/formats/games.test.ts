import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '$lib/text/csv';
import { blooketSheet, gimkitSheet, kahootSheet, waygroundSheet } from './games';
import type { PortableQuestion } from './portable';

const mcq: PortableQuestion = {
	type: 'mcq',
	prompt: 'Which country took command of KFOR in October 2024?',
	answer: 'Turkey',
	choices: ['Italy', 'Turkey', 'Hungary', 'Germany'],
	explanation: 'A Turkish general took over.',
	topics: []
};
const tf: PortableQuestion = {
	type: 'truefalse',
	prompt: 'Kosovo is a NATO member.',
	answer: 'false',
	topics: []
};
const short: PortableQuestion = {
	type: 'short',
	prompt: 'Capital of Kosovo?',
	answer: 'Pristina',
	accept: ['Prishtina'],
	topics: []
};
const long: PortableQuestion = { ...mcq, prompt: 'x'.repeat(121) };
const wide: PortableQuestion = { ...mcq, choices: ['Turkey', 'a'.repeat(76), 'b', 'c'] };
const five: PortableQuestion = { ...mcq, choices: ['Turkey', 'a', 'b', 'c', 'd'] };

describe('kahootSheet', () => {
	it('writes the template rows and skips what Kahoot would cut, saying why', () => {
		const { rows, skipped } = kahootSheet([mcq, tf, short, long, wide, five], 25);
		expect(rows[7][1]).toBe('Question - max 120 characters');
		expect(rows.slice(8)).toEqual([
			[1, mcq.prompt, 'Italy', 'Turkey', 'Hungary', 'Germany', 20, 2],
			[2, tf.prompt, 'True', 'False', null, null, 20, 2]
		]);
		expect(skipped.map((s) => s.reason)).toEqual([
			'Kahoot quizzes hold only questions with answer choices',
			'a question is over 120 characters, the most Kahoot allows',
			'a choice is over 75 characters, the most Kahoot allows',
			'5 choices; Kahoot allows 4'
		]);
	});
});

describe('blooket, gimkit and wayground sheets', () => {
	it('put the right answer where each template expects it', () => {
		expect(blooketSheet([mcq]).rows[2]).toEqual([
			1,
			mcq.prompt,
			'Italy',
			'Turkey',
			'Hungary',
			'Germany',
			20,
			2
		]);
		expect(gimkitSheet([mcq]).rows[2]).toEqual([
			mcq.prompt,
			'Turkey',
			'Italy',
			'Hungary',
			'Germany'
		]);
		const wayground = waygroundSheet([
			mcq,
			short,
			{ type: 'flashcard', prompt: 'a', answer: 'b', topics: [] }
		]);
		expect(wayground.rows[1]).toEqual([
			mcq.prompt,
			'Multiple Choice',
			'Italy',
			'Turkey',
			'Hungary',
			'Germany',
			null,
			2,
			30,
			null,
			'A Turkish general took over.'
		]);
		expect(wayground.rows[2]).toEqual([
			'Capital of Kosovo?',
			'Fill-in-the-Blank',
			'Pristina',
			'Prishtina',
			null,
			null,
			null,
			null,
			30,
			null,
			null
		]);
		expect(wayground.skipped).toHaveLength(1);
	});

	it('skip what Blooket and Gimkit cannot hold, saying why, and leave missing answers empty', () => {
		const blooket = blooketSheet([tf, short, five]);
		expect(blooket.rows.slice(2)).toEqual([[1, tf.prompt, 'True', 'False', '', '', 20, 2]]);
		expect(blooket.skipped.map((s) => s.reason)).toEqual([
			'Blooket holds only questions with answer choices',
			'5 choices; Blooket allows 4'
		]);
		const gimkit = gimkitSheet([tf, short, five]);
		expect(gimkit.rows.slice(2)).toEqual([[tf.prompt, 'False', 'True', '', '']]);
		expect(gimkit.skipped.map((s) => s.reason)).toEqual([
			'Gimkit holds only questions with answer choices',
			'5 choices; Gimkit allows 4'
		]);
	});

	it('writes CSV that a CSV reader gives back cell for cell', () => {
		const { rows } = blooketSheet([{ ...mcq, prompt: 'Comma, "quotes" and Vučić' }]);
		const text = toCsv(rows, ',', { defuseFormulas: false });
		expect(text.startsWith('\uFEFF')).toBe(true);
		const parsed = Papa.parse<string[]>(text.slice(1), { skipEmptyLines: true }).data;
		expect(parsed[2][1]).toBe('Comma, "quotes" and Vučić');
		expect(parsed[1][4]).toBe('Answer 3\n(Optional)');
	});
});

describe('numerical answers in Wayground (outsider, issue 12)', () => {
	const year = (numeric: PortableQuestion['numeric'], answer: string): PortableQuestion => ({
		type: 'short',
		prompt: 'In what year was the cholera bacterium identified?',
		answer,
		numeric,
		topics: []
	});

	it('lists the value and the whole numbers within the tolerance, never "1883 ± 1"', () => {
		const { rows, skipped } = waygroundSheet([year({ value: 1883, tolerance: 1 }, '1883 ± 1')]);
		expect(rows[1].slice(1, 7)).toEqual(['Fill-in-the-Blank', '1883', '1882', '1884', null, null]);
		expect(skipped).toEqual([]);
	});

	it('leaves out a numerical answer its five options cannot hold, saying why', () => {
		const wide = year({ value: 1883, tolerance: 5 }, '1883 ± 5');
		const decimal = year({ value: 1.5, tolerance: 0.2 }, '1.5 ± 0.2');
		const { rows, skipped } = waygroundSheet([wide, decimal]);
		expect(rows).toHaveLength(1);
		expect(skipped.map((s) => s.reason)).toEqual([
			"a numerical answer (1883 ± 5); Wayground's typed answers are 5 exact texts",
			"a numerical answer (1.5 ± 0.2); Wayground's typed answers are 5 exact texts"
		]);
	});
});
