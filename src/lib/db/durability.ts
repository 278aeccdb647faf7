/**
 * Strict durability for every write to the answer log. IndexedDB's default in Chromium, Firefox
 * and Safari is "relaxed": `complete` fires once the data is handed to the operating system,
 * so an answer the screen confirmed can still vanish on power loss. A "strict" transaction
 * completes only once the data is on disk (IndexedDB 3.0, `IDBTransactionOptions.durability`).
 *
 * Dexie 4.4 has no per-transaction option for it: `db.transaction()` takes no options, and
 * its `chromeTransactionDurability` constructor option applies to every transaction of the
 * connection (reads, the queue marker, settings). So a DBCore middleware, installed by
 * `createDb`, asks for it where it matters: every read-write transaction whose scope includes
 * `reviews` (an answer, undo, regrade, import, reset, merge, Check database), since a review
 * row is only ever written with its card. Its cost is measured by `npm run bench`
 * (`answer-write-relaxed`, `answer-write-strict`).
 */
import type { DBCore, Middleware } from 'dexie';

/** What `createDb` asks for on answer-log writes; 'relaxed' is only for the bench. */
export type LogDurability = 'strict' | 'relaxed';

/** A middleware that gives read-write transactions over `reviews` the `durability` asked for. */
export function logDurabilityMiddleware(durability: LogDurability): Middleware<DBCore> {
	return {
		stack: 'dbcore',
		name: 'log-durability',
		create(down) {
			return {
				...down,
				transaction(stores, mode, options) {
					if (mode !== 'readwrite' || !stores.includes('reviews'))
						return down.transaction(stores, mode, options);
					return down.transaction(stores, mode, { ...options, durability });
				}
			};
		}
	};
}
