import { studentKey, type ClassReport, type StudentRow } from './report';

// The app's one CSV writer; re-exported so the classroom keeps importing it from here.
import { toCsv, type Cell, type CsvSeparator } from '$lib/text/csv';
export { csvCell, toCsv, type Cell, type CsvSeparator } from '$lib/text/csv';

export interface GradebookOptions {
	/**
	 * The student's id in the gradebook (Moodle's "ID number" or e-mail, the school's roll number),
	 * by result key; when given, the first column is "ID number".
	 */
	studentId?: (student: StudentRow) => string;
}

/**
 * The gradebook id the teacher typed for a student: by their result first, so two pupils of one
 * name (kept both) each have their own, else by name (ids typed by name before, or carried to a
 * new class by "Run again"). Empty when none.
 */
export function studentIdOf(
	ids: Readonly<Record<string, string>> | undefined,
	student: Pick<StudentRow, 'key' | 'name'>
): string {
	return (ids?.[student.key] ?? ids?.[student.name] ?? '').trim();
}

/**
 * The ids on screen: those saved with the quiz, overlaid by what the teacher has typed since
 * (keyed like `studentIds`, by result key). Typing updates the screen at once while the save to
 * the device follows; an export uses this, so an id typed and then "Grades CSV" pressed straight
 * away is in the file even though its save has not finished. Saving this whole map (not one
 * entry on top of a possibly stale copy) also means two ids typed in quick succession both stay.
 */
export function idsOnScreen(
	saved: Readonly<Record<string, string>> | undefined,
	typed: Readonly<Record<string, string>>
): Record<string, string> {
	return { ...saved, ...typed };
}

/**
 * What would go wrong in a gradebook import with the id column: students with no id, and ids
 * given to more than one student (each as the names shown in the report).
 *
 * Moodle's CSV grade import (grade/import/csv/classes/load_data.php) identifies each row by the
 * mapped column; a row whose id is blank is not refused but keeps the student of the row above,
 * so that student would get the blank-id row's grade (or, on the first row, the whole import is
 * refused). Two rows with one id both land on that student; the later wins.
 */
export function gradebookIdProblems(
	report: ClassReport,
	id: (student: StudentRow) => string
): { missing: string[]; repeated: { id: string; names: string[] }[] } {
	const byId = new Map<string, { id: string; names: string[] }>();
	const missing: string[] = [];
	for (const s of report.students) {
		const value = id(s).trim();
		if (!value) missing.push(s.name);
		else {
			const entry = byId.get(idKey(value)) ?? { id: value, names: [] };
			entry.names.push(s.name);
			byId.set(idKey(value), entry);
		}
	}
	return { missing, repeated: [...byId.values()].filter((entry) => entry.names.length > 1) };
}

/**
 * For each student whose id another student shares (as `gradebookIdProblems` counts it: case
 * and accent form aside), the other students' names shown in the report, by row key: the student
 * list flags the rows themselves, in words ("Same ID as Ömer"), not only a warning above the
 * table (outsider teacher: with 10 rows she had to hunt for the pair). Rows with no id or an id
 * of their own are absent.
 */
export function sharedIdOthers(
	report: ClassReport,
	id: (student: StudentRow) => string
): Map<string, string[]> {
	const byId = new Map<string, StudentRow[]>();
	for (const s of report.students) {
		const value = id(s).trim();
		if (value) byId.set(idKey(value), [...(byId.get(idKey(value)) ?? []), s]);
	}
	const others = new Map<string, string[]>();
	for (const group of byId.values())
		if (group.length > 1)
			for (const s of group)
				others.set(
					s.key,
					group.filter((o) => o !== s).map((o) => (o.tag ? `${o.name} (${o.tag})` : o.name))
				);
	return others;
}

/**
 * Two ids that a gradebook may take for one: Moodle's usual MySQL collation
 * (utf8mb4_unicode_ci) compares without case, so "s1005" and "S1005" find the same student
 * (outsider teacher). NFC first, so composed and decomposed accents are one id too.
 */
export function idKey(value: string): string {
	return value.trim().normalize('NFC').toLocaleLowerCase('en');
}

/** The last column of every student table when names collide after folding (`namesakeNotes`). */
export const NAMESAKE_COLUMN = 'Same name as (told apart by)';

/**
 * For each student whose name folds alike with another's (`studentKey`: "ana", "Ana", "Ána"),
 * by row key: which other rows share it and how each is told apart (the report's `tag`, "finished
 * 09:41", with an attempt id when the minute is the same too), e.g. "Ána (finished 09:50); this
 * one: finished 09:41". A gradebook file listing "ana" and "Ána" said nothing, so the teacher
 * could not tell which grade was whose (outsider teacher, issue 12). Moodle's grade import
 * matches rows by an identifier, not a name: the export panel asks for ID numbers then. Empty
 * when every name is its own.
 */
