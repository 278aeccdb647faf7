import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import {
	ankiPackage,
	at,
	CRT,
	historyDeck,
	inZone,
	studentDeck
} from './anki-collection.test-helpers';
import { ankiCreationDate, ankiDueTime, NO_ANSWERS, NO_HISTORY } from './apkg-history';
import { HISTORY_UNREADABLE, readApkg } from './apkg';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const BELGRADE = 'Europe/Belgrade';

describe('Anki day numbers', () => {
	it('count from the creation date where the collection was made, not its study day', async () => {
		// Anki (rslib scheduler/timing.rs) counts calendar dates from crt: 02:30 on the 10th is
		// day 0 though it is before the rollover; day 40 is 19 February.
		const clock = { crt: CRT, creationOffset: -60 };
		await inZone(BELGRADE, () => {
			expect(ankiCreationDate(clock)).toBe('2026-01-10');
			expect(new Date(ankiDueTime(clock, 40)).toISOString()).toBe('2026-02-19T03:00:00.000Z');
		});
		// Studied now in New York: the same day, starting at 4 AM there.
		await inZone('America/New_York', () => {
			expect(ankiCreationDate(clock)).toBe('2026-01-10');
			expect(new Date(ankiDueTime(clock, 40)).toISOString()).toBe('2026-02-19T09:00:00.000Z');
		});
	});

	it('read crt in the present time zone when the collection has no creationOffset', async () => {
		await inZone('Asia/Tokyo', () => {
			// 01:30 UTC is 10:30 in Tokyo: still the 10th.
			expect(ankiCreationDate({ crt: CRT })).toBe('2026-01-10');
		});
		await inZone('America/Los_Angeles', () => {
			expect(ankiCreationDate({ crt: CRT })).toBe('2026-01-09');
		});
	});
});

describe('readApkg scheduling history', () => {
	it('reads each answered card’s answers, due date and memory state', async () => {
		await inZone(BELGRADE, () => {
			const result = readApkg(historyDeck(sqlite), sqlite);
			expect(result.questions.map((q) => q.externalId)).toEqual([
				'gA',
				'gB',
				'gB#r',
				'gC#c1',
				'gC#c2'
			]);
			const history = new Map(result.history?.map((h) => [h.externalId, h]));
			expect([...history.keys()]).toEqual(['gA', 'gB#r', 'gC#c2']);
			const a = history.get('gA')!;
			expect(a.answers.map((x) => x.rating)).toEqual([1, 3, 3, 3, 1, 3]);
			expect(a.answers[0]).toEqual({ at: at(10, 20), rating: 1, durationMs: 8000 });
			expect(new Date(a.due!).toISOString()).toBe('2026-02-19T03:00:00.000Z');
			expect(a.memory).toBeUndefined();
			// Reset to new on the 14th: only the answer after it counts; due is a time in seconds.
			const b = history.get('gB#r')!;
			expect(b.answers.map((x) => x.at)).toEqual([at(27, 8, 50)]);
			expect(b.due).toBe(Date.UTC(2026, 0, 27, 9));
			expect(history.get('gC#c2')?.memory).toEqual({ stability: 12.5, difficulty: 5.1 });
		});
	});

	it('reads a package whose cards were never answered as questions only', () => {
		const bytes = ankiPackage(sqlite, {
			crt: CRT,
			notes: [{ id: 1, guid: 'g', mid: 1, fields: ['a', 'b'] }],
			cards: [{ id: 1, nid: 1, ord: 0, type: 0, queue: 0, due: 1 }]
		});
		const result = readApkg(bytes, sqlite);
		expect(result.questions).toHaveLength(1);
		expect(result.history).toBeUndefined();
	});

	it('reads a schema-18 collection, its creationOffset in the config table', async () => {
		const db = new sqlite.Database();
		db.run(`CREATE TABLE col (id integer primary key, crt integer, conf text);
			CREATE TABLE config (KEY text primary key, usn integer, mtime_secs integer, val blob);
			CREATE TABLE notetypes (id integer primary key, name text);
			CREATE TABLE fields (ntid integer, ord integer, name text);
			CREATE TABLE templates (ntid integer, ord integer, name text);
			CREATE TABLE decks (id integer primary key, name text);
			CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text);
			CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, type integer, queue integer, due integer, odue integer, odid integer, data text);
			CREATE TABLE revlog (id integer primary key, cid integer, ease integer, factor integer, time integer, type integer);
			INSERT INTO notetypes VALUES (7, 'Basic');
			INSERT INTO fields VALUES (7, 0, 'Front'), (7, 1, 'Back');
			INSERT INTO templates VALUES (7, 0, 'Card 1');
			INSERT INTO decks VALUES (1, 'Serbia');`);
		db.run('INSERT INTO col VALUES (1, ?, ?)', [CRT, '']);
		// Created in Tokyo (UTC+9, 540 minutes east): crt is already the 10th there.
		db.run("INSERT INTO config VALUES ('creationOffset', 0, 0, ?)", [
			new TextEncoder().encode('-540')
		]);
		db.run('INSERT INTO notes VALUES (1, ?, 7, ?, ?)', [
			'n1',
			'',
			'Capital of Serbia?\x1fBelgrade'
		]);
		db.run('INSERT INTO cards VALUES (5, 1, 1, 0, 2, 2, 3, 0, 0, \'{"s":3.2,"d":6.0}\')');
		db.run('INSERT INTO revlog VALUES (?, 5, 3, 0, 5000, 0)', [at(10, 12)]);
		const apkg = zipSync({ 'collection.anki21': db.export() });
		db.close();
		await inZone(BELGRADE, () => {
			const [card] = readApkg(apkg, sqlite).history ?? [];
			expect(card.externalId).toBe('n1');
			expect(card.answers).toEqual([{ at: at(10, 12), rating: 3, durationMs: 5000 }]);
			expect(card.memory).toEqual({ stability: 3.2, difficulty: 6 });
			expect(new Date(card.due!).toISOString()).toBe('2026-01-13T03:00:00.000Z');
		});
	});
});

