import { createDb, type FlashpointDb } from './schema';

let counter = 0;

/** A fresh, empty database (fake-indexeddb in unit tests) with a name no other test uses. */
export function freshDb(upTo?: number): FlashpointDb {
	counter++;
	return createDb(`flashpoint-test-${counter}-${Math.random().toString(36).slice(2)}`, upTo);
}
