import { describe, expect, it } from 'vitest';
import { textBlocks } from '$lib/content/sources';
import { pipeTables, plainHeadings } from './plain-marks';

// Made-up handout lines (no real course): a pipe table typed three ways, and heading lines.
describe('pipeTables', () => {
	const rows = ['Metal | Colour | Melts at', 'Tarnite | grey | low', 'Velmor | red | high'];

	it('reads a table with no outer pipes and no delimiter row under a header of column names', () => {
		expect(pipeTables(['Intro.', ...rows, 'After.'].join('\n'))).toBe(
			[
				'Intro.',
				'',
				'| Metal | Colour | Melts at |',
				'|---|---|---|',
				'| Tarnite | grey | low |',
				'| Velmor | red | high |',
				'',
				'After.'
			].join('\n')
		);
	});

	it('reads a delimiter row with or without outer pipes, one body row enough', () => {
		const bare = pipeTables('Metal | Colour\n--- | ---\nTarnite | grey');
		const piped = pipeTables('| Metal | Colour |\n|:--|--:|\n| Tarnite | grey |');
		expect(bare.trim()).toBe('| Metal | Colour |\n|---|---|\n| Tarnite | grey |');
		expect(piped).toBe(bare);
	});

	it('leaves prose with a pipe, two lines with no delimiter, and a header with figures alone', () => {
		for (const text of [
			'Use the | key to pipe output.',
			'Metal | Colour\nTarnite | grey',
			'1914 | war\n1918 | peace\n1919 | treaty'
		])
			expect(pipeTables(text)).toBe(text);
	});

	it('gives the rows the table blocks a Markdown table gives', () => {
		const blocks = textBlocks(pipeTables(rows.join('\n')));
		expect(blocks.map((b) => b.kind === 'paragraph' && b.row?.cells)).toEqual([
			['Metal', 'Colour', 'Melts at'],
			['Tarnite', 'grey', 'low'],
			['Velmor', 'red', 'high']
		]);
	});
});

describe('plainHeadings', () => {
	const body = (n: number) => `Sentence ${n} of the body runs on here. It ends.`;

	it('marks short lines with no sentence end between body paragraphs, never the title line', () => {
		const text = [
			'Glass Making',
			body(1),
			'What is glass?',
			body(2),
			'Cooling the melt',
			body(3),
			'Key terms',
			'- Cullet: broken glass melted again.'
		].join('\n\n');
		expect(plainHeadings(text).split('\n\n')).toEqual([
			'Glass Making',
			body(1),
			'## What is glass?',
			body(2),
			'## Cooling the melt',
			body(3),
			'## Key terms',
			'- Cullet: broken glass melted again.'
		]);
	});

	it('leaves one such line alone (a subtitle), and lines not followed by body text', () => {
		const one = ['Glass Making', 'A short guide', body(1), body(2)].join('\n\n');
		expect(plainHeadings(one)).toBe(one);
		const runs = ['Glass', body(1), 'Red', 'Blue', 'Green', body(2)].join('\n\n');
		// Only "Green" is followed by body text: one line alone stays a paragraph.
		expect(plainHeadings(runs)).toBe(runs);
	});

	it('leaves date lines, list items, lines ending in a comma and long lines alone', () => {
		const text = [
			'Glass',
			body(1),
			'14 March 2024',
			body(2),
			'- an item with no end',
			body(3),
			'First, the sand,',
			body(4),
			'A line of many words that runs on past any heading length a handout would ever use',
			body(5)
		].join('\n\n');
		expect(plainHeadings(text)).toBe(text);
	});
});
