import * as v from 'valibot';
import { DocumentSchema, type SourceDocument } from './schema';
import { MONTH_NAMES } from './months';
import { markedParts, readMark, type ItemMark, type RowMark } from './text-marks';

/**
 * Source articles live in `questions/sources/<id>.md`: a small front-matter block (one
 * `key: value` a line) and the cleaned article text, paragraphs separated by blank lines,
 * section headings marked `## `. The parser is browser-safe: the app, the generator and the
 * tests all read the files through it.
 */

/**
 * A block of a document's text. The generator reads `kind` and `text` only (a list item or a
 * table row is a paragraph of its text, as a Markdown file's always were); the reader also shows
 * `level`, `item` and `row` (`text-marks.ts`).
 */
export interface SourceBlock {
	kind: 'heading' | 'paragraph';
	/** A heading's or paragraph's text; an item's after its mark; a row's cells joined (`rowText`). */
	text: string;
	/** A heading's level, 3–6 (`### ` is 3); absent for level 2 (`## `), the usual section. */
	level?: number;
	/** Set on a list item. */
	item?: ItemMark;
	/** Set on a table row. */
	row?: RowMark;
}

export interface SourceFile {
	document: SourceDocument;
	/** How a question names the article when it attributes a figure ("According to …"). */
	short: string;
	/** Why the title is editorial, when the page gave none. */
	titleNote?: string;
	/** True when the document has no date of its own (a user's text dated the day it was added):
	 * the generator then writes no "As of <month>" and asks no dated office. */
	undated?: boolean;
	/** The terms the author emphasised in running text (`$lib/documents/emphasis.ts`), for a user's document. */
	emphasis?: string[];
	blocks: SourceBlock[];
}

const FrontMatterSchema = v.object({
	...DocumentSchema.entries,
	short: v.optional(v.pipe(v.string(), v.minLength(1))),
	titleNote: v.optional(v.pipe(v.string(), v.minLength(1)))
});

export function parseSourceFile(raw: string): SourceFile {
	const text = raw.replace(/\r\n?/g, '\n');
	const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
	if (!match) throw new Error('a source file starts with a --- front-matter block');
	const fields: Record<string, unknown> = {};
	for (const line of match[1].split('\n')) {
		const colon = line.indexOf(':');
		if (colon < 1) continue;
		const key = line.slice(0, colon).trim();
		const value = line.slice(colon + 1).trim();
		fields[key] = value === 'true' ? true : value === 'false' ? false : value;
	}
	const parsed = v.safeParse(FrontMatterSchema, fields);
	if (!parsed.success) {
		const issue = parsed.issues[0];
		throw new Error(`front matter ${v.getDotPath(issue) ?? ''}: ${issue.message}`);
	}
	const { short, titleNote, ...document } = parsed.output;
	const blocks = textBlocks(text.slice(match[0].length));
	return { document, short: short ?? document.outlet, titleNote, blocks };
}

/**
 * The one way text is cut into paragraphs (the shipped articles, a user's documents, what the
 * generator reads and what is stored): split on blank lines, the lines of one paragraph joined
 * by a space, trimmed, empty ones dropped; a table row and a list item are paragraphs of their
 * own even with no blank line around them (`markedParts`: a pasted Markdown table's rows ran
 * into one paragraph of pipes). `paragraphsOf(paragraphsOf(t).join('\n\n'))` is
 * `paragraphsOf(t)`, so a stored text reads back as the paragraphs its questions quote.
 */
export function paragraphsOf(text: string): string[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.flatMap(markedParts)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter(Boolean);
}

/**
 * A paragraph that reads as a heading: a Markdown or plain-text document's headings reach the
 * generator as short paragraphs with no sentence end ("Etymology", "2007 outbreak in Sudan"), as
 * do its title, byline and date lines ("By Jane Smith", "14 March 2024").
 */
