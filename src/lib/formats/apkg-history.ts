import type { Database } from 'sql.js';
import { addDays, DEFAULT_ROLLOVER_HOUR, studyDayStart, type StudyDay } from '$lib/srs/day';
import { plural } from '$lib/text/plural';
import { answersOf, refusalLines, type Refused } from './anki-revlog';
import type { ImportProblem, PortableHistory, PortableHold } from './portable';

/**
 * Anki's scheduling history in a collection (legacy `collection.anki2`/`anki21` and schema 18
 * `collection.anki21b` alike): each card's review log (`revlog`), when Anki has it due, and its
 * FSRS memory state when Anki computed one. Plain data for `$lib/courses/import-history.ts`,
 * which replays the answers through this app's ts-fsrs scheduler; nothing here schedules.
 */

/** Rows of a query as objects (sql.js). */
export function rows(db: Database, sql: string): Record<string, unknown>[] {
	const statement = db.prepare(sql);
	const out: Record<string, unknown>[] = [];
	try {
		while (statement.step()) out.push(statement.getAsObject());
	} finally {
		statement.free();
	}
	return out;
}

/** Whether the collection has table `name`. */
export function hasTable(db: Database, name: string): boolean {
	return (
		rows(db, `SELECT name FROM sqlite_master WHERE type='table' AND name='${name}'`).length > 0
	);
}

/**
 * What Anki's day count rests on: `crt` (the collection's creation, seconds) and, for
 * collections using Anki's newer cut-off handling, `creationOffset` (the UTC offset where it
 * was created, minutes west of UTC, as JavaScript's `getTimezoneOffset`).
 */
export interface AnkiClock {
	crt: number;
	creationOffset?: number;
}

