/**
 * The questions a screen shows, read by id as it comes to them, instead of every question of
 * the courses it shows (`loadCourseBank`). After importing a 5 MB CSV (39,972 cards in one
 * course) Study read all 40,000 question rows before its first card and Stats before its
 * figures: 13–32 s at load ~9 (outsider, issue 14, build 0bd7821b), where a queue needs only
 * today's few.
 */
import { BUILTIN_COURSE_ID, isStudied, type QuestionRecord } from '$lib/db/records';
import { getDb, type FlashpointDb } from '$lib/db/schema';
import { ensureBuiltinCourse, toBankShape } from './bank';
import type { Question } from './schema';

/** Questions by id, as a `BankIndex` holds them, for what shows them (`StudyScreen`). */
export interface ShownQuestions {
	questionById: ReadonlyMap<string, Question>;
	/**
	 * Reads those of `ids` not held yet; undefined when all are held (nothing to wait for: the
	 * caller goes on in the same task). Absent where every question is held already.
	 */
	need?(ids: readonly string[]): PromiseLike<void> | undefined;
}

/**
 * The studied questions of one course (`courseId`) or of every course (null) that were asked for
 * (`need`), in the bank's own shape (`readCourse`'s: no `courseId`, `position` or `text`). A
 * question that is not studied (a draft, a rejected one) or of another course is left out, as
 * `loadCourseBank` leaves it out, so the screen treats it as gone.
 */
export class QuestionShelf implements ShownQuestions {
	readonly questionById = new Map<string, Question>();
	readonly courseId: string | null;
	readonly #db: FlashpointDb;

	constructor(courseId: string | null, db: FlashpointDb = getDb()) {
		this.courseId = courseId;
		this.#db = db;
	}

	/**
	 * Reads the questions of `ids` not held yet in one request (`bulkGet`), so it may run inside a
	 * live query or a transaction over `questions`; undefined when all are held. Rejects with the
	 * database's error.
	 */
	need(ids: readonly string[]): PromiseLike<void> | undefined {
		const missing = [...new Set(ids)].filter((id) => !this.questionById.has(id));
		if (!missing.length) return undefined;
		return this.#db.questions.bulkGet(missing).then((rows) => this.#hold(rows));
	}

	#hold(rows: readonly (QuestionRecord | undefined)[]): void {
		for (const row of rows) {
			if (!row || !isStudied(row)) continue;
			if (this.courseId !== null && row.courseId !== this.courseId) continue;
			const question = { ...row };
			toBankShape(question);
			this.questionById.set(row.id, question as Question);
		}
	}
}

/**
 * A shelf for `courseId` (null: every course), once the built-in course is installed where it
 * is shown (`ensureBuiltinCourse`, as `loadCourseBank` does): the queue is read from its rows.
 * Rejects as `ensureBuiltinCourse` does.
 */
export async function openQuestionShelf(
	courseId: string | null,
	db: FlashpointDb = getDb()
): Promise<QuestionShelf> {
	if (courseId === null || courseId === BUILTIN_COURSE_ID) await ensureBuiltinCourse(db);
	return new QuestionShelf(courseId, db);
}
