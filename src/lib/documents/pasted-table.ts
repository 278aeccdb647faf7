/**
 * A title for pasted text that is a table (cells separated by tabs, as a spreadsheet or a
 * table in Word or on a web page copies), where its first line is no headline: "Date Event
 * Country" became a course's title (outsider teacher, session 33).
 */

/** The most characters and words of a column name in a header row. */
const HEADER_CELL_CHARS = 30;
const HEADER_CELL_WORDS = 4;
/** The share of a table's lines that have a tab (a caption or a blank-celled row may not). */
const TABBED_SHARE = 0.8;

/**
 * `text`'s title when it is a table (two lines or more, `TABBED_SHARE` of them with a tab):
 * "Table: Date, Event, Country" when its first row names the columns (each cell short, no
 * figures), else "Table of 4 rows"; `undefined` when it is not a table. Pure.
 */
export function tableTitle(text: string): string | undefined {
	const lines = text
		.replace(/\r\n?/g, '\n')
		.split('\n')
		.filter((line) => line.trim());
	const tabbed = lines.filter((line) => line.includes('\t')).length;
	if (lines.length < 2 || tabbed < 2 || tabbed < lines.length * TABBED_SHARE) return undefined;
	const cells = lines[0]
		.split('\t')
		.map((cell) => cell.replace(/\s+/g, ' ').trim())
		.filter(Boolean);
	return looksLikeHeaderRow(cells) ? `Table: ${cells.join(', ')}` : `Table of ${lines.length} rows`;
}

/**
 * True when a table's first row reads as the names of its columns: two cells or more, each of
 * at most `HEADER_CELL_CHARS` characters and `HEADER_CELL_WORDS` words, none with a figure
 * ("Date | Event | Country"; "1914 | War begins" is a row of data). For a table that does not
 * say which row is its header (a pasted one, a Word table with no repeated header row). Pure.
 */
export function looksLikeHeaderRow(cells: readonly string[]): boolean {
	const named = cells.map((cell) => cell.replace(/\s+/g, ' ').trim()).filter(Boolean);
	return (
		named.length > 1 &&
		named.every(
			(cell) =>
				cell.length <= HEADER_CELL_CHARS &&
				cell.split(' ').length <= HEADER_CELL_WORDS &&
				!/\p{N}/u.test(cell)
		)
	);
}
