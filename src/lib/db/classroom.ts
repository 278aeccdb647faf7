import { Dexie, type EntityTable } from 'dexie';
import type { Quiz, QuizResult } from '$lib/quiz/types';
import { studentKey } from '$lib/quiz/report';
import { plain } from './plain';

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
}

/**
 * An attempt the teacher set aside on a same-name choice: the earlier result "Replace earlier"
 * replaced, or the waiting one "Keep earlier only" dropped. Kept so the same code pasted again
 * (a chat thread re-pasted) is known as decided, not offered as new (version 3).
 */
export interface DecidedResult extends StoredResult {
	/** Auto-increment row id: one attempt may be set aside more than once (edited codes). */
	id?: number;
	decision: 'replaced' | 'discarded';
	/** Milliseconds since the epoch. */
	decidedAt: number;
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

	constructor(name = 'flashpoint-classroom') {
		super(name);
		this.version(1).stores({
			quizzes: 'id, createdAt',
			results: 'key, quizId, importedAt'
		});
		this.version(2).stores({ pending: 'key, quizId, importedAt' });
		this.version(3).stores({ decided: '++id, key, quizId' });
	}
}

let shared: ClassroomDatabase | undefined;
export function classroomDb(): ClassroomDatabase {
	shared ??= new ClassroomDatabase();
	return shared;
}

export class QuizRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}

	save(quiz: StoredQuiz) {
		return this.db.quizzes.put(plain(quiz));
	}
	get(id: string) {
		return this.db.quizzes.get(id);
	}
	/** Newest first. */
	async list(): Promise<StoredQuiz[]> {
		return (await this.db.quizzes.orderBy('createdAt').reverse().toArray()) as StoredQuiz[];
	}
	async remove(id: string) {
		const { quizzes, results, pending, decided } = this.db;
		await this.db.transaction('rw', [quizzes, results, pending, decided], async () => {
			await this.db.results.where('quizId').equals(id).delete();
			await this.db.pending.where('quizId').equals(id).delete();
			await this.db.decided.where('quizId').equals(id).delete();
			await this.db.quizzes.delete(id);
		});
	}
}

export type AddResultOutcome =
	| { status: 'added'; result: StoredResult }
	/**
	 * This very attempt is already stored (the same code scanned or pasted again), or was set
	 * aside by an earlier choice (`decided`): either way nothing changes.
	 */
	| { status: 'duplicate'; result: StoredResult; decided?: DecidedResult['decision'] }
	/**
	 * Another attempt under the same (folded) name is stored: nothing is saved until the teacher
	 * chooses `keepBoth` (two pupils called Ana) or `replace` (a retake replaces the earlier).
	 */
	| {
			status: 'same-name';
			result: StoredResult;
			previous: StoredResult[];
			/** Set when the earlier row is this very attempt with other answers: no "keep both". */
			sameAttempt?: boolean;
	  };

/** A same-name result waiting for the teacher, with what it collides with. */
export interface PendingResult {
	result: StoredResult;
	previous: StoredResult[];
	/** The very attempt is stored with other answers (an edited code): no "keep both". */
	sameAttempt: boolean;
}

/** Stored results under the same folded name as `result`, other than this very attempt. */
function namesakesOf(stored: readonly StoredResult[], result: StoredResult): StoredResult[] {
	return stored.filter((r) => r.studentKey === result.studentKey && r.key !== result.key);
}

/** The key a result of `quizId` is stored under. */
export function resultKey(quizId: string, attemptId: string): string {
	return `${quizId}|${attemptId}`;
}

