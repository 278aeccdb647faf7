import type { DBCore, Middleware } from 'dexie';
import type { DocumentRecord } from './records';

const encoder = new TextEncoder();

/**
 * UTF-8 bytes of `value` as JSON: how Settings' storage table sizes a row (IndexedDB does not
 * say what one row takes; the browser's own encoding differs by a small factor).
 */
export function jsonBytes(value: unknown): number {
	return encoder.encode(JSON.stringify(value)).length;
}

/** A document row's size (`jsonBytes`) without its own `bytes` field. */
export function documentBytes(row: DocumentRecord): number {
	const { bytes: _bytes, ...rest } = row;
	return jsonBytes(rest);
}

/** `row` with its size in `bytes` (`documentBytes`). */
export function withDocumentBytes(row: DocumentRecord): DocumentRecord {
	return { ...row, bytes: documentBytes(row) };
}

/**
 * Every document row carries its own size (schema v17, `DocumentRecord.bytes`), set here on each
 * row added or put, whoever writes it (a new course, an import, an edited date, a backup
 * restored, the built-in course installed again). The `[courseId+bytes]` index then gives
 * Settings' storage table a course's document sizes as index keys, without reading the rows'
 * texts (`estimateCourseStorage`; a course's documents are its largest rows, 20 KB and more each).
 * Sizing is one `JSON.stringify` of the row being written, no read.
 */
export const documentBytesMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'document-bytes',
	create(down) {
		return {
			...down,
			table(name) {
				const table = down.table(name);
				if (name !== 'documents') return table;
				return {
					...table,
					mutate(request) {
						if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
						const values = (request.values as DocumentRecord[]).map(withDocumentBytes);
						return table.mutate({ ...request, values });
					}
				};
			}
		};
	}
};
