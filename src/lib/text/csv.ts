/**
 * The app's one CSV writer (class reports, Blooket and Gimkit sheets): RFC 4180 quoting, CRLF
 * line ends, UTF-8 with a byte-order mark so Excel reads "Vučić" correctly. Ten lines rather
 * than papaparse's `unparse`, so the classroom report does not load a parser to write a file;
 * papaparse reads CSV in `$lib/formats`, and the tests read this writer's output back with it.
 */

/** A row of cells as a spreadsheet takes it: text, a number, or empty. */
export type Cell = string | number | null;

/**
 * `,` for most spreadsheets; `;` for Excel in locales that write decimals with a comma
 * (German, French, Serbian…), whose Excel splits a CSV on semicolons only.
 */
export type CsvSeparator = ',' | ';';

export interface CsvOptions {
	/**
	 * Prefix text starting with `= + - @`, a tab or a carriage return with an apostrophe, so a
	 * spreadsheet never runs it as a formula (OWASP "CSV injection"). On by default; off for a
	 * game's import sheet, where the apostrophe would show in the question ("-2 + 3 = ?").
	 */
	defuseFormulas?: boolean;
}

/** Spreadsheets run cells starting with these as formulas. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV: quoted when it holds the separator, a quote, a line break or edge spaces. */
export function csvCell(
	value: Cell,
	separator: CsvSeparator = ',',
	{ defuseFormulas = true }: CsvOptions = {}
): string {
	if (value === null) return '';
	let text = String(value);
	if (defuseFormulas && typeof value === 'string' && FORMULA_START.test(text)) text = `'${text}`;
	const needsQuotes = text.includes(separator) || /["\r\n]/.test(text) || text !== text.trim();
	return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows as a CSV file's text: byte-order mark, cells by `csvCell`, CRLF after every row. */
export function toCsv(
	rows: readonly (readonly Cell[])[],
	separator: CsvSeparator = ',',
	options: CsvOptions = {}
): string {
	return (
		'\uFEFF' +
		rows.map((row) => row.map((c) => csvCell(c, separator, options)).join(separator)).join('\r\n') +
		'\r\n'
	);
}
