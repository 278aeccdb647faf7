import { strFromU8, unzipSync } from 'fflate';
import { DocumentError, isoDate } from './draft';
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
	try {
		const files = unzipSync(bytes, {
			filter: (f) =>
				f.name === 'docProps/core.xml' ||
				f.name === 'word/document.xml' ||
				f.name === 'word/styles.xml'
		});
		if (!files['word/document.xml']) throw new Error('no document part');
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
		const buffer = bytes.buffer.slice(
			bytes.byteOffset,
			bytes.byteOffset + bytes.byteLength
		) as ArrayBuffer;
		const html = (
			await mammoth.convertToHtml(
				{ arrayBuffer: buffer, buffer: bytes },
				{ styleMap: docxStyleMap(styles ?? '') }
			)
		).value;
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
 * Mammoth's style map for what its own does not know, from the file's `word/styles.xml`: Word's
 * Title style (`<h1 class="title">`, the title line `markedBlocks` keeps plain, whatever `<h1>`
 * sections follow); a paragraph style with an outline level 1–6 (`<w:outlineLvl w:val="0"/>`, its
 * own or from the style it is based on: a school template's "Section heading") as a heading of
 * that level; and the List Bullet and List Number styles as list items (a list typed with them
 * has no numbering of its own, and mammoth made its items plain paragraphs). Mammoth's map already
 * reads the "heading 1"–"heading 6" styles and numbered or bulleted paragraphs. Pure.
 */
export function docxStyleMap(stylesXml: string): string[] {
	const styles = new Map<string, { name: string; basedOn?: string; outline?: number }>();
	for (const [style] of stylesXml.matchAll(/<w:style\b[^>]*>[\s\S]*?<\/w:style>/g)) {
		if (!/w:type="paragraph"/.test(style)) continue;
		const id = /w:styleId="([^"]*)"/.exec(style)?.[1];
		const name = /<w:name w:val="([^"]*)"/.exec(style)?.[1];
		if (!id || !name) continue;
		const outline = /<w:outlineLvl w:val="(\d+)"/.exec(style)?.[1];
		styles.set(id, {
			name: decodeXml(name),
			basedOn: /<w:basedOn w:val="([^"]*)"/.exec(style)?.[1],
			...(outline !== undefined && { outline: Number(outline) })
		});
	}
	const outlineOf = (id: string | undefined, depth = 0): number | undefined => {
		const style = id ? styles.get(id) : undefined;
		if (!style || depth > 10) return undefined;
		return style.outline ?? outlineOf(style.basedOn, depth + 1);
	};
	const map: string[] = ["p[style-name='Title'] => h1.title:fresh"];
	for (const [id, { name }] of styles) {
		// A name with a quote cannot be written in a style map; mammoth's own covers "heading N".
		if (name.includes("'") || /^heading [1-6]$/i.test(name) || name === 'Title') continue;
		const outline = outlineOf(id);
		if (outline !== undefined && outline <= 5)
			map.push(`p[style-name='${name}'] => h${outline + 1}:fresh`);
		else if (/^List Bullet(?: [2-9])?$/i.test(name))
			map.push(`p[style-name='${name}'] => ul > li:fresh`);
		else if (/^List Number(?: [2-9])?$/i.test(name))
			map.push(`p[style-name='${name}'] => ol > li:fresh`);
	}
	return map;
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

/** The five XML entities decoded. */
function decodeXml(text: string): string {
	return text.replace(
		/&(lt|gt|amp|quot|apos);/g,
		(_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!
	);
}
