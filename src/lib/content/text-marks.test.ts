import { describe, expect, it } from 'vitest';
import { paragraphsOf, textBlocks } from './sources';
import {
	headingMark,
	isTableLine,
	itemMark,
	markedParts,
	opensItem,
	readMark,
	rowText,
	tableCells,
	tableMark
} from './text-marks';

describe('the stored text’s marks', () => {
	it('writes headings, items and tables as Markdown', () => {
		expect(headingMark('Key terms')).toBe('## Key terms');
		expect(headingMark('Detail', 4)).toBe('#### Detail');
		expect(headingMark('Too deep', 9)).toBe('###### Too deep');
		expect(headingMark('Title level', 1)).toBe('## Title level');
		expect(itemMark('Current: the rate of flow.')).toBe('- Current: the rate of flow.');
		expect(itemMark('Boil the leaf.', 3)).toBe('3. Boil the leaf.');
		expect(
			tableMark(
				[
					['Factor', 'Why'],
					['Light', 'Energy | power'],
					['', '']
				],
				true
			)
		).toBe('| Factor | Why |\n|---|---|\n| Light | Energy \\| power |');
		expect(tableMark([['a', 'b']], false)).toBe('| a | b |');
		expect(tableMark([['', '']], true)).toBe('');
	});

	it('tells a table line and an item from prose', () => {
		expect(isTableLine('| a | b |')).toBe(true);
		expect(isTableLine('|---|:--:|')).toBe(true);
		expect(isTableLine('| one cell |')).toBe(false);
		expect(isTableLine('a | b')).toBe(false);
		expect(isTableLine('| a \\|')).toBe(false);
		expect(opensItem('- Current: the rate')).toBe(true);
		expect(opensItem('• Copied from Word')).toBe(true);
		expect(opensItem('12) Twelfth')).toBe(true);
		expect(opensItem('* * *')).toBe(false);
		expect(opensItem('1914. The war began')).toBe(false);
		expect(opensItem('-5 °C at night')).toBe(false);
		expect(opensItem('1.5 million people')).toBe(false);
	});

	it('cuts a block at its table lines and list items, a wrapped item kept whole', () => {
		expect(markedParts('Comparing the two\n| a | b |\n|---|---|\n| c | d |')).toEqual([
			'Comparing the two',
			'| a | b |',
			'|---|---|',
			'| c | d |'
		]);
		expect(markedParts('Key terms\n- Current: the rate\n  of flow.\n- Voltage: energy')).toEqual([
			'Key terms',
			'- Current: the rate\n  of flow.',
			'- Voltage: energy'
		]);
		expect(markedParts('One line\nand its wrap')).toEqual(['One line\nand its wrap']);
	});

	it('reads each paragraph by its mark', () => {
		expect(readMark('## Key terms')).toEqual({ kind: 'heading', text: 'Key terms' });
		expect(readMark('### Detail')).toEqual({ kind: 'heading', text: 'Detail', level: 3 });
		expect(readMark('####### Seven')).toEqual({ kind: 'paragraph', text: '####### Seven' });
		expect(readMark('# Title')).toEqual({ kind: 'paragraph', text: '# Title' });
		expect(readMark('- Item.')).toEqual({
			kind: 'paragraph',
			text: 'Item.',
			item: { ordered: false }
		});
		expect(readMark('4. Fourth.')).toEqual({
			kind: 'paragraph',
			text: 'Fourth.',
			item: { ordered: true, number: 4 }
		});
		expect(readMark('| Light | Rises, then levels off | |')).toEqual({
			kind: 'paragraph',
			text: 'Light – Rises, then levels off',
			row: { cells: ['Light', 'Rises, then levels off', ''] }
		});
		expect(readMark('|---|---|')).toEqual({ kind: 'delimiter' });
	});

	it('joins a row’s cells as the generator reads them, knowing where each cell starts', () => {
		expect(rowText(['1804', 'First uprising'])).toEqual({
			text: '1804 – First uprising',
			starts: [0, 7]
		});
		expect(rowText(['Myth.', '', 'Fact.'])).toEqual({ text: 'Myth. Fact.', starts: [0, -1, 6] });
		expect(tableCells('| a \\| b | c |')).toEqual(['a | b', 'c']);
	});

	it('reads a stored table, header and all, the same after a store and read back', () => {
		const text = [
			'## Summary',
			tableMark(
				[
					['Factor', 'Effect'],
					['Light', 'Rate rises']
				],
				true
			),
			'- An item.',
			'2. A numbered one.'
		].join('\n\n');
		const blocks = textBlocks(text);
		expect(blocks).toEqual([
			{ kind: 'heading', text: 'Summary' },
			{
				kind: 'paragraph',
				text: 'Factor – Effect',
				row: { cells: ['Factor', 'Effect'], header: true }
			},
			{ kind: 'paragraph', text: 'Light – Rate rises', row: { cells: ['Light', 'Rate rises'] } },
			{ kind: 'paragraph', text: 'An item.', item: { ordered: false } },
			{ kind: 'paragraph', text: 'A numbered one.', item: { ordered: true, number: 2 } }
		]);
		// Stored as `generateDrafts` stores it: each paragraph apart, the same blocks.
		expect(textBlocks(paragraphsOf(text).join('\n\n'))).toEqual(blocks);
		// A delimiter under a later row marks no header.
		expect(textBlocks('| a | b |\n| c | d |\n|---|---|')[1].row).toEqual({ cells: ['c', 'd'] });
	});
});
