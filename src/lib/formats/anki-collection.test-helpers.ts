import { zipSync } from 'fflate';
import type { SqlJsStatic, SqlValue } from 'sql.js';

/**
 * A made-up Anki package for tests, in the legacy schema Anki writes with "Support older Anki
 * versions" (`collection.anki21`: note types, decks and configuration as JSON in `col`), with
 * the full `cards` and `revlog` columns, so scheduling history can be read from it.
 */

export interface FixtureNote {
	id: number;
	guid: string;
	/** 1 Basic, 2 Basic (and reversed card), 3 Cloze, or an id of the package's own `models`. */
	mid: number;
	fields: string[];
	/** Anki's `notes.tags`, as Anki writes them: space-separated, with a space either side. */
	tags?: string;
}

export interface FixtureCard {
	id: number;
	nid: number;
	ord: number;
	/** Its deck (default 1). */
	did?: number;
	/** 0 new, 1 learning, 2 review, 3 relearning. */
	type: number;
	queue: number;
	due: number;
	ivl?: number;
	reps?: number;
	lapses?: number;
	/** `cards.left`: learning steps left (Anki's `today * 1000 + left`). */
	left?: number;
	/** `cards.data`, e.g. `{"s":12.5,"d":5.1}` (Anki's FSRS memory state). */
	data?: string;
	odue?: number;
	odid?: number;
}

export interface FixtureRevlog {
	/** When (ms): Anki's revlog id. */
	id: number;
	cid: number;
	ease: number;
	/** 0 learning, 1 review, 2 relearning, 3 filtered (cram), 4 manual, 5 rescheduled. */
	type: number;
	factor?: number;
	time?: number;
}

/** Anki's stock note types as a legacy `col.models` holds them (ids 1–4). */
export const MODELS = {
	'1': {
		name: 'Basic',
		type: 0,
		flds: [{ name: 'Front' }, { name: 'Back' }],
		tmpls: [{ name: 'Card 1', qfmt: '{{Front}}' }]
	},
	'2': {
		name: 'Basic (and reversed card)',
		type: 0,
		flds: [{ name: 'Front' }, { name: 'Back' }],
		tmpls: [
			{ name: 'Card 1', qfmt: '{{Front}}' },
			{ name: 'Card 2', qfmt: '{{Back}}' }
		]
	},
	'3': {
		name: 'Cloze',
		type: 1,
		flds: [{ name: 'Text' }, { name: 'Back Extra' }],
		tmpls: [{ name: 'Cloze', qfmt: '{{cloze:Text}}' }]
	},
	'4': {
		name: 'Basic (type in the answer)',
		type: 0,
		flds: [{ name: 'Front' }, { name: 'Back' }],
		tmpls: [{ name: 'Card 1', qfmt: '{{Front}}{{type:Back}}' }]
	}
};

/**
 * An `.apkg` (zip bytes) holding the collection. `crt` is the creation time (s); `conf` is
 * `col.conf` (`rollover`, `creationOffset`).
 */
