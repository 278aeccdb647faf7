import { leadingDate } from './dateline';
import { closingStop } from '$lib/text/sentence';
import { countWords } from '$lib/text/count-words';
import { plural } from '$lib/text/plural';

/**
 * A document a person added, read into plain text with whatever metadata its file carried.
 * Every field but `text` may be edited on screen before the document is stored.
 */
export interface DocumentDraft {
	title: string;
	author?: string;
	/** The publication or site ("Balkan Insight"). */
	outlet?: string;
	/** ISO `YYYY-MM-DD` or `YYYY-MM`, when the file says when it was written. */
	date?: string;
	/** Plain text; paragraphs separated by a blank line. Never HTML. */
	text: string;
	format: DocumentFormat;
	/** Things worth telling the person that are not errors (pages without text, language). */
	notes: string[];
	/** False when the text does not look like English, which is all the generator reads. */
	english: boolean;
	/**
	 * The terms the author emphasised in running text (bold, `<dfn>`), each as `text` writes it,
	 * in reading order (`emphasis.ts`); absent when the file marks none. Data for the generator,
	 * never rendered as HTML.
	 */
	emphasis?: string[];
}

/**
 * A plain copy of `draft`, for a draft that may be a Svelte `$state` proxy (which cannot be
 * posted to a worker or stored). Its text is the same string, not copied: `$state.snapshot`
 * copies every string with `structuredClone` (36 ms for a 1 MB text in the profile of the Add
 * documents screen) and `plain` through JSON (15 ms).
 */
export function draftCopy(draft: DocumentDraft): DocumentDraft {
	return {
		...draft,
		notes: [...draft.notes],
		...(draft.emphasis && { emphasis: [...draft.emphasis] })
	};
}

export type DocumentFormat = 'text' | 'markdown' | 'html' | 'pdf' | 'docx' | 'epub';

/** Why a file cannot become a document, with a message a person can act on. */
export type DocumentErrorKind =
	| 'empty'
	| 'too-big'
	| 'binary'
	| 'unsupported'
	| 'no-text'
	| 'password'
	| 'damaged'
	/** A deck or file of questions (Anki, GIFT, CSV…): Import questions reads it. */
	| 'question-file'
	/** Its reader (a lazily loaded module, PDF.js, mammoth) could not download: offline early. */
	| 'not-downloaded';

export class DocumentError extends Error {
	constructor(
		readonly kind: DocumentErrorKind,
		message: string
	) {
		super(message);
		this.name = 'DocumentError';
	}
}

/** The largest file read (bytes): a long book is about 2 MB of text; a 50 MB file is refused. */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** The largest text kept (characters), past which the generator would take too long on a phone. */
export const MAX_TEXT_CHARS = 1_500_000;

/**
 * `MAX_TEXT_CHARS` in the units a person sees, for Add documents to say up front: about 250,000
 * words of English (six characters a word with its space: the outsider teacher's 1,500,000
 * characters were 248,774 words), 1.5 MB as a plain-text file (a character of English is a
 * byte). The file limit alone ("up to 20 MB each") promised a 12 MB text file would be read whole
 * (outsider teacher, issue 12).
 */
export const TEXT_LIMIT_WORDS = `about ${plural(Math.round(MAX_TEXT_CHARS / 6 / 10_000) * 10_000, 'word')} (${MAX_TEXT_CHARS / 1_000_000} MB of plain text)`;

/**
 * The note on a document cut to `MAX_TEXT_CHARS`: the limit in characters (never words, which
 * vary with their length), how much of it was kept (words, and the share
 * of the whole, rounded down, so "100%" is never said of a cut text), where the kept part ends,
 * and how to study the rest. `kept` is the text kept; `total` the whole text's length
 * (characters). Pure.
 */
export function cutNote(kept: string, total: number): string {
	const share = Math.min(99, Math.floor((kept.length / total) * 100));
	// Counted, not listed: the list of 250,000 words took 0.2 s on a 1.5 MB text.
	const words = countWords(kept);
	const end = kept.slice(-200).split(/\s+/u).slice(-8).join(' ');
	// The limit in characters, the unit it is counted in: "reads about 250,000 words … only its
	// first 275,657 words were kept" contradicted itself for a text of short words (outsider
	// teacher, session 38).
	return `Too long to read whole: Flashpoint reads the first ${plural(MAX_TEXT_CHARS, 'character')} (${MAX_TEXT_CHARS / 1_000_000} MB of plain text) of a document, so only its first ${plural(words, 'word')} (${share}% of it) were kept, ending “…${end}”${closingStop(end)} To study the rest, split the file and add each part.`;
}

/** Normalises text from any reader: NFC, one kind of line break, no runs of blank lines. */
export function tidyText(text: string): string {
	return (
		text
			.normalize('NFC')
			.replace(/\r\n?/g, '\n')
			// Control characters other than tab and line breaks (from PDFs and old word processors).
			.replace(/[^\P{Cc}\t\n]/gu, '')
			// Soft hyphens (U+00AD) mark where a word may break, in PDF, Word and HTML alike; kept,
			// they hide inside words ("revo\u00adlution" never matched "revolution").
			.replace(/\u00ad/g, '')
			// Runs of spaces, tabs and no-break spaces become one space. A lone space, nearly every
			// run in a text, is left alone rather than replaced by itself: replacing each one took
			// 0.4–1 s a megabyte in V8 (pasting a book, issue 14).
			.replace(/[ \t\u00a0]*[\t\u00a0][ \t\u00a0]*| {2,}/g, ' ')
			// No space at either end of a line (runs are single spaces by now); a line break with
			// none is left alone.
			.replace(/ \n ?|\n /g, '\n')
			.replace(/\n{3,}/g, '\n\n')
			.trim()
	);
}

/**
 * `text` cut to its first `limit` characters, without the word the cut fell in and the white
 * space before it (as `/\s+\S*$/` would remove), found from the end: that pattern, anchored
 * at the end, is tried from every white space of a 1.5 MB text. Unchanged when it is no
 * longer than `limit`; a text with no white space is cut at `limit` exactly.
 */
export function cutAtWord(text: string, limit: number): string {
	if (text.length <= limit) return text;
	const kept = text.slice(0, limit);
	let end = kept.length;
	while (end > 0 && !/\s/.test(kept[end - 1])) end--;
	if (end === 0) return kept;
	while (end > 0 && /\s/.test(kept[end - 1])) end--;
	return kept.slice(0, end);
}

/**
 * A date written almost any way a file's metadata writes it, as `YYYY-MM-DD`, or undefined: a
 * PDF date (`D:20240303…`), ISO 8601 (the date as written, whatever its zone: the day the
 * publisher meant), a dateline ("3 March 2024", `dateline.ts`), else what `Date.parse` reads,
 * taken on the device's calendar (toISOString moved "March 3, 2024" to 2 March east of UTC).
 */
export function isoDate(value: string | undefined | null): string | undefined {
	if (!value) return undefined;
	const pdf = /^D:(\d{4})(\d{2})?(\d{2})?/.exec(value);
	if (pdf) return [pdf[1], pdf[2], pdf[3]].filter(Boolean).join('-');
	const iso = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(value.trim());
	if (iso) return [iso[1], iso[2], iso[3]].filter(Boolean).join('-');
	const dated = leadingDate(value);
	if (dated) return dated.date;
	const parsed = new Date(Date.parse(value));
	if (Number.isNaN(parsed.getTime())) return undefined;
	const pad = (n: number) => String(n).padStart(2, '0');
	return `${parsed.getFullYear()}-${pad(parsed.getMonth() + 1)}-${pad(parsed.getDate())}`;
}
