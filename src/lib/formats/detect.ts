import { findHeader } from './header-row';
import { parseQuoted } from './quoted-fields';
/**
 * Which reader a file needs, judged by its content first and its name's extension second: a
 * teacher's `questions.txt` may hold GIFT, and a file renamed `.apkg` may hold plain text. Pure
 * and cheap (a few regular expressions over the first 64 KB), so the import screen can call it
 * before any reader is loaded.
 */

/** Every format the import screen reads. */
export const IMPORT_FORMATS = [
	{ id: 'apkg', label: 'Anki deck (.apkg / .colpkg)' },
	{ id: 'anki-text', label: 'Anki notes in plain text' },
	{ id: 'gift', label: 'Moodle GIFT' },
	{ id: 'moodle-xml', label: 'Moodle XML' },
	{ id: 'aiken', label: 'Aiken (multiple choice)' },
	{ id: 'table', label: 'Spreadsheet (CSV / TSV, with a column mapping)' },
	{ id: 'two-column', label: 'Quizlet / Mnemosyne (term and definition)' }
] as const;

export type ImportFormatId = (typeof IMPORT_FORMATS)[number]['id'];

/** The label a person reads for a format id. */
export function formatLabel(id: ImportFormatId): string {
	return IMPORT_FORMATS.find((f) => f.id === id)!.label;
}

/** What `detectFormat` found: a format to read with, or why none fits (worded for a person). */
export type Detection =
	| {
			ok: true;
			format: ImportFormatId;
			/** Set when the extension promised another format than the content shows. */
			note?: string;
	  }
	| { ok: false; message: string };

const BY_EXTENSION: Record<string, ImportFormatId> = {
	apkg: 'apkg',
	colpkg: 'apkg',
	gift: 'gift',
	xml: 'moodle-xml',
	csv: 'table',
	tsv: 'table',
	xlsx: 'table',
	aiken: 'aiken'
};

/** The lower-case extension of a file name (`deck.APKG` → `apkg`), or `''`. */
export function extensionOf(name: string): string {
	const at = name.lastIndexOf('.');
	return at > 0 ? name.slice(at + 1).toLowerCase() : '';
}

const ANKI_HEADER =
	/^#(separator|html|notetype|deck|tags|columns|guid column|notetype column|deck column|tags column):/im;
