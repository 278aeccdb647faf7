import { withAnkiGuid } from '$lib/content/anki-ref';
import { questionFillMiddleware } from './question-fill';

/**
 * Every question gets its Anki note GUID once, when it is first stored (schema v14,
 * `withAnkiGuid`): the middleware (`questionFillMiddleware`) fills it in every row added or put
 * without one, whoever writes it (a new course, a written question, an import, a backup restored, the
 * built-in course installed again), and never changes one a row has. So a note an Anki export
 * wrote keeps its GUID in every later export, and Anki updates it instead of adding a copy
 * (anki47). Filling is a spread per row, no read.
 */
export const ankiGuidMiddleware = questionFillMiddleware('anki-guid', (rows) =>
	rows.map(withAnkiGuid)
);
