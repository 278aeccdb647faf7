import { zipSync } from 'fflate';
import initSqlJs, { type SqlJsStatic } from 'sql.js';
import { beforeAll, describe, expect, it } from 'vitest';
import { MODELS } from './anki-collection.test-helpers';
import { NO_HISTORY } from './apkg-history';
import { ApkgError, readApkg } from './apkg';

let sqlite: SqlJsStatic;
beforeAll(async () => {
	sqlite = await initSqlJs();
});

const F = '\x1f';

/** A made-up deck in the legacy schema (collection.anki2/anki21: note types as JSON in `col`). */
function legacyCollection(
	notes: [id: number, guid: string, mid: number, tags: string, fields: string[]][]
) {
	const db = new sqlite.Database();
	db.run(`CREATE TABLE col (id integer primary key, models text, decks text);
		CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld text, csum integer, flags integer, data text);
		CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer);`);
	const decks = { '1': { name: 'Default' }, '10': { name: 'History::Balkans' } };
	db.run('INSERT INTO col VALUES (1, ?, ?)', [JSON.stringify(MODELS), JSON.stringify(decks)]);
	for (const [id, guid, mid, tags, fields] of notes) {
		db.run('INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)', [
			id,
			guid,
			mid,
			tags,
			fields.join(F),
			fields[0],
			''
		]);
		db.run('INSERT INTO cards VALUES (?, ?, 10, 0)', [id * 10, id]);
	}
	const bytes = db.export();
	db.close();
	return bytes;
}

const NOTES: Parameters<typeof legacyCollection>[0] = [
	[1, 'gA', 1, ' capitals ', ['Capital of <b>Kosovo</b>?', 'Pristina<img src="1.png">']],
	[2, 'gB', 2, '', ['KFOR', 'NATO-led force']],
	[3, 'gC', 3, 'kfor', ['{{c1::Turkey}} took over KFOR in {{c2::2024}}.', 'October']],
	[4, 'gD', 4, '', ['Year of independence?', '2008']],
	[7, 'gF', 1, '', ['Two lines<br>in one field', 'First<div>second</div>']],
	[5, 'gD', 1, '', ['Duplicate', 'note']],
	[6, 'gE', 1, '', ['', '']]
];

/** Wraps bytes in a zstd frame of raw (stored) blocks (RFC 8878 §3.1): enough to test reading. */
function zstdStored(data: Uint8Array): Uint8Array {
	const blocks: number[] = [
		0x28,
		0xb5,
		0x2f,
		0xfd,
		0xa0,
		...new Uint8Array(new Uint32Array([data.length]).buffer)
	];
	const MAX = 128 * 1024;
	for (let at = 0; at < data.length || at === 0; at += MAX) {
		const chunk = data.subarray(at, at + MAX);
		const last = at + MAX >= data.length ? 1 : 0;
		const header = (chunk.length << 3) | last;
		blocks.push(header & 0xff, (header >> 8) & 0xff, (header >> 16) & 0xff, ...chunk);
		if (!data.length) break;
	}
	return new Uint8Array(blocks);
}

