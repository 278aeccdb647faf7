import { zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { ankiExplanation, ankiNote, flashpointField, toAnkiField } from './anki-note';
import {
	ankiCardColumns,
	ankiCreation,
	ankiRevlogRows,
	type ExportSchedule
} from './anki-schedule';

export { toAnkiField } from './anki-note';
import { ankiNotes, type AnkiNoteOut } from './anki-notes';
import { ankiTag } from './anki-text';
import { deckLevels, type PortableQuestion } from './portable';

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

/** Note type ids: fixed, so a second export updates the same note types in Anki. */
const MODEL_IDS = {
	basic: 1_700_000_000_001,
	typed: 1_700_000_000_002,
	cloze: 1_700_000_000_003,
	reversed: 1_700_000_000_004
};
const CSS =
	'.card { font-family: arial; font-size: 20px; text-align: center; color: black; background-color: white; }';

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

function field(name: string, ord: number) {
	return { name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] };
}

function template(name: string, qfmt: string, afmt: string, ord = 0) {
	return { name, ord, qfmt, afmt, bqfmt: '', bafmt: '', did: null };
}

/** The three note types as schema-11 JSON (`col.models`), keyed by id. */
function models(deckId: number, mod: number) {
	const common = (id: number, name: string, type: 0 | 1) => ({
		id,
		name,
		type,
		mod,
		usn: -1,
		sortf: 0,
		did: deckId,
		css: CSS,
		latexPre: '\\documentclass[12pt]{article}\n\\begin{document}\n',
		latexPost: '\\end{document}',
		tags: [],
		vers: [],
		req: [[0, 'any', [0]]]
	});
	const extra = '{{#Explanation}}<br><br>{{Explanation}}{{/Explanation}}';
	return {
		[MODEL_IDS.basic]: {
			...common(MODEL_IDS.basic, 'Flashpoint Basic', 0),
			flds: ['Front', 'Back', 'Explanation', 'Source', 'Flashpoint'].map(field),
			tmpls: [template('Card 1', '{{Front}}', `{{FrontSide}}<hr id=answer>{{Back}}${extra}`)]
		},
		[MODEL_IDS.reversed]: {
			...common(MODEL_IDS.reversed, 'Flashpoint Basic (and reversed card)', 0),
			flds: ['Front', 'Back', 'Explanation', 'Source', 'Flashpoint'].map(field),
			tmpls: [
				template('Card 1', '{{Front}}', `{{FrontSide}}<hr id=answer>{{Back}}${extra}`),
				template('Card 2', '{{Back}}', `{{FrontSide}}<hr id=answer>{{Front}}${extra}`, 1)
			],
			req: [
				[0, 'any', [0]],
				[1, 'any', [1]]
			]
		},
		[MODEL_IDS.typed]: {
			...common(MODEL_IDS.typed, 'Flashpoint Basic (type in the answer)', 0),
			flds: ['Front', 'Back', 'Explanation', 'Source', 'Flashpoint'].map(field),
			tmpls: [
				template(
					'Card 1',
					'{{Front}}\n\n{{type:Back}}',
					`{{Front}}<hr id=answer>{{type:Back}}${extra}`
				)
			]
		},
		[MODEL_IDS.cloze]: {
			...common(MODEL_IDS.cloze, 'Flashpoint Cloze', 1),
			flds: ['Text', 'Back Extra', 'Source', 'Flashpoint'].map(field),
			tmpls: [template('Cloze', '{{cloze:Text}}', '{{cloze:Text}}<br>{{Back Extra}}')]
		}
	};
}

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
 * The collection's decks: Default, the deck named `deck` (Anki's `Parent::Child`, or this app's
 * "Parent › Child", kept whole, so a course imported from "Spanish::Verbs" goes back as that
 * subdeck; issue 14) and each of its
 * parents, as Anki's own export lists them, the parents numbered just below `id`.
 */
function decksJson(deck: string, id: number, mod: number): Record<string, unknown> {
	const parts = deckLevels(deck);
	const names = parts.length ? parts : ['Flashpoint'];
	const decks: Record<string, unknown> = { '1': deckJson(1, 'Default', mod) };
	names.forEach((_, i) => {
		const deckId = id - (names.length - 1 - i);
		decks[deckId] = deckJson(deckId, names.slice(0, i + 1).join('::'), mod);
	});
	return decks;
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

/** One note's fields and note type, in the order the note type lists its fields. */
function noteOf(note: AnkiNoteOut): { mid: number; fields: string[] } {
	const q = note.question;
	const [front, back, kind] = ankiNote(q);
	const source = q.quote ?? '';
	const explanation = ankiExplanation(q);
	// What a Basic note cannot hold (choices, true/false, alternatives), read back by `readApkg`;
	// of a single card only (a note of several deletions is read as Anki makes its cards).
	const flashpoint = (note.cloze?.cards.length ?? 1) > 1 ? '' : flashpointField(q);
	if (kind === 'Cloze')
		return {
			mid: MODEL_IDS.cloze,
			fields: [note.cloze?.text ?? front, explanation, source, flashpoint]
		};
	const mid = note.reverse
		? MODEL_IDS.reversed
		: kind === 'Basic'
			? MODEL_IDS.basic
			: MODEL_IDS.typed;
	return { mid, fields: [front, back, explanation, source, flashpoint] };
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
 * schedule and review log (`anki-schedule.ts`); without, every card is new. Returns the zip's
 * bytes. Every question fits (Anki has a note type for each), so nothing is skipped.
 */
export async function writeApkg(
	questions: readonly PortableQuestion[],
	deck: string,
	sqlite: SqlJsStatic,
	now = Date.now(),
	schedules?: ReadonlyMap<string, ExportSchedule>
): Promise<Uint8Array> {
	const db = new sqlite.Database();
	try {
		db.run(SCHEMA);
		const deckId = now;
		const seconds = Math.floor(now / 1000);
		const crt = ankiCreation(now);
		const logged = new Set<number>();
		db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
			crt,
			now,
			now,
			JSON.stringify({ nextPos: questions.length + 1, curDeck: deckId, activeDecks: [deckId] }),
			JSON.stringify(models(deckId, seconds)),
			JSON.stringify(decksJson(deck, deckId, seconds)),
			JSON.stringify({ '1': DECK_CONF }),
			'{}'
		]);
		const notes = ankiNotes(questions, (i) => String(now + i));
		let position = 0;
		for (const [n, note] of notes.entries()) {
			const q = note.question;
			const { mid, fields } = noteOf(note);
			const html = fields.map(toAnkiField);
			const tags = q.topics.map(ankiTag).join(' ');
			const id = now + n;
			db.run('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)', [
				id,
				note.guid,
				mid,
				seconds,
				tags ? ` ${tags} ` : '',
				html.join('\x1f'),
				fields[0],
				await checksum(fields[0]),
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
					deckId,
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
