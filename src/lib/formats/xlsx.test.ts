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

	it('writes a Date as a date cell: the UTC time as a serial number, shown as date and time', async () => {
		const finished = new Date(Date.UTC(2026, 11, 2, 13, 40, 5));
		const blob = await writeXlsx([{ name: 'Grades', rows: [['Finished (UTC)'], [finished]] }]);
		const files = unzipSync(new Uint8Array(await blob.arrayBuffer()));
		const sheet = strFromU8(files['xl/worksheets/sheet1.xml']);
		// Days since 1899-12-30: 2 Dec 2026 is 46358; 13:40:05 is 0.5695… of a day.
		const serial = Number(sheet.match(/<c r="A2"[^>]*><v>([\d.]+)<\/v>/)?.[1]);
		expect(serial).toBeCloseTo(46358 + (13 * 3600 + 40 * 60 + 5) / 86400, 6);
		expect(strFromU8(files['xl/styles.xml'])).toContain('formatCode="yyyy-mm-dd hh:mm:ss"');
	});

	it('keeps sheet names within Excel’s rules', () => {
		expect(sheetName('a'.repeat(40))).toHaveLength(31);
		expect(sheetName('[]')).toBe('Sheet');
	});
});
