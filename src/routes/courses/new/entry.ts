import type { DocumentDraft } from '$lib/documents/draft';
import type { DetailErrors, DocumentDetails } from '$lib/courses/add';

/** One document on the Add documents screen: being read, refused with a message, or ready. */
export type Entry = { key: number; name: string } & (
	| { state: 'reading' }
	| {
			state: 'error';
			message: string;
			/**
			 * A question file, as chosen: the message links to Import questions, which opens it
			 * (`carryFile`).
			 */
			questionFile?: File;
			/**
			 * A question file chosen before a reload, by name only (the file is not kept): the
			 * message links to Import questions, to choose it again (`PendingWork.questionFiles`).
			 */
			questionFileName?: string;
	  }
	| { state: 'ready'; draft: DocumentDraft; details: DocumentDetails; errors: DetailErrors }
);
