import { questionFillMiddleware } from './question-fill';
import { isStudied, type QuestionRecord } from './records';

/**
 * `row` with the moment it joined study (`QuestionRecord.addedAt`), given once: a studied row
 * without one gets `now` (ms); a draft, a rejected row or a row that has one is returned as it is.
 */
export function withAddedAt(row: QuestionRecord, now: number): QuestionRecord {
	return row.addedAt === undefined && isStudied(row) ? { ...row, addedAt: now } : row;
}

/**
 * Every question gets the moment it joined study once (schema v16, anki50): the middleware
 * (`questionFillMiddleware`) stamps every studied row added or put without one, whoever writes it (a course
 * made or imported, a question written, a draft accepted, the built-in course installed, a
 * backup restored), and never changes one a row has, so an edit or a re-import keeps it. "Preview
 * new cards" shows the new questions added in the last days by it. A spread per row, no read.
 */
export const addedAtMiddleware = questionFillMiddleware('added-at', (rows) => {
	const now = Date.now();
	return rows.map((row) => withAddedAt(row, now));
});
