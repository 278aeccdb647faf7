import { getContext, setContext } from 'svelte';
import { getDb, type FlashpointDb } from './schema';

export type ConnectionStatus = 'open' | 'outdated' | 'blocked';

/**
 * Watches the progress database connection. When another tab opens a newer version of the app
 * it upgrades the schema; Dexie then closes this tab's connection (the old code must not write
 * to the new schema), and the layout offers a reload. `blocked` is the reverse: this tab wants
 * to upgrade and an older tab still holds the database open.
 */
export class DbConnection {
	status = $state<ConnectionStatus>('open');

	/** Starts watching (in the browser only: there is no database while prerendering). */
	watch(db: FlashpointDb = getDb()): void {
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
