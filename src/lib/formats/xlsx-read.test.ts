import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { readImport } from './read';
import { writeXlsx } from './xlsx';
import { columnIndex, readXlsxRows, XlsxError } from './xlsx-read';

const noSqlite = () => Promise.reject(new Error('no SQLite needed'));

/** A workbook as Excel writes one by hand: inline and shared strings, a gap, a rich-text run. */
function handMade(): Uint8Array {
	return zipSync({
		'[Content_Types].xml': strToU8('<Types/>'),
		'xl/workbook.xml': strToU8(
			'<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Quiz" sheetId="1" r:id="rId7"/></sheets></workbook>'
		),
		'xl/_rels/workbook.xml.rels': strToU8(
			'<Relationships><Relationship Id="rId7" Target="worksheets/sheet3.xml"/></Relationships>'
		),
		'xl/sharedStrings.xml': strToU8(
			'<sst><si><t>Question</t></si><si><t>Answer</t></si><si><r><t>Capital of </t></r><r><rPr><b/></rPr><t>Kosovo</t></r></si><si><t xml:space="preserve"> 007 </t></si></sst>'
		),
		'xl/worksheets/sheet3.xml': strToU8(
			'<worksheet><sheetData>' +
				'<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>' +
				'<row r="3"><c r="A3" t="s"><v>2</v></c><c r="C3" t="inlineStr"><is><t>Pristina</t></is></c></row>' +
				'<row r="4"><c r="A4" t="s"><v>3</v></c><c r="B4"><v>42</v></c><c r="C4" t="b"><v>1</v></c></row>' +
				'</sheetData></worksheet>'
		)
	});
}

describe('readXlsxRows', () => {
	it('reads the first sheet by the workbook’s order, cells in their columns', () => {
		expect(readXlsxRows(handMade())).toEqual([
			['Question', 'Answer'],
			[],
			['Capital of Kosovo', '', 'Pristina'],
			[' 007 ', '42', 'TRUE']
		]);
		expect(columnIndex('AA10')).toBe(26);
	});

	it('reads back what the app’s own Excel writer writes', async () => {
		const blob = await writeXlsx([
			{
				name: 'Q',
				rows: [
					['Question', 'Answer'],
					['-2 + 3 = ?', 1],
					['Vučić', null]
				]
			}
		]);
		const rows = readXlsxRows(new Uint8Array(await blob.arrayBuffer()));
		expect(rows).toEqual([['Question', 'Answer'], ['-2 + 3 = ?', '1'], ['Vučić']]);
	});

	it('says why a damaged workbook cannot be read', () => {
		expect(() => readXlsxRows(new Uint8Array([0x50, 0x4b, 1, 2]))).toThrow(XlsxError);
		expect(() => readXlsxRows(zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') }))).toThrow(
			/no worksheet/
		);
	});
});

describe('an Excel file on the import screen', () => {
	it('goes to the column mapping like a CSV file, game title rows and all', async () => {
		// Blooket's template shape: a title row above the headers.
		const blob = await writeXlsx([
			{
				name: 'Blooket',
				rows: [
					['Blooket Import Template'],
					['Question #', 'Question Text', 'Answer 1', 'Answer 2', 'Correct Answer(s)'],
					[1, 'Capital of Kosovo?', 'Prizren', 'Pristina', 2]
				]
			}
		]);
		const bytes = new Uint8Array(await blob.arrayBuffer());
		expect(detectFormat('blooket.xlsx', bytes)).toEqual({ ok: true, format: 'table' });
		const outcome = await readImport({ name: 'blooket.xlsx', bytes }, 'table', noSqlite);
		expect(outcome.kind).toBe('table');
		if (outcome.kind !== 'table') return;
		expect(outcome.table.headers[1]).toBe('Question Text');
		expect(outcome.table.rows).toEqual([['1', 'Capital of Kosovo?', 'Prizren', 'Pristina', '2']]);
		expect(outcome.mapping).toEqual(['ignore', 'prompt', 'choice', 'choice', 'answer']);
	});

	it('says what is wrong with a damaged one, storing nothing', async () => {
		const bytes = zipSync({ 'xl/workbook.xml': strToU8('<workbook/>') });
		const outcome = await readImport({ name: 'q.xlsx', bytes }, 'table', noSqlite);
		expect(outcome).toEqual({ kind: 'error', message: 'The Excel file has no worksheet.' });
	});
});
