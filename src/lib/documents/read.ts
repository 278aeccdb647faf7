import { readDocx, type Mammoth } from './docx';
import { lineBreaksAsParagraphs, markdownEquationsApart } from './line-breaks';
import {
	DocumentError,
	MAX_DOCUMENT_BYTES,
	MAX_TEXT_CHARS,
	cutAtWord,
	cutNote,
	tidyText,
	type DocumentDraft,
	type DocumentFormat
} from './draft';
import { looksEnglish, sentenceless } from './english';
import { tableTitle } from './pasted-table';
import { readEpub } from './epub';
import { readHtml } from './html';
import { emphasisedTerms } from './emphasis';
import { firstWords } from '$lib/text/first-words';
import { leadTitle } from './lead-title';
import { readableFileName } from '$lib/formats/read';
import {
	extensionOf,
	formatLabel,
	questionFileFormat,
	QUESTION_FILE_FORMATS
} from '$lib/formats/detect';
import { readHeader, type HeaderDetails } from './byline';
import { pipeTables, plainHeadings } from './plain-marks';
import { decodeText, markdownToText, sniffFormat } from './plain';
import { readPdf, type PdfJs } from './pdf';

/**
 * The heavy readers, loaded only when a file needs them: PDF.js (about 1 MB) for PDFs, mammoth
 * for Word, and an HTML parser that never runs scripts (the browser's DOMParser; linkedom in
 * Node tests). See `loaders.ts` for the browser's.
 */
export interface Readers {
	pdfjs(): Promise<PdfJs>;
	mammoth(): Promise<Mammoth>;
	parseHtml(html: string): Document;
}

/** A title from the text's first words: eight at most, in 60 characters (`firstWords`). */
const FIRST_WORDS = { words: 8, chars: 60 };

/**
 * A title from the file's name (`readableFileName`: "ww1-trenches.txt" → "WW1 trenches"), else,
 * when the text has no title line, what its first sentence defines (`leadTitle`: "Glaciers are
 * large masses …" → "Glaciers"), else the first words of its first paragraph (a whole pasted
 * paragraph made a poor title: outsider, issue 12).
 * The person can edit it before going on.
 */
function titleFrom(text: string, name: string): string {
	// The app's one rule for a title from a file name (an imported question file's course too).
	const fromName = visibleTitle(readableFileName(name));
	if (fromName && !/^(document|untitled|download|file)\s*\d*$/i.test(fromName))
		return fromName.slice(0, 120);
	// The first paragraph with a letter or digit in it: a text opening with "* * *" or a line of
	// zero-width spaces (copied from a web page) had a title that showed empty (outsider, issue 12).
	const paragraph = text
		.split(/\n\s*\n/, 50)
		.map(visibleTitle)
		.find(Boolean);
	if (!paragraph) return UNTITLED;
	return (
		termsTitle(text) ?? leadTitle(paragraph) ?? (firstWords(paragraph, FIRST_WORDS) || UNTITLED)
	);
}

/** A "Term – meaning" or "Term: meaning" line, a list item or not, its term (1–5 words) in group 1. */
const ENTRY_LINE =
	/^(?:[-*•+]\s+|\d+[.)]\s+)?([\p{L}\p{N}][^–—:\n]{0,48}?)\s*(?:\s[–—-]\s|:\s)\s*\S/u;

/**
 * The title of notes that open on a list of terms ("Enzyme – a biological catalyst …",
 * "Diffusion – …"): their first three terms, "Enzyme, Diffusion, Osmosis", with "…" when more
 * follow; undefined unless the text's first two lines are such entries. A student from Anki
 * pasted three such lines with no heading and her notes were titled by the first line's
 * Markdown source, "- **Enzyme** – a biological catalyst made of…" (session 37). Editable on
 * the Add documents screen as any title.
 */
function termsTitle(text: string): string | undefined {
	const terms: string[] = [];
	for (const line of text.split(/\n+/, 50)) {
		const term = ENTRY_LINE.exec(line.trim())?.[1].trim();
		if (!term || term.split(/\s+/).length > 5) break;
		terms.push(term);
	}
	if (terms.length < 2) return undefined;
	return `${terms.slice(0, 3).join(', ')}${terms.length > 3 ? '…' : ''}`;
}

/** The last resort, so a document's title is never empty (its text has no letter or digit early on). */
const UNTITLED = 'Untitled document';

/**
 * `title` as a person sees it: invisible format characters (zero-width spaces, a byte-order
 * mark, soft hyphens: Unicode's Cf) removed and spacing tidied; `''` when no letter or digit is
 * left ("* * *", "—" and "\u200b" name nothing). Pure.
 */
