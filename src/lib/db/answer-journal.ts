import * as v from 'valibot';
import { Dexie } from 'dexie';
import { recordAnswer, StaleAnswerError, type AnswerInput } from './answers';
import { getDb, type FlashpointDb } from './schema';
import { getStudySettings } from './study-settings';
import { UUID_V7_PATTERN } from './uuid';

/**
 * The pending-answer journal (issue 14, nothing lost): an answer tapped as the tab closes was
 * lost, because its write is one IndexedDB transaction that reads, then writes, and a page
 * closed before it commits aborts it (250 ms later it was kept). So the answer is first written
 * synchronously to this device's `localStorage` (`journalAnswer`, before the transaction
 * starts), removed once the transaction committed or was refused as stale (`forgetAnswer`), and
 * whatever is left is replayed at the next start and on `pageshow` (`replayJournal`).
 *
 * Each entry has its own key, the answer's id (`AnswerInput.uuid`), so two tabs sharing
 * `localStorage` never overwrite each other's. A replay goes through `recordAnswer`, which is
 * idempotent by that id (an answer the log holds is not written again) and refuses an answer
 * whose card has moved on since (another tab answered it: `StaleAnswerError`), so an entry is
 * never counted twice, whichever tab replays it, even while its own tab's write still runs.
 * Storage that refuses (private mode, full) only loses this safety net, never the answer write.
 */

const PREFIX = 'flashpoint-pending-answer:';

const EntrySchema = v.object({
	uuid: v.pipe(v.string(), v.regex(UUID_V7_PATTERN)),
	questionId: v.pipe(v.string(), v.minLength(1)),
	rating: v.picklist([1, 2, 3, 4]),
	answeredAt: v.pipe(v.number(), v.finite()),
	durationMs: v.pipe(v.number(), v.finite(), v.minValue(0)),
	grading: v.picklist(['self', 'auto', 'override']),
	correct: v.nullable(v.boolean()),
	seenLastReview: v.nullable(v.pipe(v.number(), v.finite())),
	previewAt: v.optional(v.pipe(v.number(), v.finite()))
});

/** An answer with its id fixed, as the journal keeps it. */
export type JournaledAnswer = AnswerInput & { uuid: string };

type JournalStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem' | 'key' | 'length'>;

function local(): JournalStorage | null {
	try {
		return typeof localStorage === 'undefined' ? null : localStorage;
	} catch {
		return null;
	}
}

/** Writes `answer` to the journal, synchronously (false when storage refused it). */
export function journalAnswer(
	answer: JournaledAnswer,
	storage: JournalStorage | null = local()
): boolean {
	try {
		if (!storage) return false;
		storage.setItem(PREFIX + answer.uuid, JSON.stringify(answer));
		return true;
	} catch {
		return false;
	}
}

/** Removes answer `uuid` from the journal (it was written, or refused as stale). */
export function forgetAnswer(uuid: string, storage: JournalStorage | null = local()): void {
	try {
		storage?.removeItem(PREFIX + uuid);
	} catch {
		// Refused: the replay finds it written and drops it then.
	}
}

/** The journal's keys (read first: removing while walking `key(i)` would skip some). */
function journalKeys(storage: JournalStorage): string[] {
	const keys: string[] = [];
	for (let index = 0; index < storage.length; index++) {
		const key = storage.key(index);
		if (key?.startsWith(PREFIX)) keys.push(key);
	}
	return keys;
}

/** The journal's entries, oldest answer first; unreadable ones are removed. */
export function readJournal(storage: JournalStorage | null = local()): JournaledAnswer[] {
	if (!storage) return [];
	const entries: JournaledAnswer[] = [];
	try {
		for (const key of journalKeys(storage)) {
			const parsed = parseEntry(storage.getItem(key));
			if (parsed && PREFIX + parsed.uuid === key) entries.push(parsed);
			else storage.removeItem(key);
		}
	} catch {
		return entries;
	}
	return entries.sort((a, b) => a.answeredAt - b.answeredAt);
}

function parseEntry(raw: string | null): JournaledAnswer | null {
	try {
		const parsed = v.safeParse(EntrySchema, JSON.parse(raw ?? ''));
		return parsed.success ? parsed.output : null;
	} catch {
		return null;
	}
}

/**
 * What a replay did with the journal's entries: `saved`, the log holds them now (written by this
 * replay, or already by their own tab or another replay); `dropped`, refused as stale.
 */
export interface ReplayReport {
	saved: number;
	dropped: number;
}

/** Answer ids this tab is writing now (`AnswerWriter`): its own replay leaves them alone. */
const inFlight = new Set<string>();

/** Marks answer `uuid` as being written by this tab (`done` when its write settled). */
export function writingAnswer(uuid: string): { done: () => void } {
	inFlight.add(uuid);
	return { done: () => inFlight.delete(uuid) };
}

/**
 * Writes every journal entry the log does not hold yet, oldest first, through `recordAnswer`
 * (with the stored study settings), and removes each one written, already in the log, or
 * refused as stale (its card moved on: another tab answered it, or progress was replaced). An
 * entry whose write failed otherwise (storage full) stays for the next replay. Entries this tab
 * is writing now are skipped. Never throws: a replay is a safety net, not a screen's work.
 */
export async function replayJournal(
	database?: FlashpointDb,
	storage: JournalStorage | null = local()
): Promise<ReplayReport> {
	const report: ReplayReport = { saved: 0, dropped: 0 };
	const entries = readJournal(storage).filter((entry) => !inFlight.has(entry.uuid));
	// An empty journal (nearly always) does not even open the database.
	if (!entries.length) return report;
	let settings, db: FlashpointDb;
	try {
		db = database ?? getDb();
		settings = await getStudySettings(db);
	} catch {
		return report;
	}
	for (const entry of entries) {
		try {
			// Idempotent by id: already in the log (written by its own tab, or another replay).
			await recordAnswer(entry, settings, db);
			report.saved++;
			forgetAnswer(entry.uuid, storage);
		} catch (error) {
			if (!isRefusal(error)) continue;
			report.dropped++;
			forgetAnswer(entry.uuid, storage);
		}
	}
	return report;
}

/** An answer the log refuses for good: stale, or its id written meanwhile (unique index). */
function isRefusal(error: unknown): boolean {
	if (error instanceof StaleAnswerError) return true;
	const named = error as { name?: string; inner?: { name?: string } } | null;
	return (
		named?.name === Dexie.errnames.Constraint ||
		named?.inner?.name === Dexie.errnames.Constraint ||
		named?.name === 'ConstraintError'
	);
}

let started: Promise<ReplayReport> | null = null;

/**
 * The replay at this page's start, once (the same promise to every caller, so the study screen
 * can wait for it before it reads its queue); `pageshow` from the back-forward cache replays
 * again. Listens only in a browser.
 */
export function replayAtStart(): Promise<ReplayReport> {
	if (!started) {
		started = replayJournal();
		if (typeof window !== 'undefined')
			window.addEventListener('pageshow', (event) => {
				if (event.persisted) started = replayJournal();
			});
	}
	return started;
}
