/** One worksheet: its tab name and its rows (text, numbers, dates, or empty cells). */
export interface XlsxSheet {
	/** Tab name; Excel allows 31 characters and none of : \ / ? * [ ] (cleaned here). */
	name: string;
	/** A `Date` is a date cell shown in UTC as "2026-12-02 13:40:05" (the header says UTC). */
	rows: (string | number | Date | null)[][];
}

/** How a date cell shows: the form `spreadsheetTime` writes in a CSV, read as a date anywhere. */
const DATE_FORMAT = 'yyyy-mm-dd hh:mm:ss';

/** Excel's rule for sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(name: string): string {
	return (
		name
			.replace(/[:\\/?*[\]]/g, ' ')
			.trim()
			.slice(0, 31) || 'Sheet'
	);
}

/**
 * An .xlsx workbook (Office Open XML) of the given sheets, first row bold and frozen.
 * `write-excel-file` is loaded on first use only, so no page pays for it until someone exports.
 * Text is always written as text (a name like "=SUM(A1)" stays a name, never a formula).
 * Throws when the library cannot be loaded (offline before it was cached).
 */
export async function writeXlsx(sheets: XlsxSheet[]): Promise<Blob> {
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const used = new Set<string>();
	return writeXlsxFile(
		sheets.map((sheet, index) => {
			let name = sheetName(sheet.name);
			if (used.has(name)) name = `${name.slice(0, 27)} (${index + 1})`;
			used.add(name);
			return {
				sheet: name,
				stickyRowsCount: 1,
				data: sheet.rows.map((row, r) =>
					row.map((value) =>
						value === null
							? null
							: value instanceof Date
								? // Excel keeps no time zone: the library writes the UTC time (`getTime`).
									{ value, type: Date, format: DATE_FORMAT }
								: typeof value === 'number'
									? { value, type: Number }
									: { value, type: String, ...(r === 0 ? { fontWeight: 'bold' as const } : {}) }
					)
				)
			};
		})
	).toBlob();
}
