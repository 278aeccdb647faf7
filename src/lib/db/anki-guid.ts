import type { DBCore, Middleware } from 'dexie';
import { withAnkiGuid } from '$lib/content/anki-ref';
import type { QuestionRecord } from './records';

/**
 * Every question gets its Anki note GUID once, when it is first stored (schema v14,
 * `withAnkiGuid`): a DBCore middleware on `questions` fills it in every row added or put without
 * one, whoever writes it (a new course, a written question, an import, a backup restored, the
 * built-in course installed again), and never changes one a row has. So a note an Anki export
 * wrote keeps its GUID in every later export, and Anki updates it instead of adding a copy
 * (anki47). Filling is a spread per row, no read.
 */
export const ankiGuidMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'anki-guid',
	create(down) {
		return {
			...down,
			table(name) {
				const table = down.table(name);
				if (name !== 'questions') return table;
				return {
					...table,
					mutate(request) {
						if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
						const values = (request.values as QuestionRecord[]).map(withAnkiGuid);
						return table.mutate({ ...request, values });
					}
				};
			}
		};
	}
};
