import { describe, expect, it } from 'vitest';
import type { Question } from '$lib/content/schema';
import { ankiNotes } from '$lib/formats/anki-notes';
import { toPortable } from '$lib/formats/export';
import { recordAnswer } from './answers';
import { BUILTIN_COURSE_ID, type QuestionRecord } from './records';
import { createDb, type FlashpointDb } from './schema';
import { answer, freshDb } from './test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

/** A stored question: `extra` over a flashcard of course `courseId`. */
function row(id: string, courseId: string, position: number, extra: Partial<Question> = {}) {
	return {
		id,
		courseId,
		position,
		type: 'flashcard',
		prompt: `Front ${id}`,
		answer: `Back ${id}`,
		explanation: '',
		source: { doc: `${courseId}:d-1`, quote: '' },
		fact: `${id}-fact`,
		topics: [],
		difficulty: 2,
		origin: 'imported',
		...extra
	} as QuestionRecord;
}

/** Every row of every table, by table name. */
async function everyRow(db: FlashpointDb): Promise<Record<string, unknown[]>> {
	const rows: Record<string, unknown[]> = {};
	for (const table of db.tables) rows[table.name] = await table.toArray();
	return rows;
}

const ROWS = [
	row('b1', BUILTIN_COURSE_ID, 0, { origin: 'generated', explanation: 'Why.' }),
	row('u-x:q-1', 'u-x', 0, { origin: 'written' }),
	// Imported from Anki: a cloze note's second deletion, and a Basic note.
	row('u-x:q-2', 'u-x', 1, {
		type: 'cloze',
		prompt: 'In ____ KFOR came.',
		answer: '1999',
		externalId: 'gA#c2'
	}),
	row('u-x:q-3', 'u-x', 2, { externalId: 'gB' }),
	// From a GIFT file: its title is no Anki id.
	row('u-x:q-4', 'u-x', 3, { externalId: 'quiz.gift::Q1' })
];

describe('schema v14: every question keeps an Anki note GUID (anki47)', () => {
	it('upgrades a filled version 13 database: each question gets the GUID exports wrote, every other row as it was', async () => {
		const name = `migration-v13-${Math.random()}`;
		const v13 = createDb(name, 13);
		const now = new Date(2026, 11, 5, 10).getTime();
		await v13.courses.bulkAdd([
			{
				id: BUILTIN_COURSE_ID,
				title: 'Built-in',
				kind: 'builtin',
				hash: 'h',
				installedAt: 0,
				questionCount: 1,
				documentCount: 0,
				queue: [{ id: 'b1', fact: 'b1-fact' }]
			},
			{
				id: 'u-x',
				title: 'Mine',
				kind: 'user',
				hash: '',
				installedAt: now - 1000,
				questionCount: 4,
				documentCount: 1,
				queue: ROWS.slice(1).map((q) => ({ id: q.id, fact: q.fact }))
			}
		]);
		await v13.questions.bulkAdd(ROWS);
		for (const [i, id] of ['b1', 'u-x:q-2', 'u-x:q-3'].entries())
			await recordAnswer(answer(id, 3, now + i * 60_000), DEFAULT_STUDY_SETTINGS, v13);
		const before = await everyRow(v13);
		// The GUIDs an Anki export of these questions wrote before v14.
		const exported = ankiNotes(ROWS.map(toPortable), (i) => `f${i}`).map((n) => n.guid);
		v13.close();

		// Opened at v14, the version this upgrade is (v16 dates the rows too: `preview.test.ts`).
		const upgraded = createDb(name, 14);
		await upgraded.open();
		expect(upgraded.verno).toBe(14);
		const after = await everyRow(upgraded);
		for (const table of Object.keys(before))
			if (table !== 'questions') expect(after[table], table).toEqual(before[table]);
		const guids = ['b1', 'u-x:q-1', 'gA', 'gB', 'u-x:q-4'];
		expect(after.questions).toEqual(
			(before.questions as QuestionRecord[]).map((q, i) => ({ ...q, anki: { guid: guids[i] } }))
		);
		// Exported now, every note has the GUID it had in Anki already.
		const stored = after.questions as QuestionRecord[];
		expect(ankiNotes(stored.map(toPortable), (i) => `f${i}`).map((n) => n.guid)).toEqual(exported);
		upgraded.close();
	});

	it('gives a new question its GUID once, when first stored, and never changes it', async () => {
		const db = freshDb();
		await db.questions.add(row('u-y:q-1', 'u-y', 0, { origin: 'written' }));
		expect((await db.questions.get('u-y:q-1'))?.anki).toEqual({ guid: 'u-y:q-1' });
		// A later write of the row keeps it, and a row that has one (an Anki note) keeps its own.
		const stored = (await db.questions.get('u-y:q-1'))!;
		await db.questions.put({ ...stored, prompt: 'Edited' });
		const imported = row('u-y:q-2', 'u-y', 1, { anki: { guid: 'n0Te' }, externalId: 'n0Te' });
		await db.questions.bulkPut([imported]);
		expect((await db.questions.bulkGet(['u-y:q-1', 'u-y:q-2'])).map((q) => q?.anki)).toEqual([
			{ guid: 'u-y:q-1' },
			{ guid: 'n0Te' }
		]);
		db.close();
	});
});
