import { unzipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCourseNoteTypes } from '$lib/db/anki-note-types';
import { freshDb } from '$lib/db/test-helpers';
import { ankiPackage, type FixtureRevlog } from '$lib/formats/anki-collection.test-helpers';
import { readApkg } from '$lib/formats/apkg';
import { MODEL_IDS } from '$lib/formats/apkg-models';
import { writeApkg } from '$lib/formats/apkg-write';
import { toPortable } from '$lib/formats/export';
import { courseQuestions } from './drafts';
import { exportSchedules } from './export-history';
import { importAsNewCourse, planImport } from './import';

/**
 * An Anki deck through Flashpoint and back (anki52): imported as a course with its history,
 * exported with scheduling, and compared with what went in, column by column, for what an Anki
 * user sees: the note type and its styling, fields with their HTML, tags, the cards' type,
 * queue, due day, interval and counts, and the review log. Made up in the shape of a student's
 * script-made deck (her note type has Flashpoint Basic's id) with a card in every state.
 */

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const DAY = 86_400_000;
const MIN = 60_000;
/** 5 December 2026, 12:00 UTC; the collection was made 100 days before, Anki's day 100. */
const NOW = Date.UTC(2026, 11, 5, 12);
const TODAY = Math.floor(NOW / DAY);
const CRT = (TODAY - 100) * 86_400 + 12 * 3600;
const CSS = '.card { font-family: Georgia; background: #fffbe6 } .hint { color: #a00 }';
const BIO = {
	[String(MODEL_IDS.basic)]: {
		name: 'Basic (bio)',
		type: 0,
		mod: 1_760_000_000,
		sortf: 0,
		css: CSS,
		flds: [{ name: 'Front' }, { name: 'Back' }],
		tmpls: [
			{
				name: 'Card 1',
				qfmt: '<div class=q>{{Front}}</div>',
				afmt: '{{FrontSide}}<hr id=answer><b>{{Back}}</b>',
				bqfmt: '',
				bafmt: ''
			}
		]
	}
};
const DECK = 1_700_000_000_002;

/** A card's log: answers (days before now, or minutes with `m`), each ease and Anki kind. */
function log(cid: number, answers: [ago: number, ease: number, type: number][]): FixtureRevlog[] {
	return answers.map(([ago, ease, type], i) => ({
		id: NOW - ago - cid * 10 - i,
		cid,
		ease,
		type,
		time: 4000 + 1000 * i
	}));
}

/** One note a state: new, learning, review, review with lapses, relearning, suspended, buried. */
function biologyDeck(): Uint8Array {
	const notes = [
		['What is the powerhouse of the cell?', 'Mitochondrion', ' bio cells::organelles '],
		['Where does photosynthesis happen?', 'Chloroplast <i>(plants only)</i>', ' bio plants '],
		['What stores genetic information?', 'Nucleus &amp; DNA', ' bio '],
		['What is osmosis?', 'Diffusion of water', ' bio exam '],
		['What is active transport?', 'Movement against a gradient', ' bio leech '],
		['What is diffusion?', 'Net movement of particles', ' bio '],
		['Cell wall is made of?', 'Cellulose', ' bio plants ']
	].map(([front, back, tags], i) => ({
		id: i + 1,
		guid: `bio${i + 1}`,
		mid: MODEL_IDS.basic,
		fields: [front, back],
		tags
	}));
	const seconds = (ms: number) => Math.floor(ms / 1000);
	return ankiPackage(sqlite, {
		crt: CRT,
		conf: { rollover: 4, creationOffset: 0 },
		models: BIO,
		decks: { '1': { name: 'Default' }, [DECK]: { name: 'Biology::Cells' } },
		notes,
		cards: [
			{ id: 11, nid: 1, did: DECK, ord: 0, type: 0, queue: 0, due: 1 },
			// Learning: one Good five minutes ago, the next step in five.
			{
				id: 12,
				nid: 2,
				did: DECK,
				ord: 0,
				type: 1,
				queue: 1,
				due: seconds(NOW + 5 * MIN),
				reps: 1
			},
			// Review: last answered 10 days ago, due in 20 (day 110).
			{ id: 13, nid: 3, did: DECK, ord: 0, type: 2, queue: 2, due: 110, ivl: 20, reps: 3 },
			// Review with 2 lapses, its log trimmed to one of them.
			{
				id: 14,
				nid: 4,
				did: DECK,
				ord: 0,
				type: 2,
				queue: 2,
				due: 115,
				ivl: 20,
				reps: 5,
				lapses: 2
			},
			// Relearning after its third lapse, back to review in a day.
			{
				id: 15,
				nid: 5,
				did: DECK,
				ord: 0,
				type: 3,
				queue: 1,
				due: seconds(NOW + 5 * MIN),
				ivl: 1,
				reps: 4,
				lapses: 3
			},
			{ id: 16, nid: 6, did: DECK, ord: 0, type: 2, queue: -1, due: 105, ivl: 15, reps: 2 },
			{ id: 17, nid: 7, did: DECK, ord: 0, type: 2, queue: -3, due: 102, ivl: 12, reps: 2 }
		],
		revlog: [
			...log(12, [[5 * MIN, 3, 0]]),
			...log(13, [
				[60 * DAY, 3, 0],
				[40 * DAY, 3, 1],
				[10 * DAY, 3, 1]
			]),
			...log(14, [
				[80 * DAY, 3, 0],
				[60 * DAY, 1, 1],
				[59 * DAY, 3, 2],
				[40 * DAY, 3, 1],
				[5 * DAY, 3, 1]
			]),
			...log(15, [
				[50 * DAY, 3, 0],
				[30 * DAY, 3, 1],
				[20 * DAY, 3, 1],
				[5 * MIN, 1, 1]
			]),
			...log(16, [
				[25 * DAY, 3, 0],
				[10 * DAY, 3, 1]
			]),
			...log(17, [
				[22 * DAY, 3, 0],
				[10 * DAY, 3, 1]
			])
		]
	});
}

