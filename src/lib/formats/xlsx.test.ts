import { describe, expect, it } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { sheetName, writeXlsx } from './xlsx';

describe('writeXlsx', () => {
	it('writes a workbook with one sheet each, text kept as text', async () => {
		const blob = await writeXlsx([
			{
				name: 'Grades',
				rows: [
					['Student', 'Points'],
					['Vučić', 4],
					['=HYPERLINK("x")', null]
				]
			},
			{ name: 'Answers: Q1/Q2', rows: [['Student'], ['Ana']] }
		]);
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const workbook = strFromU8(files['xl/workbook.xml']);
		expect(workbook).toContain('name="Grades"');
		expect(workbook).toContain('name="Answers  Q1 Q2"');
		const everything = Object.values(files)
			.map((f) => strFromU8(f))
			.join('\n');
		expect(everything).toContain('Vučić');
		expect(everything).not.toContain('<f>');
		expect(everything).toContain('<v>4</v>');
	});

	it('keeps sheet names within Excel’s rules', () => {
		expect(sheetName('a'.repeat(40))).toHaveLength(31);
		expect(sheetName('[]')).toBe('Sheet');
	});
});
