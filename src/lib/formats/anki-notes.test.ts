import { unzipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { changeWords } from '$lib/courses/import-changes';
import { planImport } from '$lib/courses/import-plan';
import { ankiPackage, type FixtureCard, type FixtureNote } from './anki-collection.test-helpers';
import { ankiNotes } from './anki-notes';
import { readAnkiText, writeAnkiText } from './anki-text';
import { readApkg } from './apkg';
import { writeApkg } from './apkg-write';
import { toPortable } from './export';
import type { PortableQuestion } from './portable';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const WORDS = [
	['el perro', 'the dog'],
	['el gato', 'the cat'],
	['la casa', 'the house']
];

/** The student's deck in small: "Spanish::Vocab 1", Basic (and reversed card) notes. */
function spanishDeck(): Uint8Array {
	const notes: FixtureNote[] = WORDS.map(([front, back], i) => ({
		id: 1000 + i,
		guid: `g${i}:x#`.slice(0, 4) + `Q${i}`,
		mid: 2,
		fields: [front, back]
	}));
	const cards: FixtureCard[] = notes.flatMap((note, i) =>
		[0, 1].map((ord) => ({ id: 5000 + 2 * i + ord, nid: note.id, ord, type: 0, queue: 0, due: i }))
	);
	return ankiPackage(sqlite, { crt: 1_700_000_000, notes, cards, deck: 'Spanish::Vocab 1' });
}

/** The deck as a course holds it after import, then as an export gets it. */
function importedAndExported(): PortableQuestion[] {
	const read = readApkg(spanishDeck(), sqlite);
	const plan = planImport(read.questions, {
		fileName: 'Spanish.apkg',
		formatLabel: 'Anki',
		globalIds: true
	});
	return plan.questions.map((q, i) => toPortable({ ...q, id: `u-course:q-${i + 1}` }));
}

describe('an Anki deck imported and exported again (student outsider, session 33)', () => {
	it('goes back as the same notes: each GUID once, a reversed note one note with two cards', async () => {
		const guids = WORDS.map((_, i) => `g${i}:x#`.slice(0, 4) + `Q${i}`);
		const bytes = await writeApkg(
			importedAndExported(),
			'Spanish › Vocab 1',
			sqlite,
			1_760_000_000_000
		);
		const db = new sqlite.Database(unzipSync(bytes)['collection.anki2']);
		const notes = db.exec('SELECT guid, flds FROM notes ORDER BY id')[0].values;
		expect(notes.map((n) => n[0])).toEqual(guids);
		expect(notes.map((n) => String(n[1]).split('\x1f').slice(0, 2))).toEqual(WORDS);
		const cards = db.exec(
			'SELECT n.guid, c.ord FROM cards c JOIN notes n ON n.id = c.nid ORDER BY c.id'
		)[0].values;
		expect(cards).toEqual(
			guids.flatMap((g) => [
				[g, 0],
				[g, 1]
			])
		);
		const [[decks]] = db.exec('SELECT decks FROM col')[0].values;
		expect(
			Object.values(JSON.parse(String(decks))).map((d) => (d as { name: string }).name)
		).toContain('Spanish::Vocab 1');
		db.close();
		// And read again here: the same six cards under the same ids, nothing new.
		const again = readApkg(bytes, sqlite).questions.map((q) => q.externalId);
		expect(again).toEqual(guids.flatMap((g) => [g, `${g}#r`]));
	});

	it('the plain-text export writes the same GUIDs, one "Basic (and reversed card)" row a note', () => {
		const { text } = writeAnkiText(importedAndExported(), 'Spanish › Vocab 1');
		const rows = text.split('\n').filter((line) => line && !line.startsWith('#'));
		expect(rows).toHaveLength(3);
		expect(rows.map((r) => r.split('\t').slice(0, 3))).toEqual(
			WORDS.map((_, i) => [
				`g${i}:x#`.slice(0, 4) + `Q${i}`,
				'Basic (and reversed card)',
				'Spanish::Vocab 1'
			])
		);
		expect(readAnkiText(text).questions).toHaveLength(6);
	});
});

/** A cloze note of three deletions, one with a hint, as Anki makes it: one card per number. */
const CLOZE = 'In {{c1::1999}} {{c2::KFOR::a force}} entered {{c3::Kosovo}}.';

function clozeDeck(): Uint8Array {
	const notes: FixtureNote[] = [{ id: 1, guid: 'cz1', mid: 3, fields: [CLOZE, 'NATO-led.'] }];
	const cards: FixtureCard[] = [0, 1, 2].map((ord) => ({
		id: 10 + ord,
		nid: 1,
		ord,
		type: 0,
		queue: 0,
		due: ord
	}));
	return ankiPackage(sqlite, { crt: 1_700_000_000, notes, cards, deck: 'History' });
}

/** `bytes` read, imported as a course and exported as the Anki writers get it. */
function throughCourse(bytes: Uint8Array): PortableQuestion[] {
	const read = readApkg(bytes, sqlite);
	const plan = planImport(read.questions, {
		fileName: 'h.apkg',
		formatLabel: 'Anki',
		globalIds: true
	});
	return plan.questions.map((q, i) => toPortable({ ...q, id: `u-course:q-${i + 1}` }));
}

describe('a cloze note of several deletions (anki47)', () => {
	it('is one question per deletion, the hint shown as "[hint]"', () => {
		expect(
			readApkg(clozeDeck(), sqlite).questions.map((q) => [q.externalId, q.prompt, q.answer])
		).toEqual([
			['cz1#c1', 'In ____ KFOR entered Kosovo.', '1999'],
			['cz1#c2', 'In 1999 ____ [a force] entered Kosovo.', 'KFOR'],
			['cz1#c3', 'In 1999 KFOR entered ____.', 'Kosovo']
		]);
	});

	it('goes back to Anki as the one note, its text as written and a card per deletion', async () => {
		const bytes = await writeApkg(throughCourse(clozeDeck()), 'History', sqlite, 1_760_000_000_000);
		const db = new sqlite.Database(unzipSync(bytes)['collection.anki2']);
		const notes = db.exec('SELECT guid, flds FROM notes')[0].values;
		expect(notes.map((n) => [n[0], String(n[1]).split('\x1f')[0]])).toEqual([['cz1', CLOZE]]);
		expect(db.exec('SELECT ord FROM cards ORDER BY ord')[0].values.flat()).toEqual([0, 1, 2]);
		db.close();
		expect(readApkg(bytes, sqlite).questions.map((q) => q.externalId)).toEqual([
			'cz1#c1',
			'cz1#c2',
			'cz1#c3'
		]);
		// The plain-text export: one row.
		const { text } = writeAnkiText(throughCourse(clozeDeck()), 'History');
		const rows = text.split('\n').filter((line) => line && !line.startsWith('#'));
		expect(rows.map((r) => r.split('\t').slice(0, 4))).toEqual([
			['cz1', 'Cloze', 'History', CLOZE]
		]);
	});

	it('keeps a deletion edited apart from its note as a note of its own', () => {
		const [one, two, three] = throughCourse(clozeDeck());
		const edited = { ...two, prompt: 'In 1999 ____ [a force] went into Kosovo.' };
		const notes = ankiNotes([one, edited, three], (i) => `f${i}`);
		expect(notes.map((n) => [n.guid, n.cloze?.text, n.cloze?.cards.map((c) => c.ord)])).toEqual([
			['cz1', 'In {{c1::1999}} KFOR entered {{c3::Kosovo}}.', [0, 2]],
			['cz1#c2', undefined, undefined]
		]);
	});
});

describe('ankiNotes', () => {
	const card = (
		ankiCard: string | undefined,
		prompt: string,
		answer: string,
		externalId?: string
	) =>
		({ type: 'flashcard', prompt, answer, topics: [], ankiCard, externalId }) as PortableQuestion;

	it('keeps a reversed card edited apart from its front, or alone, as a note of its own', () => {
		const notes = ankiNotes(
			[card('a', 'x', 'y'), card('a#r', 'y', 'EDITED'), card('b#r', 'q', 'p')],
			(i) => `f${i}`
		);
		expect(notes.map((n) => [n.guid, n.reverse?.prompt])).toEqual([
			['a', undefined],
			['a#r', undefined],
			['b#r', undefined]
		]);
	});

	it('gives a question without an Anki card its own id, and never one GUID twice', () => {
		const notes = ankiNotes(
			[card(undefined, 'a', 'b', 'u-1:q-1'), card('dup', 'c', 'd'), card('dup', 'e', 'f')],
			(i) => `f${i}`
		);
		expect(notes.map((n) => n.guid)).toEqual(['u-1:q-1', 'dup', 'flashpoint-f2']);
	});
});

describe('re-importing a deck into its course (anki47)', () => {
	const origin = { fileName: 'Spanish.apkg', formatLabel: 'Anki', globalIds: true };
	/** The deck's questions as the course stores them, `anki` as `keep` leaves it. */
	function stored(keep: (anki: NonNullable<PortableQuestion['anki']>) => PortableQuestion['anki']) {
		return planImport(readApkg(spanishDeck(), sqlite).questions, origin).questions.map((q, i) => ({
			...q,
			id: `u-c:q-${i + 1}`,
			anki: keep(q.anki!)
		}));
	}

	it('stores the note type and deck a course imported before v14 lacks, said as an update', () => {
		const before = stored((anki) => ({ guid: anki.guid }));
		const plan = planImport(readApkg(spanishDeck(), sqlite).questions, origin, before);
		expect(plan.unchanged).toBe(0);
		expect(plan.updates).toHaveLength(6);
		expect(plan.updates[0].changes.map(changeWords)).toEqual([
			'Anki note type: added “Basic (and reversed card)”',
			'Anki deck: added “Spanish::Vocab 1”'
		]);
		expect(plan.updates[0].question.anki?.noteType?.fields).toEqual(['Front', 'Back']);
	});

	it('finds a deck it holds as it is unchanged, and a field edited in Anki only in its HTML changed', () => {
		const same = stored((anki) => anki);
		expect(planImport(readApkg(spanishDeck(), sqlite).questions, origin, same).unchanged).toBe(6);
		const older = stored((anki) => ({ ...anki, fields: ['<b>el perro</b>', 'the dog'] }));
		const plan = planImport(readApkg(spanishDeck(), sqlite).questions, origin, older);
		expect(plan.updates[0].changes.map(changeWords)).toEqual(['Anki fields: “Front” changed']);
	});
});
