import { strFromU8, unzipSync } from 'fflate';
import { DocumentError, isoDate } from './draft';
import { decodeXml, docxStyleMap, withOutlineStyles } from './docx-styles';
import { markedBlocks } from './markup-blocks';

/** The part of mammoth this reader uses, passed in so the 200 KB library loads only when needed. */
export interface Mammoth {
	/**
	 * The document as simple HTML: headings `<h1>`–`<h6>`, lists, tables, bold runs as `<strong>`.
	 * The browser build reads `arrayBuffer`; the Node build (tests) reads `buffer`. `styleMap`
	 * adds to mammoth's own (`docxStyleMap`).
	 */
	convertToHtml(
		input: { arrayBuffer: ArrayBuffer; buffer: Uint8Array },
		options?: { styleMap?: string[] }
	): Promise<{ value: string }>;
}

/**
 * A Word document's text, its headings, lists and tables marked as the stored text marks them
 * (mammoth's HTML read by `markedBlocks`; before, mammoth's raw text made them plain paragraphs and
 * a table a column of words: outsider teacher, session 34), and its title, author and creation
 * date from `docProps/core.xml`. `parse` is an inert HTML parser (the browser's DOMParser). Throws
 * `DocumentError('damaged')` when the file is not a readable .docx. (A password-protected .docx
 * is not a zip at all; `readDocument` says so before here.)
 */
export async function readDocx(
	bytes: Uint8Array,
	mammoth: Mammoth,
	parse: (html: string) => Document
): Promise<{ text: string; title?: string; author?: string; date?: string; emphasis: string[] }> {
	let core: string | undefined;
	let styles: string | undefined;
	let document: string;
	try {
		const files = unzipSync(bytes, {
			filter: (f) =>
				f.name === 'docProps/core.xml' ||
				f.name === 'word/document.xml' ||
				f.name === 'word/styles.xml'
		});
		if (!files['word/document.xml']) throw new Error('no document part');
		document = strFromU8(files['word/document.xml']);
		core = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : undefined;
		styles = files['word/styles.xml'] ? strFromU8(files['word/styles.xml']) : undefined;
	} catch {
		throw new DocumentError(
			'damaged',
			'This Word file is damaged or not really a .docx, so it cannot be read.'
		);
	}
	let text: string;
	let emphasis: string[] = [];
	try {
		// Paragraphs with an outline level of their own are given a style mammoth maps to a heading.
		const outlined = withOutlineStyles(bytes, document);
		const file = outlined?.bytes ?? bytes;
		const buffer = file.buffer.slice(
			file.byteOffset,
			file.byteOffset + file.byteLength
		) as ArrayBuffer;
		const styleMap = [...docxStyleMap(styles ?? ''), ...(outlined?.styleMap ?? [])];
		const html = (await mammoth.convertToHtml({ arrayBuffer: buffer, buffer: file }, { styleMap }))
			.value;
		emphasis = boldRuns(html);
		const body = parse(`<!doctype html><html><body>${html}</body></html>`).body;
		withoutNotes(body);
		text = markedBlocks(body, { titleFirst: true }).join('\n\n');
	} catch {
		throw new DocumentError('damaged', 'This Word file is damaged, so its text cannot be read.');
	}
	const tag = (name: string) => {
		const match = core && new RegExp(`<${name}(?:\\s[^>]*)?>([^<]*)</${name}>`).exec(core);
		return match ? decodeXml(match[1]).trim() || undefined : undefined;
	};
	return {
		text,
		emphasis,
		title: tag('dc:title'),
		author: tag('dc:creator'),
		date: isoDate(tag('dcterms:created'))
	};
}

/**
 * Removes mammoth's footnotes and endnotes from its HTML: the reference marks in the text
 * ("[1]", a link to `#footnote-1`) and the list of notes it puts at the end. Mammoth's raw text,
 * read before, had neither; a mark glued to a sentence's last word. In place.
 */
function withoutNotes(body: HTMLElement): void {
	for (const link of Array.from(
		body.querySelectorAll('a[href^="#footnote-"], a[href^="#endnote-"]')
	))
		(link.closest('sup') ?? link).remove();
	for (const note of Array.from(body.querySelectorAll('li[id^="footnote-"], li[id^="endnote-"]'))) {
		const list = note.parentElement;
		note.remove();
		if (list && !list.children.length) list.remove();
	}
}

/**
 * The text of each bold run in mammoth's HTML (`<strong>…</strong>`, tags inside dropped,
 * entities decoded): the terms a teacher bolded (`emphasis.ts`). Read as text with a pattern, as
 * mammoth writes this HTML itself; nothing of it is rendered. Pure.
 */
export function boldRuns(html: string): string[] {
	return [...html.matchAll(/<strong>([\s\S]*?)<\/strong>/g)].map((m) =>
		decodeXml(m[1].replace(/<[^>]*>/g, ''))
	);
}
