import { describe, expect, it } from 'vitest';
import { cellSegments, itemSegments, readerBlocks, readerView } from './reader-blocks';
import { textBlocks } from './sources';

const HANDOUT = `Circuits

## Comparing series and parallel

| Quantity | Series | Parallel |
|---|---|---|
| Current | Same everywhere | Shared between branches |
| Resistance | Sum of resistances |

## Key terms

- Current: the rate of flow of electric charge.
- Diode: a component that lets current flow one way.

3. Third step.
4. Fourth step.

A closing paragraph.`;

describe('readerBlocks', () => {
	it('gathers items into lists and rows into a table with its header, rows padded', () => {
		expect(readerBlocks(textBlocks(HANDOUT))).toEqual([
			{ kind: 'paragraph', text: 'Circuits' },
			{ kind: 'heading', text: 'Comparing series and parallel', level: 2 },
			{
				kind: 'table',
				head: ['Quantity', 'Series', 'Parallel'],
				rows: [
					['Current', 'Same everywhere', 'Shared between branches'],
					['Resistance', 'Sum of resistances', '']
				]
			},
			{ kind: 'heading', text: 'Key terms', level: 2 },
			{
				kind: 'list',
				ordered: false,
				start: 1,
				items: [
					'Current: the rate of flow of electric charge.',
					'Diode: a component that lets current flow one way.'
				]
			},
			{ kind: 'list', ordered: true, start: 3, items: ['Third step.', 'Fourth step.'] },
			{ kind: 'paragraph', text: 'A closing paragraph.' }
		]);
	});

	it('keeps a table with no header, and one table from the next apart', () => {
		const blocks = readerBlocks(
			textBlocks('| a | b |\n\nBetween.\n\n| c | d |\n|---|---|\n| e | f |')
		);
		expect(blocks).toEqual([
			{ kind: 'table', rows: [['a', 'b']] },
			{ kind: 'paragraph', text: 'Between.' },
			{ kind: 'table', head: ['c', 'd'], rows: [['e', 'f']] }
		]);
	});
});

describe('cellSegments', () => {
	const row = ['Light intensity', 'Rate rises, then levels off', 'Provides energy'];

	it('marks a quote across cells in each cell it covers, never the joining dash', () => {
		// The generator quotes the row's text: "Light intensity – Rate rises, then levels off – …".
		expect(cellSegments(row, 'intensity – Rate rises')).toEqual([
			[
				{ text: 'Light ', marked: false },
				{ text: 'intensity', marked: true }
			],
			[
				{ text: 'Rate rises', marked: true },
				{ text: ', then levels off', marked: false }
			],
			[{ text: 'Provides energy', marked: false }]
		]);
	});

	it('leaves a row without the quote, and an empty cell, as they are', () => {
		expect(cellSegments(['a', '', 'b'], 'zzz')).toEqual([
			[{ text: 'a', marked: false }],
			[],
			[{ text: 'b', marked: false }]
		]);
		expect(cellSegments(['a', 'b'], undefined)[1]).toEqual([{ text: 'b', marked: false }]);
	});
});

describe('itemSegments', () => {
	it('finds a quote written with the item’s mark (a question older than list marks)', () => {
		const item = 'Current: the rate of flow.';
		expect(itemSegments(item, '- Current: the rate of flow.')).toEqual([
			{ text: item, marked: true }
		]);
		expect(itemSegments(item, 'the rate')).toEqual([
			{ text: 'Current: ', marked: false },
			{ text: 'the rate', marked: true },
			{ text: ' of flow.', marked: false }
		]);
	});
});

describe('readerView', () => {
	it('names each table for a screen reader, no two alike', () => {
		const text = [
			'## Results',
			'| a | b |',
			'A paragraph.',
			'| c | d |',
			'## Results',
			'| e | f |'
		].join('\n\n');
		const labels = readerView(textBlocks(text), undefined).flatMap((block) =>
			block.kind === 'table' ? [block.label] : []
		);
		expect(labels).toEqual(['Results', 'Table 2', 'Results, table 3']);
	});

	it('flags only the first marked run as the one to scroll to', () => {
		const view = readerView(textBlocks(HANDOUT), 'Current – Same everywhere');
		const table = view.find((block) => block.kind === 'table')!;
		if (table.kind !== 'table') throw new Error('no table');
		expect(table.label).toBe('Comparing series and parallel');
		expect(table.rows[0][0]).toEqual([{ text: 'Current', marked: true, lead: true }]);
		expect(table.rows[0][1]).toEqual([{ text: 'Same everywhere', marked: true }]);
		const list = view.find((block) => block.kind === 'list')!;
		if (list.kind !== 'list') throw new Error('no list');
		expect(list.items[0].some((run) => run.marked)).toBe(false);
	});
});
