import { DocumentError, isoDate } from './draft';
import { dropMarginLines, printedByBrowser } from './pdf-margins';

/** The part of PDF.js this reader uses, passed in so it runs with the browser or the Node build. */
export type PdfJs = Pick<typeof import('pdfjs-dist'), 'getDocument'>;

/** Fewer characters than this per page, on average, means the PDF is a scan without text. */
const MIN_CHARS_PER_PAGE = 40;

/**
 * The text layer of a PDF, page by page, with lines that a page broke mid-sentence joined again
 * and a blank line where a paragraph ends. Throws `DocumentError` with kind `password` (the
 * PDF is locked), `no-text` (a scan: OCR is not supported) or `damaged`.
 */
export async function readPdf(
	bytes: Uint8Array,
	pdfjs: PdfJs
): Promise<{ text: string; title?: string; author?: string; date?: string; pages: number }> {
	let document;
	try {
		document = await pdfjs.getDocument({
			data: bytes.slice(),
			isEvalSupported: false,
			disableFontFace: true,
			useSystemFonts: false,
			stopAtErrors: false,
			// Text extraction needs no fonts; without this PDF.js warns that it has none.
			verbosity: 0
		}).promise;
	} catch (error) {
		const name = (error as { name?: string }).name;
		if (name === 'PasswordException')
			throw new DocumentError(
				'password',
				'This PDF is protected by a password. Open it, save a copy without the password, and add that copy.'
			);
		throw new DocumentError(
			'damaged',
			'This PDF is damaged or not really a PDF, so it cannot be read.'
		);
	}
	try {
		const pages: string[][] = [];
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			const content = await page.getTextContent();
			const lines: string[] = [];
			let line = '';
			for (const item of content.items) {
				if (!('str' in item)) continue;
				line += item.str;
				if (item.hasEOL) {
					lines.push(line);
					line = '';
				}
			}
			if (line) lines.push(line);
			lines.push('');
			pages.push(lines);
			page.cleanup();
		}
		// Without its margins a browser-printed scan has no text left, and is told so as a scan.
		const text = joinLines(dropMarginLines(pages).flat());
		if (text.replace(/\s/g, '').length < MIN_CHARS_PER_PAGE * document.numPages)
			throw new DocumentError(
				'no-text',
				'This PDF has no text to read: it is probably a scan or photos of pages, and Flashpoint cannot read text in images (OCR is not supported). If you have the text elsewhere, paste it instead.'
			);
		const { info } = (await document.getMetadata().catch(() => ({ info: {} }))) as {
			info: Record<string, unknown>;
		};
		const field = (key: string) =>
			(typeof info[key] === 'string' && (info[key] as string).trim()) || undefined;
		return {
			text,
			title: field('Title'),
			author: field('Author'),
			date: printedByBrowser(info) ? undefined : isoDate(field('CreationDate')),
			pages: document.numPages
		};
	} finally {
		await document.destroy();
	}
}

/**
 * Lines as a PDF lays them out back into paragraphs: a line that ends without closing
 * punctuation runs on into the next; one that ends a sentence, or an empty line, ends a paragraph.
 */
export function joinLines(lines: readonly string[]): string {
	const paragraphs: string[] = [];
	let current = '';
	for (const raw of lines) {
		const line = raw.replace(/\s+/g, ' ').trim();
		if (!line) {
			if (current) paragraphs.push(current);
			current = '';
			continue;
		}
		current = !current
			? line
			: current.endsWith('-') && /^[a-z]/.test(line)
				? current + line
				: `${current} ${line}`;
		if (/[.!?:]["'”’)]?$/.test(line) && line.length < 60) {
			paragraphs.push(current);
			current = '';
		}
	}
	if (current) paragraphs.push(current);
	return paragraphs.join('\n\n');
}