/** The calendar date (`YYYY-MM-DD`) Anki counts days from: `crt`'s date where it was made. */
export function ankiCreationDate(clock: AnkiClock): StudyDay {
	const ms = clock.crt * 1000;
	// Without creationOffset (v1 and legacy v2 cut-off), Anki reads crt in the current zone.
	const date =
		clock.creationOffset === undefined
			? new Date(ms)
			: new Date(ms - clock.creationOffset * 60_000);
	const utc = clock.creationOffset !== undefined;
	const y = utc ? date.getUTCFullYear() : date.getFullYear();
	const m = (utc ? date.getUTCMonth() : date.getMonth()) + 1;
	const d = utc ? date.getUTCDate() : date.getDate();
	return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/**
 * When a review card whose Anki `due` is `due` comes due here (ms): the start (this app's
 * rollover, 4 AM local) of the study day `due` days after the collection's creation date.
 *
 * The rule is Anki's (rslib/src/scheduler/timing.rs, `sched_timing_today_v2_new`): "today" is
 * the number of calendar dates between `crt`'s date (in the creation time zone) and now, less
 * one before the rollover hour; a review card is due when "today" reaches its `due`. Day `n`
 * therefore begins at the rollover on the creation date plus `n`. The v1 and legacy-v2 timings
 * (`crt` at the creation day's rollover, days of 86,400 s from it) land on the same date.
 */
export function ankiDueTime(clock: AnkiClock, due: number): number {
	return studyDayStart(addDays(ankiCreationDate(clock), due), DEFAULT_ROLLOVER_HOUR).getTime();
}

/** The collection's clock: `col.crt`, and `creationOffset` from schema 18's `config` or `col.conf`. */
function readClock(db: Database): AnkiClock {
	const [col] = rows(db, 'SELECT * FROM col');
	const clock: AnkiClock = { crt: Number(col?.crt ?? 0) };
	let offset: unknown;
	if (hasTable(db, 'config')) {
		const [row] = rows(db, "SELECT val FROM config WHERE key = 'creationOffset'");
		if (row) offset = JSON.parse(new TextDecoder().decode(row.val as Uint8Array));
	} else if (typeof col?.conf === 'string' && col.conf) {
		offset = (JSON.parse(col.conf) as { creationOffset?: unknown }).creationOffset;
	}
	if (typeof offset === 'number' && Number.isFinite(offset)) clock.creationOffset = offset;
	return clock;
}

/** Anki's card queues: suspended −1, buried −2/−3, new 0, learning 1, review 2, day learning 3. */
function dueOf(card: Record<string, unknown>, clock: AnkiClock): number | undefined {
	// A card in a filtered deck keeps its home deck's due in `odue`.
	const due = Number(Number(card.odid) ? card.odue : card.due);
	const type = Number(card.type);
	if (!Number.isFinite(due) || type === 0) return undefined;
	// Learning cards (type 1, 3) in the intraday queue hold a time in seconds; others a day.
	if ((type === 1 || type === 3) && due > 1_000_000_000) return due * 1000;
	return ankiDueTime(clock, due);
}

/** Anki's FSRS memory state in `cards.data` (`{"s":…, "d":…}`), when present and sane. */
function memoryOf(data: unknown): PortableHistory['memory'] {
	if (typeof data !== 'string' || !data.startsWith('{')) return undefined;
	try {
		const { s, d } = JSON.parse(data) as { s?: unknown; d?: unknown };
		if (typeof s === 'number' && typeof d === 'number' && s > 0 && d >= 1 && d <= 10)
			return { stability: s, difficulty: d };
	} catch {
		// A card without valid JSON data simply has no memory state.
	}
	return undefined;
}

/**
 * One of Anki's card counts (`cards.reps`, `cards.lapses`), when it is one: a whole number from 0
 * to a million (no one answers a card more often); anything else, or a new card's, undefined.
 */
function countOf(value: unknown): number | undefined {
	const n = Number(value);
	return Number.isSafeInteger(n) && n >= 0 && n <= 1_000_000 ? n : undefined;
}

/**
 * The card's state as Anki has it, from its `type` (learning 1, review 2, relearning 3), not its
 * `queue`: a suspended (−1) or buried (−2, −3) card keeps its type, and a day-learning card
 * (queue 3) is type 1 or 3. A new card (type 0) gives undefined: after Anki's "Forget" its log
 * holds no answer (`answersOf` drops those before a reset), so it is never answered here.
 * An outsider's review cards (type 2, queue 2, one log entry each) were imported as learning
 * cards, the state one replayed Good leaves a new card in (session 34).
 */
function stateOf(card: Record<string, unknown>): PortableHistory['state'] {
	const type = Number(card.type);
	return type === 1 || type === 2 || type === 3 ? type : undefined;
}

/** Anki's card queues a card can be in besides new, learning and review. */
const SUSPENDED = -1;
const BURIED = [-2, -3];

/** A collection's history as the import preview tells it. */
export interface AnkiHistory {
	/** Each answered card's answers (oldest first), due date and memory state. */
	cards: PortableHistory[];
	/** One line for each kind of log entry refused (dated in the future, unknown button…). */
	refused: ImportProblem[];
	/** Imported cards suspended in Anki (queue −1) and buried (−2, −3). */
	suspended: number;
	buried: number;
	/** Those cards, by `externalId`, answered or not. */
	held: PortableHold[];
	/** Entries in the review log, whether or not they became answers (0: the deck has no history). */
	logged: number;
}

/**
 * Every card's history, for the cards `questionOf` maps to a question (`note id`, `ord` →
 * `externalId`, undefined for a card not imported), checked at `now` (ms). A card never
 * answered is left out of `cards`. Throws what sql.js throws on a collection without these
 * tables; the caller reads the questions anyway and says the history could not be read.
 */
export function readAnkiHistory(
	db: Database,
	questionOf: (noteId: string, ord: number) => string | undefined,
	now: number = Date.now()
): AnkiHistory {
	const clock = readClock(db);
	const logs = new Map<string, Record<string, unknown>[]>();
	// An empty log is no history whatever its columns: a deck made by hand or by another tool
	// may lack Anki's (an outsider student's had no `ease`, and was told its history was unreadable).
	const entries = rows(db, 'SELECT 1 FROM revlog LIMIT 1').length
		? rows(db, 'SELECT id, cid, ease, factor, time, type FROM revlog ORDER BY id')
		: [];
	for (const entry of entries) {
		const log = logs.get(String(entry.cid));
		if (log) log.push(entry);
		else logs.set(String(entry.cid), [entry]);
	}
	const read: AnkiHistory = {
		cards: [],
		refused: [],
		suspended: 0,
		buried: 0,
		held: [],
		logged: entries.length
	};
	const refused: Refused = new Map();
	// Every column: a hand-made deck may lack `reps` and `lapses` (then the replay counts).
	const cards = rows(db, 'SELECT * FROM cards');
	for (const card of cards) {
		const externalId = questionOf(String(card.nid), Number(card.ord));
		if (!externalId) continue;
		const queue = Number(card.queue);
		if (queue === SUSPENDED) {
			read.suspended++;
			read.held.push({ externalId, kind: 'suspended' });
		} else if (BURIED.includes(queue)) {
			read.buried++;
			read.held.push({ externalId, kind: 'buried' });
		}
		const answers = answersOf(logs.get(String(card.id)) ?? [], now, refused);
		if (!answers.length) continue;
		const due = dueOf(card, clock);
		const memory = memoryOf(card.data);
		const state = stateOf(card);
		const [reps, lapses] = [countOf(card.reps), countOf(card.lapses)];
		read.cards.push({
			externalId,
			answers,
			...(due !== undefined ? { due } : {}),
			...(memory ? { memory } : {}),
			...(state !== undefined ? { state } : {}),
			// A new card's counts are the replay's (Anki's "Forget" may have kept the old ones).
			...(state !== undefined && reps ? { reps } : {}),
			...(state !== undefined && lapses !== undefined ? { lapses } : {})
		});
	}
	read.refused = refusalLines(refused, read.cards.length > 0);
	return read;
}

/** The note for a package without answers (exported, say, without Anki's scheduling). */
export const NO_HISTORY =
	'This package has no review history, so every card starts as new (Anki leaves it out of a deck exported without “Include scheduling information”).';

/**
 * The note for a package whose review log has entries but no answer to any imported card: only
 * cramming, "set due date" or rescheduling entries (not answers, as in Anki's own FSRS), or
 * answers to notes that were not imported. `NO_HISTORY` would say the package has none.
 */
export const NO_ANSWERS =
	'Anki’s review log in this package holds no answer to the cards imported (only entries such as cramming or rescheduling, or answers to notes not imported), so every card starts as new.';

/**
 * What happens to the cards suspended and buried in Anki, as the preview's notes: they are held
 * here too (`ImportResult.held`), unless the person leaves the review history out.
 */
export function queueNotes({ suspended, buried }: AnkiHistory): string[] {
	const are = (n: number) => (n === 1 ? 'is' : 'are');
	return [
		...(suspended
			? [
					`${plural(suspended, 'card')} suspended in Anki ${are(suspended)} suspended here too (unsuspend them on the course’s questions list).`
				]
			: []),
		...(buried
			? [`${plural(buried, 'card')} buried in Anki ${are(buried)} buried here too, until tomorrow.`]
			: [])
	];
}