describe('readApkg', () => {
	it('reads a legacy deck as Anki makes cards, with deck and tags as topics', () => {
		const apkg = zipSync({
			'collection.anki2': legacyCollection(NOTES),
			media: new TextEncoder().encode('{"0":"1.png"}'),
			'0': new Uint8Array([1])
		});
		const result = readApkg(apkg, sqlite);
		expect(result.questions.map((q) => [q.externalId, q.type, q.prompt, q.answer])).toEqual([
			['gA', 'flashcard', 'Capital of Kosovo?', 'Pristina'],
			['gB', 'flashcard', 'KFOR', 'NATO-led force'],
			['gB#r', 'flashcard', 'NATO-led force', 'KFOR'],
			['gC#c1', 'cloze', '____ took over KFOR in 2024.', 'Turkey'],
			['gC#c2', 'cloze', 'Turkey took over KFOR in ____.', '2024'],
			['gD', 'short', 'Year of independence?', '2008'],
			// Anki's line breaks stay line breaks (outsider, issue 12: "<br>" became a space).
			['gF', 'flashcard', 'Two lines\nin one field', 'First\nsecond']
		]);
		expect(result.questions[0].topics).toEqual(['Balkans', 'capitals']);
		expect(result.questions[3].explanation).toBe('October');
		expect(result.notes).toEqual([
			NO_HISTORY,
			'1 media file was left out (images and sound are not imported).'
		]);
		expect(result.problems.map((p) => p.message)).toEqual([
			expect.stringMatching(/Note 5 repeats another note/),
			expect.stringMatching(/Note 6 \(Basic\) has no front and back/)
		]);
	});

	it('reads the shape of a collection written by a 2023 Anki: unicase names, protobuf settings, nested decks', () => {
		// Anki's schema-18 tables as a real collection has them (a GPL collection from a 2023 Anki
		// failed to read: sql.js has no `unicase` collation). Built with `nocase`, then declared
		// `unicase` as Anki declares it.
		const db = new sqlite.Database();
		db.run(`CREATE TABLE notetypes (id integer NOT NULL PRIMARY KEY, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL);
			CREATE UNIQUE INDEX idx_notetypes_name ON notetypes (name);
			CREATE TABLE fields (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE nocase, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
			CREATE UNIQUE INDEX idx_fields_name_ntid ON fields (name, ntid);
			CREATE TABLE templates (ntid integer NOT NULL, ord integer NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, config blob NOT NULL, PRIMARY KEY (ntid, ord)) without rowid;
			CREATE UNIQUE INDEX idx_templates_name_ntid ON templates (name, ntid);
			CREATE TABLE decks (id integer PRIMARY KEY NOT NULL, name text NOT NULL COLLATE nocase, mtime_secs integer NOT NULL, usn integer NOT NULL, common blob NOT NULL, kind blob NOT NULL);
			CREATE UNIQUE INDEX idx_decks_name ON decks (name);
			CREATE TABLE tags (tag text NOT NULL PRIMARY KEY COLLATE nocase, usn integer NOT NULL, collapsed boolean NOT NULL, config blob NULL) without rowid;
			CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text);
			CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer);`);
		const utf8 = (text: string) => [...new TextEncoder().encode(text)];
		// NotetypeConfig: field 1 (kind) = 1 for cloze, left out for a normal type; field 3 = css.
		const cssOnly = new Uint8Array([0x1a, 2, ...utf8('{}')]);
		const clozeKind = new Uint8Array([0x08, 0x01, 0x1a, 2, ...utf8('{}')]);
		// CardTemplate config: field 1 = question format, field 2 = answer format.
		const template = (front: string) =>
			new Uint8Array([0x0a, utf8(front).length, ...utf8(front), 0x12, 1, ...utf8('-')]);
		db.run('INSERT INTO notetypes VALUES (7, ?, 0, 0, ?), (8, ?, 0, 0, ?)', [
			'Grundlegend (Antwort eintippen)',
			cssOnly,
			'Lückentext',
			clozeKind
		]);
		db.run(`INSERT INTO fields VALUES (7, 0, 'Vorderseite', x''), (7, 1, 'Rückseite', x''),
			(8, 0, 'Text', x''), (8, 1, 'Rückseite Extra', x'')`);
		db.run('INSERT INTO templates VALUES (7, 0, ?, 0, 0, ?), (8, 0, ?, 0, 0, ?)', [
			'Karte 1',
			template('{{Vorderseite}} {{type:Rückseite}}'),
			'Lückentext',
			template('{{cloze:Text}}')
		]);
		db.run(`INSERT INTO decks VALUES (1, 'Standard', 0, 0, x'', x''), (2, 'Geschichte' || char(31) || 'Balkan', 0, 0, x'', x'');
			INSERT INTO tags VALUES ('Kosovo', 0, 0, NULL);`);
		db.run('INSERT INTO notes VALUES (1, ?, 7, ?, ?), (2, ?, 8, ?, ?)', [
			'n1',
			'Kosovo',
			`Hauptstadt des Kosovo?${F}Pristina`,
			'n2',
			'',
			`{{c1::Pristina}} ist die Hauptstadt.${F}`
		]);
		db.run('INSERT INTO cards VALUES (1, 1, 2, 0), (2, 2, 2, 0)');
		db.exec(`PRAGMA writable_schema=ON;
			UPDATE sqlite_master SET sql = replace(sql, 'COLLATE nocase', 'COLLATE unicase');`);
		const apkg = zipSync({ 'collection.anki21b': zstdStored(db.export()) });
		db.close();
		const { questions, problems, noteTypes } = readApkg(apkg, sqlite);
		expect(problems).toEqual([]);
		expect(questions.map((q) => [q.type, q.prompt, q.answer, q.topics])).toEqual([
			['short', 'Hauptstadt des Kosovo?', 'Pristina', ['Balkan', 'Kosovo']],
			['cloze', '____ ist die Hauptstadt.', 'Pristina', ['Balkan']]
		]);
		// Each note type's formats and styling, from the protobuf settings (anki50).
		expect(noteTypes).toEqual([
			{
				id: 7,
				css: '{}',
				templates: [{ name: 'Karte 1', front: '{{Vorderseite}} {{type:Rückseite}}', back: '-' }]
			},
			{ id: 8, css: '{}', templates: [{ name: 'Lückentext', front: '{{cloze:Text}}', back: '-' }] }
		]);
	});

	it('reads a cloze note type whose text is not its first field, from every field it deletes from', () => {
		// The shape of AnkiDroid's test deck (tools/test-decks/templates.apkg): `name` and `common`
		// come first, `{{cloze:text1}}` … `{{cloze:text11}}` after.
		const models = {
			9: {
				name: 'cloze',
				type: 1,
				flds: ['name', 'common', 'text1', 'text2'].map((name) => ({ name })),
				tmpls: [{ name: 'Cloze', qfmt: '{{common}}\n{{cloze:text1}}\n{{edit:cloze:text2}}' }]
			}
		};
		const db = new sqlite.Database();
		db.run(`CREATE TABLE col (id integer primary key, models text, decks text);
			CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text);
			CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer);`);
		db.run('INSERT INTO col VALUES (1, ?, ?)', [
			JSON.stringify(models),
			'{"1":{"name":"Default"}}'
		]);
		db.run('INSERT INTO notes VALUES (1, ?, 9, ?, ?)', [
			'c9',
			'',
			[
				'Name field',
				'Some common text',
				'I am a {{c1::long}} sentence.',
				'A {{c2::second}} one.'
			].join(F)
		]);
		const apkg = zipSync({ 'collection.anki2': db.export() });
		db.close();
		const { questions, problems } = readApkg(apkg, sqlite);
		expect(problems).toEqual([]);
		expect(questions.map((q) => [q.externalId, q.prompt, q.answer])).toEqual([
			['c9#c1', 'I am a ____ sentence. A second one.', 'long'],
			['c9#c2', 'I am a long sentence. A ____ one.', 'second']
		]);
	});

	it('prefers the zstd collection.anki21b of a new Anki (schema 18 tables)', () => {
		const db = new sqlite.Database();
		db.run(`CREATE TABLE notetypes (id integer primary key, name text);
			CREATE TABLE fields (ntid integer, ord integer, name text);
			CREATE TABLE templates (ntid integer, ord integer, name text);
			CREATE TABLE decks (id integer primary key, name text);
			CREATE TABLE notes (id integer primary key, guid text, mid integer, tags text, flds text);
			CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer);
			INSERT INTO notetypes VALUES (7, 'Basic'), (8, 'Cloze');
			INSERT INTO fields VALUES (7, 0, 'Front'), (7, 1, 'Back'), (8, 0, 'Text'), (8, 1, 'Back Extra');
			INSERT INTO templates VALUES (7, 0, 'Card 1'), (8, 0, 'Cloze');
			INSERT INTO decks VALUES (1, 'Serbia');`);
		db.run('INSERT INTO notes VALUES (1, ?, 7, ?, ?)', [
			'n1',
			'tag',
			`Capital of Serbia?${F}Belgrade`
		]);
		db.run('INSERT INTO notes VALUES (2, ?, 8, ?, ?)', [
			'n2',
			'',
			`{{c1::Belgrade}} is on the Danube.${F}`
		]);
		db.run('INSERT INTO cards VALUES (1, 1, 1, 0), (2, 2, 1, 0)');
		const stub = legacyCollection([
			[
				1,
				's',
				1,
				'',
				['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', '']
			]
		]);
		const apkg = zipSync({
			'collection.anki2': stub,
			'collection.anki21b': zstdStored(db.export())
		});
		db.close();
		const { questions } = readApkg(apkg, sqlite);
		expect(questions.map((q) => [q.type, q.prompt, q.answer, q.topics])).toEqual([
			['flashcard', 'Capital of Serbia?', 'Belgrade', ['Serbia', 'tag']],
			['cloze', '____ is on the Danube.', 'Belgrade', ['Serbia']]
		]);
	});

	it('says exactly why a package cannot be read', () => {
		const expectError = (bytes: Uint8Array, pattern: RegExp) => {
			expect(() => readApkg(bytes, sqlite)).toThrow(ApkgError);
			expect(() => readApkg(bytes, sqlite)).toThrow(pattern);
		};
		expectError(new TextEncoder().encode('Front\tBack'), /not an Anki package/);
		expectError(zipSync({ 'readme.txt': new Uint8Array([1]) }), /no Anki collection/);
		expectError(
			zipSync({ 'collection.anki2': new TextEncoder().encode('not sqlite') }),
			/not a readable Anki database/
		);
		expectError(
			zipSync({ 'collection.anki21b': new Uint8Array([1, 2, 3]) }),
			/cannot be decompressed/
		);
		const stubOnly = legacyCollection([
			[
				1,
				's',
				1,
				'',
				['Please update to the latest Anki version, then import the .colpkg/.apkg file again.', '']
			]
		]);
		expectError(zipSync({ 'collection.anki2': stubOnly }), /newer Anki/);
		const zip = zipSync({ 'collection.anki2': legacyCollection(NOTES) });
		expectError(zip.subarray(0, zip.length / 2), /damaged/);
	});

	// The shape of Anki's own media test package (see README.md: real files tried).
	it('says when a note holds only an image', () => {
		const apkg = zipSync({
			'collection.anki2': legacyCollection([[1, 'g', 1, '', ['<img src="foo.jpg">', '']]])
		});
		expect(readApkg(apkg, sqlite).problems[0].message).toBe(
			'Note 1 (Basic) holds only images or sound, which are not imported.'
		);
	});

	it('reports an empty deck', () => {
		const { problems } = readApkg(zipSync({ 'collection.anki2': legacyCollection([]) }), sqlite);
		expect(problems[0].message).toMatch(/empty/);
	});
});
