import { headingMark, itemMark, tableMark } from '$lib/content/text-marks';
import { looksLikeHeaderRow } from './pasted-table';

/**
 * An (X)HTML element's text as the stored text's paragraphs, its structure kept in their marks
 * (`text-marks.ts`): headings, list items and tables, for a web page's article (`html.ts`), a
 * Word file as mammoth writes it (`docx.ts`) and an e-book's chapters (`epub.ts`). The element
 * is inert (parsed by DOMParser or linkedom); nothing of it is rendered.
 */

/** Elements whose text is one paragraph (an item or cell outside its list or table too). */
const BLOCK = /^(P|LI|BLOCKQUOTE|PRE|FIGCAPTION|TD|TH|DT|DD|ADDRESS)$/;

/** Elements that start a new line inside a paragraph's text (`textOf`). */
const BREAK = /^(P|DIV|BR|LI|TD|TH|TR|UL|OL|H[1-6]|BLOCKQUOTE|PRE|TABLE|SECTION|DT|DD)$/;

/** How `markedBlocks` treats a first heading. */
export interface MarkedBlocksOptions {
	/**
	 * True (a web page's article, a Word file): an `<h1>` that opens the text is its title line,
	 * kept plain as a Markdown file's `# Title` is (the title is read from it), when it is the
	 * only `<h1>` or is marked `class="title"` (Word's Title style, `docx.ts`); so is a heading of
	 * any level that opens the text and reads as one of `titles` (a web page's `<h1>` and title:
	 * Readability makes the article's `<h1>` an `<h2>`). False (an e-book's chapter): every
	 * heading is a section's.
	 */
	titleFirst: boolean;
	titles?: readonly (string | null | undefined)[];
}

/** A paragraph on its way out: plain text, or a heading of `<hN>` level, `titled` for Word's Title. */
type Part = { text: string; heading?: number; titled?: boolean };

/**
 * The paragraphs of `root` in reading order, as the stored text writes them: a heading
 * `## …` (the highest level under the title is 2, the others following: `<h2>` sections with
 * `<h3>` under them are `## ` and `### `), each list item `- …` or `3. …` (a nested list's
 * items after its parent's, at one level), a table as `| … |` lines (its header row the row of
 * `<th>` cells or in `<thead>`, else a first row that names its columns, `looksLikeHeaderRow`; a
 * table of one column is its cells as paragraphs), a definition list's term and definition as
 * one paragraph "Term: definition" (`<dt>Bourgeoisie</dt><dd>the wealthy …</dd>` gave
 * "Bourgeoisie" and "the wealthy …" apart: outsider teacher's frev.html, session 33), and any
 * other block element (`BLOCK`) a paragraph. Before, headings, items and cells were all plain
 * paragraphs (a Word file's table a column of words: outsider teacher, session 34).
 */
export function markedBlocks(root: Element, options: MarkedBlocksOptions): string[] {
	const parts: Part[] = [];
	collect(root, parts);
	const h1s = parts.filter((part) => part.heading === 1).length;
	const first = parts[0];
	const same = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
	const named = (text: string) =>
		(options.titles ?? []).some((name) => name && same(name) === same(text));
	const title =
		options.titleFirst &&
		first?.heading &&
		((first.heading === 1 && (h1s === 1 || first.titled)) || named(first.text))
			? first
			: undefined;
	let top = 6;
	for (const part of parts) if (part.heading && part !== title) top = Math.min(top, part.heading);
	return parts.map((part) =>
		part === title || !part.heading ? part.text : headingMark(part.text, 2 + part.heading - top)
	);
}

function collect(node: Element, out: Part[]): void {
	const children = Array.from(node.children);
	for (let i = 0; i < children.length; i++) {
		const child = children[i];
		const tag = child.tagName.toUpperCase();
		const next = children[i + 1];
		const heading = /^H([1-6])$/.exec(tag);
		if (heading) {
			const text = textOf(child);
			const titled = child.getAttribute('class')?.split(/\s+/).includes('title');
			if (text) out.push({ text, heading: Number(heading[1]), ...(titled && { titled }) });
		} else if (tag === 'UL' || tag === 'OL') {
			collectList(child, out);
		} else if (tag === 'TABLE') {
			collectTable(child, out);
		} else if (
			tag === 'DT' &&
			next?.tagName.toUpperCase() === 'DD' &&
			textOf(child) &&
			textOf(next)
		) {
			// A term that brings its own colon or dash keeps it.
			const term = textOf(child);
			out.push({ text: `${term}${/[:–—-]$/u.test(term) ? '' : ':'} ${textOf(next)}` });
			i++;
		} else if (BLOCK.test(tag)) {
			const text = textOf(child);
			if (text) out.push({ text });
		} else collect(child, out);
	}
}

/** Each item of a `<ul>`/`<ol>` a marked paragraph, then its own nested lists' items. */
function collectList(list: Element, out: Part[]): void {
	const ordered = list.tagName.toUpperCase() === 'OL';
	let number = Number(list.getAttribute('start') ?? '1');
	if (!Number.isFinite(number)) number = 1;
	for (const item of Array.from(list.children)) {
		if (item.tagName.toUpperCase() !== 'LI') continue;
		const value = Number(item.getAttribute('value') ?? NaN);
		if (Number.isFinite(value)) number = value;
		const nested = Array.from(item.children).filter((c) => /^(UL|OL)$/i.test(c.tagName));
		const text = textOf(item, nested);
		if (text) out.push({ text: itemMark(text, ordered ? number : undefined) });
		number++;
		for (const inner of nested) collectList(inner, out);
	}
}

/** A table as `| … |` lines (`tableMark`), or its cells as paragraphs when it has one column. */
function collectTable(table: Element, out: Part[]): void {
	const rows = Array.from(table.querySelectorAll('tr')).filter(
		(row) => row.closest('table') === table
	);
	const cells = rows.map((row) =>
		Array.from(row.children).filter((cell) => /^(TD|TH)$/i.test(cell.tagName))
	);
	const texts = cells.map((row) => row.map((cell) => textOf(cell)));
	if (texts.every((row) => row.filter(Boolean).length <= 1)) {
		for (const row of texts) for (const text of row) if (text) out.push({ text });
		return;
	}
	const head = cells[0] ?? [];
	const header =
		(head.length > 0 && head.every((cell) => cell.tagName.toUpperCase() === 'TH')) ||
		rows[0]?.parentElement?.tagName.toUpperCase() === 'THEAD' ||
		(rows.length > 1 && looksLikeHeaderRow(texts[0]));
	const marked = tableMark(texts, header);
	if (marked) out.push({ text: marked });
}

/**
 * An element's text on one line: a block inside it (a cell's two paragraphs, a `<br>`) is a
 * space, never glued to the next word ("Line oneLine two"); the elements in `skip` are left out.
 */
function textOf(element: Element, skip: readonly Element[] = []): string {
	let text = '';
	const walk = (node: Node) => {
		for (const child of Array.from(node.childNodes)) {
			if (child.nodeType === 3) text += child.textContent ?? '';
			else if (child.nodeType === 1 && !skip.includes(child as Element)) {
				const block = BREAK.test((child as Element).tagName.toUpperCase());
				if (block) text += ' ';
				walk(child);
				if (block) text += ' ';
			}
		}
	};
	walk(element);
	return text.replace(/\s+/g, ' ').trim();
}
