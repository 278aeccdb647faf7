import { DocumentError, type DocumentDraft, type DocumentErrorKind } from './draft';
import { readerNotDownloaded } from './not-downloaded';
import { sniffFormat } from './plain';
import { runOnce } from '$lib/workers/run-once';

/** Messages to the document reader worker: a pasted text, or a plain-text or Markdown file. */
export type ReadRequest =
	| { type: 'paste'; text: string; title?: string }
	| { type: 'file'; file: { name: string; bytes: Uint8Array } };

/** Its reply: the draft, or why not (`kind` when it was a `DocumentError`). */
export type ReadReply =
	| { type: 'done'; draft: DocumentDraft }
	| { type: 'error'; message: string; kind?: DocumentErrorKind };

/**
 * Runs `request` in a Web Worker (`read.worker.ts`), so a long paste or text file never blocks
 * the page; where a module worker cannot start, the same code runs here, loaded on demand.
 * Resolves with the draft `readPastedText`/`readDocument` make; rejects with the same
 * `DocumentError` (its `kind` and message) or `Error` they throw.
 */
function inWorker(request: ReadRequest): Promise<DocumentDraft> {
	return runOnce(
		() => new Worker(new URL('./read.worker.ts', import.meta.url), { type: 'module' }),
		request,
		(reply: ReadReply) => {
			if (reply.type === 'done') return reply.draft;
			throw reply.kind ? new DocumentError(reply.kind, reply.message) : new Error(reply.message);
		},
		onThisThread
	);
}

/**
 * Reads `request` on this thread, its readers loaded on first use. A reader that does not load
 * (offline before the app was all saved) rejects with `readerNotDownloaded`'s error, naming the
 * file and what to do, never the browser's "Failed to fetch dynamically imported module".
 */
async function onThisThread(request: ReadRequest): Promise<DocumentDraft> {
	const file = request.type === 'file' ? request.file : undefined;
	const missing = () => readerNotDownloaded(file?.name, file && sniffFormat(file.name, file.bytes));
	const loaded = async <T>(load: () => Promise<T>): Promise<T> => {
		try {
			return await load();
		} catch {
			throw missing();
		}
	};
	const { readDocument, readPastedText } = await loaded(() => import('./read'));
	if (request.type === 'paste') return readPastedText(request.text, request.title);
	const { browserReaders } = await loaded(() => import('./loaders'));
	const readers = {
		...browserReaders,
		pdfjs: () => loaded(browserReaders.pdfjs),
		mammoth: () => loaded(browserReaders.mammoth)
	};
	try {
		return await readDocument(request.file, readers);
	} catch (error) {
		// PDF.js's own worker did not download (`readPdf`): said with the file's name.
		throw error instanceof DocumentError && error.kind === 'not-downloaded' ? missing() : error;
	}
}

/** A pasted (or shared) text as a document draft, read off the main thread. */
export function readPastedOffThread(text: string, title?: string): Promise<DocumentDraft> {
	return inWorker({ type: 'paste', text, ...(title ? { title } : {}) });
}

/**
 * A file as a document draft: plain text and Markdown are read off the main thread; web pages,
 * e-books, PDF and Word need the page's DOMParser, PDF.js or mammoth and are read here (their
 * readers load on first use).
 */
export async function readFileDocument(file: {
	name: string;
	bytes: Uint8Array;
}): Promise<DocumentDraft> {
	const format = sniffFormat(file.name, file.bytes);
	if (format === 'text' || format === 'markdown') return inWorker({ type: 'file', file });
	return onThisThread({ type: 'file', file });
}
