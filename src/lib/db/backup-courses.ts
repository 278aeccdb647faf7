/**
 * User courses in a progress backup (format version 2): the `courses`, `questions` and
 * `documents` rows of every course of kind 'user', drafts included, exactly as stored, and the
 * card formats and styling of the Anki note types they were imported with (`ankiNoteTypes`,
 * schema v15, each row checked by `AnkiNoteTypeFormatsSchema`; absent in files without any). The
 * built-in course ships with the app and is never in the file; a file that holds it, or any
 * row that is not a user course's, is refused. Reading checks the shape (valibot, each
 * question by `QuestionSchema`), then the meaning: every row belongs to a course of the file
 * under its own `<courseId>:` ids, questions cite a document of their course, no id twice.
 * The course rows' counts and study order (`queue`) are not trusted: they are rebuilt from the
 * questions, as `createCourse` builds them.
 */
import * as v from 'valibot';
import { QuestionSchema } from '$lib/content/schema';
import { AnkiNoteTypeFormatsSchema } from '$lib/content/anki-ref';
import { toQueueQuestion } from '$lib/srs/siblings';
import {
	isStudied,
	type AnkiNoteTypeRecord,
	type CourseRecord,
	type DocumentRecord,
	type QuestionRecord
} from './records';
import type { RowProblem } from './sanity';
import type { FlashpointDb } from './schema';
import { MAX_TERMS } from '$lib/documents/emphasis';

/** Longest document text kept in a backup (characters): as a course file allows. */
const MAX_TEXT_CHARS = 64_000_000;
const courseId = v.pipe(v.string(), v.regex(/^u-[a-z0-9-]{1,80}$/));
const text = (max: number) => v.pipe(v.string(), v.maxLength(max));
const position = v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(10_000_000));

export const CourseRowSchema = v.object({
	id: courseId,
	title: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
	kind: v.literal('user'),
	hash: text(200),
	installedAt: v.pipe(v.number(), v.finite()),
	questionCount: v.number(),
	documentCount: v.number(),
	queue: v.array(v.unknown())
});

export const DocumentRowSchema = v.object({
	id: text(300),
	courseId,
	position,
	title: text(1_000),
	outlet: text(1_000),
	author: v.optional(text(1_000)),
	date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/))),
	dateApproximate: v.boolean(),
	dateNote: v.optional(text(1_000)),
	text: v.optional(text(MAX_TEXT_CHARS)),
	// The bolded terms (`DocumentRecord.emphasis`); absent in rows and backups made before gen51.
	emphasis: v.optional(v.pipe(v.array(text(300)), v.maxLength(MAX_TERMS)))
});

/** A question row: its course, order and status here; the question itself checked apart. */
export const QuestionRowSchema = v.looseObject({
	id: text(300),
	courseId,
	position,
	status: v.optional(v.picklist(['draft', 'accepted', 'rejected'])),
	fact: text(300),
	source: v.looseObject({ doc: text(300) })
});

/** A course's Anki note type (`AnkiNoteTypeRecord`): its formats, by schema, and its course. */
export const AnkiNoteTypeRowSchema = v.object({ ...AnkiNoteTypeFormatsSchema.entries, courseId });

export interface CourseRows {
	courses: CourseRecord[];
	questions: QuestionRecord[];
	documents: DocumentRecord[];
	/** The courses' Anki note types; absent (or empty) when none kept one. */
	ankiNoteTypes?: AnkiNoteTypeRecord[];
}

/**
 * Every user course's rows (read inside or outside a transaction over the three tables and
 * `ankiNoteTypes`); `ankiNoteTypes` only when a course keeps one, so a file without Anki
 * decks is as before.
 */
export async function readUserCourses(db: FlashpointDb): Promise<CourseRows> {
	const courses = await db.courses.where('kind').equals('user').toArray();
	const ids = courses.map((course) => course.id);
	const [questions, rows, ankiNoteTypes] = await Promise.all([
		db.questions.where('courseId').anyOf(ids).toArray(),
		db.documents.where('courseId').anyOf(ids).toArray(),
		db.ankiNoteTypes.where('courseId').anyOf(ids).toArray()
	]);
	// A row's size (`DocumentRecord.bytes`, v17) is this device's bookkeeping, set again on
	// restore; its skipped lines (`DocumentRecord.skipped`) say what one run of the generator did.
	const documents = rows.map(({ bytes: _bytes, skipped: _skipped, ...row }) => row);
	return { courses, questions, documents, ...(ankiNoteTypes.length && { ankiNoteTypes }) };
}

/** A problem of row `index` of `section` ('courses', 'questions', 'documents', 'ankiNoteTypes'). */
export interface CourseRowProblem extends RowProblem {
	section: keyof CourseRows;
	index: number;
}

function local(id: string, course: string): string | null {
	return id.startsWith(`${course}:`) && id.length > course.length + 1
		? id.slice(course.length + 1)
		: null;
}

