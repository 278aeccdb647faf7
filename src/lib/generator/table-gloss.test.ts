import { describe, expect, it } from 'vitest';
import { tableGloss } from './table-gloss';
import { glossaryVerdict } from './glossary-entry';
import { sentencesOf, type CleanBlock } from './text';

/** A made-up two-column table as the reader stores it: a header row, then rows (gen88). */
function table(head: string[], rows: string[][]): CleanBlock[] {
	return [
		{ kind: 'heading', text: 'Velm landforms' },
		{ kind: 'paragraph', text: head.join(' – '), row: { cells: head, header: true } },
		...rows.map((cells) => ({
			kind: 'paragraph' as const,
			text: cells.join(' – '),
			row: { cells }
		}))
	];
}

describe('tableGloss: which table rows say what a term means (gen88)', () => {
	it('reads a "Term | Meaning" row as a key-terms line and gives it its entry', () => {
		const [head, row] = sentencesOf(
			'd-1',
			table(
				['Landform', 'Description'],
				[['Velm moraine', 'ridge of lumite along the sides of a velm']]
			)
		);
		expect(tableGloss(head)).toBeUndefined();
		expect(tableGloss(row)).toBe('meaning');
		expect(glossaryVerdict(row)).toMatchObject({
			term: 'Velm moraine',
			key: 'ridge of lumite along the sides of a velm'
		});
	});

	it('reads no entry in a "Term | Example" or any other two-column table', () => {
		for (const head of [
			['Term', 'Example'],
			['Problem', 'Solution'],
			['Too hot', 'Too cold']
		]) {
			const [, row] = sentencesOf(
				'd-1',
				table(head, [['Velm store', 'a jar of lumite kept in the cold']])
			);
			expect(tableGloss(row)).toBe('other');
			expect(glossaryVerdict(row)).toBe('table-row');
		}
	});

	it('leaves a line after the table, or under the next heading, as no row', () => {
		const blocks: CleanBlock[] = [
			...table(['Term', 'Meaning'], [['Velm', 'a grey solid']]),
			{ kind: 'paragraph', text: 'Lumite – a grey solid that forms on old jars.' }
		];
		const sentences = sentencesOf('d-1', blocks);
		expect(sentences.at(-1)?.tableHead).toBeUndefined();
		expect(tableGloss(sentences.at(-1)!)).toBeUndefined();
	});
});
