import { Dexie } from 'dexie';
import { describe, expect, it } from 'vitest';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { recordAnswer } from './answers';
import { createDb } from './schema';
import { answer, freshDb } from './test-helpers';

/** The durability IndexedDB was asked for by the transaction `body` runs in. */
function durabilityNow(): string | undefined {
	return (Dexie.currentTransaction?.idbtrans as IDBTransaction | undefined)?.durability;
}

describe('answer-log durability', () => {
	it('asks for strict durability on every read-write transaction over the answer log', async () => {
		const db = freshDb();
		const seen = await db.transaction('rw', db.cards, db.reviews, db.days, durabilityNow);
		expect(seen).toBe('strict');
		// An answer (with its nested writes) runs in such a transaction.
		await recordAnswer(answer('q0', 3, Date.now()), DEFAULT_STUDY_SETTINGS, db);
		expect(await db.reviews.count()).toBe(1);
	});

	it('leaves reads and other writes at the default', async () => {
		const db = freshDb();
		expect(await db.transaction('r', db.reviews, durabilityNow)).toBe('default');
		expect(await db.transaction('rw', db.settings, durabilityNow)).toBe('default');
	});

	it('can be relaxed for the bench', async () => {
		const db = createDb(`relaxed-${Math.random()}`, undefined, 'relaxed');
		expect(await db.transaction('rw', db.reviews, durabilityNow)).toBe('relaxed');
	});
});
