import { Dexie, type EntityTable } from 'dexie';
import type { Quiz, QuizResult } from '$lib/quiz/types';
import { studentKey } from '$lib/quiz/report';

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
}

export interface StoredResult extends QuizResult {
	/** `${quizId}|${studentKey(name)}`: one result per student per quiz. */
	key: string;
	studentKey: string;
	importedAt: number;
}

export class ClassroomDatabase extends Dexie {
	quizzes!: EntityTable<StoredQuiz, 'id'>;
	results!: EntityTable<StoredResult, 'key'>;

	constructor(name = 'flashpoint-classroom') {
		super(name);
		this.version(1).stores({
			quizzes: 'id, createdAt',
			results: 'key, quizId, importedAt'
		});
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
		return this.db.quizzes.put(plainCopy(quiz));
	}
	get(id: string) {
		return this.db.quizzes.get(id);
	}
	/** Newest first. */
	async list(): Promise<StoredQuiz[]> {
		return (await this.db.quizzes.orderBy('createdAt').reverse().toArray()) as StoredQuiz[];
	}
	async remove(id: string) {
		await this.db.transaction('rw', this.db.quizzes, this.db.results, async () => {
			await this.db.results.where('quizId').equals(id).delete();
			await this.db.quizzes.delete(id);
		});
	}
}

export type AddResultOutcome =
	| { status: 'added'; result: StoredResult }
	| { status: 'duplicate'; result: StoredResult }
	| { status: 'conflict'; result: StoredResult; previous: StoredResult };

export class ResultRepository {
	constructor(private db: ClassroomDatabase = classroomDb()) {}

	/**
	 * Adds a checked result. The same student scanned twice counts once: identical answers are a
	 * duplicate (nothing changes); different answers under the same name are a conflict the
	 * teacher resolves with `replace` (nothing changes until then).
	 */
	async add(result: QuizResult, now = Date.now()): Promise<AddResultOutcome> {
		const key = studentKey(result.name);
		const stored: StoredResult = {
			...plainCopy(result),
			key: `${result.quizId}|${key}`,
			studentKey: key,
			importedAt: now
		};
		return this.db.transaction('rw', this.db.results, async () => {
			const previous = await this.db.results.get(stored.key);
			if (previous) {
				const same = JSON.stringify(previous.answers) === JSON.stringify(stored.answers);
				return same
					? { status: 'duplicate' as const, result: previous }
					: { status: 'conflict' as const, result: stored, previous };
			}
			await this.db.results.add(stored);
			return { status: 'added' as const, result: stored };
		});
	}
	async replace(result: StoredResult) {
		await this.db.results.put(result);
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

/** IndexedDB cannot store Svelte state proxies; a JSON copy is plain data. */
function plainCopy<T>(value: T): T {
	return JSON.parse(JSON.stringify(value)) as T;
}
