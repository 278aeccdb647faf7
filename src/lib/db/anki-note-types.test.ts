import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { courseQuestions } from '$lib/courses/drafts';
import { importIntoCourse, planImport } from '$lib/courses/import';
import { deleteCourse } from '$lib/courses/manage';
import { ankiPackage } from '$lib/formats/anki-collection.test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { newNoteTypes, readCourseNoteTypes } from './anki-note-types';
import { recordAnswer } from './answers';
import type { QuestionRecord } from './records';
import { createDb, SCHEMA_VERSION, type FlashpointDb } from './schema';
import { answer } from './test-helpers';

/**
 * Schema v15 (anki50): a course keeps its Anki note types' card formats and styling
 * (`ankiNoteTypes`) for the `.apkg` export. An older database has none: it opens with every row
 * as it was, and the package imported again keeps them.
 */

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const CSS = '.card { font-family: "Noto Serif"; }';
const MODELS = {
	'1600000000123': {
		name: 'Vocab',
		type: 0,
		mod: 1_650_000_000,
		css: CSS,
		flds: [{ name: 'Word' }, { name: 'Meaning' }],
		tmpls: [{ name: 'Recognise', qfmt: '<b>{{Word}}</b>', afmt: '{{FrontSide}}<hr>{{Meaning}}' }]
	}
};
const origin = { fileName: 'serbian.apkg', formatLabel: 'Anki package', globalIds: true };

/** The deck, its first note's meaning `meaning` ("house"; edited in Anki since: another). */
function vocab(meaning = 'house') {
	return readApkg(
		ankiPackage(sqlite, {
			crt: 1_650_000_000,
			deck: 'Serbian',
			models: MODELS,
			notes: [
				{ id: 1, guid: 'v1', mid: 1600000000123, fields: ['kuća', meaning] },
				{ id: 2, guid: 'v2', mid: 1600000000123, fields: ['grad', 'town'] }
			],
			cards: [1, 2].map((nid) => ({ id: nid * 10, nid, ord: 0, type: 0, queue: 0, due: nid }))
		}),
		sqlite
	);
}

/** Every row of every table, by table name. */
async function everyRow(db: FlashpointDb): Promise<Record<string, unknown[]>> {
	const rows: Record<string, unknown[]> = {};
	for (const table of db.tables) rows[table.name] = await table.toArray();
	return rows;
}

/** A version 14 database holding course u-x: the deck's two notes, as v14 stored them, one answered. */
async function filledV14(name: string) {
	const v14 = createDb(name, 14);
	const read = vocab();
	await v14.courses.add({
		id: 'u-x',
		title: 'Serbian',
		kind: 'user',
		hash: '',
		installedAt: 1,
		questionCount: 2,
		documentCount: 1,
		queue: read.questions.map((q, i) => ({ id: `u-x:q-${i + 1}`, fact: `f${i}` }))
	});
	await v14.questions.bulkAdd(
		read.questions.map(
			(q, i) =>
				({
					id: `u-x:q-${i + 1}`,
					courseId: 'u-x',
					position: i,
					type: q.type,
					prompt: q.prompt,
					answer: q.answer,
					explanation: '',
					source: { doc: 'u-x:d-1', quote: '' },
					fact: `f${i}`,
					topics: q.topics,
					difficulty: 2,
					origin: 'imported',
					externalId: q.externalId,
					anki: q.anki
				}) as QuestionRecord
		)
	);
	await recordAnswer(answer('u-x:q-1', 3, Date.UTC(2026, 11, 5, 9)), DEFAULT_STUDY_SETTINGS, v14);
	return v14;
}

describe('schema v15: Anki note types’ formats kept per course (anki50)', () => {
	it('upgrades a filled version 14 database: every row as it was, no formats yet; a re-import keeps them', async () => {
		const name = `migration-v14-${Math.random()}`;
		const v14 = await filledV14(name);
		const before = await everyRow(v14);
		v14.close();

		const db = createDb(name);
		await db.open();
		expect(db.verno).toBe(SCHEMA_VERSION);
		const after = await everyRow(db);
		for (const table of Object.keys(before))
			if (table !== 'questions') expect(after[table], table).toEqual(before[table]);
		// v16 dates each question by its course (`preview.test.ts`); nothing else changed.
		expect(after.questions).toEqual(
			(before.questions as QuestionRecord[]).map((q) => ({ ...q, addedAt: 1 }))
		);
		expect(after.ankiNoteTypes).toEqual([]);
		const questions = await courseQuestions(db, 'u-x');
		expect(await readCourseNoteTypes(db, questions)).toEqual(new Map());

		// The same package, unchanged: nothing to import but its note type's formats.
		const same = vocab();
		expect(await newNoteTypes(db, 'u-x', same.noteTypes)).toBe(1);
		const unchanged = planImport(same.questions, origin, questions);
		expect([unchanged.questions.length, unchanged.updates.length]).toEqual([0, 0]);
		expect(
			await importIntoCourse(db, 'u-x', unchanged, origin, { noteTypes: same.noteTypes })
		).toMatchObject({ added: 0, updated: 0, noteTypes: 1 });
		expect(await newNoteTypes(db, 'u-x', same.noteTypes)).toBe(0);
		await db.ankiNoteTypes.clear();
		// The package exported again from Anki after an edit, imported into the course: one
		// question updated, the note types' formats kept.
		const read = vocab('a house');
		const plan = planImport(read.questions, origin, questions);
		expect([plan.questions.length, plan.updates.length]).toEqual([0, 1]);
		await importIntoCourse(db, 'u-x', plan, origin, { noteTypes: read.noteTypes });
		expect(await readCourseNoteTypes(db, questions)).toEqual(
			new Map([
				[
					1600000000123,
					{
						id: 1600000000123,
						css: CSS,
						templates: [
							{ name: 'Recognise', front: '<b>{{Word}}</b>', back: '{{FrontSide}}<hr>{{Meaning}}' }
						]
					}
				]
			])
		);
		expect(await newNoteTypes(db, 'u-x', read.noteTypes)).toBe(0);
		// Deleting the course deletes them with it.
		await deleteCourse(db, 'u-x');
		expect(await db.ankiNoteTypes.count()).toBe(0);
		db.close();
	});
});
