/**
 * The marks a stored document text keeps for its structure: what every reader writes (Markdown,
 * a pasted text, Word, a web page, an e-book) and `textBlocks` reads, for the Sources reader and
 * the generator alike. They are Markdown's own, so a course file's text still reads as Markdown:
 *
 * - `## Heading` to `###### Heading`: a section heading of level 2–6 (the title is level 1, the
 *   reader's page heading);
 * - `- item` (or `*`, `+`, `•`, `◦`, `▪`): an item of a bulleted list; `1. item` or `1) item`: of a
 *   numbered list, its number as written;
 * - `| cell | cell |`: a table row, one a line; a delimiter row (`|---|---|`) under a row makes
 *   that row the table's header.
 *
 * Before, a Word file's headings and tables and a pasted Markdown table reached the reader as
 * plain paragraphs, run-together cells or pipes (outsider teacher, session 34, issue 12).
 */

/** A list item's mark: bulleted, or numbered with the number written. */
export interface ItemMark {
	ordered: boolean;
	/** The number written before a numbered item ("3." → 3). */
	number?: number;
}

/** A table row: its cells as written (an empty cell kept as `''`), and whether it is the header. */
export interface RowMark {
	cells: string[];
	header?: boolean;
}

/** A heading of `level` 2–6 (clamped) as the stored text writes it: `## Key terms`. */
export function headingMark(text: string, level = 2): string {
	return `${'#'.repeat(Math.min(6, Math.max(2, Math.round(level))))} ${oneLine(text)}`;
}

/** A list item as the stored text writes it: `- text`, or `3. text` when `number` is given. */
export function itemMark(text: string, number?: number): string {
	return `${number === undefined ? '-' : `${number}.`} ${oneLine(text)}`;
}

/**
 * A table as the stored text writes it: one `| a | b |` line a row (a `|` in a cell escaped as
 * `\|`), a delimiter row under the first when `header`. Rows with no text are left out. `''`
 * when no row has text.
 */
export function tableMark(rows: readonly (readonly string[])[], header: boolean): string {
	const kept = rows
		.map((cells) => cells.map((cell) => oneLine(cell).replace(/\|/g, '\\|')))
		.filter((cells) => cells.some(Boolean));
	if (kept.length === 0) return '';
	const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
	const lines = kept.map(line);
	if (header) lines.splice(1, 0, `|${kept[0].map(() => '---').join('|')}|`);
	return lines.join('\n');
}

/** `text` on one line, its runs of white space one space. */
function oneLine(text: string): string {
	return text.replace(/\s+/gu, ' ').trim();
}

/** A delimiter row: `|---|:--:|`, `| --- | --- |`. */
const DELIMITER = /^[ \t]*\|(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*$/u;

/** A bulleted item's mark and the space after it. */
const BULLET = /^[-*+•◦▪‣][ \t]+(?=[^\s])/u;

/** A numbered item's mark: one or two digits ("1914." is a year, not an item), then `.` or `)`. */
const NUMBERED = /^(\d{1,2})[.)][ \t]+(?=[^\s])/u;

/** A line that may be a table line or open an item (`markedParts` looks closer). */
const MAYBE_MARKED = /^[ \t]*(?:\||[-*+•◦▪‣][ \t]|\d{1,2}[.)][ \t])/mu;

