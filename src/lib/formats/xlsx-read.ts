import { unzipSync } from 'fflate';
import { XMLParser } from 'fast-xml-parser';

/**
 * The first worksheet of an Excel workbook (`.xlsx`, Office Open XML, ECMA-376 Part 1 §18) as
 * rows of text, for the table reader: the two libraries the app already loads for Anki packages
 * and Moodle XML (fflate, fast-xml-parser) read it, so no spreadsheet library is added. Cells
 * are placed by their reference (`C7`), so empty cells keep their columns; shared strings,
 * inline strings, numbers and booleans are read as text; formulas give their cached value.
 * Dates stay Excel's serial numbers (a question sheet rarely has one).
 */

/** Why a workbook cannot be read, worded for a person. */
export class XlsxError extends Error {
	override name = 'XlsxError';
}

type Node = Record<string, unknown>;

const parser = new XMLParser({
	ignoreAttributes: false,
	attributeNamePrefix: '@_',
	removeNSPrefix: true,
	// Text stays text: "007" and "1e5" in a cell are not numbers to a question sheet.
	parseTagValue: false,
	trimValues: false,
	isArray: (name) => ['sheet', 'Relationship', 'si', 'r', 'row', 'c'].includes(name)
});

function list(value: unknown): Node[] {
	return Array.isArray(value) ? (value as Node[]) : value ? [value as Node] : [];
}

/** The text of a `<t>` (a plain string or `{ '#text': … }` when it has attributes). */
function textOf(t: unknown): string {
	if (t === undefined || t === null) return '';
	if (typeof t === 'object') return String((t as Node)['#text'] ?? '');
	return String(t);
}

/** A shared or inline string item: its `<t>`, or its rich-text runs' `<t>`s joined. */
function stringItem(item: Node | undefined): string {
	if (!item) return '';
	if (item.t !== undefined) return textOf(item.t);
	return list(item.r)
		.map((run) => textOf(run.t))
		.join('');
}

/** The 0-based column of a cell reference (`C7` → 2, `AA1` → 26). */
export function columnIndex(reference: string): number {
	const letters = /^[A-Z]+/i.exec(reference)?.[0].toUpperCase() ?? '';
	let index = 0;
	for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
	return index - 1;
}

/** The path of the workbook's first sheet, by the workbook's own order and relationships. */
function firstSheetPath(files: Record<string, Uint8Array>, decode: (b: Uint8Array) => string) {
	const workbook = files['xl/workbook.xml'];
	const rels = files['xl/_rels/workbook.xml.rels'];
	if (workbook && rels) {
		const book = parser.parse(decode(workbook)).workbook as Node | undefined;
		const id = list((book?.sheets as Node | undefined)?.sheet)[0]?.['@_id'];
		const relations = parser.parse(decode(rels)).Relationships as Node | undefined;
		const target = list(relations?.Relationship).find((r) => r['@_Id'] === id)?.['@_Target'];
		if (typeof target === 'string') {
			const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
			if (files[path]) return path;
		}
	}
	return Object.keys(files)
		.filter((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))
		.sort((a, b) => Number(/\d+/.exec(a)) - Number(/\d+/.exec(b)))[0];
}

/**
 * The first worksheet's rows (text cells, `''` where a row has a gap; trailing empty rows
 * dropped). Throws `XlsxError` when the file is not a readable workbook.
 */
export function readXlsxRows(bytes: Uint8Array): string[][] {
	let files: Record<string, Uint8Array>;
	try {
		files = unzipSync(bytes, {
			filter: (file) =>
				/^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|sharedStrings\.xml|worksheets\/[^/]+\.xml)$/.test(
					file.name
				)
		});
	} catch {
		throw new XlsxError('The Excel file is damaged: its zip archive cannot be opened.');
	}
	const decoder = new TextDecoder();
	const decode = (b: Uint8Array) => decoder.decode(b);
	const path = firstSheetPath(files, decode);
	if (!path) throw new XlsxError('The Excel file has no worksheet.');
	let sheet: Node;
	let shared: string[] = [];
	try {
		const strings = files['xl/sharedStrings.xml'];
		if (strings) shared = list((parser.parse(decode(strings)).sst as Node)?.si).map(stringItem);
		sheet = parser.parse(decode(files[path])) as Node;
	} catch {
		throw new XlsxError('The Excel file is damaged: its sheet cannot be read.');
	}
	const rows: string[][] = [];
	const data = (sheet.worksheet as Node | undefined)?.sheetData as Node | undefined;
	for (const row of list(data?.row)) {
		const at = Number(row['@_r']) - 1;
		const index = Number.isInteger(at) && at >= rows.length ? at : rows.length;
		while (rows.length < index) rows.push([]);
		const cells: string[] = [];
		for (const cell of list(row.c)) {
			const column = typeof cell['@_r'] === 'string' ? columnIndex(cell['@_r']) : cells.length;
			while (cells.length < column) cells.push('');
			const type = cell['@_t'];
			const value = textOf(cell.v);
			cells[column] =
				type === 's'
					? (shared[Number(value)] ?? '')
					: type === 'inlineStr'
						? stringItem(cell.is as Node)
						: type === 'b'
							? value === '1'
								? 'TRUE'
								: 'FALSE'
							: value;
		}
		rows.push(cells);
	}
	while (rows.length && rows.at(-1)!.every((cell) => !cell.trim())) rows.pop();
	return rows;
}