export function looksLikeHeading(text: string): boolean {
	return text.split(/\s+/).length <= 12 && !/[.!?:;”"’)]$/u.test(text.trim());
}

/**
 * The paragraphs of a document's text that are body text: not a `## ` heading, nor a paragraph
 * that reads as one (`looksLikeHeading`), nor one with no sentence end of up to 25 words (a
 * pasted title, byline and date lines join into one paragraph: "The Great Stink: How … By Jane
 * Smith 14 March 2024"), nor one opening on the document's `title` unless a verb follows it
 * (`LEAD_AFTER_TITLE`: the lead). What a person picks a
 * sentence from, and what the names of a written question's wrong choices come from.
 */
export function bodyParagraphs(text: string, title = ''): string[] {
	const named = title.trim();
	return textBlocks(text)
		.filter(
			(block) =>
				block.kind === 'paragraph' &&
				!looksLikeHeading(block.text) &&
				!(block.text.split(/\s+/).length <= 25 && !/[.!?:;”"’)]$/u.test(block.text)) &&
				!(
					named &&
					block.text.startsWith(named) &&
					!LEAD_AFTER_TITLE.test(block.text.slice(named.length))
				)
		)
		.map((block) => block.text);
}

/**
 * What follows the title in a lead that opens on it ("Ashoka (304–232 BCE) was an emperor …",
 * "Mercantilism is …", "The Great Fire of London started on …"): a word in lower case, the
 * sentence going on (a verb, not "and", "by", "with"…), so the paragraph is the lead, not a title line run into the text ("… By
 * Jane Smith", ": How …"; suggest2: an outsider's biography lost its lead and every sentence of
 * it; courses9: an event's opening sentence on "started" was lost the same way).
 */
const LEAD_AFTER_TITLE =
	/^\s*(?:\([^)]*\)\s*)?(?:,[^,]{1,80},\s*)?(?!(?:by|and|or|with|of|for|from|in|on|at|to|the|an?)\s)\p{Ll}+\s/u;

/**
 * A document's text as blocks (`paragraphsOf`), each read by its mark (`readMark`): `## ` to
 * `###### ` a heading, `- `/`1. ` a list item, `| … |` a table row (a delimiter row under it
 * makes it the header, and is no block). The same for the shipped articles and a user's
 * documents, so a question's quote is found in one paragraph.
 */
export function textBlocks(text: string): SourceBlock[] {
	const blocks: SourceBlock[] = [];
	for (const paragraph of paragraphsOf(text)) {
		const read = readMark(paragraph);
		if (read.kind === 'delimiter') {
			// Only under a table's first row, as in Markdown.
			const above = blocks.at(-1);
			if (above?.row && !blocks.at(-2)?.row) above.row.header = true;
		} else if (read.text) blocks.push(read);
	}
	return blocks;
}

/**
 * `blocks` without a first block that repeats `title` (a pasted article's first line is its
 * title, which the reader's own heading already shows: outsider, issue 12, saw it twice).
 * Case and spacing aside; any other first block is kept.
 */
export function withoutTitleBlock(blocks: SourceBlock[], title: string): SourceBlock[] {
	const same = (a: string) => a.replace(/\s+/g, ' ').trim().toLowerCase();
	return blocks.length && same(blocks[0].text) === same(title) ? blocks.slice(1) : blocks;
}

/** Markdown emphasis around words: `_x_`, `*x*`, `__x__`, `**x**`, opened and closed in one run. */
const EMPHASIS =
	/(^|[\s(“"‘'[])(\*\*|__|\*|_)(?=[^\s*_])(.+?)(?<=[^\s*_])\2(?=$|[\s).,;:!?”"’'\]])/gu;

/**
 * `text` with Markdown emphasis marks taken away, the words kept: a pasted article showed
 * "_underscores_" in the reader (outsider, issue 12). Shown as plain text, never as HTML; a
 * lone "_" or "*" (a file_name, 2 * 3) is kept. Display only: quotes are matched on the stored
 * text.
 */
export function plainEmphasis(text: string): string {
	return text.replace(EMPHASIS, '$1$3');
}

/** True when `quote` is an exact passage of one paragraph of the article. */
export function quoteInSource(source: SourceFile, quote: string): boolean {
	return source.blocks.some((block) => block.kind === 'paragraph' && block.text.includes(quote));
}

/** A paragraph cut around a highlighted passage: text runs, one of them marked. */
export interface Segment {
	text: string;
	marked: boolean;
}

export function highlightSegments(paragraph: string, quote: string | undefined): Segment[] {
	const at = quote ? paragraph.indexOf(quote) : -1;
	if (!quote || at < 0) return [{ text: paragraph, marked: false }];
	return [
		{ text: paragraph.slice(0, at), marked: false },
		{ text: quote, marked: true },
		{ text: paragraph.slice(at + quote.length), marked: false }
	].filter((segment) => segment.text);
}

/**
 * `quote` highlighted with a short context: up to `around` characters of its paragraph on each
 * side, cut at a space, with "…" where the paragraph goes on; `whole` is false when anything was
 * cut. The review shows this once per sentence group, the paragraph on request (outsider
 * teacher, issue 14: the whole paragraph stood above every draft, so a paragraph with five
 * drafted sentences was read five times). A quote not in the paragraph is the quote alone.
 */
export function contextSegments(
	paragraph: string,
	quote: string,
	around = 120
): { segments: Segment[]; whole: boolean } {
	const at = paragraph.indexOf(quote);
	if (at < 0) return { segments: [{ text: quote, marked: true }], whole: false };
	let before = paragraph.slice(0, at);
	let after = paragraph.slice(at + quote.length);
	const whole = before.length <= around && after.length <= around;
	if (before.length > around) {
		const cut = before.slice(-around);
		const space = cut.search(/\s/);
		before = `…${space >= 0 ? cut.slice(space) : cut}`;
	}
	if (after.length > around) {
		const cut = after.slice(0, around);
		const space = cut.search(/\s\S*$/);
		after = `${space > 0 ? cut.slice(0, space) : cut}…`;
	}
	return {
		segments: [
			{ text: before, marked: false },
			{ text: quote, marked: true },
			{ text: after, marked: false }
		].filter((segment) => segment.text),
		whole
	};
}

/**
 * The notes older versions stored with the day a dateless document was added or imported, as if
 * it were its date (up to December 2026): such a date was invented, and is read as none.
 */
const INVENTED_DATE_NOTE = /^No date given; this is the day it was (added|imported)\.$/;

/**
 * A document's own date (ISO `YYYY-MM-DD` or `YYYY-MM`), or undefined when it has none: none was
 * given, or an older version stored the day it was added in its place (`INVENTED_DATE_NOTE`).
 */
export function documentDate(document: { date?: string; dateNote?: string }): string | undefined {
	if (!document.date || INVENTED_DATE_NOTE.test(document.dateNote ?? '')) return undefined;
	return document.date;
}

/**
 * "20 December 2023", "October 2025 (approx.)" when the date was inferred from the text, or
 * "No date" when the document has none (`documentDate`): a date is never invented.
 */
export function formatDocumentDate(
	document: Pick<SourceDocument, 'dateApproximate'> & { date?: string; dateNote?: string }
): string {
	const date = documentDate(document);
	if (!date) return 'No date';
	const [year, month, day] = date.split('-').map(Number);
	const text = [day, MONTH_NAMES[month - 1], year].filter(Boolean).join(' ');
	return document.dateApproximate ? `${text} (approx.)` : text;
}
