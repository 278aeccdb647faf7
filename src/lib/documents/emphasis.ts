import { foldText as fold } from '$lib/text/fold';
import { datelineDate } from './dateline';
import { isTableLine, tableCells } from '$lib/content/text-marks';

/**
 * The terms an author emphasised in running text (bold in Markdown, Word and web pages, a web
 * page's `<dfn>`), as data beside the plain text: teachers bold the terms they will test (gen48
 * counted 442 bold key terms in running text in the 65 dev handouts h32–h39 with no draft), and
 * every reader dropped the emphasis before the generator saw the text (gen50, issue 12). Never
 * rendered as HTML: the reader shows `text`; this list only tells the generator which words the
 * author marked.
 */

/** Most words an emphasised term has; a longer bold run is a sentence or a heading, not a term. */
export const MAX_TERM_WORDS = 5;

/** Most terms kept per document (a glossary of 300 entries is already a long one). */
export const MAX_TERMS = 400;

/**
 * The emphasised terms of `spans` (each an emphasised run as the file wrote it) that `text`
 * (the document's final plain text) holds: trimmed of spaces and edge punctuation ("**Osmosis:**"
 * → "Osmosis"), one to `MAX_TERM_WORDS` words, with a letter, not a whole line of `text` (a bold
 * line is a heading) nor a table's column name (`headerCells`), not a date (`datelineDate`: a timeline's bold "14 October 1962" or
 * "January 1959" marks where a line starts, not a term; the outsider teacher's web page bolded 7
 * such dates beside its 10 terms, issue 12), once each (folded), in the order first emphasised,
 * at most `MAX_TERMS`. Pure.
 */
export function emphasisedTerms(spans: readonly string[], text: string): string[] {
	if (spans.length === 0) return [];
	const lines = new Set(
		text
			.split('\n')
			.map((line) => fold(line.replace(/^#+\s*/u, '').trim()))
			.filter(Boolean)
	);
	for (const cell of headerCells(text)) lines.add(fold(cell));
	const seen = new Set<string>();
	const terms: string[] = [];
	for (const span of spans) {
		const term = span
			.replace(/\s+/gu, ' ')
			.trim()
			.replace(/^[^\p{L}\p{N}(]+|[^\p{L}\p{N})]+$/gu, '')
			.trim();
		if (!/\p{L}/u.test(term)) continue;
		if (term.split(' ').length > MAX_TERM_WORDS || datelineDate(term)) continue;
		const key = fold(term);
		if (seen.has(key) || lines.has(key) || !text.includes(term)) continue;
		seen.add(key);
		terms.push(term);
		if (terms.length >= MAX_TERMS) break;
	}
	return terms;
}

/**
 * The cells of `text`'s table header rows (a row line with a delimiter row under it,
 * `text-marks.ts`): a column's name is a label, as a heading is, however bold (a Word table's
 * header row is often bold, and its cells were lines of their own before tables were kept). Pure.
 */
function headerCells(text: string): string[] {
	if (!text.includes('|')) return [];
	const cells: string[] = [];
	for (const match of text.matchAll(/^(\|.*\|)[ \t]*\n[ \t]*\|[ \t:|-]*-[ \t:|-]*\|[ \t]*$/gmu))
		if (isTableLine(match[1])) cells.push(...tableCells(match[1]));
	return cells;
}

/**
 * A marked-up text (a web page, Markdown) read as plain text: its text, the header fields it
 * gives, and its emphasised runs as written (`emphasis`: bold, `<strong>`, `<b>`, `<dfn>`; which
 * are terms is `emphasisedTerms`'s to say).
 */
export interface MarkupText {
	text: string;
	title?: string;
	author?: string;
	outlet?: string;
	date?: string;
	emphasis: string[];
}
