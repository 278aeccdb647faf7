import { describe, expect, it, vi } from 'vitest';
import { Dexie } from 'dexie';

/** Fresh copies of the modules (their shared connection and listeners are per module). */
async function fresh() {
	vi.resetModules();
	const hook = await import('./app-db-hook');
	const { getDb } = await import('./schema');
	const { DbConnection } = await import('./connection.svelte');
	return { ...hook, getDb, DbConnection };
}

describe('the shared connection handed to its watchers (issue 14: no Dexie in the layout)', () => {
	it('a listener registered before getDb gets the connection when it is created, one after at once', async () => {
		const { whenAppDb, getDb } = await fresh();
		const seen: string[] = [];
		whenAppDb((db) => seen.push(`before ${db.name}`));
		expect(seen).toEqual([]);
		const db = getDb();
		expect(seen).toEqual(['before flashpoint']);
		whenAppDb((later) => seen.push(`after, same: ${later === db}`));
		getDb();
		expect(seen).toEqual(['before flashpoint', 'after, same: true']);
	});

	it('the layout watcher, started before any screen opened the database, hears another tab upgrade it', async () => {
		const { getDb, DbConnection } = await fresh();
		const connection = new DbConnection();
		connection.watch();
		const db = getDb();
		await db.open();
		expect(connection.status).toBe('open');
		// A newer version in another tab: IndexedDB asks this connection to close.
		const newer = new Dexie(db.name);
		newer.version(Math.round(db.verno) + 1).stores({ extra: 'id' });
		await newer.open();
		expect(connection.status).toBe('outdated');
		newer.close();
		await Dexie.delete(db.name);
	});
});
