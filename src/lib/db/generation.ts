/**
 * The `cards-generation` marker: a settings row whose value changes, in the same transaction,
 * whenever any card row is written (answer, undo, queueing, import, reset, or anything added
 * later), or a card is buried, suspended or released (`holds`, schema v18: the queue leaves held
 * cards out, so what a tab read of it is stale too). A tab reuses what it read from `cards` (the started questions, today's due cards)
 * while the marker it read is current. The rule is enforced here, once, by a Dexie DBCore
 * middleware on the `cards` table, rather than by every writer remembering it.
 */
import { Dexie, type DBCore, type Middleware } from 'dexie';
import type { FlashpointDb } from './schema';

export const CARDS_GENERATION_KEY = 'cards-generation';

/** A fresh marker value: unique per write, across tabs. */
export function newGeneration(): string {
	return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`;
}

/** The marker read so far in each read-only transaction, by its IndexedDB transaction. */
const readIn = new WeakMap<object, Promise<string>>();

/**
 * The current marker ('none' before any card was written); call inside a transaction. Read
 * once per read-only transaction (nothing can change it there): Home builds a queue per
 * course in one transaction, and each asked for it.
 */
export function readGeneration(db: FlashpointDb): Promise<string> {
	const trans = Dexie.currentTransaction;
	const idb = trans?.mode === 'readonly' ? trans.idbtrans : undefined;
	const known = idb && readIn.get(idb);
	if (known) return known;
	const read = db.settings
		.get(CARDS_GENERATION_KEY)
		.then((row) => (typeof row?.value === 'string' ? row.value : 'none'));
	if (idb) readIn.set(idb, read);
	return read;
}

/** The marker each transaction wrote last, by its IndexedDB transaction. */
const written = new WeakMap<object, string>();

/**
 * The marker the current Dexie transaction wrote last, if it wrote one: lets a writer learn
 * the new marker without reading it back (one round trip less per answer).
 */
export function generationWrittenNow(): string | undefined {
	const trans = Dexie.currentTransaction?.idbtrans;
	return trans ? written.get(trans) : undefined;
}

/**
 * After every write to `cards` or `holds` (put, add, delete, clear), writes a new marker in the same
 * transaction. Every read-write transaction over `cards` is widened to include `settings`
 * (Dexie's implicit one-table transactions too), so the marker can always be written.
 */
export const cardsGenerationMiddleware: Middleware<DBCore> = {
	stack: 'dbcore',
	name: 'cards-generation',
	create(down) {
		return {
			...down,
			transaction(stores, mode, options) {
				const writesCards = stores.includes('cards') || stores.includes('holds');
				const scope =
					mode === 'readwrite' && writesCards && !stores.includes('settings')
						? [...stores, 'settings']
						: stores;
				return down.transaction(scope, mode, options);
			},
			table(name) {
				const table = down.table(name);
				if (name !== 'cards' && name !== 'holds') return table;
				const settings = down.table('settings');
				return {
					...table,
					async mutate(request) {
						const result = await table.mutate(request);
						const value = newGeneration();
						await settings.mutate({
							type: 'put',
							trans: request.trans,
							values: [{ key: CARDS_GENERATION_KEY, value }]
						});
						written.set(request.trans, value);
						return result;
					}
				};
			}
		};
	}
};
