import { strToU8, zipSync } from 'fflate';

/**
 * Small made-up files for the readers' tests, built here so no third-party document is committed.
 */

/**
 * A line of a made-up PDF page with its type: `size` in points (11 when not given), `gap`,
 * the distance from the line above (14 points when not given: single spacing), `indent`, points
 * right of the page's left margin (0 when not given). "**term**" in its text is a bold run
 * (Helvetica-Bold), as in `makeDocx`: PDF.js gives it as an item of its own.
 */
export interface PdfTestLine {
	text: string;
	size?: number;
	gap?: number;
	indent?: number;
}

/** A PDF with a text layer: one entry of `pages` is one page's lines. */
export function makePdf(
	pages: (string | PdfTestLine)[][],
	info: Record<string, string> = {}
): Uint8Array {
	const escape = (s: string) => s.replace(/[\\()]/g, (c) => `\\${c}`);
	const objects: string[] = [];
	const pageIds = pages.map((_, i) => 4 + i * 2);
	objects[1] = '<< /Type /Catalog /Pages 2 0 R >>';
	objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`;
	objects[3] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>';
	const bold = 4 + pages.length * 2;
	objects[bold] = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold >>';
	pages.forEach((lines, i) => {
		let x = 0;
		const content = `BT 72 740 Td ${lines
			.map((l) => (typeof l === 'string' ? { text: l } : l))
			.map((l, j) => {
				// Td moves from the previous line's start, so an indent is the change in x.
				const dx = (l.indent ?? 0) - x;
				x = l.indent ?? 0;
				const move = j ? `${dx} -${l.gap ?? 14} Td ` : dx ? `${dx} 0 Td ` : '';
				const runs = l.text
					.split(/\*\*(.+?)\*\*/u)
					.map((part, k) =>
						part ? `/${k % 2 ? 'F2' : 'F1'} ${l.size ?? 11} Tf (${escape(part)}) Tj` : ''
					);
				return move + runs.filter(Boolean).join(' ');
			})
			.join(' ')} ET`;
		objects[pageIds[i]] =
			`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${pageIds[i] + 1} 0 R /Resources << /Font << /F1 3 0 R /F2 ${bold} 0 R >> >> >>`;
		objects[pageIds[i] + 1] = `<< /Length ${content.length} >>\nstream\n${content}\nendstream`;
	});
	const infoId = objects.length;
	objects[infoId] = `<< ${Object.entries(info)
		.map(([k, v]) => `/${k} (${escape(v)})`)
		.join(' ')} >>`;
	let out = '%PDF-1.4\n';
	const offsets: number[] = [];
	for (let id = 1; id < objects.length; id++) {
		offsets[id] = out.length;
		out += `${id} 0 obj\n${objects[id]}\nendobj\n`;
	}
	const xref = out.length;
	out += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
	for (let id = 1; id < objects.length; id++)
		out += `${String(offsets[id]).padStart(10, '0')} 00000 n \n`;
	out += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info ${infoId} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
	return strToU8(out, true);
}

/**
 * A block of a made-up Word file: a paragraph ("**term**" a bold run), a paragraph of the style
 * with id `style` (`Heading1`, `ListBullet`, `Title`, one of `DocxTestStyle`) and/or an outline
 * level of its own (`outline` 0–8, `<w:outlineLvl>` in its properties), or a table (its first row
 * marked as the repeated header row, `w:tblHeader`, when `headerRow`).
 */
export type DocxTestBlock =
	| string
	| { text: string; style?: string; outline?: number }
	| { rows: string[][]; headerRow?: boolean };

/** A paragraph style of a made-up Word file's `word/styles.xml`; `outline` 0–8 (0 is level 1). */
export interface DocxTestStyle {
	id: string;
	name: string;
	basedOn?: string;
	outline?: number;
}

/**
 * A .docx with the given blocks and core properties; `styles` gives it a `word/styles.xml` (Word
 * writes one into every file; mammoth reads the style names from it).
 */
export function makeDocx(
	blocks: DocxTestBlock[],
	core: { title?: string; creator?: string; created?: string } = {},
	styles?: DocxTestStyle[]
): Uint8Array {
	const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');
	const w = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
	// "**term**" in a paragraph is a bold run, as Word writes a term a teacher bolded.
	const runs = (p: string) =>
		p
			.split(/\*\*(.+?)\*\*/u)
			.map((part, i) =>
				part
					? `<w:r>${i % 2 ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${esc(part)}</w:t></w:r>`
					: ''
			)
			.join('');
	const paragraph = (text: string, style?: string, outline?: number) => {
		const properties = `${style ? `<w:pStyle w:val="${style}"/>` : ''}${outline === undefined ? '' : `<w:outlineLvl w:val="${outline}"/>`}`;
		return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs(text)}</w:p>`;
	};
	const body = blocks
		.map((block) => {
			if (typeof block === 'string') return paragraph(block);
			if ('text' in block) return paragraph(block.text, block.style, block.outline);
			return `<w:tbl>${block.rows
				.map(
					(row, i) =>
						`<w:tr>${i === 0 && block.headerRow ? '<w:trPr><w:tblHeader/></w:trPr>' : ''}${row.map((cell) => `<w:tc>${paragraph(cell)}</w:tc>`).join('')}</w:tr>`
				)
				.join('')}</w:tbl>`;
		})
		.join('');
	const styleXml = (style: DocxTestStyle) =>
		`<w:style w:type="paragraph" w:styleId="${style.id}"><w:name w:val="${esc(style.name)}"/>${style.basedOn ? `<w:basedOn w:val="${style.basedOn}"/>` : ''}${style.outline === undefined ? '' : `<w:pPr><w:outlineLvl w:val="${style.outline}"/></w:pPr>`}</w:style>`;
	return zipSync({
		'[Content_Types].xml': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
		),
		'_rels/.rels': strToU8(
			'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'
		),
		'word/document.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="${w}"><w:body>${body}</w:body></w:document>`
		),
		...(styles && {
			'word/styles.xml': strToU8(
				`<?xml version="1.0" encoding="UTF-8"?><w:styles xmlns:w="${w}">${styles.map(styleXml).join('')}</w:styles>`
			)
		}),
		'docProps/core.xml': strToU8(
			`<?xml version="1.0" encoding="UTF-8"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">${core.title ? `<dc:title>${esc(core.title)}</dc:title>` : ''}${core.creator ? `<dc:creator>${esc(core.creator)}</dc:creator>` : ''}${core.created ? `<dcterms:created xsi:type="dcterms:W3CDTF">${core.created}</dcterms:created>` : ''}</cp:coreProperties>`
		)
	});
}
