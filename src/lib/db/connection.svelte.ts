import { getContext, setContext } from 'svelte';
import type { FlashpointDb } from './schema';

export type ConnectionStatus = 'open' | 'outdated' | 'blocked';

/**
 * Watches the progress database connection. When another tab opens a newer version of the app
 * it upgrades the schema; Dexie then closes this tab's connection (the old code must not write
 * to the new schema), and the layout offers a reload. `blocked` is the reverse: this tab wants
 * to upgrade and an older tab still holds the database open.
 */
export class DbConnection {
	status = $state<ConnectionStatus>('open');

	/**
	 * Starts watching (in the browser only: there is no database while prerendering). Without
	 * `db`, the app's shared connection, loaded by a dynamic `import()`: the layout is in every
	 * screen's first load, and Dexie with the schema and its middlewares (about 35 KB gzip) is
	 * not needed to paint Home (issue 14). A screen reaches the database through the same
	 * module, so the listeners are on the connection before IndexedDB can fire `blocked` or
	 * `versionchange` at it (events, which come after the open request, never with it).
	 */
	watch(db?: FlashpointDb): void {
		if (!db) {
			// A module that cannot load (an update removed it) leaves the screens to say so.
			import('./schema').then(
				({ getDb }) => this.watch(getDb()),
				() => {}
			);
			return;
		}
		db.on('versionchange', () => {
			this.status = 'outdated';
		});
		db.on('blocked', () => {
			this.status = 'blocked';
		});
		db.on('ready', () => {
			if (this.status === 'blocked') this.status = 'open';
		});
	}
}

const KEY = Symbol('db-connection');

export function setDbConnection(connection: DbConnection): DbConnection {
	return setContext(KEY, connection);
}

export function getDbConnection(): DbConnection {
	return getContext<DbConnection>(KEY);
}
