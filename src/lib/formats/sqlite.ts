import type { SqlJsStatic } from 'sql.js';
import { loadSqliteFrom } from './sqlite-engine';

/** The URL of sql.js's wasm in this build (a precached asset of our own origin). */
export async function sqliteWasmUrl(): Promise<string> {
	return (await import('sql.js/dist/sql-wasm.wasm?url')).default;
}

/**
 * SQLite for the browser (sql.js, about 1 MB of wasm), loaded on the first `.apkg` read or
 * write and kept for the page's life. The wasm is served from our own origin (the CSP allows
 * `wasm-unsafe-eval` and nothing foreign). Throws when the chunk cannot be fetched (offline
 * before it was cached); the caller words that for a person.
 */
export async function loadSqlite(): Promise<SqlJsStatic> {
	return loadSqliteFrom(await sqliteWasmUrl());
}
