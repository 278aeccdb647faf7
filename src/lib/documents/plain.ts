import { DocumentError, type DocumentFormat } from './draft';
import type { MarkupText } from './emphasis';
import { headingMark, tableCells, tableMark } from '$lib/content/text-marks';
import { noteLinesApart } from './note-lines';

/**
 * What a file really is, from its first bytes first and its name second: a `.txt` that is a
 * PDF is read as a PDF, and a binary renamed `.txt` is refused rather than read as noise.
 */
export function sniffFormat(name: string, bytes: Uint8Array): DocumentFormat | 'zip' | 'unknown' {
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	if (head.startsWith('%PDF-')) return 'pdf';
	if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
		if (head.includes('mimetypeapplication/epub+zip') || /\.epub$/i.test(name)) return 'epub';
		if (/\.docx$/i.test(name) || head.includes('word/')) return 'docx';
		return 'zip';
	}
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
	const text = head
		.replace(/^\uFEFF|^\u00ef\u00bb\u00bf/, '')
		.trimStart()
		.toLowerCase();
	if (
		extension === 'html' ||
		extension === 'htm' ||
		/^<(!doctype html|html|head|body|meta)\b/.test(text)
	)
		return 'html';
	if (extension === 'md' || extension === 'markdown') return 'markdown';
	if (!extension || extension === 'txt' || extension === 'text') return 'text';
	return 'unknown';
}

/**
 * Decodes a text file: UTF-8 (with or without BOM), UTF-16 with a BOM, else Windows-1252 (what
 * older Word "Save as text" writes). Throws `DocumentError('binary')` for a file that is not
 * text at all: NUL bytes, or many control characters.
 */
export function decodeText(bytes: Uint8Array): string {
	if (bytes[0] === 0xff && bytes[1] === 0xfe)
		return new TextDecoder('utf-16le').decode(bytes.subarray(2));
	if (bytes[0] === 0xfe && bytes[1] === 0xff)
		return new TextDecoder('utf-16be').decode(bytes.subarray(2));
	const sample = bytes.subarray(0, 64 * 1024);
	let control = 0;
	for (const byte of sample) {
		if (byte === 0) throw binary();
		if (byte < 0x09 || (byte > 0x0d && byte < 0x20)) control++;
	}
	if (control > sample.length * 0.02) throw binary();
	try {
		return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
	} catch {
		return new TextDecoder('windows-1252').decode(bytes);
	}
}

function binary(): DocumentError {
	return new DocumentError(
		'binary',
		'This file is not text: it may be a program, an image or a document saved in another format. Open it in the app that made it and save it as PDF, Word (.docx), web page or plain text.'
	);
}

/**
 * Markdown as plain text: headings, emphasis, links, images, code fences and list markers
 * removed, paragraphs kept. The first `#` heading (or front-matter `title:`) is the title;
 * front-matter `author:`, `outlet:` and `date:` fill those fields. Bold runs (`**term**`,
 * `__term__`) are returned as written in `emphasis`: a teacher bolds the terms a class is tested on.
 */
