import { Dexie, type EntityTable, type Table } from 'dexie';
import type { Quiz, QuizResult, QuizVersion } from '$lib/quiz/types';

/**
 * The teacher's classroom data, on this device only: a database of its own
 * (`flashpoint-classroom`), separate from study progress (`flashpoint`), so neither can break
 * the other's migrations. Bump the version and add a `.stores()` step for any schema change.
 */
export interface StoredQuiz extends Quiz {
	/** The quiz link's code, as shared (so the same QR can be shown again). */
	code: string;
	/**
	 * Gradebook ids the teacher typed for the export's "ID number" column, by student name as
	 * shown in the report. Not indexed (no schema change).
	 */
	studentIds?: Record<string, string>;
	/** The class or period this run is for ("7B", "Period 3"); each run has its own results. */
	group?: string;
	/** The id of the quiz this is a run of, when it was made with "Run again". */
	runOf?: string;
	/** Milliseconds since the epoch; when set, results are refused (`closedMessage`). */
	closedAt?: number;
	/**
	 * The course the questions were drawn from (`builtin` or a user course `u-…`); absent on
	 * quizzes made before the course picker, which all came from the built-in course.
	 */
	courseId?: string;
	/** The questions it had before each edit, oldest first (`versions.ts`); not indexed. */
	versions?: QuizVersion[];
	/**
	 * The teacher chose its questions (New quiz's "Choose them myself"): it has no join code,
	 * which carries only a random draw, and the Share panel says so (`joinCodeOf`).
	 */
	handPicked?: true;
	/**
	 * Random, new at every write (`QuizRepository`): a screen's edit is written only over the
	 * record it read (`saveOver`), so another tab's edit is never silently put back. Not indexed;
	 * absent on quizzes not written since (Dec 2026).
	 */
	revision?: string;
	/** When it last changed on any device, ms since the epoch (`stampChanges`); see `changedAt`. */
	updatedAt?: number;
}

export interface StoredResult extends QuizResult {
	/**
	 * `${quizId}|${attemptId}`: one row per attempt, so two pupils with the same name are two
	 * rows. Rows stored before attempt ids (format 1) keep their old `${quizId}|${studentKey}`
	 * key and have no `attemptId`; nothing needed migrating.
	 */
	key: string;
	/** The folded name (`studentKey`), to notice the same name arriving from another attempt. */
	studentKey: string;
	importedAt: number;
	/** When it last changed (a rename), ms since the epoch (`stampChanges`); see `changedAt`. */
	updatedAt?: number;
}

/**
 * An attempt the teacher set aside: on a same-name choice, the earlier result "Replace earlier"
 * replaced (`replaced`) or the waiting one "Keep earlier only" dropped (`discarded`); or a result
 * the teacher removed from the report (`removed`, Dec 2026). Kept so the same code pasted again
 * (a chat thread re-pasted) is known as decided, not offered as new (version 3).
 */
export interface DecidedResult extends StoredResult {
	/** Auto-increment row id: one attempt may be set aside more than once (edited codes). */
	id?: number;
	decision: 'replaced' | 'discarded' | 'removed';
	/** Milliseconds since the epoch. */
	decidedAt: number;
}

/**
 * A quiz the teacher deleted, and when (ms since the epoch): a classroom file saved before then
 * does not bring it back (`classroom-merge.ts`; outsider teacher: an older file resurrected a
 * deleted quiz). Its results went with it. Kept for good: one small row per deleted quiz.
 */
export interface DeletedQuiz {
	id: string;
	deletedAt: number;
}

export class ClassroomDatabase extends Dexie {
	quizzes!: EntityTable<StoredQuiz, 'id'>;
	results!: EntityTable<StoredResult, 'key'>;
	decided!: EntityTable<DecidedResult, 'id'>;
	/**
	 * Same-name results waiting for the teacher's Keep both / Replace choice, stored as they
	 * arrive, so a reload or a closed tab loses none (version 2). Keyed like `results`; a row
	 * leaves when the teacher decides.
	 */
	pending!: EntityTable<StoredResult, 'key'>;
	/** Deletion records of quizzes (version 4, Dec 2026): see `DeletedQuiz`. */
	deletedQuizzes!: EntityTable<DeletedQuiz, 'id'>;

	constructor(name = 'flashpoint-classroom') {
		super(name);
		this.version(1).stores({
			quizzes: 'id, createdAt',
			results: 'key, quizId, importedAt'
		});
		this.version(2).stores({ pending: 'key, quizId, importedAt' });
		this.version(3).stores({ decided: '++id, key, quizId' });
		this.version(4).stores({ deletedQuizzes: 'id' });
		stampChanges(this.quizzes);
		stampChanges(this.results);
	}
}

/**
 * When a quiz or result last changed: its `updatedAt`, or for a row written before stamps
 * (Dec 2026) when it was made (`createdAt`) or came in (`importedAt`). Ms since the epoch.
 * A classroom file's copy replaces this device's only when its `changedAt` is later
 * (`classroom-merge.ts`).
 */
export function changedAt(row: StoredQuiz | StoredResult): number {
	return row.updatedAt ?? ('createdAt' in row ? row.createdAt : row.importedAt);
}

/**
 * Stamps `updatedAt` on every write to `table`, whichever screen or repository writes it (a
 * rename, "Accept this answer", an ID number, a future edit), so an older classroom file can
 * never pass for newer (outsider teacher: importing an earlier backup undid a rename and an
 * accepted answer). A write carrying a later stamp than the stored one keeps it: that is a
 * newer copy from a classroom file. Stamps only move forward, even when this device's clock
 * is behind the one that wrote the stored stamp.
 */
function stampChanges<Row extends { updatedAt?: number }>(table: Table<Row, string>) {
	table.hook('creating', (_key, row) => {
		row.updatedAt ??= Date.now();
	});
	table.hook('updating', (changes: object, _key, stored) => {
		const before = stored.updatedAt ?? 0;
		const brought = (changes as Partial<Row>).updatedAt;
		if (typeof brought === 'number' && brought > before) return undefined;
		return { updatedAt: Math.max(Date.now(), before + 1) };
	});
}

let shared: ClassroomDatabase | undefined;
export function classroomDb(): ClassroomDatabase {
	shared ??= new ClassroomDatabase();
	return shared;
}
