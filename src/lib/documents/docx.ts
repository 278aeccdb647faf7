import { strFromU8, unzipSync } from 'fflate';
import { DocumentError, isoDate } from './draft';

/** The part of mammoth this reader uses, passed in so the 200 KB library loads only when needed. */
export interface Mammoth {
	/** The browser build reads `arrayBuffer`; the Node build (tests) reads `buffer`. */
	extractRawText(input: {
		arrayBuffer: ArrayBuffer;
		buffer: Uint8Array;
	}): Promise<{ value: string }>;
	/** The document as simple HTML, bold runs as `<strong>` (read only for them: `boldRuns`). */
	convertToHtml(input: {
		arrayBuffer: ArrayBuffer;
		buffer: Uint8Array;
	}): Promise<{ value: string }>;
}

/**
 * A Word document's text (mammoth; paragraphs kept) and its title, author and creation date
 * from `docProps/core.xml`. Throws `DocumentError('damaged')` when the file is not a readable
 * .docx. (A password-protected .docx is not a zip at all; `readDocument` says so before here.)
 */
export async function readDocx(
	bytes: Uint8Array,
	mammoth: Mammoth
): Promise<{ text: string; title?: string; author?: string; date?: string; emphasis: string[] }> {
	let core: string | undefined;
	try {
		const files = unzipSync(bytes, {
			filter: (f) => f.name === 'docProps/core.xml' || f.name === 'word/document.xml'
		});
		if (!files['word/document.xml']) throw new Error('no document part');
		core = files['docProps/core.xml'] ? strFromU8(files['docProps/core.xml']) : undefined;
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
		text = (await mammoth.extractRawText({ arrayBuffer: buffer, buffer: bytes })).value;
		emphasis = boldRuns(
			(await mammoth.convertToHtml({ arrayBuffer: buffer, buffer: bytes })).value
		);
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
 * The text of each bold run in mammoth's HTML (`<strong>…</strong>`, tags inside dropped,
 * entities decoded): the terms a teacher bolded (`emphasis.ts`). Read as text with a pattern, as
 * mammoth writes this HTML itself; nothing of it is rendered. Pure.
 */
export function boldRuns(html: string): string[] {
	return [...html.matchAll(/<strong>([\s\S]*?)<\/strong>/g)].map((m) =>
		decodeXml(m[1].replace(/<[^>]*>/g, ''))
	);
}

function decodeXml(text: string): string {
	return text.replace(
		/&(lt|gt|amp|quot|apos);/g,
		(_, e: string) => ({ lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" })[e]!
	);
}
