import { DocumentError, isoDate } from './draft';
import { isDownloadFailure, notDownloadedText } from '$lib/ui/app-error';
import { firstPageHeading, layoutLines, type PdfLine } from './pdf-heading';
import { joinLines, PAGE_END } from './pdf-lines';
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
): Promise<{
	text: string;
	title?: string;
	author?: string;
	/** A school or site its byline names ("Prepared by Anna Keller, Ridgeway School, …"). */
	outlet?: string;
	date?: string;
	pages: number;
	/** The title is the first page's largest type (`firstPageHeading`), not the file's properties. */
	titleShown?: boolean;
}> {
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
		// PDF.js's worker script did not download (offline before the app was all saved): PDF.js
		// says "Setting up fake worker failed", which is no damage to the file.
		if (isDownloadFailure(error) || /fake worker/i.test(String((error as Error)?.message)))
			throw new DocumentError(
				'not-downloaded',
				notDownloadedText('Reading PDF files', 'add it again, or paste its text')
			);
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
		let heading: ReturnType<typeof firstPageHeading> = {};
		for (let n = 1; n <= document.numPages; n++) {
			const page = await document.getPage(n);
			const lines = pageLines((await page.getTextContent()).items);
			if (n === 1) {
				heading = firstPageHeading(lines);
				// The byline is the document's author, not its first paragraph (as `readHeader` does).
				if (heading.index !== undefined) lines.splice(heading.index, 1);
			}
			pages.push([...layoutLines(lines), PAGE_END]);
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
			// What the first page shows wins, as `readHeader`'s "By" line does in `read.ts`: a
			// PDF's properties are often its template's or its converter's.
			title: heading.title ?? field('Title'),
			author: heading.author ?? field('Author'),
			...(heading.outlet ? { outlet: heading.outlet } : {}),
			date: (printedByBrowser(info) ? undefined : isoDate(field('CreationDate'))) ?? heading.date,
			pages: document.numPages,
			titleShown: heading.title !== undefined
		};
	} finally {
		await document.destroy();
	}
}

/** The part of a PDF.js text item this reader uses. */
interface TextItem {
	str: string;
	hasEOL: boolean;
	height: number;
	transform: number[];
}

/**
 * A page's text items as lines (an item with `hasEOL` ends one), each with its largest font
 * size (the text matrix's vertical scale, else the item's height), its baseline's height and
 * where its first visible text starts. Items are joined as they come: a bold run and the text
 * after it ("Bourgeoisie:", " ", "the wealthy …") are separate items whose own spaces and
 * colons make the line a person reads.
 */
function pageLines(items: readonly (TextItem | object)[]): PdfLine[] {
	const lines: PdfLine[] = [];
	let line: PdfLine | undefined;
	for (const item of items) {
		if (!('str' in item)) continue;
		line ??= { text: '', size: 0, y: item.transform[5] ?? 0 };
		if (item.str.trim()) {
			if (!line.text.trim()) {
				line.y = item.transform[5] ?? line.y;
				line.x = item.transform[4];
			}
			line.size = Math.max(line.size, Math.abs(item.transform[3] ?? 0) || item.height || 0);
		}
		line.text += item.str;
		if (item.hasEOL) {
			lines.push(line);
			line = undefined;
		}
	}
	if (line?.text) lines.push(line);
	return lines;
}