export function markdownToText(markdown: string): MarkupText {
	let source = markdown;
	const meta: Record<string, string> = {};
	const front = /^---\n([\s\S]*?)\n---\n/.exec(source);
	if (front) {
		for (const line of front[1].split('\n')) {
			const m = /^(\w+):\s*["']?(.*?)["']?\s*$/.exec(line);
			if (m) meta[m[1].toLowerCase()] = m[2];
		}
		source = source.slice(front[0].length);
	}
	// An ATX `# Title` anywhere, else a setext title (a line underlined with `===`) at the top.
	const heading =
		/^#\s+(.+)$/m.exec(source)?.[1]?.trim() ??
		/^([^\n]+)\n=+[ \t]*(?:\n|$)/.exec(source.trimStart())?.[1]?.trim();
	// A note's "Exam tip:" or "**Term**: …" line stays a line of its own (`noteLinesApart`).
	const text = tableRows(sectionHeadings(noteLinesApart(source.replace(/```[\s\S]*?```/g, ''))))
		.replace(/!\[[^\]]*\]\([^)]*\)/g, '')
		.replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
		.replace(/^(?:=+|-{3,})[ \t]*$/gm, '')
		// Each list item its own paragraph: glued into one, a glossary's "- **Discharge**: the
		// volume …" items and a list's sentences read as one run-on sentence (gen35, issue 12).
		// Its mark kept as the stored text writes it (`itemMark`), so the reader shows a list; a
		// number past 99 is no item's (`readMark`) and is dropped, as every mark was before.
		.replace(/^[ \t]*(?:([-*+])|(\d+)\.)[ \t]+/gm, (_, bullet?: string, number?: string) =>
			bullet ? '\n- ' : number!.length <= 2 ? `\n${Number(number)}. ` : '\n'
		)
		// A wholly bold line with no sentence end is a heading: its own paragraph, never glued to
		// the next line ("The Triple Alliance Germany and Austria-Hungary formed …", gen30, h33).
		// A list may follow it with no blank line (CommonMark lets a list interrupt a paragraph).
		// An item's mark may open it ("1. **acid + metal → salt + hydrogen**" over its example).
		.replace(
			/^([ \t]*(?:- |\d{1,2}\. )?)(\*\*|__)([^*_\n]*[^*_\n.!?:;,])\2[ \t]*\n(?=[ \t]*\S)/gm,
			'$1$2$3$2\n\n'
		)
		.replace(/^>\s?/gm, '')
		.replace(/(\*\*|__)(.*?)\1/g, '$2')
		// Italics as CommonMark reads them: the run neither starts nor ends with a space or its own
		// mark, so "*c* for which *z* → *z*² + *c*" is four runs ("c", "z", "z", "c"), not one from
		// the first "*c" to the second "z*" that left "c* for … *z → z*² + *c" in a key (blind
		// check H19); an underscore inside a word ("file_name_here") opens no run.
		.replace(/\*([^\s*](?:[^*\n]*?[^\s*])?)\*/gu, '$1')
		.replace(/(?<![\p{L}\p{N}_])_([^\s_](?:[^_\n]*?[^\s_])?)_(?![\p{L}\p{N}_])/gu, '$1')
		.replace(/`([^`]*)`/g, '$1')
		.replace(/<[^>]+>/g, '');
	const emphasis = [...source.replace(/```[\s\S]*?```/g, '').matchAll(/(\*\*|__)(\S.*?)\1/g)].map(
		(m) => m[2]
	);
	return {
		text,
		emphasis,
		title: meta.title ?? heading,
		author: meta.author,
		outlet: meta.outlet,
		date: meta.date
	};
}

/** A table's delimiter row: `|---|:--:|`, `--- | ---`. */
const TABLE_RULE = /^[ \t]*\|?(?:[ \t]*:?-{3,}:?[ \t]*\|)+(?:[ \t]*:?-{3,}:?[ \t]*)?[ \t]*$/;

/** A table row: a line that starts and ends with a pipe. */
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;

/**
 * `source` with each Markdown (GFM) table as the stored text marks it (`tableMark`: one
 * `| a | b |` line a row, the delimiter row kept under a header row), between blank lines, so
 * the reader shows a table and the generator reads each row as a paragraph of its cells joined
 * (`rowText`: "1804 – First uprising"). Before, the rows ran into one paragraph with their pipes,
 * and a key took "| |" and the next row's words (blind check H21); then each row was kept only as
 * its joined text, and the reader showed no table (outsider teacher, session 34). A delimiter
 * row with no row above it is dropped; an escaped pipe stays in its cell.
 */
function tableRows(source: string): string {
	if (!source.includes('|')) return source;
	const lines = source.split('\n');
	const out: string[] = [];
	for (let i = 0; i < lines.length; i++) {
		if (!TABLE_ROW.test(lines[i])) {
			if (!TABLE_RULE.test(lines[i])) out.push(lines[i]);
			continue;
		}
		const header = TABLE_RULE.test(lines[i + 1] ?? '');
		const rows = [tableCells(lines[i])];
		let j = header ? i + 2 : i + 1;
		for (; j < lines.length && TABLE_ROW.test(lines[j]); j++) rows.push(tableCells(lines[j]));
		out.push('', tableMark(rows, header), '');
		i = j - 1;
	}
	return out.join('\n');
}

/** An ATX heading line: "## Key terms", "### Why it matters ###". */
const ATX = /^[ \t]{0,3}(#{1,6})[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/gm;

/**
 * `source` with its section headings as the stored text marks them (`headingMark`: a paragraph
 * of its own starting `## `, `### `…), so the reader shows them as headings and the generator
 * reads each sentence's section. The highest level used below the title is 2, the levels under
 * it following (`#` sections with `##` under them are `## ` and `### `). The title line (the first
 * `# ` heading, else a heading that opens the text) stays a plain line, as the document's title
 * is read from it. Before gen35 every `#` was dropped and a handout's "## Key terms" became a
 * paragraph: `Sentence.section` was empty for every .md file (issue 12).
 */
function sectionHeadings(source: string): string {
	const first = /^[ \t]{0,3}#[ \t]+\S/m.exec(source) ?? /^\s*#{1,6}[ \t]+\S/.exec(source);
	const titleAt = first ? first.index + (first[0].length - first[0].trimStart().length) : -1;
	const startOf = (line: string, at: number) => at + (line.length - line.trimStart().length);
	let top = 6;
	for (const match of source.matchAll(ATX))
		if (startOf(match[0], match.index) !== titleAt) top = Math.min(top, match[1].length);
	return source.replace(ATX, (line: string, marks: string, heading: string, at: number) =>
		startOf(line, at) === titleAt ? heading : `\n${headingMark(heading, 2 + marks.length - top)}\n`
	);
}
