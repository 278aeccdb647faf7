import type { SqlJsStatic } from 'sql.js';
import { extensionOf, type ImportFormatId } from './detect';
import { EXPORT_FORMATS } from './export-formats';
import { type ImportResult } from './portable';
import { ankiDeckName, deckLevels } from './deck-names';
import type { ColumnRole, Table } from './table';
import { firstWords } from '$lib/text/first-words';

/**
 * One entry to every reader, for the import screen: the reader's module is loaded with
 * `import()` only when a file of its format is read, so no screen's first load carries it.
 */

/** A file (or pasted text, as UTF-8 bytes) to import. */
export interface ImportSource {
	/** The file's name (`Pasted text` for a paste); its stem titles a new course. */
	name: string;
	bytes: Uint8Array;
	/** A paste's title, from its first line (`pastedTitle`): a file's name titles a file. */
	title?: string;
}

/** A paste's fallback title, when its first line names nothing. */
export const PASTED_TEXT = 'Pasted text';

/**
 * The title pasted questions take (the person can edit it on the preview): their first line's
 * first words, without a Markdown `#`, a GIFT `::name::` or what follows a tab or a GIFT `{`
 * ("Mitochondria" for "Mitochondria<Tab>Powerhouse of the cell", "Unit 3: Cells" for "# Unit
 * 3: Cells"); `PASTED_TEXT` when it has none. Outsider student (issue 12): every paste went to a
 * course "Pasted text", and a second paste was told it had that course's name.
 */