/** Problems of one question row beyond its shape: its ids, its document, the question itself. */
function questionProblems(
	row: QuestionRecord,
	documents: Map<string, DocumentRecord>
): RowProblem[] {
	const problems: RowProblem[] = [];
	const id = local(row.id, row.courseId);
	if (!id || !local(row.fact, row.courseId))
		problems.push({ kind: 'ids', text: 'an id that is not its course’s' });
	if (documents.get(row.source.doc)?.courseId !== row.courseId)
		problems.push({ kind: 'doc', text: 'a source document that is not in its course' });
	const { courseId: _c, position: _p, status: _s, addedAt: _a, ...question } = row;
	const checked = v.safeParse(QuestionSchema, { ...question, id: id ?? row.id });
	if (!checked.success)
		problems.push({ kind: 'question', text: 'a question Flashpoint cannot ask (damaged fields)' });
	return problems;
}

/**
 * Everything wrong with the meaning of a backup's course rows (already of the right shape),
 * as problems naming the row; empty when they can be restored.
 */
export function courseRowProblems(rows: CourseRows): CourseRowProblem[] {
	const found: CourseRowProblem[] = [];
	const add = (section: keyof CourseRows, index: number, problems: RowProblem[]) =>
		problems.forEach((problem) => found.push({ ...problem, section, index }));
	const courses = new Set<string>();
	rows.courses.forEach((course, index) => {
		if (courses.has(course.id))
			add('courses', index, [{ kind: 'duplicate', text: 'the same id as an earlier course' }]);
		courses.add(course.id);
	});
	const documents = new Map<string, DocumentRecord>();
	rows.documents.forEach((doc, index) => {
		if (!courses.has(doc.courseId))
			add('documents', index, [{ kind: 'course', text: 'no course in the backup' }]);
		else if (!local(doc.id, doc.courseId))
			add('documents', index, [{ kind: 'ids', text: 'an id that is not its course’s' }]);
		if (documents.has(doc.id))
			add('documents', index, [{ kind: 'duplicate', text: 'the same id as an earlier document' }]);
		documents.set(doc.id, doc);
	});
	const noteTypes = new Set<string>();
	(rows.ankiNoteTypes ?? []).forEach((row, index) => {
		if (!courses.has(row.courseId))
			add('ankiNoteTypes', index, [{ kind: 'course', text: 'no course in the backup' }]);
		const key = `${row.courseId}\u0000${row.id}`;
		if (noteTypes.has(key))
			add('ankiNoteTypes', index, [
				{ kind: 'duplicate', text: 'the same course and id as an earlier note type' }
			]);
		noteTypes.add(key);
	});
	const questions = new Set<string>();
	rows.questions.forEach((row, index) => {
		if (!courses.has(row.courseId))
			return add('questions', index, [{ kind: 'course', text: 'no course in the backup' }]);
		if (questions.has(row.id))
			add('questions', index, [{ kind: 'duplicate', text: 'the same id as an earlier question' }]);
		questions.add(row.id);
		add('questions', index, questionProblems(row, documents));
	});
	return found;
}

/** The course rows with counts and study order rebuilt from their questions and documents. */
export function rebuiltCourseRows(rows: CourseRows): CourseRows {
	const courses = rows.courses.map((course): CourseRecord => {
		const questions = rows.questions
			.filter((q) => q.courseId === course.id)
			.sort((a, b) => a.position - b.position);
		const accepted = questions.filter(isStudied);
		return {
			...course,
			questionCount: accepted.length,
			documentCount: rows.documents.filter((doc) => doc.courseId === course.id).length,
			queue: accepted.map(toQueueQuestion)
		};
	});
	return { ...rows, courses };
}

/**
 * How many courses of `ids` (a backup's) are on this device: Replace and Restore put the
 * backup's copy in their place (`restoreUserCourses`), so the dialog says so.
 */
export async function countCoursesOnDevice(db: FlashpointDb, ids: string[]): Promise<number> {
	if (!ids.length) return 0;
	return (await db.courses.bulkGet(ids)).filter((course) => course !== undefined).length;
}

/**
 * Writes a backup's user courses (call inside a read-write transaction over `courses`,
 * `questions`, `documents` and `ankiNoteTypes`): each course of the file replaces the course
 * with its id (its old questions, documents and note types removed first); courses on this
 * device that the file does not hold, and the built-in course, stay as they are.
 */
export async function restoreUserCourses(db: FlashpointDb, rows: CourseRows): Promise<void> {
	const ids = rows.courses.map((course) => course.id);
	if (!ids.length) return;
	await Promise.all([
		db.questions.where('courseId').anyOf(ids).delete(),
		db.documents.where('courseId').anyOf(ids).delete(),
		db.ankiNoteTypes.where('courseId').anyOf(ids).delete()
	]);
	await db.courses.bulkPut(rows.courses);
	await db.documents.bulkPut(rows.documents);
	await db.questions.bulkPut(rows.questions);
	const kept = new Set(ids);
	await db.ankiNoteTypes.bulkPut(
		(rows.ankiNoteTypes ?? []).filter((row) => kept.has(row.courseId))
	);
}