/** A heading's marks: two to six `#` and a space. */
const HEADING = /^(#{2,6})[ \t]+(?=\S)/u;

/** True when `line` is a table row or delimiter row of the stored text. */
export function isTableLine(line: string): boolean {
	return line.includes('|') && (DELIMITER.test(line) || isRow(line));
}

/** A table row: a line that starts and ends with a pipe and has one between (two cells or more). */
function isRow(line: string): boolean {
	const row = line.trim();
	if (row.length < 3 || row[0] !== '|' || !row.endsWith('|') || row.endsWith('\\|')) return false;
	return /(?<!\\)\|/u.test(row.slice(1, -1));
}

/** True when `line` opens a list item (its text has a letter or digit: "* * *" is a break). */
export function opensItem(line: string): boolean {
	const trimmed = line.trimStart();
	const mark = BULLET.exec(trimmed) ?? NUMBERED.exec(trimmed);
	return Boolean(mark && /[\p{L}\p{N}]/u.test(trimmed.slice(mark[0].length)));
}

/**
 * A blank-line block of text cut where its lines are marked: each table line a paragraph of its
 * own, and each list item from its mark to the next (a wrapped item's later lines stay with it).
 * A block with no marked line is returned whole. Lines are not joined here (`paragraphsOf` does).
 */
export function markedParts(block: string): string[] {
	// One scan of the block first: a long text's paragraphs are nearly all unmarked, and testing
	// each line of them doubled `textBlocks`'s time on 1.5 MB of hard-wrapped text.
	if (!block.includes('\n') || !MAYBE_MARKED.test(block)) return [block];
	const lines = block.split('\n');
	if (!lines.some((line) => isTableLine(line) || opensItem(line))) return [block];
	const parts: string[] = [];
	let open: string[] = [];
	const close = () => {
		if (open.length) parts.push(open.join('\n'));
		open = [];
	};
	for (const line of lines) {
		if (isTableLine(line)) {
			close();
			parts.push(line);
		} else {
			if (opensItem(line)) close();
			open.push(line);
		}
	}
	close();
	return parts;
}

/** One paragraph of the stored text read by its mark. */
export type MarkedParagraph =
	| { kind: 'heading'; text: string; level?: number }
	| { kind: 'paragraph'; text: string; item?: ItemMark; row?: RowMark }
	| { kind: 'delimiter' };

/**
 * What one paragraph (`paragraphsOf`: on one line, trimmed) is: a heading with its level (absent
 * for 2), a list
 * item with its text after the mark, a table row with its cells and their text joined
 * (`rowText`), a delimiter row, or a paragraph. Pure.
 */
export function readMark(paragraph: string): MarkedParagraph {
	const heading = HEADING.exec(paragraph);
	if (heading) {
		const text = paragraph.slice(heading[0].length).trim();
		// Level 2 is left unsaid, as every heading was before levels were kept.
		return heading[1].length > 2
			? { kind: 'heading', text, level: heading[1].length }
			: { kind: 'heading', text };
	}
	if (paragraph.startsWith('|') && isTableLine(paragraph)) {
		if (DELIMITER.test(paragraph)) return { kind: 'delimiter' };
		const cells = tableCells(paragraph);
		return { kind: 'paragraph', text: rowText(cells).text, row: { cells } };
	}
	if (opensItem(paragraph)) {
		const numbered = NUMBERED.exec(paragraph);
		const mark = numbered ?? BULLET.exec(paragraph)!;
		return {
			kind: 'paragraph',
			text: paragraph.slice(mark[0].length).trim(),
			item: numbered ? { ordered: true, number: Number(numbered[1]) } : { ordered: false }
		};
	}
	return { kind: 'paragraph', text: paragraph };
}

/** The cells of a table row line, an escaped `\|` read as `|`, each trimmed. */
export function tableCells(line: string): string[] {
	const inner = line.trim().slice(1, -1);
	return inner.split(/(?<!\\)\|/u).map((cell) => cell.replace(/\\\|/gu, '|').trim());
}

/**
 * A table row's cells as one line of text, what the generator reads and a quote is found in:
 * joined with " – " (a timeline's "1804 – First uprising"), or with a space after a cell that
 * ends its sentence, so a row of full sentences reads as sentences (blind check H21); empty
 * cells left out. `starts[i]` is where cell `i` begins in `text` (-1 for an empty cell). Pure.
 */
export function rowText(cells: readonly string[]): { text: string; starts: number[] } {
	let text = '';
	const starts = cells.map((cell) => {
		if (!cell) return -1;
		if (text) text += /[.!?]["”’)]*$/u.test(text) ? ' ' : ' – ';
		const start = text.length;
		text += cell;
		return start;
	});
	return { text, starts };
}
