import { getContext, setContext } from 'svelte';
import type { FlashpointDb } from './schema';
import { whenAppDb } from './app-db-hook';

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
	 * `db`, the app's shared connection once a screen creates it (`whenAppDb`): the layout is in
	 * every screen's first load, and Dexie with the schema and its middlewares (about 35 KB gzip)
	 * is not needed to paint Home (issue 14); importing it here, and creating the connection, made
	 * a part of every screen's start-up task, also on screens that never use it. The listeners
	 * are on the connection when it is created, before any request can open it.
	 */
	watch(db?: FlashpointDb): void {
		if (!db) {
			whenAppDb((created) => this.watch(created));
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
