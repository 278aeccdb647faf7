import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { questionFillMiddleware } from './question-fill';
import type { QuestionRecord } from './records';

/** A two-table database with the middleware marking every question row it fills. */
function openDb(name: string) {
	const db = new Dexie(name);
	db.version(1).stores({ questions: 'id', notes: 'id' });
	db.use(
		questionFillMiddleware('mark', (rows) =>
			rows.map((row) => ({ ...row, marked: true }) as QuestionRecord)
		)
	);
	return db;
}

describe('questionFillMiddleware', () => {
	let db: Dexie | undefined;
	afterEach(async () => {
		db?.close();
		if (db) await Dexie.delete(db.name);
	});

	it('fills every question added or put, one or in bulk, and no other table’s rows', async () => {
		db = openDb('question-fill-1');
		await db.table('questions').add({ id: 'a' });
		await db.table('questions').bulkPut([{ id: 'b' }, { id: 'c' }]);
		await db.table('notes').put({ id: 'n' });
		expect(await db.table('questions').toArray()).toEqual([
			{ id: 'a', marked: true },
			{ id: 'b', marked: true },
			{ id: 'c', marked: true }
		]);
		expect(await db.table('notes').toArray()).toEqual([{ id: 'n' }]);
	});

	it('lets a delete through untouched', async () => {
		db = openDb('question-fill-2');
		await db.table('questions').bulkAdd([{ id: 'a' }, { id: 'b' }]);
		await db.table('questions').delete('a');
		expect(await db.table('questions').toArray()).toEqual([{ id: 'b', marked: true }]);
	});
});