const AIKEN_ANSWER = /^ANSWER:\s*[A-Z]\s*$/im;
const AIKEN_CHOICE = /^[A-Z][.)]\s+\S/m;
const GIFT_MARKS = [
	/^::[^\n]*?::/m,
	/^\$CATEGORY:/m,
	/\{\s*(T|F|TRUE|FALSE)\s*(#[^}]*)?\}/,
	/\{[^{}]*(^|\s)[=~][^{}]*\}/m
];

/** True when the bytes are not text: a NUL byte or many control characters in the first 4 KB. */
function isBinary(bytes: Uint8Array): boolean {
	const head = bytes.subarray(0, 4096);
	let control = 0;
	for (const byte of head) {
		if (byte === 0) return true;
		if (byte < 9 || (byte > 13 && byte < 32)) control++;
	}
	return control > head.length / 20;
}

/** The most frequent of `values` (the first of equals). */
function mode(values: readonly number[]): number {
	const counts = new Map<number, number>();
	for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
	return [...counts].reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

/** What `columnsOf` found: the usual column count (0: not a table), a header, CSV quoting. */
interface Columns {
	columns: number;
	header: boolean;
	/** The text is CSV-quoted (`parseQuoted`): a spreadsheet's file, never Quizlet's export. */
	quoted: boolean;
}

/**
 * Tab-, semicolon- or comma-separated records of `text` (lines starting with `#` are Anki's
 * comments, left out; the first 50 others are judged): their column count, read with CSV
 * quoting where the text has it, so `"Erdoğan, Recep Tayyip","President of Turkey, since 2014"`
 * is two columns, not four (outsider, session 29), and a line break inside a quoted cell
 * (Blooket's header "Blooket↵Import Template") does not end its record.
 */
function columnsOf(text: string): Columns {
	for (const separator of ['\t', ';', ',']) {
		const parsed = parseQuoted(text, separator);
		const rows = parsed
			? parsed.records.map((record) => record.fields)
			: text
					.split(/\r\n|\r|\n/)
					.filter((line) => line.trim())
					.map((line) => line.split(separator));
		const lines = rows.filter((row) => !row[0]?.startsWith('#')).slice(0, 50);
		if (!lines.length) return { columns: 0, header: false, quoted: false };
		const counts = lines.map((cells) => cells.length);
		// The usual width, not the first row's: one odd row (Anki's own test file has one with
		// too many fields) must not hide the table.
		const columns = counts.filter((n) => n >= 2).length >= lines.length * 0.8 ? mode(counts) : 0;
		if (columns >= 2) {
			// The one header rule (`header-row.ts`): a header sends two columns to the mapping, where
			// the person can also say it is none.
			const cells = lines.map((row) => row.map((cell) => cell.trim()));
			return { columns, header: findHeader(cells) === 0, quoted: parsed?.quoted ?? false };
		}
	}
	return { columns: 0, header: false, quoted: false };
}

/** The format the text's content shows, or undefined when nothing in it is telling. */
function detectText(text: string, extension: string): ImportFormatId | undefined {
	const head = text.slice(0, 65_536).replace(/^\uFEFF/, '');
	const trimmed = head.trimStart();
	if (/^<\?xml|^<quiz[\s>]/i.test(trimmed)) return 'moodle-xml';
	if (ANKI_HEADER.test(head)) return 'anki-text';
	// A file named .csv or .tsv that has columns is a table, whatever its cells hold: a Gimkit
	// sheet whose question reads "{a" and answer "a =a" was read as GIFT (issue 12's round trip).
	const table = columnsOf(head);
	if ((extension === 'csv' || extension === 'tsv') && table.columns >= 2) return 'table';
	if (AIKEN_ANSWER.test(head) && AIKEN_CHOICE.test(head)) return 'aiken';
	if (GIFT_MARKS.some((mark) => mark.test(head))) return 'gift';
	if (/\{\{c\d+::/.test(head)) return 'anki-text';
	const all = head.split(/\r\n|\r|\n/).filter((line) => line.trim());
	// Anki's text import takes lines starting with # as comments (its own test file has one).
	const comments = all.filter((line) => line.startsWith('#')).length;
	const lines = all.filter((line) => !line.startsWith('#')).slice(0, 50);
	if (!lines.length) return undefined;
	const { columns, header, quoted } = table;
	if (comments && columns === 2 && lines.some((line) => line.includes('\t'))) return 'anki-text';
	// Quoted cells are a spreadsheet's CSV: Quizlet's export never quotes, and its reader would
	// cut a quoted term at its comma.
	if (columns >= 3 || (columns === 2 && (header || quoted))) return 'table';
	if (columns === 2) return 'two-column';
	if (lines.filter((line) => / [-–—] /.test(line)).length >= lines.length * 0.8)
		return 'two-column';
	return undefined;
}

/**
 * Finds the reader for a file from its name and first bytes (64 KB are plenty). Zip archives are
 * Anki packages unless they are spreadsheets or documents; text is judged by its content (Moodle
 * XML, Anki's `#` headers, Aiken's `ANSWER:` lines, GIFT's braces, columns), then by the
 * extension. Never throws.
 */
export function detectFormat(name: string, bytes: Uint8Array): Detection {
	const extension = extensionOf(name);
	const promised = BY_EXTENSION[extension];
	const noteIf = (format: ImportFormatId) =>
		promised && promised !== format
			? `The file is named “.${extension}” but holds ${formatLabel(format)}; it was read as that.`
			: undefined;
	if (bytes.length === 0) return { ok: false, message: 'The file is empty.' };
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		const listing = new TextDecoder('latin1').decode(bytes.subarray(0, 65_536));
		if (!/collection\.anki/.test(listing)) {
			// An Excel workbook is a sheet: its first worksheet goes to the column mapping.
			if (/xl\/workbook/.test(listing))
				return { ok: true, format: 'table', ...withNote(noteIf('table')) };
			if (/\[Content_Types\]\.xml/.test(listing))
				return {
					ok: false,
					message:
						'This is a Word or other Office file, not a question file. Put the questions in a spreadsheet (Excel or CSV) or one of the formats listed, and open that here.'
				};
		}
		return { ok: true, format: 'apkg', ...withNote(noteIf('apkg')) };
	}
	if (isBinary(bytes) && extension === 'xls')
		return {
			ok: false,
			message:
				'This is an old Excel file (.xls). Save it as an Excel Workbook (.xlsx) or as “CSV UTF-8” in your spreadsheet program and open that file here.'
		};
	if (isBinary(bytes))
		return {
			ok: false,
			message: `This file is not text${extension ? ` (whatever its “.${extension}” name says)` : ''} and not an Anki package, so Flashpoint cannot read questions from it.`
		};
	const text = new TextDecoder().decode(bytes.subarray(0, 65_536));
	const found = detectText(text, extension);
	if (found) return { ok: true, format: found, ...withNote(noteIf(found)) };
	if (promised && promised !== 'apkg') return { ok: true, format: promised };
	return {
		ok: false,
		message:
			'Flashpoint cannot tell which format this is. Choose it from the list: Anki, GIFT, Moodle XML, Aiken, CSV/TSV or term–definition text.'
	};
}

function withNote(note: string | undefined): { note?: string } {
	return note ? { note } : {};
}

/**
 * The question files a person may put where another kind of file is read (Import progress, Add
 * documents): every format Import questions reads.
 */
export const QUESTION_FILE_FORMATS: readonly ImportFormatId[] = [
	'apkg',
	'anki-text',
	'gift',
	'moodle-xml',
	'aiken',
	'table'
];

/**
 * The question format (one of `formats`) of a file picked where a Flashpoint JSON file is
 * expected (a progress backup, a classroom file), or null. `bytes`: the file's first bytes (64
 * KB are plenty). A file that starts as a JSON object (`{`, after a byte-order mark or spaces)
 * is never taken for one: it is the JSON file, well-formed or damaged, and its own checks word
 * the refusal. An Anki deck put into Settings → Import progress got "not JSON" (outsider
 * student, session 22); a GIFT file in the classroom's import got the same (issue 12).
 */
export function questionFileFormat(
	name: string,
	bytes: Uint8Array,
	formats: readonly ImportFormatId[]
): ImportFormatId | null {
	const start = new TextDecoder('latin1')
		.decode(bytes.subarray(0, 64))
		.replace(/^\u00ef\u00bb\u00bf/, '');
	if (start.trimStart().startsWith('{')) return null;
	const found = detectFormat(name, bytes);
	return found.ok && formats.includes(found.format) ? found.format : null;
}
