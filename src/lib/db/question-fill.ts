import type { DBCore, Middleware } from 'dexie';
import type { QuestionRecord } from './records';

/**
 * A DBCore middleware on `questions` that passes every row added or put through `fill` before it
 * is stored, whoever writes it (a course made or imported, a question written, a draft accepted,
 * an import, a backup restored, the built-in course installed): the one way a field is given to
 * every stored question once (`anki-guid.ts`, `added-at.ts`). `fill(rows)` gets a request's rows
 * together (so a time is read once a request) and returns them, each filled or as it was; a
 * spread per row, no read. Other tables and other requests pass untouched.
 */
export function questionFillMiddleware(
	name: string,
	fill: (rows: QuestionRecord[]) => QuestionRecord[]
): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name,
		create(down) {
			return {
				...down,
				table(tableName) {
					const table = down.table(tableName);
					if (tableName !== 'questions') return table;
					return {
						...table,
						mutate(request) {
							if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
							const values = fill(request.values as QuestionRecord[]);
							return table.mutate({ ...request, values });
						}
					};
				}
			};
		}
	};
}
