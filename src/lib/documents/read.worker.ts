// Reads a pasted text, or a plain-text or Markdown file, off the main thread: tidying, paragraph
// and byline reading and the English check take seconds on a 1 MB text, which on the main thread
// froze the page about 5 s after a paste (outsider teacher, issue 12).
import { DocumentError } from './draft';
import { readDocument, readPastedText } from './read';
import type { ReadReply, ReadRequest } from './read-client';

/** No reader that needs the page (DOMParser, PDF.js, mammoth) is ever asked for here. */
const refuse = () => {
	throw new Error('This reader runs on the page, not in the worker.');
};

self.onmessage = async (event: MessageEvent<ReadRequest>) => {
	const request = event.data;
	try {
		const draft =
			request.type === 'paste'
				? readPastedText(request.text, request.title)
				: await readDocument(request.file, { pdfjs: refuse, mammoth: refuse, parseHtml: refuse });
		self.postMessage({ type: 'done', draft } satisfies ReadReply);
	} catch (error) {
		self.postMessage({
			type: 'error',
			message: error instanceof Error ? error.message : String(error),
			...(error instanceof DocumentError ? { kind: error.kind } : {})
		} satisfies ReadReply);
	}
};
