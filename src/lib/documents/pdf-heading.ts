import { bylineOf } from './byline';

/**
 * What a PDF page's layout says that its text alone does not: where a paragraph ends (a change
 * of font size, a taller gap between lines) and, on the first page, which lines are the title
 * (the largest type at the top) and the byline under it. A PDF printed from a web page or
 * exported from Word often has no title or author in its properties; its first page then
 * showed "The French Revolution, 1789 to 1799 Ms. R. Okafor · History Department · …" glued
 * to the first sentence, and no author (outsider teacher, issue 12).
 */

/** One line of a page as PDF.js lays it out. */
export interface PdfLine {
	text: string;
	/** The font size (points) of its largest text; 0 when it holds no visible text. */
	size: number;
	/** The baseline's height on the page (points from the bottom). */
	y: number;
	/** Where its first visible text starts (points from the left); unknown when absent. */
	x?: number;
}

/** Sizes closer than this ratio are the same type (rounding, bold and italic faces). */
const SAME_SIZE = 1.15;
/** A gap this many times the page's usual line step is a paragraph's end. */
const GAP = 1.4;

/**
 * A page's lines as text, with an empty line where the layout ends a paragraph: where the font
 * size changes (a heading and the text under it) or the gap to the next line is taller than the
 * page's usual line step (`GAP`; the lower quartile of the steps between lines of one size). Lines in columns
 * or a step upwards never count as a gap. A term standing above its indented definition ends
 * with a colon and starts a paragraph (`glossaryEntries`). Pure.
 */
export function layoutLines(lines: readonly PdfLine[]): string[] {
	// Steps are measured in lines of their own type (points over size): a title in 24-point
	// type steps twice as far as the 12-point body, and is no gap.
	const step = (above: PdfLine, line: PdfLine) => (above.y - line.y) / (line.size || 1);
	const steps: number[] = [];
	for (let i = 1; i < lines.length; i++) {
		const between = step(lines[i - 1], lines[i]);
		if (between > 0 && sameSize(lines[i - 1], lines[i])) steps.push(between);
	}
	steps.sort((a, b) => a - b);
	// The lower quartile: a page of short paragraphs has nearly as many gaps as line steps.
	const usual = steps.length ? steps[Math.floor(steps.length / 4)] : 0;
	const entries = glossaryEntries(lines);
	const out: string[] = [];
	lines.forEach((line, i) => {
		const above = lines[i - 1];
		if (above && above.text.trim() && line.text.trim()) {
			if (
				entries[i] !== 'none' ||
				!sameSize(above, line) ||
				(usual > 0 && step(above, line) > usual * GAP)
			)
				out.push('');
		}
		out.push(entries[i] === 'term' ? `${line.text.trimEnd()}:` : line.text);
	});
	return out;
}

/** The most words and characters of a term standing on its own line above its definition. */
const TERM_WORDS = 5;
const TERM_CHARS = 40;

/**
 * A key-terms list laid out as a definition list (HTML's `<dl>` printed to PDF: the term on
 * a line of its own, its definition indented under it in lower case), to be read as a person
 * reads it, "Tennis Court Oath: the promise of 20 June 1789 …", each entry a paragraph. Without
 * this the term ran into its definition ("Tennis Court Oath the promise of …": outsider
 * teacher, session 33, french-revolution.pdf). A term line is short (`TERM_WORDS`,
 * `TERM_CHARS`), has no closing punctuation and starts with a capital or a figure; the line
 * under it is in the same type, starts in lower case and further right (by half its type size
 * or more). The definition's lines at its indent stay with it. Per line: `'term'` (gets a colon,
 * starts a paragraph), `'after'` (the first line back at the left after a definition: starts a
 * paragraph) or `'none'`.
 */
function glossaryEntries(lines: readonly PdfLine[]): ('term' | 'after' | 'none')[] {
	let indent: number | undefined;
	return lines.map((line, i) => {
		const next = lines[i + 1];
		if (next && isTermAbove(line, next)) {
			indent = next.x;
			return 'term';
		}
		if (indent !== undefined && line.text.trim() && (line.x ?? indent) < indent - 1) {
			indent = undefined;
			return 'after';
		}
		return 'none';
	});
}

/** Whether `line` is a term standing above its definition `next` (see `withGlossaryColons`). */
function isTermAbove(line: PdfLine, next: PdfLine): boolean {
	const term = line.text.trim();
	if (!term || term.length > TERM_CHARS || term.split(/\s+/).length > TERM_WORDS) return false;
	if (!/^[\p{Lu}\p{N}]/u.test(term) || /[.,;:!?\-–—]$/u.test(term)) return false;
	if (line.x === undefined || next.x === undefined || !sameSize(line, next)) return false;
	return next.x - line.x >= (line.size || 1) / 2 && /^\p{Ll}/u.test(next.text.trim());
}

function sameSize(a: PdfLine, b: PdfLine): boolean {
	if (!a.size || !b.size) return true;
	return Math.max(a.size, b.size) / Math.min(a.size, b.size) < SAME_SIZE;
}

/** Lines of the first page looked at for a title and a byline: a heading is short. */
const HEAD_LINES = 6;
/** A longer line is prose, not a title or a byline. */
const HEAD_CHARS = 150;

/**
 * The first page's title and byline from its layout, when its type sizes show them: the title
 * is the run of lines in the page's largest type at its top (clearly larger than the body's
 * usual type, `SAME_SIZE`), joined; the byline is a line among the next few, before the body
 * type's first long line, that `bylineOf` reads, else a line above the title that it reads. `index` is the byline's line (to take it out
 * of the text, as `readHeader` does a "By" line). Empty when the page has no larger type. Pure.
 */
export function firstPageHeading(lines: readonly PdfLine[]): {
	title?: string;
	author?: string;
	date?: string;
	outlet?: string;
	index?: number;
} {
	const shown = lines.filter((line) => line.text.trim() && line.size > 0);
	if (!shown.length) return {};
	const body = usualSize(shown);
	const largest = Math.max(...shown.slice(0, HEAD_LINES).map((line) => line.size));
	if (largest / body < SAME_SIZE) return {};
	const start = lines.findIndex((line) => line.text.trim() && line.size / largest > 1 / SAME_SIZE);
	let end = start;
	while (end < lines.length && lines[end].size / largest > 1 / SAME_SIZE) end++;
	const title = lines
		.slice(start, end)
		.map((line) => line.text.trim())
		.join(' ')
		.replace(/\s+/g, ' ');
	if (!title || title.length > HEAD_CHARS) return {};
	for (let i = end; i < Math.min(lines.length, end + HEAD_LINES); i++) {
		const text = lines[i].text.trim();
		if (!text) continue;
		if (text.length > 80) break;
		const byline = bylineOf(text);
		if (byline) return { title, ...byline, index: i };
	}
	// A handout's header line above its title: "Geography Year 10 — Ms Helen Garth — March 2026".
	for (let i = start - 1; i >= 0; i--) {
		const byline = bylineOf(lines[i].text);
		if (byline) return { title, ...byline, index: i };
	}
	return { title };
}

/** The type size most of a page's characters are set in. */
function usualSize(lines: readonly PdfLine[]): number {
	const chars = new Map<number, number>();
	for (const line of lines) {
		const size = Math.round(line.size * 2) / 2;
		chars.set(size, (chars.get(size) ?? 0) + line.text.length);
	}
	return [...chars].sort((a, b) => b[1] - a[1])[0][0];
}
