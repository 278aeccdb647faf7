import { strToU8, unzipSync, zipSync } from 'fflate';

/**
 * What a Word file's styles say of its structure, for mammoth (`docx.ts`): which paragraph styles
 * are headings or list items beyond those mammoth knows, and paragraphs given an outline level of
 * their own.
 */

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

/** A paragraph's own properties (the innermost `<w:pPr>`: a tracked change nests the old ones). */
const PARAGRAPH_PROPERTIES = /<w:pPr>((?:(?!<\/?w:pPr\b)[\s\S])*?)<\/w:pPr>/g;

/** An outline level of 1–6 (`w:val` 0–5; 9 is body text). */
const OUTLINE = /<w:outlineLvl w:val="([0-5])"\s*\/>/;

/**
 * `bytes` (a .docx whose `word/document.xml` is `documentXml`) with each paragraph that has an
 * outline level of its own (Word's Paragraph → Outline level, `<w:outlineLvl w:val="1"/>` in its
 * properties, not its style's) given the style `FpOutline<n>`, and the style map that makes that
 * style a heading of level n + 1 (mammoth reads no outline level). Undefined when no paragraph
 * has one, which is nearly always: then nothing is unzipped or zipped again.
 */
export function withOutlineStyles(
	bytes: Uint8Array,
	documentXml: string
): { bytes: Uint8Array; styleMap: string[] } | undefined {
	if (!documentXml.includes('<w:outlineLvl')) return undefined;
	const levels = new Set<number>();
	const xml = documentXml.replace(PARAGRAPH_PROPERTIES, (whole, inner: string) => {
		const level = OUTLINE.exec(inner)?.[1];
		if (level === undefined) return whole;
		levels.add(Number(level));
		const style = `<w:pStyle w:val="FpOutline${level}"/>`;
		return `<w:pPr>${style}${inner.replace(/<w:pStyle\b[^>]*\/>/, '')}</w:pPr>`;
	});
	if (levels.size === 0) return undefined;
	const files = unzipSync(bytes);
	files['word/document.xml'] = strToU8(xml);
	return {
		// Stored, not compressed: mammoth reads it once, at once.
		bytes: zipSync(files, { level: 0 }),
		styleMap: [...levels].map((level) => `p.FpOutline${level} => h${level + 1}:fresh`)
	};
}

/** The five XML entities decoded. */
export function decodeXml(text: string): string {
	return text.replace(
		/&(lt|gt|amp|quot|apos);/g,
		(_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!
	);
}
