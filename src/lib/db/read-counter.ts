/**
 * Counting what a piece of code reads from IndexedDB (issue 14, scale): a DBCore middleware
 * counts requests and the rows they return, by table and index, so tests and the scale bench
 * can say that a read does not grow with the collection (`scale-reads.test.ts`,
 * `bench/scale-harness`, `courses/storage.test.ts`). Unlike time, the counts are exact. It also
 * counts what is written (rows put or deleted, and their size as JSON), so the cost of keeping
 * an index row current on every answer can be held to a figure. Never installed by the app.
 */
import type { DBCore, DBCoreMutateRequest, Dexie, Middleware } from 'dexie';

/**
 * What was read while `on`: `requests` (a `get` each, a `getMany` a key each, as IndexedDB
 * has no multi-key read; a query, count or cursor one each), `rows` returned, rows by
 * `table.index` (`key` for the primary key), requests by `table.index.kind`, and single-key
 * reads by `table:key` (`gets`: which setting was read how often). Writes: `writes` (a mutate
 * request each), `written` rows (values put, keys deleted), `bytes` (the values put, as
 * `JSON.stringify` characters: a stand-in for what the browser stores, close for these plain
 * rows) and bytes by table (`bytesBy`).
 */
export interface ReadCounts {
	on: boolean;
	requests: number;
	rows: number;
	rowsBy: Record<string, number>;
	requestsBy: Record<string, number>;
	gets: Record<string, number>;
	writes: number;
	written: number;
	bytes: number;
	bytesBy: Record<string, number>;
}

/** Counts at zero, counting. */
export function newReadCounts(): ReadCounts {
	return { on: true, ...zero() };
}

/** Sets `counts` back to zero (keeps `on`). */
export function resetReadCounts(counts: ReadCounts): void {
	Object.assign(counts, zero());
}

function zero(): Omit<ReadCounts, 'on'> {
	return {
		requests: 0,
		rows: 0,
		rowsBy: {},
		requestsBy: {},
		gets: {},
		writes: 0,
		written: 0,
		bytes: 0,
		bytesBy: {}
	};
}

function middleware(counts: ReadCounts): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'count-reads',
		create: (down) => ({
			...down,
			table: (tableName) => {
				const table = down.table(tableName);
				const note = (where: string, kind: string, requests: number, rows: number) => {
					if (!counts.on) return;
					counts.requests += requests;
					counts.rows += rows;
					const key = `${tableName}.${where}`;
					counts.rowsBy[key] = (counts.rowsBy[key] ?? 0) + rows;
					counts.requestsBy[`${key}.${kind}`] =
						(counts.requestsBy[`${key}.${kind}`] ?? 0) + requests;
				};
				const noteKeys = (keys: unknown[]) => {
					if (!counts.on) return;
					for (const key of keys) {
						const name = `${tableName}:${String(key)}`;
						counts.gets[name] = (counts.gets[name] ?? 0) + 1;
					}
				};
				return {
					...table,
					get: (req) =>
						table.get(req).then((row) => {
							note('key', 'get', 1, row === undefined ? 0 : 1);
							noteKeys([req.key]);
							return row;
						}),
					getMany: (req) =>
						table.getMany(req).then((rows) => {
							note('key', 'get', req.keys.length, rows.filter((r) => r !== undefined).length);
							noteKeys(req.keys);
							return rows;
						}),
					query: (req) =>
						table.query(req).then((res) => {
							note(req.query.index.name || 'key', 'query', 1, res.result.length);
							return res;
						}),
					count: (req) =>
						table.count(req).then((n) => {
							note(req.query.index.name || 'key', 'count', 1, 0);
							return n;
						}),
					openCursor: (req) => {
						note(req.query.index.name || 'key', 'cursor', 1, 0);
						return table.openCursor(req);
					}
				};
			}
		})
	};
}

/**
 * Counts writes below every app middleware (level 0: `indexes.ts` and `streaks.ts` are 5), so
 * the index rows they keep in the answer's transaction are counted with the answer's own.
 */
function writeMiddleware(counts: ReadCounts): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'count-writes',
		level: 0,
		create: (down) => ({
			...down,
			table: (tableName) => {
				const table = down.table(tableName);
				return {
					...table,
					mutate: (req) =>
						table.mutate(req).then((res) => {
							noteWrite(counts, tableName, req);
							return res;
						})
				};
			}
		})
	};
}

function noteWrite(counts: ReadCounts, tableName: string, req: DBCoreMutateRequest) {
	if (!counts.on) return;
	counts.writes++;
	const values: readonly unknown[] = req.type === 'add' || req.type === 'put' ? req.values : [];
	counts.written += req.type === 'delete' ? req.keys.length : values.length;
	const bytes = values.reduce<number>((sum, v) => sum + (JSON.stringify(v)?.length ?? 0), 0);
	counts.bytes += bytes;
	counts.bytesBy[tableName] = (counts.bytesBy[tableName] ?? 0) + bytes;
}

/**
 * Installs the counter on `db` (before it opens: a new connection, its caches empty, as a new
 * tab) and returns the counts it adds to (`counts`, or new ones).
 */
export function countReads(db: Dexie, counts: ReadCounts = newReadCounts()): ReadCounts {
	db.use(middleware(counts));
	db.use(writeMiddleware(counts));
	return counts;
}