export function ankiPackage(
	sqlite: SqlJsStatic,
	input: {
		crt: number;
		conf?: Record<string, unknown>;
		notes: FixtureNote[];
		cards: FixtureCard[];
		revlog?: FixtureRevlog[];
		/** The name of the deck every card is in (deck 1); default Anki's `Default`. */
		deck?: string;
		/** `col.models` (default `MODELS`, Anki's stock note types). */
		models?: Record<string, unknown>;
		/** `col.decks` by id (default deck 1, named `deck`). */
		decks?: Record<string, { name: string }>;
		/** SQL making a hand-made deck's `revlog` table and rows, instead of Anki's table and `revlog`. */
		revlogSql?: string;
	}
): Uint8Array {
	const db = new sqlite.Database();
	db.run(`CREATE TABLE col (id integer primary key, crt integer, mod integer, scm integer, ver integer, dty integer, usn integer, ls integer, conf text, models text, decks text, dconf text, tags text);
		CREATE TABLE notes (id integer primary key, guid text, mid integer, mod integer, usn integer, tags text, flds text, sfld text, csum integer, flags integer, data text);
		CREATE TABLE cards (id integer primary key, nid integer, did integer, ord integer, mod integer, usn integer, type integer, queue integer, due integer, ivl integer, factor integer, reps integer, lapses integer, left integer, odue integer, odid integer, flags integer, data text);
		${input.revlogSql ?? 'CREATE TABLE revlog (id integer primary key, cid integer, usn integer, ease integer, ivl integer, lastIvl integer, factor integer, time integer, type integer);'}`);
	db.run('INSERT INTO col VALUES (1, ?, 0, 0, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
		input.crt,
		JSON.stringify(input.conf ?? {}),
		JSON.stringify(input.models ?? MODELS),
		JSON.stringify(input.decks ?? { '1': { name: input.deck ?? 'Default' } }),
		'{}',
		'{}'
	]);
	// One transaction and one prepared statement per table: a statement each, in its own
	// transaction, made the 30,000-note deck of import.spec.ts cost 11.7 s of CPU in Node.
	const insert = (sql: string, rows: SqlValue[][]) => {
		const statement = db.prepare(sql);
		for (const row of rows) statement.run(row);
		statement.free();
	};
	db.run('BEGIN');
	insert(
		'INSERT INTO notes VALUES (?, ?, ?, 0, 0, ?, ?, ?, 0, 0, ?)',
		input.notes.map((note) => [
			note.id,
			note.guid,
			note.mid,
			note.tags ?? '',
			note.fields.join('\x1f'),
			note.fields[0],
			''
		])
	);
	insert(
		'INSERT INTO cards VALUES (?, ?, ?, ?, 0, 0, ?, ?, ?, ?, 2500, ?, ?, ?, ?, ?, 0, ?)',
		input.cards.map((c) => [
			c.id,
			c.nid,
			c.did ?? 1,
			c.ord,
			c.type,
			c.queue,
			c.due,
			c.ivl ?? 0,
			c.reps ?? 0,
			c.lapses ?? 0,
			c.left ?? 0,
			c.odue ?? 0,
			c.odid ?? 0,
			c.data ?? ''
		])
	);
	if (!input.revlogSql)
		insert(
			'INSERT INTO revlog VALUES (?, ?, 0, ?, 0, 0, ?, ?, ?)',
			(input.revlog ?? []).map((r) => [
				r.id,
				r.cid,
				r.ease,
				r.factor ?? 2500,
				r.time ?? 8000,
				r.type
			])
		);
	db.run('COMMIT');
	const bytes = db.export();
	db.close();
	return zipSync({ 'collection.anki21': bytes, media: new TextEncoder().encode('{}') });
}

/** Runs `body` with the process in time zone `zone` (the shared helper). */
export { inZone } from '$lib/srs/zone.test-helpers';

/** Created at 02:30 in Belgrade (UTC+1) on 10 January 2026: before Anki's 4 AM rollover. */
export const CRT = Date.UTC(2026, 0, 10, 1, 30) / 1000;
/** A local Belgrade time in January 2026 (UTC+1), as ms. */
export const at = (day: number, hour: number, minute = 0) =>
	Date.UTC(2026, 0, day, hour - 1, minute);

/** The revlog of card 11 (a Basic note): learned, a review, a lapse, relearned; then noise. */
export const LOG_A: FixtureRevlog[] = [
	{ id: at(10, 20), cid: 11, ease: 1, type: 0 },
	{ id: at(10, 20, 10), cid: 11, ease: 3, type: 0 },
	{ id: at(11, 23, 30), cid: 11, ease: 3, type: 1 },
	// 01:30 the next calendar day: still study day 11 (rollover 4 AM).
	{ id: at(12, 1, 30), cid: 11, ease: 3, type: 1 },
	{ id: at(20, 19), cid: 11, ease: 1, type: 1 },
	{ id: at(20, 19, 10), cid: 11, ease: 3, type: 2 },
	// Cramming in a filtered deck that does not reschedule (factor 0) and a "set due date" are
	// not answers FSRS learns from.
	{ id: at(25, 9), cid: 11, ease: 3, type: 3, factor: 0 },
	{ id: at(26, 9), cid: 11, ease: 0, type: 4, factor: 2500 }
];