export class ResultRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}

	/**
	 * Adds a checked result, identified by its attempt, not its name. The same attempt scanned
	 * twice is a `duplicate`; another attempt under the same folded name ("Ana", "ána ") is
	 * `same-name` and waits for the teacher; anything else is `added`.
	 */
	async add(result: QuizResult, now = Date.now()): Promise<AddResultOutcome> {
		const { results, pending, decided } = this.db;
		return this.db.transaction('rw', [results, pending, decided], async () => {
			// Two codes scanned in the same millisecond must still list in the order they came:
			// `importedAt` is kept strictly increasing per quiz (it is the sort key of both tables).
			// One read of the quiz's results serves the order, the namesakes and the legacy check.
			const [inQuiz, waiting] = await Promise.all([
				this.listIn(result.quizId),
				pending.where('quizId').equals(result.quizId).toArray()
			]);
			const latest = Math.max(0, ...[...inQuiz, ...waiting].map((r) => r.importedAt));
			const stored = toStored(result, Math.max(now, latest + 1));
			const namesakes = namesakesOf(inQuiz, stored);
			const same = await this.db.results.get(stored.key);
			if (same && sameContents(same, stored)) return { status: 'duplicate' as const, result: same };
			// Replaced or dropped before: the teacher's choice stands (a re-pasted chat thread).
			const setAside = (await decided.where('key').equals(stored.key).toArray()).find((r) =>
				sameContents(r, stored)
			);
			if (setAside)
				return { status: 'duplicate' as const, result: setAside, decided: setAside.decision };
			// Waits in `pending` until the teacher decides: nothing is lost on a reload.
			if (same || namesakes.length) await this.db.pending.put(plain(stored));
			// The same attempt with other answers: an edited code. Replace or keep, never both.
			if (same)
				return {
					status: 'same-name' as const,
					result: stored,
					previous: [same],
					sameAttempt: true
				};
			// A row from before attempt ids is the same attempt when everything it carried matches.
			const legacy = namesakes.find((r) => !r.attemptId && sameContents(r, stored));
			if (legacy) {
				await this.db.pending.delete(stored.key);
				return { status: 'duplicate' as const, result: legacy };
			}
			if (namesakes.length > 0)
				return { status: 'same-name' as const, result: stored, previous: namesakes };
			await this.db.results.add(plain(stored));
			return { status: 'added' as const, result: stored };
		});
	}

	/** Stores a `same-name` result beside the earlier ones (not for a `sameAttempt` one). */
	async keepBoth(result: StoredResult) {
		const row = plain(result);
		await this.db.transaction('rw', this.db.results, this.db.pending, async () => {
			await this.db.results.add(row);
			await this.db.pending.delete(row.key);
		});
	}

	/**
	 * Stores a `same-name` result in place of the earlier ones (given by key), atomically; the
	 * earlier ones are remembered as `replaced`, so their codes pasted again change nothing.
	 */
	async replace(result: StoredResult, previousKeys: readonly string[], now = Date.now()) {
		const row = plain(result);
		const { quizzes, results, pending, decided } = this.db;
		await this.db.transaction('rw', [quizzes, results, pending, decided], async () => {
			const earlier = (await results.bulkGet([...previousKeys])).filter((r) => r !== undefined);
			await decided.bulkAdd(earlier.map((r) => setAside(r, 'replaced', now)));
			// The gradebook id typed for the earlier result is the student's: it moves to the new one.
			const quiz = await quizzes.get(row.quizId);
			const id = previousKeys.map((k) => quiz?.studentIds?.[k]).find(Boolean);
			if (quiz && id && !quiz.studentIds?.[row.key])
				await quizzes.update(row.quizId, { studentIds: { ...quiz.studentIds, [row.key]: id } });
			await results.bulkDelete([...previousKeys]);
			await results.put(row);
			await pending.delete(row.key);
		});
	}

	/**
	 * "Keep earlier only": the waiting result is dropped, the stored ones stay; it is remembered
	 * as `discarded`, so its code pasted again is not offered again.
	 */
	async discardPending(result: Pick<StoredResult, 'key'>, now = Date.now()) {
		const { pending, decided } = this.db;
		await this.db.transaction('rw', [pending, decided], async () => {
			const waiting = await pending.get(result.key);
			if (waiting) await decided.add(setAside(waiting, 'discarded', now));
			await pending.delete(result.key);
		});
	}

	/**
	 * Gives a stored result another name (the teacher tells two kept "Ana"s apart). `name` must
	 * already be checked (`checkStudentName`); its folded key follows, so a later attempt under
	 * the new name is compared with it. Throws when no result has `key`.
	 */
	async rename(key: string, name: string) {
		const changed = await this.db.results.update(key, { name, studentKey: studentKey(name) });
		if (!changed) throw new Error(`No result ${key}`);
	}

	/** How many same-name results of `quizId` wait for the teacher (not in the report yet). */
	async countPending(quizId: string): Promise<number> {
		return this.db.pending.where('quizId').equals(quizId).count();
	}

	/**
	 * The same-name results of `quizId` still waiting for the teacher, oldest first, each with the
	 * stored results it collides with as they are now (an earlier choice may have changed them).
	 * A waiting result whose namesakes are all gone meanwhile is listed with none (`previous: []`):
	 * the panel then offers to add it.
	 */
	async listPending(quizId: string): Promise<PendingResult[]> {
		const [waiting, stored] = await this.db.transaction('r', this.db.results, this.db.pending, () =>
			Promise.all([
				this.db.pending.where('quizId').equals(quizId).sortBy('importedAt'),
				this.listIn(quizId)
			])
		);
		return waiting.map((result) => {
			const same = stored.find((r) => r.key === result.key);
			return same
				? { result, previous: [same], sameAttempt: true }
				: { result, previous: namesakesOf(stored, result), sameAttempt: false };
		});
	}

	private listIn(quizId: string): Promise<StoredResult[]> {
		return this.db.results.where('quizId').equals(quizId).toArray();
	}
	async list(quizId: string): Promise<StoredResult[]> {
		return this.db.results.where('quizId').equals(quizId).sortBy('importedAt');
	}
	async count(quizId: string): Promise<number> {
		return this.db.results.where('quizId').equals(quizId).count();
	}
	async remove(key: string) {
		await this.db.results.delete(key);
	}
}

function toStored(result: QuizResult, now: number): StoredResult {
	return {
		...plain(result),
		key: resultKey(result.quizId, result.attemptId),
		studentKey: studentKey(result.name),
		importedAt: now
	};
}

function setAside(
	row: StoredResult,
	decision: DecidedResult['decision'],
	decidedAt: number
): DecidedResult {
	const { id: _, ...result } = plain(row) as DecidedResult;
	return { ...result, decision, decidedAt };
}

function sameContents(a: QuizResult, b: QuizResult): boolean {
	return a.finishedAt === b.finishedAt && JSON.stringify(a.answers) === JSON.stringify(b.answers);
}
