import { quotedTermAsked } from '$lib/content/term-asked';
import { ankiNote } from './anki-note';
import { frontBackQuestion } from './front-back';
import { fieldText } from './plain-text';
import { parseQuoted } from './quoted-fields';
import {
	checkPortable,
	type ExportResult,
	type ImportResult,
	type PortableQuestion
} from './portable';

/**
 * Two-column text: Quizlet's export and import ("term", separator, "definition"; rows split by
 * a line break, a semicolon or a custom string) and Mnemosyne's tab-separated cards. Every row
 * becomes a flashcard, the term on the front and the definition on the back, unless its shape
 * says another type (`frontBackQuestion`: how `writeTwoColumn` writes multiple choice,
 * true/false and fill the blank), so a set exported here comes back as the same questions.
 */
export interface TwoColumnOptions {
	/** Between term and definition; found from the text when left out (tab, " - ", comma…). */
	termSeparator?: string;
	/** Between rows: a line break by default (Quizlet's "New line"). */
	rowSeparator?: string;
}

const CANDIDATES = ['\t', ' - ', ' – ', ' — ', ';', ',', ':'];

/** The separator that splits the most rows into exactly two non-empty parts. */
export function guessTermSeparator(rows: readonly string[]): string {
	let best = '\t';
	let bestCount = 0;
	for (const separator of CANDIDATES) {
		const count = rows.filter((row) => {
			const at = row.indexOf(separator);
			return at > 0 && at < row.length - separator.length;
		}).length;
		if (count > bestCount) {
			best = separator;
			bestCount = count;
		}
	}
	return best;
}

/**
 * Reads two-column text. Never throws; a row with no separator is a located problem. Text
 * quoted as CSV with a one-character separator (a spreadsheet's file opened as Quizlet:
 * `"Erdoğan, Recep Tayyip","President of Turkey, since 2014"`) is read by its quoted fields,
 * never cut inside a quote nor left with quote marks (outsider, session 29).
 */
export function readTwoColumn(source: string, options: TwoColumnOptions = {}): ImportResult {
	const text = source.replace(/^\uFEFF/, '');
	const rowSeparator = options.rowSeparator ?? '\n';
	const raw = rowSeparator === '\n' ? text.split(/\r\n|\r|\n/) : text.split(rowSeparator);
	const rows = raw.map((r) => r.replace(/\r?\n/g, ' '));
	const separator =
		options.termSeparator ??
		guessQuotedSeparator(text, rowSeparator) ??
		guessTermSeparator(rows.filter((r) => r.trim()));
	const quoted =
		rowSeparator === '\n' && separator.length === 1 ? parseQuoted(text, separator) : null;
	if (quoted?.quoted)
		return readRows(
			quoted.records.map(({ fields, line }) => ({
				line,
				parts: fields.length >= 2 ? [fields[0], fields.slice(1).join(separator)] : null
			})),
			separator
		);
	const lines = rowLines(raw, rowSeparator);
	return readRows(
		rows.map((row, index) => {
			const at = row.indexOf(separator);
			const parts = at < 0 ? null : [row.slice(0, at), row.slice(at + separator.length)];
			return { line: lines[index], parts: row.trim() ? parts : undefined };
		}),
		separator
	);
}

/**
 * The one-character separator (tab, `,`, `;`) under which the text is quoted CSV of two or
 * more fields a row, or undefined: the plain guess would count commas inside quotes.
 */
function guessQuotedSeparator(text: string, rowSeparator: string): string | undefined {
	if (rowSeparator !== '\n') return undefined;
	return ['\t', ',', ';'].find((separator) => {
		const parsed = parseQuoted(text, separator);
		return parsed?.quoted && parsed.records.every((record) => record.fields.length >= 2);
	});
}

/**
 * The flashcards of split rows: `parts` the term and definition, null when the row has no
 * separator (a problem), undefined for a blank row (skipped).
 */
function readRows(
	rows: readonly { line: number; parts: string[] | null | undefined }[],
	separator: string
): ImportResult {
	const result: ImportResult = { questions: [], problems: [], notes: [] };
	for (const { line, parts } of rows) {
		if (parts === undefined) continue;
		if (parts === null) {
			result.problems.push({
				line,
				message: `no ${describe(separator)} between term and definition`
			});
			continue;
		}
		// Quizlet exports rich text as HTML (`&amp;`, `<br>`): read as text, never rendered.
		const question = frontBackQuestion(fieldText(parts[0], 'auto'), fieldText(parts[1], 'auto'));
		const error = checkPortable(question);
		if (error)
			result.problems.push({
				line,
				message: 'a row needs both a term and a definition'
			});
		else result.questions.push(question);
	}
	return result;
}

/**
 * The line each row starts on (1-based), also when rows are split by another separator
 * (Quizlet's ";" or a custom one: the problem had no place at all), so a problem names the line
 * a person finds it on. Linear in the text's length.
 */
function rowLines(raw: readonly string[], rowSeparator: string): number[] {
	if (rowSeparator === '\n') return raw.map((_, i) => i + 1);
	let line = 1;
	return raw.map((row) => {
		const lead = /^\s*/.exec(row)![0];
		const at = line + (lead.match(/\n/g)?.length ?? 0);
		line += (row.match(/\n/g)?.length ?? 0) + (rowSeparator.match(/\n/g)?.length ?? 0);
		return at;
	});
}

function describe(separator: string): string {
	return separator === '\t' ? 'tab' : `“${separator.trim() || 'space'}”`;
}

/**
 * Writes term/definition rows (tab between, line break after), as Quizlet and Mnemosyne import
 * them. Flashcards and short answers go as they are, fill-the-blank with the blank in the term;
 * multiple choice as its prompt with its choices (A–F) → the right choice, and true/false as
 * "True or false: statement" → True or False, as the Anki export writes them (`ankiNote`): they
 * were left out (issue 14). A definition card ("In the handout “…”, what is meant by the term
 * “chloroplast”?") goes as its term, "chloroplast", and its answer: Quizlet's term column held
 * the whole prompt (outsider teacher, session 34). Nothing is skipped.
 */
export function writeTwoColumn(questions: readonly PortableQuestion[]): ExportResult {
	const flat = (text: string) => text.replace(/[\t\r\n]+/g, ' ').trim();
	const lines = questions.map((q) => {
		const [term, definition] =
			q.type === 'mcq' || q.type === 'truefalse'
				? ankiNote(q)
				: [quotedTermAsked(q.prompt) ?? q.prompt, q.answer];
		return `${flat(term)}\t${flat(definition)}`;
	});
	return { text: lines.join('\n') + (lines.length ? '\n' : ''), skipped: [] };
}