export function pastedTitle(text: string): string {
	const line = text.split(/\r?\n/).find((l) => l.trim()) ?? '';
	const cell = line
		.replace(/^\s*#+\s*/, '')
		.replace(/^\s*::[^:]*::/, '')
		.split(/\t|\{/)[0]
		.trim();
	return firstWords(cell, { words: 6, chars: 48 }) || PASTED_TEXT;
}

/** What reading a file gave: questions to preview, a table to map first, or why it failed. */
export type ReadOutcome =
	| { kind: 'questions'; result: ImportResult; title: string }
	| { kind: 'table'; table: Table; mapping: ColumnRole[]; title: string }
	| { kind: 'error'; message: string };

/**
 * How far reading has come: `loading` the format's reader, then `reading` notes (`done` of
 * `total`; an Anki package reports every 1,000 notes, a text file 0 of 1 until it is read).
 */
export interface ReadProgress {
	stage: 'loading' | 'reading';
	done: number;
	total: number;
}

/** Loads SQLite (sql.js) for `.apkg` files; the screen passes the browser's, tests Node's. */
export type SqliteLoader = () => Promise<SqlJsStatic>;

/**
 * The title a new course takes from a file (the person can edit it before importing): the
 * file's own name for its questions where it has one (`own`: an Anki deck, a GIFT or Moodle
 * XML category, `ImportResult.title`), else a readable form of the file's name (`readableFileName`).
 */
export function titleFromName(name: string, own?: string): string {
	// An Anki deck's whole name, "Spanish::Verbs" (issue 14: it became "Verbs").
	if (own?.trim()) return own.trim();
	return readableFileName(name) || 'Imported questions';
}

/**
 * The words of a file name that say its format, not its subject ("tudors-aiken.txt"), among
 * them every tool word `EXPORT_FORMATS` puts in an extension ("Panama Canal.wayground.xlsx"
 * came back as a new course "Panama Canal wayground": final outsider, session 29).
 */
const FORMAT_WORDS =
	/^(?:aiken|gift|csv|tsv|quizlet|anki|apkg|colpkg|moodle|xml|xlsx|txt|kahoot|wayground|blooket|gimkit)$/i;
/** A lower-case short letters-and-digits word read as an acronym: "ww1", "g20", "b2". */
const SHORT_CODE = /^[a-z]{1,3}\d+[a-z]?$/;

/**
 * The " – <app>" an export's name ends with ("Panama Canal – Moodle XML.xml", `exportFileName`;
 * final outsider, session 29), any of `EXPORT_FORMATS`' apps, with an en dash or a hyphen.
 */
const APP_TAIL = new RegExp(
	`\\s+[–-]\\s+(?:${EXPORT_FORMATS.map((f) => f.app.replace(/ /g, '\\s+')).join('|')})$`,
	'i'
);

/** A file's name without its extension(s), browser copy number, export app and separators. */
function fileStem(name: string): string {
	const extension = extensionOf(name);
	return (extension ? name.slice(0, -(extension.length + 1)) : name)
		.replace(/\.(gift|aiken)$/i, '')
		.replace(/\s*\(\d+\)$/, '')
		.replace(APP_TAIL, '')
		.replace(/%20/g, ' ')
		.replace(/[-_.+]+/g, ' ')
		.replace(/\s+/g, ' ')
		.trim();
}

/**
 * A file's name as a person would title it: without its extension (and a `.gift`/`.aiken`
 * before `.txt`), a browser's " (1)" for a second download, separators (`-`, `_`, `.`, `+`,
 * `%20`) as spaces, and the words that only name its format ("aiken", "gift", "csv",
 * "quizlet", "anki"…) left out unless nothing else is left. The file's own capitals are kept
 * ("WW1_Quiz.csv" → "WW1 Quiz"); an all-lower-case name is in sentence case, a short code in it
 * in capitals ("berlin-wall.gift" → "Berlin wall", "ww1 quiz.txt" → "WW1 quiz"). Outsider
 * teacher: "berlin-wall", then "Ww1 quiz" and "Tudors aiken" (issue 12). Empty when nothing
 * readable is left. A course named by the rule before this one is still found
 * (`earlierFileTitle`).
 */
export function readableFileName(name: string): string {
	const words = fileStem(name).split(' ').filter(Boolean);
	const subject = words.filter((word) => !FORMAT_WORDS.test(word));
	const kept = (subject.length ? subject : words).join(' ');
	if (kept !== kept.toLowerCase()) return kept;
	const cased = kept
		.split(' ')
		.map((word) => (SHORT_CODE.test(word) ? word.toUpperCase() : word))
		.join(' ');
	return cased.charAt(0).toUpperCase() + cased.slice(1);
}

/**
 * The title the rule before `readableFileName` gave a file with no name of its own ("Tudors
 * aiken", "Ww1 quiz"): a course imported then is still that file's course, not a new one.
 */
export function earlierFileTitle(name: string): string {
	const stem = fileStem(name);
	return stem === stem.toLowerCase() ? stem.charAt(0).toUpperCase() + stem.slice(1) : stem;
}

/**
 * Every title a course made from this file may have on this device: `title` (what the file is
 * named now, `titleFromName`) and, when the file has no name of its own, the title the rule
 * before gave it (`earlierFileTitle`), or, for an Anki subdeck, its last part, the name earlier
 * versions gave it. What `fileCourseOf` looks for.
 */
export function fileTitles(name: string, title: string): string[] {
	const earlier = title === titleFromName(name) ? earlierFileTitle(name) : '';
	// An Anki subdeck's course was named by its last part before (`Verbs` for `Spanish::Verbs`),
	// then by its whole Anki name (`Spanish::Verbs` for "Spanish › Verbs").
	const levels = deckLevels(title);
	const nested = levels.length > 1 ? [ankiDeckName(title), levels.at(-1)!] : [];
	return [...new Set([title, earlier, ...nested].filter(Boolean))];
}

/** Whether the bytes are a zip archive (an Excel `.xlsx` where a sheet is expected). */
function isZip(bytes: Uint8Array): boolean {
	return bytes[0] === 0x50 && bytes[1] === 0x4b;
}

/** An Excel workbook's first sheet as a table: its rows written as CSV by the app's one writer. */
async function xlsxTable(
	bytes: Uint8Array,
	readTable: (text: string, delimiter?: string) => Table
): Promise<Table> {
	const [{ readXlsxRows }, { toCsv }] = await Promise.all([
		import('./xlsx-read'),
		import('$lib/text/csv')
	]);
	// Cells go back as they were: no apostrophe before "-2 + 3 = ?" (it is read, not opened).
	return readTable(toCsv(readXlsxRows(bytes), ',', { defuseFormulas: false }), ',');
}

/** Text of a file as UTF-8 (a byte-order mark is dropped by the readers). */
function decode(bytes: Uint8Array): string {
	return new TextDecoder().decode(bytes);
}

/**
 * Reads `source` as `format`, telling `onProgress` how far it has come. Never throws: a file that cannot be read at all (a damaged zip, a
 * reader that cannot load offline) comes back as `{ kind: 'error' }` with a message for a
 * person; questions a reader cannot read are `problems` of the result, with their line.
 */
export async function readImport(
	source: ImportSource,
	format: ImportFormatId,
	loadSqlite: SqliteLoader,
	onProgress: (progress: ReadProgress) => void = () => {}
): Promise<ReadOutcome> {
	const title = source.title || titleFromName(source.name);
	try {
		onProgress({ stage: 'loading', done: 0, total: 1 });
		switch (format) {
			case 'apkg': {
				const [{ readApkg }, sqlite] = await Promise.all([import('./apkg'), loadSqlite()]);
				const result = readApkg(source.bytes, sqlite, (done, total) =>
					onProgress({ stage: 'reading', done, total })
				);
				return {
					kind: 'questions',
					result,
					title: titleFromName(source.name, result.title || source.title)
				};
			}
			case 'table': {
				const { readTable, guessMapping } = await import('./table');
				const table = isZip(source.bytes)
					? await xlsxTable(source.bytes, readTable)
					: readTable(decode(source.bytes));
				if (!table.rows.length) return { kind: 'error', message: 'The sheet has no rows.' };
				return { kind: 'table', table, mapping: guessMapping(table), title };
			}
			default: {
				onProgress({ stage: 'reading', done: 0, total: 1 });
				const text = decode(source.bytes);
				const result = await readText(format, text);
				return {
					kind: 'questions',
					result,
					title: titleFromName(source.name, result.title || source.title)
				};
			}
		}
	} catch (error) {
		if (error instanceof Error && (error.name === 'ApkgError' || error.name === 'XlsxError'))
			return { kind: 'error', message: error.message };
		return {
			kind: 'error',
			message: `The file could not be read${typeof navigator !== 'undefined' && !navigator.onLine ? ' (the reader for this format is not on this device yet: open Flashpoint online once)' : ''}: ${error instanceof Error ? error.message : String(error)}`
		};
	}
}

async function readText(
	format: Exclude<ImportFormatId, 'apkg' | 'table'>,
	text: string
): Promise<ImportResult> {
	switch (format) {
		case 'gift':
			return (await import('./gift')).readGift(text);
		case 'moodle-xml':
			return (await import('./moodle-xml')).readMoodleXml(text);
		case 'aiken':
			return (await import('./aiken')).readAiken(text);
		case 'anki-text':
			return (await import('./anki-text')).readAnkiText(text);
		case 'two-column':
			return (await import('./two-column')).readTwoColumn(text);
	}
}
