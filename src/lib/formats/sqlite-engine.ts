import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | undefined;
let loadedFrom: string | undefined;

/**
 * sql.js with its wasm fetched from `wasmUrl` (our own origin), loaded once and kept. Apart from
 * `sqlite.ts` because the import worker gets the URL from the page: a `?url` import inside the
 * worker would emit a second copy of the wasm that the service worker does not precache, so an
 * `.apkg` import would fail offline. Throws when the code or the wasm cannot be fetched.
 */
export function loadSqliteFrom(wasmUrl: string): Promise<SqlJsStatic> {
	if (loadedFrom !== wasmUrl) loading = undefined;
	loadedFrom = wasmUrl;
	loading ??= import('sql.js')
		.then(({ default: initSqlJs }) => initSqlJs({ locateFile: () => wasmUrl }))
		.catch((error: unknown) => {
			loading = undefined;
			throw error;
		});
	return loading;
}
