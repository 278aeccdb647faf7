import { Dexie, type EntityTable } from 'dexie';
import { logDurabilityMiddleware, type LogDurability } from './durability';
import { cardsGenerationMiddleware } from './generation';
import { indexesMiddleware } from './indexes';
import { streakMiddleware } from './streaks';
import { appDbCreated } from './app-db-hook';
import { ankiGuidMiddleware } from './anki-guid';
import { addedAtMiddleware } from './added-at';
import { documentBytesMiddleware } from './document-bytes';
import { SCHEMA_VERSIONS } from './schema-versions';
import type {
	AnkiNoteTypeRecord,
	CardHoldRecord,
	CardRecord,
	CourseRecord,
	DayRecord,
	DocumentRecord,
	QuestionRecord,
	ReviewRecord,
	SettingRecord
} from './records';
import type { ItemRecord, TallyRecord } from './index-records';

/** The study-progress database. Classroom quizzes keep their own database. */
export const DB_NAME = 'flashpoint';

export { SCHEMA_VERSIONS };

export const SCHEMA_VERSION = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1].version;

export type FlashpointDb = Dexie & {
	cards: EntityTable<CardRecord, 'questionId'>;
	reviews: EntityTable<ReviewRecord, 'id'>;
	settings: EntityTable<SettingRecord, 'key'>;
	days: EntityTable<DayRecord, 'day'>;
	courses: EntityTable<CourseRecord, 'id'>;
	documents: EntityTable<DocumentRecord, 'id'>;
	questions: EntityTable<QuestionRecord, 'id'>;
	/** v7: studied questions with their card's state (`indexes.ts`). */
	items: EntityTable<ItemRecord, 'id'>;
	/** v7: counts per course and bucket (`tallies.ts`). */
	tallies: EntityTable<TallyRecord, 'id'>;
	/**
	 * v9: the studied questions with no card (their `items` rows), keyed by course and teaching
	 * order (`[courseId, rank, position]`): the next new questions, read by primary key only.
	 */
	fresh: Dexie.Table<ItemRecord, [string, number, number]>;
	/** v15: Anki note types' card formats and styling, by `[courseId, id]` (anki50). */
	ankiNoteTypes: Dexie.Table<AnkiNoteTypeRecord, [string, number]>;
	/** v18: cards buried or suspended (`card-holds.ts`), by question id. */
	holds: EntityTable<CardHoldRecord, 'questionId'>;
};

/**
 * Opens (lazily) the database declared up to `upTo` (tests use older versions). Writes to the
 * answer log are strict (`durability.ts`) unless `logDurability` says otherwise (the bench).
 */
export function createDb(
	name: string = DB_NAME,
	upTo: number = SCHEMA_VERSION,
	logDurability: LogDurability = 'strict'
): FlashpointDb {
	const db = new Dexie(name) as FlashpointDb;
	for (const declaration of SCHEMA_VERSIONS) {
		if (declaration.version > upTo) break;
		const version = db.version(declaration.version).stores(declaration.stores);
		if (declaration.upgrade) version.upgrade(declaration.upgrade);
	}
	// Every card write changes the cards-generation marker, whoever writes it.
	db.use(cardsGenerationMiddleware);
	// Every card and course write keeps `items` and `tallies` current.
	db.use(indexesMiddleware);
	// Every day-row write keeps the streak on the rows (v11).
	db.use(streakMiddleware);
	db.use(logDurabilityMiddleware(logDurability));
	// Every question row gets its Anki note GUID once (v14; tests of older versions write rows
	// as those versions did).
	if (upTo >= 14) db.use(ankiGuidMiddleware);
	// Every question joining study is dated once (v16).
	if (upTo >= 16) db.use(addedAtMiddleware);
	// Every document row carries its size (v17).
	if (upTo >= 17) db.use(documentBytesMiddleware);
	return db;
}

let shared: FlashpointDb | undefined;

/** The app's one connection to its progress database. */
export function getDb(): FlashpointDb {
	if (!shared) {
		shared = createDb();
		appDbCreated(shared);
	}
	return shared;
}