export function visibleTitle(title: string | undefined): string {
	const tidy = tidyText((title ?? '').replace(/\p{Cf}/gu, ''));
	return /[\p{L}\p{N}]/u.test(tidy) ? tidy : '';
}

/**
 * Throws `DocumentError('question-file')` when a file that is no document is a deck or file of
 * questions: an Anki user gave Add documents her .apkg and a .tsv and got "none of these", with
 * no way on to Import questions (outsider student, session 22). Only files no document reader
 * takes are asked, so a .txt or .xml document is never refused for looking like one.
 */
function refuseQuestionFile(name: string, bytes: Uint8Array): void {
	const format = questionFileFormat(name, bytes.subarray(0, 64 * 1024), QUESTION_FILE_FORMATS);
	if (!format) return;
	const what =
		format === 'apkg'
			? `an Anki deck (.${extensionOf(name) === 'colpkg' ? 'colpkg' : 'apkg'})`
			: `a file of questions (${formatLabel(format)})`;
	throw new DocumentError(
		'question-file',
		`“${name}” is ${what}, not a document to make questions from. Import questions reads it as a course of its own, every question kept as it is.`
	);
}

/**
 * Reads a file a person chose (or shared to the app) into a draft document. Never changes
 * anything stored. Throws `DocumentError` with a message for a person: empty file, over
 * 20 MB, not text, a format it does not read, a locked or scanned PDF, a damaged file.
 */
export async function readDocument(
	file: { name: string; bytes: Uint8Array },
	readers: Readers
): Promise<DocumentDraft> {
	const { name, bytes } = file;
	if (bytes.length === 0)
		throw new DocumentError('empty', `“${name}” is empty: there is nothing in it to read.`);
	if (bytes.length > MAX_DOCUMENT_BYTES)
		throw new DocumentError(
			'too-big',
			`“${name}” is ${(bytes.length / 1024 / 1024).toFixed(0)} MB; Flashpoint reads documents up to ${MAX_DOCUMENT_BYTES / 1024 / 1024} MB. Split it, or save only the chapters you need.`
		);
	if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
		throw new DocumentError(
			/\.docx$/i.test(name) ? 'password' : 'unsupported',
			/\.docx$/i.test(name)
				? 'This Word file is protected by a password. Open it in Word, save a copy without the password, and add that copy.'
				: 'This is an old Word (.doc) or Office file. Open it and save it as .docx or PDF, then add that.'
		);
	const format = sniffFormat(name, bytes);
	if (format === 'zip' || format === 'unknown') refuseQuestionFile(name, bytes);
	const notes: string[] = [];
	let read: Read;
	switch (format) {
		case 'pdf':
			read = withHeader(await readPdf(bytes, await readers.pdfjs()));
			break;
		case 'docx':
			read = withHeader(await readDocx(bytes, await readers.mammoth(), readers.parseHtml));
			break;
		case 'html':
			read = readHtml(decodeText(bytes), readers.parseHtml);
			break;
		case 'markdown':
			read = readMarkdown(decodeText(bytes));
			break;
		case 'text': {
			// A .txt opening with "# Title" is Markdown, as pasted text is (`readPastedText`): the
			// picker, drop and share paths titled it by its file name ("harbour"; outsider, issue 12).
			const decoded = decodeText(bytes);
			read = looksLikeMarkdown(decoded) ? readMarkdown(decoded) : readPlainText(decoded);
			break;
		}
		case 'epub':
			read = readEpub(bytes, readers.parseHtml);
			break;
		default:
			throw new DocumentError(
				'unsupported',
				`Flashpoint reads plain text, Markdown, web pages (.html), PDF, Word (.docx) and e-book (.epub) files; “${name}” is none of these.`
			);
	}
	return finish(read, format, name, notes);
}

/**
 * Reads pasted text as a document: the title is `title`, else a "Title:" line, else its first
 * line; a byline, date line or outlet line at its head (`readHeader`) fills those details.
 */
export function readPastedText(text: string, title?: string): DocumentDraft {
	if (!text.trim())
		throw new DocumentError('empty', 'There is no text to read: paste the article first.');
	// Text copied from a Markdown file or a notes app arrives with its marks ("# Title",
	// `_emphasis_`, front matter); read it as the .md file would be (gen7: "# Title" became
	// the course's title).
	if (looksLikeMarkdown(text)) {
		const read = readMarkdown(markdownEquationsApart(text));
		return finish({ ...read, title: title || read.title }, 'text', '', []);
	}
	// One line per paragraph, as Word and web pages copy: each line its own paragraph.
	const header = readPlainText(tidyText(text));
	// A table's first row names its columns: no headline (before tabs become spaces).
	return finish({ ...header, title: title || tableTitle(text) || header.title }, 'text', '', []);
}

