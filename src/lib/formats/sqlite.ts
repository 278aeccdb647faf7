import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;

/**
 * SQLite for the browser (sql.js, about 1 MB of wasm), loaded on the first `.apkg` read or
 * write and kept for the page's life. The wasm is served from our own origin (the CSP allows
 * `wasm-unsafe-eval` and nothing foreign). Throws when the chunk cannot be fetched (offline
 * before it was cached); the caller words that for a person.
 */
export function loadSqlite(): Promise<SqlJsStatic> {
	loading ??= Promise.all([import('sql.js'), import('sql.js/dist/sql-wasm.wasm?url')])
		.then(([{ default: initSqlJs }, { default: wasmUrl }]) =>
			initSqlJs({ locateFile: () => wasmUrl })
		)
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
