/**
 * Code that wants the app's shared progress connection once it exists, without loading Dexie to
 * get it: the layout's connection watcher (`connection.svelte.ts`) is on every screen's first
 * load, and importing the schema there to create the connection cost a part of every screen's
 * start-up task (issue 14, Lighthouse). `getDb` (`schema.ts`) hands its connection here when it
 * creates it, so a listener is on it before any request can open it. No Dexie, no schema: a type
 * import only.
 */
import type { FlashpointDb } from './schema';

let created: FlashpointDb | undefined;
const waiting: ((db: FlashpointDb) => void)[] = [];

/**
 * Calls `listener` with the app's shared connection: now if `getDb` has created it, else as
 * soon as it does (before the caller of `getDb` gets it). Once per call.
 */
export function whenAppDb(listener: (db: FlashpointDb) => void): void {
	if (created) listener(created);
	else waiting.push(listener);
}

/** `getDb`'s side: `db` is the shared connection, just created. */
export function appDbCreated(db: FlashpointDb): void {
	created = db;
	for (const listener of waiting.splice(0)) listener(db);
}