/**
 * Plain text (a .txt file, a paste) as a document's text and details: its pipe tables as table
 * rows (`pipeTables`), one line per paragraph (`lineBreaksAsParagraphs`), the details at its head
 * (`readHeader`), then its heading lines as `## ` headings (`plainHeadings`), as a Markdown
 * file's would be (outsider teacher, session 35).
 */
function readPlainText(text: string): HeaderDetails {
	const header = readHeader(lineBreaksAsParagraphs(pipeTables(text)));
	return { ...header, text: plainHeadings(header.text) };
}

/** A Markdown strong run, `**Enzyme**`: asterisks hugging a word, never "5 ** 2". */
const STRONG = /\*\*[^\s*](?:[^*\n]*[^\s*])?\*\*/u;

/**
 * True when pasted text opens with Markdown's own marks: front matter (`---`) or an ATX heading
 * (`# Title`) as its first line, or holds a strong run (`**term**`): notes pasted with no
 * heading ("- **Enzyme** – …") kept their marks and gave no card (a student from Anki, session
 * 37). Single emphasis alone is not enough: `_x_` and `*x*` occur in plain text.
 */
export function looksLikeMarkdown(text: string): boolean {
	const first = text.trimStart().split('\n', 1)[0].trim();
	return first === '---' || /^#{1,6} \S/.test(first) || STRONG.test(text);
}

/** Markdown's text and details: front matter first; a byline or date line under the heading fills what it left. */
function readMarkdown(source: string): Read {
	const markdown = markdownToText(source);
	const header = readHeader(markdown.text);
	return { ...header, ...definedOnly(markdown), text: header.text };
}

/**
 * A Word or PDF file's details: what its first page shows (a heading, "By Jane Smith, 3 March
 * 2026": `readHeader`) before the file's properties, which are often a template's or the file
 * name's ("Elizabeth I" for a document headed "Elizabeth I: The Queen Who Survived", no date;
 * outsider teacher, 2026-12-02); the properties fill what the page does not say.
 */
function withHeader<
	T extends { text: string; title?: string; author?: string; date?: string; titleShown?: boolean }
>(read: T): T & { outlet?: string } {
	const header = readHeader(read.text);
	// A title the page shows in its largest type beats the first short line's guess: a handout's
	// byline above its heading ("Geography Year 10 — Ms Helen Garth — March 2026") became the
	// title (outsider teacher, 2026-12-03).
	const fromText = read.titleShown ? { ...header, title: undefined } : header;
	return { ...read, ...definedOnly(fromText), text: header.text };
}

/** The fields of `read` that hold a value (so spreading it never blanks another source's). */
function definedOnly<T extends object>(read: T): Partial<T> {
	return Object.fromEntries(Object.entries(read).filter(([, value]) => value)) as Partial<T>;
}

/** What a reader gives `finish`: the text, its details, and the emphasised runs as written. */
interface Read {
	text: string;
	title?: string;
	author?: string;
	outlet?: string;
	date?: string;
	emphasis?: string[];
}

function finish(read: Read, format: DocumentFormat, name: string, notes: string[]): DocumentDraft {
	let text = tidyText(read.text);
	if (!text)
		throw new DocumentError(
			'no-text',
			`${name ? `“${name}”` : 'This document'} has no text in it to read.`
		);
	if (text.length > MAX_TEXT_CHARS) {
		const total = text.length;
		text = cutAtWord(text, MAX_TEXT_CHARS);
		notes.push(cutNote(text, total));
	}
	const english = looksEnglish(text);
	const emphasis = emphasisedTerms(read.emphasis ?? [], text);
	if (!english)
		notes.push(
			// A timetable is no other language (outsider teacher, session 38).
			sentenceless(text)
				? 'This has no sentences to make questions from: it reads as a table or a list.'
				: 'This does not look like English. The question generator reads English only; you can still read it here and write flashcards by hand.'
		);
	return {
		title: visibleTitle(read.title) || titleFrom(text, name),
		...(read.author ? { author: tidyText(read.author) } : {}),
		...(read.outlet ? { outlet: tidyText(read.outlet) } : {}),
		...(read.date ? { date: read.date } : {}),
		text,
		format,
		notes,
		english,
		...(emphasis.length > 0 && { emphasis })
	};
}