export function namesakeNotes(report: ClassReport): Map<string, string> {
	const groups = new Map<string, StudentRow[]>();
	for (const s of report.students) {
		const key = studentKey(s.name);
		groups.set(key, [...(groups.get(key) ?? []), s]);
	}
	const notes = new Map<string, string>();
	const told = (s: StudentRow) => (s.tag ? `${s.name} (${s.tag})` : s.name);
	for (const group of groups.values()) {
		if (group.length < 2) continue;
		for (const s of group) {
			const others = group.filter((o) => o !== s).map(told);
			notes.set(s.key, `${others.join('; ')}; this one: ${s.tag ?? s.name}`);
		}
	}
	return notes;
}

/** Header cell and per-row cell of the namesake column; no column when no names collide. */
export function namesakeColumn(report: ClassReport) {
	const notes = namesakeNotes(report);
	return {
		header: notes.size ? [NAMESAKE_COLUMN] : [],
		cell: (s: StudentRow) => (notes.size ? [notes.get(s.key) ?? ''] : [])
	};
}

/**
 * One row per student and nothing else (no totals, shares or prompts below): a gradebook import
 * (Moodle's "Import grades: CSV file", a Google Sheets roster) maps every row under the header
 * to a student, so a footer row would be a student it cannot find. Points are marks out of
 * "Out of"; Percent is 0–100 rounded. With the id column, students without an id, and students
 * whose id is given to another student too, are left out (see `gradebookIdProblems` for why:
 * the later row of a shared id would overwrite the other student's grade); the screen lists them.
 * Names that collide after folding get a last column saying so (`namesakeNotes`).
 */
export function gradebookRows(report: ClassReport, options: GradebookOptions = {}): Cell[][] {
	return gradebookTable(report, options, spreadsheetTime);
}

/**
 * `gradebookRows` for a workbook: "Finished (UTC)" a real date cell (a `Date`, written as a
 * date and time in UTC by `writeXlsx`), so a spreadsheet sorts and formats it as a date
 * without reading text (issue 14: it was text).
 */
export function gradebookSheet(
	report: ClassReport,
	options: GradebookOptions = {}
): (Cell | Date)[][] {
	return gradebookTable(report, options, (ms) => new Date(ms));
}

/** The gradebook table, its finish times as `time` gives them (text for CSV, a date for Excel). */
function gradebookTable<T>(
	report: ClassReport,
	options: GradebookOptions,
	time: (ms: number) => T
): (Cell | T)[][] {
	const id = options.studentId;
	const namesakes = namesakeColumn(report);
	const versions = versionColumn(report);
	const shared = new Set(
		id ? gradebookIdProblems(report, id).repeated.map((r) => idKey(r.id)) : []
	);
	const header = [
		...(id ? ['ID number'] : []),
		'Student',
		'Points',
		'Out of',
		'Percent',
		'Time (seconds)',
		'Finished (UTC)',
		...versions.header,
		...namesakes.header
	];
	const rows = report.students
		.filter((s) => !id || (id(s).trim() && !shared.has(idKey(id(s)))))
		.map((s) => [
			...(id ? [id(s).trim()] : []),
			s.name,
			s.correct,
			s.total,
			s.percent,
			s.seconds,
			time(s.finishedAt),
			...versions.cell(s),
			...namesakes.cell(s)
		]);
	return [header, ...rows];
}

/**
 * A time (ms since the epoch) as "2026-12-02 13:40:05" in UTC: the form Excel, Google Sheets
 * and LibreOffice all read as a date and time. ISO 8601's "2026-12-02T13:40:05.000Z" stayed text
 * in a spreadsheet (outsider teacher), so the column could not be sorted or formatted as dates.
 */
export function spreadsheetTime(ms: number): string {
	return new Date(ms).toISOString().slice(0, 19).replace('T', ' ');
}

/** The column every student table gets when a result answered an earlier version. */
export const VERSION_COLUMN = 'Version answered';

/**
 * Header cell and per-row cell of the version column: "current", or which earlier version
 * ("answered before your last 2 edits", `versionWords`); no column when every result is current.
 */
export function versionColumn(report: ClassReport) {
	const any = report.students.some((s) => s.version);
	return {
		header: any ? [VERSION_COLUMN] : [],
		cell: (s: StudentRow) => (any ? [s.version ?? 'current'] : [])
	};
}

/** The class report as a gradebook CSV (see `gradebookRows`). */
export function reportCsv(
	report: ClassReport,
	options: GradebookOptions & { separator?: CsvSeparator } = {}
): string {
	return toCsv(gradebookRows(report, options), options.separator);
}
