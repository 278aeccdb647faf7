import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import type { AnkiNoteTypeFormats, AnkiNoteTypeRef } from '$lib/content/anki-ref';
import { ankiFieldText } from './anki-fields';
import { importedFields, importedType, models, ownModelIds, ownNoteOf } from './apkg-models';
import {
	ankiCardColumns,
	ankiCreation,
	ankiRevlogRows,
	type ExportSchedule
} from './anki-schedule';

export { toAnkiField } from './anki-note';
import { ankiNotes, type AnkiNoteOut } from './anki-notes';
import { noteTags } from './anki-tags';
import { type PortableQuestion } from './portable';
import { deckLevels } from './deck-names';

/**
 * Writes an Anki package (`.apkg`) holding a legacy `collection.anki2` (schema 11, the format
 * every Anki since 2.1 imports, and 2.1.50+ with "Support older Anki versions"): one deck, four
 * note types — Basic, Basic (and reversed card), Basic (type in the answer) and Cloze, each with
 * Explanation and Source fields — and an empty `media` map. A note's GUID is the GUID of the
 * Anki note the question was imported from, else the question's id (`ankiNotes`), so importing
 * the file again updates its notes instead of duplicating them; a reversed card goes back as the
 * second card of its note. Multiple choice and true/false become
 * Basic notes with the choices on the front, as in `writeAnkiText`. The SQLite engine (sql.js)
 * is passed in, so this runs in Node tests and the browser alike.
 */

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null, dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null, dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null, tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null, usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null, factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null, odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null, lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);`;

function deckJson(id: number, name: string, mod: number) {
	return {
		id,
		name,
		mod,
		usn: -1,
		lrnToday: [0, 0],
		revToday: [0, 0],
		newToday: [0, 0],
		timeToday: [0, 0],
		collapsed: false,
		browserCollapsed: false,
		desc: '',
		dyn: 0,
		conf: 1,
		extendNew: 0,
		extendRev: 0
	};
}

/**
 * The collection's decks, by id: the course's deck `deck` (Anki's `Parent::Child`, or this app's
 * "Parent › Child", kept whole, so a course imported from "Spanish::Verbs" goes back as that
 * subdeck; issue 14), each deck an imported note's card was in with its own id (`anki.deck`, so
 * Anki finds the deck it has; anki47), each with its parents as Anki's own export lists them, and
 * Default. New decks are numbered down from `id`, the course's deck first. Returns the JSON and
 * the id of each deck by its whole name.
 */
function collectionDecks(
	deck: string,
	imported: readonly { id: number; name: string }[],
	id: number,
	mod: number
): { json: Record<string, unknown>; ids: Map<string, number> } {
	const ids = new Map<string, number>();
	const used = new Set<number>();
	for (const d of imported) {
		const name = deckLevels(d.name).join('::');
		if (!name || ids.has(name) || used.has(d.id)) continue;
		ids.set(name, d.id);
		used.add(d.id);
	}
	let next = id;
	const add = (levels: readonly string[]) => {
		for (let i = levels.length; i > 0; i--) {
			const name = levels.slice(0, i).join('::');
			if (ids.has(name)) continue;
			while (used.has(next)) next--;
			ids.set(name, next);
			used.add(next);
		}
	};
	const own = deckLevels(deck);
	add(own.length ? own : ['Flashpoint']);
	for (const d of imported) add(deckLevels(d.name));
	const json: Record<string, unknown> = used.has(1) ? {} : { '1': deckJson(1, 'Default', mod) };
	for (const [name, deckId] of ids) json[deckId] = deckJson(deckId, name, mod);
	return { json, ids };
}

const DECK_CONF = {
	id: 1,
	name: 'Default',
	mod: 0,
	usn: 0,
	maxTaken: 60,
	autoplay: true,
	timer: 0,
	replayq: true,
	dyn: false,
	new: { delays: [1, 10], ints: [1, 4, 0], initialFactor: 2500, order: 1, perDay: 20, bury: false },
	rev: { perDay: 200, ease4: 1.3, ivlFct: 1, maxIvl: 36500, bury: false, hardFactor: 1.2 },
	lapse: { delays: [10], mult: 0, minInt: 1, leechFails: 8, leechAction: 1 }
};

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the first field's text. */
async function checksum(text: string): Promise<number> {
	const digest = await crypto.subtle.digest('SHA-1', new TextEncoder().encode(text));
	return new DataView(digest).getUint32(0);
}

/**
 * The imported note type each note goes back as (`importedType`), one definition per id: a
 * note whose note type has the id of another with other field or template names (two Anki
 * collections) goes as Flashpoint's own. An id Flashpoint's own note types use is the imported
 * note type's too (`ownModelIds` moves Flashpoint's).
 */
function importedTypes(notes: readonly AnkiNoteOut[]): Map<AnkiNoteOut, AnkiNoteTypeRef> {
	const byId = new Map<number, AnkiNoteTypeRef>();
	const chosen = new Map<AnkiNoteOut, AnkiNoteTypeRef>();
	const schema = (t: AnkiNoteTypeRef) => JSON.stringify([t.cloze, t.fields, t.templates]);
	for (const note of notes) {
		const type = importedType(note);
		if (!type) continue;
		const first = byId.get(type.id) ?? type;
		byId.set(type.id, first);
		if (schema(first) === schema(type)) chosen.set(note, first);
	}
	return chosen;
}

/** A note's cards with their `ord`: a cloze note's deletions, else the front and any reverse. */
function cardsOf(note: AnkiNoteOut): { ord: number; question: PortableQuestion }[] {
	if (note.cloze) return note.cloze.cards;
	return [note.question, note.reverse].flatMap((question, ord) =>
		question ? [{ ord, question }] : []
	);
}

/**
 * Writes questions as an `.apkg` whose deck is named `deck`. `now` (ms) dates the collection and
 * numbers notes and cards (`now + i`, as Anki's ids are creation times). With `schedules`
 * (by `externalId`: Anki's "Include scheduling information"), each answered card keeps its
 * schedule and review log (`anki-schedule.ts`); without, every card is new. `formats`: the kept
 * card formats and styling of imported note types, by note type id (`AnkiNoteTypeFormats`,
 * anki50), written as Anki had them. Returns the zip's bytes. Every question fits (Anki has a
 * note type for each), so nothing is skipped.
 */
export async function writeApkg(
	questions: readonly PortableQuestion[],
	deck: string,
	sqlite: SqlJsStatic,
	now = Date.now(),
	schedules?: ReadonlyMap<string, ExportSchedule>,
	formats?: ReadonlyMap<number, AnkiNoteTypeFormats>
): Promise<Uint8Array> {
	const db = new sqlite.Database();
	try {
		db.run(SCHEMA);
		const seconds = Math.floor(now / 1000);
		const crt = ankiCreation(now);
		const logged = new Set<number>();
		const notes = ankiNotes(questions, (i) => String(now + i));
		const types = importedTypes(notes);
		const imported = [...new Set(types.values())];
		const ownIds = ownModelIds(new Set(imported.map((type) => type.id)));
		const decks = collectionDecks(
			deck,
			questions.flatMap((q) => (q.anki?.deck ? [q.anki.deck] : [])),
			now,
			seconds
		);
		const deckId = decks.ids.get(deckLevels(deck).join('::') || 'Flashpoint') ?? now;
		const deckOf = (q: PortableQuestion) =>
			(q.anki?.deck && decks.ids.get(deckLevels(q.anki.deck.name).join('::'))) || deckId;
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			crt,
			now,
			now,
			JSON.stringify({ nextPos: questions.length + 1, curDeck: deckId, activeDecks: [deckId] }),
			JSON.stringify(models(deckId, seconds, imported, formats, ownIds)),
			JSON.stringify(decks.json),
			JSON.stringify({ '1': DECK_CONF }),
			'{}'
		]);
		let position = 0;
		for (const [n, note] of notes.entries()) {
			const q = note.question;
			const type = types.get(note);
			const { mid, fields: html } = type
				? { mid: type.id, fields: importedFields(note, type) }
				: ownNoteOf(note, ownIds);
			const sortField = ankiFieldText(html[0] ?? '');
			const tags = noteTags(q);
			const id = now + n;
			db.run('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)', [
				id,
				note.guid,
				mid,
				seconds,
				tags ? ` ${tags} ` : '',
				html.join('\x1f'),
				sortField,
				await checksum(sortField),
				''
			]);
			for (const { ord, question: card } of cardsOf(note)) {
				// Card ids after every note id: unique, and still creation times.
				const cardId = now + notes.length + position;
				position++;
				const schedule = card.externalId ? schedules?.get(card.externalId) : undefined;
				const c = ankiCardColumns(schedule, crt, position);
				db.run('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)', [
					cardId,
					id,
					deckOf(card),
					ord,
					seconds,
					c.type,
					c.queue,
					c.due,
					c.ivl,
					c.factor,
					c.reps,
					c.lapses,
					c.left,
					c.data
				]);
				if (c.type === 0 || !schedule) continue;
				for (const r of ankiRevlogRows(schedule, logged))
					db.run('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)', [
						r.id,
						cardId,
						r.ease,
						r.ivl,
						r.lastIvl,
						r.factor,
						r.time,
						r.type
					]);
			}
		}
		const collection = db.export();
		const enc = new TextEncoder();
		return zipSync({ 'collection.anki2': collection, media: enc.encode('{}') });
	} finally {
		db.close();
	}
}