/** Imports `bytes` as a course and exports the course as an `.apkg` with scheduling. */
async function roundTrip(bytes: Uint8Array): Promise<Uint8Array> {
	const read = readApkg(bytes, sqlite, undefined, NOW);
	const origin = { fileName: 'biology.apkg', formatLabel: 'Anki package', globalIds: true };
	const db = freshDb();
	const { courseId } = await importAsNewCourse(
		db,
		planImport(read.questions, origin),
		origin,
		read.title ?? '',
		{ history: read.history, held: read.held, noteTypes: read.noteTypes, now: NOW }
	);
	const questions = await courseQuestions(db, courseId);
	return writeApkg(
		questions.map(toPortable),
		read.title ?? '',
		sqlite,
		NOW,
		await exportSchedules(
			db,
			questions.map((q) => q.id),
			NOW
		),
		await readCourseNoteTypes(db, questions)
	);
}

/** A package's collection as rows by note GUID, and its note types. */
function collection(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	const db = new sqlite.Database(files['collection.anki2'] ?? files['collection.anki21']);
	try {
		const all = (sql: string) => {
			const [result] = db.exec(sql);
			return (result?.values ?? []).map((row) =>
				Object.fromEntries(result.columns.map((c, i) => [c, row[i]]))
			);
		};
		const models = JSON.parse(String(all('SELECT models FROM col')[0].models));
		const notes = all('SELECT guid, mid, tags, flds FROM notes ORDER BY guid');
		const cards = all(
			`SELECT n.guid, c.did, c.ord, c.type, c.queue, c.ivl, c.reps, c.lapses
			 FROM cards c JOIN notes n ON n.id = c.nid ORDER BY n.guid`
		);
		const revlog = all(
			`SELECT n.guid, r.id, r.ease, r.time FROM revlog r JOIN cards c ON c.id = r.cid
			 JOIN notes n ON n.id = c.nid ORDER BY r.id`
		);
		return { models, notes, cards, revlog };
	} finally {
		db.close();
	}
}

describe('an Anki deck in every state, imported and exported again (anki52)', () => {
	it('comes back with its note type, fields, tags, card columns and review log', async () => {
		const original = biologyDeck();
		const back = await roundTrip(original);
		const [was, now] = [collection(original), collection(back)];
		const model = now.models[MODEL_IDS.basic];
		expect(model).toMatchObject({ name: 'Basic (bio)', css: CSS });
		expect(model.tmpls.map((t: Record<string, unknown>) => [t.name, t.qfmt, t.afmt])).toEqual(
			BIO[MODEL_IDS.basic].tmpls.map((t) => [t.name, t.qfmt, t.afmt])
		);
		expect(now.notes).toEqual(was.notes);
		expect(now.cards).toEqual(was.cards);
		expect(now.revlog).toEqual(was.revlog);
		// Due dates and times as Anki reads them (the collections' creation days differ).
		const plan = (bytes: Uint8Array) =>
			readApkg(bytes, sqlite, undefined, NOW).history?.map((h) => [
				h.externalId,
				h.state,
				h.due,
				h.reps,
				h.lapses
			]);
		expect(plan(back)).toEqual(plan(original));
	});
});
