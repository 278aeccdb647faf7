import { describe, expect, it } from 'vitest';
import { Dexie } from 'dexie';
import { recordAnswer } from './answers';
import { readUserCourses } from './backup-courses';
import { jsonBytes } from './document-bytes';
import { BUILTIN_COURSE_ID, type DocumentRecord, type QuestionRecord } from './records';
import { createDb, SCHEMA_VERSION, type FlashpointDb } from './schema';
import { answer } from './test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

/** A stored document of course `courseId` with `text`. */
function doc(id: string, courseId: string, position: number, text?: string): DocumentRecord {
	return {
		id,
		courseId,
		position,
		title: `Title ${id}`,
		outlet: 'Outlet',
		dateApproximate: false,
		...(text !== undefined && { text })
	};
}

/** Every row of every table, by table name. */
async function everyRow(db: FlashpointDb): Promise<Record<string, unknown[]>> {
	const rows: Record<string, unknown[]> = {};
	for (const table of db.tables) rows[table.name] = await table.toArray();
	return rows;
}

const DOCUMENTS = [
	doc('a1', BUILTIN_COURSE_ID, 0),
	doc('u-x:d-1', 'u-x', 0, 'Short text.'),
	// Astral and accented letters: the size is UTF-8 bytes, not UTF-16 units.
	doc('u-x:d-2', 'u-x', 1, 'Ünïcode 𝔘 text. '.repeat(1_000)),
	doc('u-y:d-1', 'u-y', 0, 'Another course.')
];

describe('schema v17: every document row carries its size (perf48)', () => {
	it('upgrades a filled version 16 database: each document gets its size, every other row as it was', async () => {
		const name = `migration-v16-${Math.random()}`;
		const v16 = createDb(name, 16);
		const now = new Date(2026, 11, 5, 10).getTime();
		await v16.courses.bulkAdd(
			['u-x', 'u-y'].map((id, i) => ({
				id,
				title: id,
				kind: 'user' as const,
				hash: '',
				installedAt: now - 1000 + i,
				questionCount: 1,
				documentCount: 2 - i,
				queue: [{ id: `${id}:q-1`, fact: `${id}:f-1` }]
			}))
		);
		await v16.questions.bulkAdd(
			['u-x', 'u-y'].map(
				(courseId) =>
					({
						id: `${courseId}:q-1`,
						courseId,
						position: 0,
						type: 'flashcard',
						prompt: 'Front',
						answer: 'Back',
						explanation: '',
						source: { doc: `${courseId}:d-1`, quote: '' },
						fact: `${courseId}:f-1`,
						topics: [],
						difficulty: 2,
						origin: 'written'
					}) as QuestionRecord
			)
		);
		await v16.documents.bulkAdd(DOCUMENTS);
		await recordAnswer(answer('u-x:q-1', 3, now), DEFAULT_STUDY_SETTINGS, v16);
		const before = await everyRow(v16);
		expect(before.documents).toEqual(DOCUMENTS);
		v16.close();

		const upgraded = createDb(name);
		await upgraded.open();
		expect(upgraded.verno).toBe(SCHEMA_VERSION);
		const after = await everyRow(upgraded);
		expect(after.documents).toEqual(DOCUMENTS.map((row) => ({ ...row, bytes: jsonBytes(row) })));
		expect((after.documents[2] as DocumentRecord).bytes).toBeGreaterThan(21_000);
		for (const table of Object.keys(before).filter((table) => table !== 'documents'))
			expect(after[table], table).toEqual(before[table]);
		// The index lists each course's sizes, no other course's.
		const keys = await upgraded.documents
			.where('[courseId+bytes]')
			.between(['u-x', Dexie.minKey], ['u-x', Dexie.maxKey])
			.keys();
		expect(keys).toEqual(
			DOCUMENTS.filter((row) => row.courseId === 'u-x')
				.map((row) => ['u-x', jsonBytes(row)])
				.sort((a, b) => (a[1] as number) - (b[1] as number))
		);
		// A backup leaves the size out, as backups did before.
		const { documents } = await readUserCourses(upgraded);
		expect(documents.map((row) => 'bytes' in row)).toEqual([false, false, false]);
		upgraded.close();
		await Dexie.delete(name);
	});

	it('sizes every row written, whoever writes it, and never keeps a size it was given', async () => {
		const db = createDb(`document-bytes-${Math.random()}`);
		await db.documents.bulkPut([{ ...DOCUMENTS[1], bytes: 1 }, DOCUMENTS[2]]);
		await db.documents.add(DOCUMENTS[3]);
		await db.documents.update('u-x:d-1', { title: 'A longer title than before' });
		const rows = await db.documents.toArray();
		for (const { bytes, ...row } of rows) expect(bytes, row.id).toBe(jsonBytes(row));
		expect(rows.map((row) => row.title)).toContain('A longer title than before');
		db.close();
		await Dexie.delete(db.name);
	});
});
