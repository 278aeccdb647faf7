import { headingMark, isTableLine, opensItem, tableMark } from '$lib/content/text-marks';
import { looksLikeHeading } from '$lib/content/sources';
import { datelineDate } from './dateline';

/**
 * The structure a plain-text handout shows without Markdown's marks, written as the stored text
 * marks it (`text-marks.ts`), so the reader and the generator read it as they read a Markdown
 * file's: a pasted "Factor | Effect of increasing it | …" table ran into one paragraph that the
 * suggestions offered as a sentence, and its headings on their own lines ("Aerobic respiration")
 * showed as paragraphs (outsider teacher, session 35, issue 12).
 */

/** A delimiter row, with or without outer pipes: `|---|:--:|`, `--- | ---`. */
const RULE = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?[ \t]*$/u;

/** The most characters of a header cell in a table with no delimiter row. */
const HEADER_CELL_CHARS = 40;

/** The cells of a line split on its unescaped pipes, outer pipes dropped; `[]` with no pipe. */
function pipeCells(line: string): string[] {
	if (!/(?<!\\)\|/u.test(line)) return [];
	const row = line
		.trim()
		.replace(/^\|/u, '')
		.replace(/(?<!\\)\|$/u, '');
	return row.split(/(?<!\\)\|/u).map((cell) => cell.replace(/\\\|/gu, '|').trim());
}

/**
 * `text` (lines split on `\n`) with each pipe table written as `tableMark` rows between blank
 * lines. A table is a header row, a delimiter row and one body row or more, with or without
 * outer pipes (GFM); or, with no delimiter row, three lines or more with the same number of
 * cells (two or more) under a header row whose cells are short (`HEADER_CELL_CHARS`) with no
 * sentence end or figure, as a handout's table is typed. Other lines are kept as they are.
 * Pure.
 */
export function pipeTables(text: string): string {
	if (!text.includes('|')) return text;
	const lines = text.split('\n');
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		const header = pipeCells(lines[i]);
		const ruled = header.length > 1 && RULE.test(lines[i + 1] ?? '');
		const rows = [header];
		let j = ruled ? i + 2 : i + 1;
		for (; j < lines.length && !RULE.test(lines[j]); j++) {
			const cells = pipeCells(lines[j]);
			if (cells.length !== header.length) break;
			rows.push(cells);
		}
		const table = ruled ? rows.length > 1 : rows.length > 2 && namesColumns(header);
		if (header.length < 2 || !table) {
			out.push(lines[i]);
			continue;
		}
		out.push('', tableMark(rows, true), '');
		i = j - 1;
	}
	return out.join('\n');
}

/** True when a pipe table's first row names its columns: every cell short, no sentence end, no figure. */
function namesColumns(cells: readonly string[]): boolean {
	return cells.every(
		(cell) =>
			cell.length > 0 &&
			cell.length <= HEADER_CELL_CHARS &&
			!/[.!?:;]$/u.test(cell) &&
			!/\p{N}/u.test(cell)
	);
}

/** The most characters of a plain-text heading line. */
const HEADING_CHARS = 80;

/** The fewest heading lines a text needs for them to be read as headings (one may be a subtitle). */
const MIN_HEADINGS = 2;

/**
 * `text` (paragraphs between blank lines, as `lineBreaksAsParagraphs` and `readHeader` leave
 * it) with its heading lines written as `## ` headings (`headingMark`). A heading line is a
 * paragraph of one line, not the first (the title line), of at most `HEADING_CHARS` characters
 * with a letter, no sentence end (`looksLikeHeading`; a short question, "What is
 * photosynthesis?", is one too), not a date line, list item or table row, followed by body text
 * (a paragraph with a sentence end, a list or a table). Only when the text has `MIN_HEADINGS`
 * or more such lines: one alone may be a subtitle or a line of the text. Pure.
 */
export function plainHeadings(text: string): string {
	const parts = text.split(/(\n[ \t]*\n)/u);
	// Even indices are paragraphs, odd ones the blank lines between them.
	const paragraphs = parts.filter((_, index) => index % 2 === 0).map((part) => part.trim());
	const firstText = paragraphs.findIndex(Boolean);
	const heading = paragraphs.map((paragraph, index) => {
		if (index <= firstText || !headingLine(paragraph)) return false;
		const next = paragraphs.slice(index + 1).find(Boolean);
		return next !== undefined && bodyText(next);
	});
	if (heading.filter(Boolean).length < MIN_HEADINGS) return text;
	return parts
		.map((part, index) => (index % 2 === 0 && heading[index / 2] ? headingMark(part.trim()) : part))
		.join('');
}

/** True when `paragraph` has the shape of a heading line (`plainHeadings`). */
function headingLine(paragraph: string): boolean {
	if (!paragraph || paragraph.includes('\n') || paragraph.length > HEADING_CHARS) return false;
	if (!/\p{L}/u.test(paragraph) || /^#/u.test(paragraph)) return false;
	if (isTableLine(paragraph) || opensItem(paragraph) || datelineDate(paragraph)) return false;
	if (/(?<!\\)\|/u.test(paragraph)) return false;
	// A short question is a heading's shape too ("What is photosynthesis?"), one sentence only.
	const question = /^[^.!?]+\?$/u.test(paragraph) && paragraph.split(/\s+/u).length <= 8;
	return question || (looksLikeHeading(paragraph) && !/[,\-–—]$/u.test(paragraph));
}

/** True when `paragraph` opens body text: a list, a table, or prose with a sentence end. */
function bodyText(paragraph: string): boolean {
	const first = paragraph.split('\n', 1)[0];
	return (
		isTableLine(first) || opensItem(first) || !looksLikeHeading(paragraph.replace(/\s+/gu, ' '))
	);
}