// Task anki26 (an outsider student, two years of Anki): 2 of 5 cards reviewed, and the import
// said only "New (5)".
describe('an Anki user’s review history', () => {
	const NOW = Date.UTC(2026, 11, 3, 12);
	const DAY = 86_400_000;

	it('reads each reviewed card’s answers, and says nothing is wrong', () => {
		const result = readApkg(studentDeck(sqlite, NOW), sqlite, undefined, NOW);
		expect(result.questions).toHaveLength(5);
		// Anki's subdeck separator is shown as levels, not as a literal '::'.
		expect(result.title).toBe('Serbian vocab › Basics');
		expect(result.questions[0].topics).toEqual(['Basics']);
		expect(result.history?.map((h) => [h.externalId, h.answers.length])).toEqual([
			['sv1', 5],
			['sv2', 5]
		]);
		expect(result.history?.[0].answers.map((a) => a.rating)).toEqual([3, 3, 3, 3, 3]);
		expect(result.problems).toEqual([]);
		expect(result.notes).toEqual([]);
	});

	it('keeps answers in a filtered deck that reschedules; leaves out cramming and rescheduling', () => {
		const extra = [
			{ id: NOW - 5 * DAY, cid: 1, ease: 2, type: 3, factor: 2500 },
			{ id: NOW - 4 * DAY, cid: 1, ease: 3, type: 3, factor: 0 },
			{ id: NOW - 3 * DAY, cid: 1, ease: 0, type: 5, factor: 2500 },
			{ id: NOW - 2 * DAY, cid: 1, ease: 0, type: 4, factor: 2500 }
		];
		const result = readApkg(studentDeck(sqlite, NOW, { extra }), sqlite, undefined, NOW);
		const answers = result.history?.[0].answers ?? [];
		expect(answers.map((a) => a.rating)).toEqual([3, 3, 3, 3, 3, 2]);
		expect(answers.at(-1)?.at).toBe(NOW - 5 * DAY);
		expect(result.problems).toEqual([]);
	});

	it('refuses answers dated in the future, unknown buttons and kinds, each with one line', () => {
		const extra = [
			{ id: NOW + 2 * DAY, cid: 1, ease: 3, type: 1 },
			{ id: NOW + 3 * DAY, cid: 2, ease: 3, type: 1 },
			{ id: NOW - 2 * DAY, cid: 2, ease: 7, type: 1 },
			{ id: NOW - 1 * DAY, cid: 1, ease: 0, type: 2 },
			{ id: NOW - 3 * DAY, cid: 3, ease: 3, type: 9 },
			// A minute ahead is a clock a little fast, not the future.
			{ id: NOW + 60_000, cid: 3, ease: 3, type: 0 }
		];
		const result = readApkg(studentDeck(sqlite, NOW, { extra }), sqlite, undefined, NOW);
		expect(result.problems.map((p) => p.message)).toEqual([
			'Anki review log: 2 answers dated in the future (2026-12-05, 2026-12-06) were left out; the rest of the history is kept.',
			"Anki review log: 2 answers with a button Anki does not have (ease 0, 7; Anki's are 1–4) were left out; the rest of the history is kept.",
			'Anki review log: 1 entry of a kind Anki does not write (type 9) was left out; the rest of the history is kept.'
		]);
		// Nothing else is lost: every other answer, and every question.
		expect(result.questions).toHaveLength(5);
		expect(result.history?.map((h) => [h.externalId, h.answers.length])).toEqual([
			['sv1', 5],
			['sv2', 5],
			['sv3', 1]
		]);
	});

	it('counts the cards suspended and buried in Anki, and says what happens to them', () => {
		const queues = { 2: -1, 3: -1, 4: -2, 5: -3 };
		const result = readApkg(studentDeck(sqlite, NOW, { queues }), sqlite, undefined, NOW);
		expect(result.notes).toEqual([
			'2 cards suspended in Anki are suspended here too (unsuspend them on the course’s questions list).',
			'2 cards buried in Anki are buried here too, until tomorrow.'
		]);
		expect(result.history).toHaveLength(2);
		// Which ones, answered or not, for the import to hold (issue 12, a student from Anki).
		expect(result.held?.map((h) => h.kind)).toEqual(['suspended', 'suspended', 'buried', 'buried']);
	});

	it('says when a package carries no review history', () => {
		const bytes = ankiPackage(sqlite, {
			crt: CRT,
			notes: [{ id: 1, guid: 'g', mid: 1, fields: ['a', 'b'] }],
			cards: [{ id: 1, nid: 1, ord: 0, type: 0, queue: 0, due: 1 }]
		});
		expect(readApkg(bytes, sqlite).notes).toEqual([NO_HISTORY]);
	});

	it('says only that there is no history when the log is empty, even in a hand-made table', () => {
		// Outsider student (issue 12): a deck built by a script had an empty revlog without
		// Anki's `ease` column, and the preview said both "no review history" and "could not be
		// read". Its suspended cards are still counted.
		const noEase =
			'CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);';
		const deck = (revlogSql: string) =>
			ankiPackage(sqlite, {
				crt: CRT,
				notes: [{ id: 1, guid: 'g', mid: 1, fields: ['a', 'b'] }],
				cards: [{ id: 1, nid: 1, ord: 0, type: 0, queue: -1, due: 1 }],
				revlogSql
			});
		const empty = readApkg(deck(noEase), sqlite);
		expect(empty.history).toBeUndefined();
		expect(empty.notes).toEqual([
			'1 card suspended in Anki is suspended here too (unsuspend them on the course’s questions list).',
			NO_HISTORY
		]);
		// A log with answers in it that cannot be read is still said to be unreadable.
		const unreadable = readApkg(
			deck(`${noEase} INSERT INTO revlog VALUES (1767000000000, 1, 0, 1, 0, 2500, 8000, 0);`),
			sqlite
		);
		expect(unreadable.history).toBeUndefined();
		expect(unreadable.notes).toEqual([HISTORY_UNREADABLE]);
		// The summary line must say so too, not "no review history" (issue 12).
		expect(unreadable.historyGap).toBe('unreadable');
		expect(empty.historyGap).toBeUndefined();
	});

	it('never says a deck has no history when every answer in its log was refused', () => {
		// Issue 12's kind: a line stating what the importer could not know. Every answer of the
		// one answered card dated in the future (a phone's clock a year ahead) was "left out;
		// the rest of the history is kept", beside "This package has no review history".
		const ahead = readApkg(
			ankiPackage(sqlite, {
				crt: CRT,
				notes: [{ id: 1, guid: 'g', mid: 1, fields: ['a', 'b'] }],
				cards: [{ id: 1, nid: 1, ord: 0, type: 2, queue: 2, due: 1 }],
				revlog: [
					{ id: NOW + 365 * DAY, cid: 1, ease: 3, type: 0 },
					{ id: NOW + 366 * DAY, cid: 1, ease: 3, type: 1 }
				]
			}),
			sqlite,
			undefined,
			NOW
		);
		expect(ahead.history).toBeUndefined();
		expect(ahead.historyGap).toBe('refused');
		expect(ahead.notes).not.toContain(NO_HISTORY);
		expect(ahead.problems.map((p) => p.message)).toEqual([
			'Anki review log: 2 answers dated in the future (2027-12-03, 2027-12-04) were left out; no other answer is left, so every card starts as new.'
		]);
	});

	it('says a log holding only cramming or rescheduling entries has no answer, not no history', () => {
		const crammed = readApkg(
			ankiPackage(sqlite, {
				crt: CRT,
				notes: [{ id: 1, guid: 'g', mid: 1, fields: ['a', 'b'] }],
				cards: [{ id: 1, nid: 1, ord: 0, type: 0, queue: 0, due: 1 }],
				revlog: [
					{ id: NOW - 2 * DAY, cid: 1, ease: 3, type: 3, factor: 0 },
					{ id: NOW - DAY, cid: 1, ease: 0, type: 4, factor: 2500 }
				]
			}),
			sqlite,
			undefined,
			NOW
		);
		expect(crammed.history).toBeUndefined();
		expect(crammed.historyGap).toBe('no-answers');
		expect(crammed.notes).toEqual([NO_ANSWERS]);
		expect(crammed.problems).toEqual([]);
	});
});
