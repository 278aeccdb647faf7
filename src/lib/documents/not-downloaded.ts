import { notDownloadedText } from '$lib/ui/app-error';
import { DocumentError } from './draft';

/**
 * What Add documents says when a file's reader could not download (offline before the app was
 * all saved): the reader is a module loaded on first use (PDF.js, mammoth, the text reader), so
 * a PDF picked offline at 37% saved was dropped without a word (outsider student, session 34).
 * Light on purpose: the screen imports it with itself, before any reader.
 */

/** What reading each kind of file is called, by format (`sniffFormat`) or file extension. */
const TASKS: Record<string, string> = {
	pdf: 'Reading PDF files',
	docx: 'Reading Word files',
	epub: 'Reading e-books',
	html: 'Reading web pages',
	htm: 'Reading web pages',
	markdown: 'Reading Markdown files',
	md: 'Reading Markdown files',
	text: 'Reading text files',
	txt: 'Reading text files'
};

/**
 * The `DocumentError` (kind `not-downloaded`) for file `name` whose reader did not download:
 * "Reading PDF files needs the part of the app that is still downloading: connect to the
 * internet once, then add “Cells.pdf” again, or paste its text." `format` is what the file was
 * read as, when known; else its extension says. Without `name`, a pasted text.
 */
export function readerNotDownloaded(name?: string, format?: string): DocumentError {
	if (name === undefined)
		return new DocumentError(
			'not-downloaded',
			notDownloadedText('Reading pasted text', 'add it again: your text is back in the box')
		);
	const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
	const task = TASKS[format ?? ''] ?? TASKS[extension] ?? 'Reading this kind of file';
	return new DocumentError(
		'not-downloaded',
		notDownloadedText(task, `add “${name}” again, or paste its text`)
	);
}