/** A made-up deck: Basic (card 11), reversed (21 reset to new then relearned), Cloze (32). */
export function historyDeck(sqlite: SqlJsStatic, extra: FixtureRevlog[] = []): Uint8Array {
	return ankiPackage(sqlite, {
		crt: CRT,
		conf: { rollover: 4, creationOffset: -60 },
		notes: [
			{ id: 1, guid: 'gA', mid: 1, fields: ['Capital of Kosovo?', 'Pristina'] },
			{ id: 2, guid: 'gB', mid: 2, fields: ['KFOR', 'NATO-led force'] },
			{ id: 3, guid: 'gC', mid: 3, fields: ['{{c1::Turkey}} led KFOR in {{c2::2024}}.', ''] }
		],
		cards: [
			{ id: 11, nid: 1, ord: 0, type: 2, queue: 2, due: 40, ivl: 20, lapses: 1 },
			{ id: 20, nid: 2, ord: 0, type: 0, queue: 0, due: 1 },
			{ id: 21, nid: 2, ord: 1, type: 1, queue: 1, due: Date.UTC(2026, 0, 27, 9) / 1000 },
			{ id: 31, nid: 3, ord: 0, type: 0, queue: 0, due: 2 },
			{ id: 32, nid: 3, ord: 1, type: 2, queue: 2, due: 45, data: '{"s":12.5,"d":5.1,"dr":0.9}' }
		],
		revlog: [
			...LOG_A,
			{ id: at(12, 9), cid: 21, ease: 3, type: 0 },
			{ id: at(13, 9), cid: 21, ease: 3, type: 1 },
			{ id: at(14, 9), cid: 21, ease: 0, type: 4, factor: 0 },
			{ id: at(27, 8, 50), cid: 21, ease: 1, type: 0 },
			{ id: at(15, 9), cid: 32, ease: 4, type: 0 },
			...extra
		]
	});
}

/** A deck of `notes` Basic notes with longer backs (about 670 bytes a note), each answered once. */
export function bigDeck(sqlite: SqlJsStatic, notes: number): Uint8Array {
	const filler = ' — a longer answer, as decks with explanations have'.repeat(12);
	return ankiPackage(sqlite, {
		crt: CRT,
		notes: Array.from({ length: notes }, (_, i) => ({
			id: i + 1,
			guid: `g${i}`,
			mid: 1 as const,
			fields: [`Question ${i}?`, `Answer ${i}${filler}`]
		})),
		cards: Array.from({ length: notes }, (_, i) => ({
			id: i + 1,
			nid: i + 1,
			ord: 0,
			type: 2,
			queue: 2,
			due: 10
		})),
		revlog: Array.from({ length: notes }, (_, i) => ({
			id: at(11, 9) + i * 1000,
			cid: i + 1,
			ease: 3,
			type: 0
		}))
	});
}

const DAY_MS = 86_400_000;

/**
 * The outsider student's deck (task anki26), made for `now` (ms): deck "Serbian vocab::Basics",
 * 5 Basic cards, 2 of them reviewed 5 times 30 days apart (card 1 last 30 days ago, due in Anki
 * yesterday; card 2 last 20 days ago, due in 10 days), 3 new. Collected 200 days before `now`'s
 * UTC date, at noon UTC (`creationOffset` 0), so Anki's day numbers are UTC dates. `queues`
 * overrides cards' Anki queues (−1 suspended, −2 buried); `extra` adds log entries.
 */
export function studentDeck(
	sqlite: SqlJsStatic,
	now: number,
	options: { extra?: FixtureRevlog[]; queues?: Record<number, number> } = {}
): Uint8Array {
	const today = Math.floor(now / DAY_MS);
	const log = (cid: number, lastDaysAgo: number): FixtureRevlog[] =>
		[120, 90, 60, 30, 0].map((before, i) => ({
			id: now - (lastDaysAgo + before) * DAY_MS,
			cid,
			ease: 3,
			type: i === 0 ? 0 : 1,
			time: 6000
		}));
	const words = ['kuća', 'voda', 'hleb', 'grad', 'knjiga'];
	const meanings = ['house', 'water', 'bread', 'city', 'book'];
	const queue = (id: number, own: number) => options.queues?.[id] ?? own;
	return ankiPackage(sqlite, {
		crt: (today - 200) * 86_400 + 12 * 3600,
		conf: { rollover: 4, creationOffset: 0 },
		deck: 'Serbian vocab::Basics',
		notes: words.map((word, i) => ({
			id: i + 1,
			guid: `sv${i + 1}`,
			mid: 1 as const,
			fields: [word, meanings[i]]
		})),
		cards: [
			{ id: 1, nid: 1, ord: 0, type: 2, queue: queue(1, 2), due: 199, ivl: 30, reps: 5 },
			{ id: 2, nid: 2, ord: 0, type: 2, queue: queue(2, 2), due: 210, ivl: 30, reps: 5 },
			...[3, 4, 5].map((id) => ({ id, nid: id, ord: 0, type: 0, queue: queue(id, 0), due: id }))
		],
		revlog: [...log(1, 30), ...log(2, 20), ...(options.extra ?? [])]
	});
}
