import type { SkippedLine } from '$lib/generator/glossary-skips';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/content/schema';
import {
	courseItemId,
	type CourseRecord,
	type DocumentRecord,
	type DraftStatus,
	type QuestionRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { CourseInputError, firstIssue, guarded } from './course-errors';
import { studied } from './drafts';
import { STORE_CHUNK, type StoreSteps } from './store-progress';

/**
 * A user's course: created in one transaction from documents and their (draft) questions, then
 * reviewed draft by draft (`drafts.ts`). Only accepted questions are studied.
 */

/** One document of a new course, with the questions drawn from it (any `source.doc` is replaced). */
export interface NewCourseDocument {
	title: string;
	author?: string;
	/** The publication or site; empty when unknown. */
	outlet?: string;
	/** ISO `YYYY-MM-DD` or `YYYY-MM`; when absent the day of adding is kept, marked approximate. */
	date?: string;
	/** Whether `date` was inferred (default: only when `date` is absent); a course file keeps it. */
	dateApproximate?: boolean;
	/** How an approximate date was found (a course file keeps the exporter's note). */
	dateNote?: string;
	/** Plain text, paragraphs separated by a blank line. */
	text: string;
	/** The terms the author bolded in running text (`DocumentRecord.emphasis`). */
	emphasis?: string[];
	/** Its glossary-like lines that gave no draft (`DocumentRecord.skipped`). */
	skipped?: SkippedLine[];
	questions?: Question[];
	/** Questions stored as drafts whatever `NewCourse.status` says (a course file's drafts). */
	drafts?: Question[];
}

export interface NewCourse {
	title: string;
	documents: NewCourseDocument[];
	/**
	 * Status given to every question: `draft` (default; generated questions wait for review) or
	 * `accepted` (imports of questions a person already wrote, e.g. GIFT or Anki files).
	 */
	status?: DraftStatus;
}

/** A new course id: `u-` and a random UUID, so it never equals `builtin` or another course's. */
export function newCourseId(): string {
	return `u-${crypto.randomUUID()}`;
}

/** Document `doc`, the `docIndex`-th (0-based) of course `courseId`, as its stored row. */
export function documentRow(
	courseId: string,
	doc: NewCourseDocument,
	docIndex: number
): DocumentRecord {
	return {
		id: courseItemId(courseId, `d-${docIndex + 1}`),
		courseId,
		position: docIndex,
		title: doc.title.trim() || `Document ${docIndex + 1}`,
		outlet: doc.outlet?.trim() ?? '',
		...(doc.author?.trim() && { author: doc.author.trim() }),
		// No date given, none stored: a date is never invented (issue 12; screens say "no date").
		...(doc.date && { date: doc.date }),
		dateApproximate: !!doc.date && (doc.dateApproximate ?? false),
		...(doc.date && doc.dateNote?.trim() && { dateNote: doc.dateNote.trim() }),
		text: doc.text,
		...(doc.emphasis?.length && { emphasis: [...doc.emphasis] }),
		...(doc.skipped?.length && { skipped: doc.skipped.map((line) => ({ ...line })) })
	};
}

/**
 * `question` as the stored row of course `courseId`: course-local id `place.local`, its source
 * the document row `place.docId`, its fact key under the course id, at 0-based
 * `place.position`. Throws `CourseInputError` naming it when it fails `QuestionSchema`.
 */
export function questionRow(
	question: Question,
	place: { courseId: string; docId: string; local: string; position: number },
	status: DraftStatus
): QuestionRecord {
	const { courseId, docId, local, position } = place;
	const checked = v.safeParse(QuestionSchema, {
		...question,
		id: local,
		source: { ...question.source, doc: docId }
	});
	if (!checked.success) {
		throw new CourseInputError(
			`Question ${position + 1} (“${question.prompt}”) is not valid: ${firstIssue(checked)}`
		);
	}
	return {
		...checked.output,
		id: courseItemId(courseId, local),
		fact: courseItemId(courseId, checked.output.fact),
		courseId,
		position,
		status
	};
}

/**
 * Writes a new user course (`kind: 'user'`): its course row, its `documents` rows (with their
 * text) and its questions, in ONE transaction, so a failure leaves the database as it was.
 * Ids: course `u-<uuid>`; documents `<courseId>:d-<n>`; questions `<courseId>:q-<n>` (n from
 * 1; with `keepIds`, each question's own id, as a course file carries it, so progress on a
 * replaced course stays with its questions); fact keys are prefixed with the course id too, so
 * siblings never span courses. Each question's `source.doc` becomes its document's row id.
 * `now` is also the course's `installedAt` (its place among courses). Returns the course row.
 * Throws `CourseInputError` when the title is empty, there is no document, or a question fails
 * `QuestionSchema` (naming it); `StorageFullError` when the disk is full.
 */
export async function createCourse(
	db: FlashpointDb,
	input: NewCourse,
	options: CourseRowOptions = {}
): Promise<CourseRecord> {
	const rows = courseRows(input, options);
	await guarded(() =>
		db.transaction('rw', db.courses, db.documents, db.questions, () => writeCourseRows(db, rows))
	);
	return rows.course;
}

/** How `courseRows` names and dates a new course (see `createCourse`). */
export interface CourseRowOptions {
	now?: number;
	id?: string;
	keepIds?: boolean;
}

/** A new course's rows, checked, as `createCourse` writes them. */
export interface CourseRows {
	course: CourseRecord;
	documents: DocumentRecord[];
	questions: QuestionRecord[];
}

/**
 * The rows of a new course, each question checked by `QuestionSchema`, all at once (see
 * `createCourse` for ids and errors). Pure but for the random course id.
 */
export function courseRows(input: NewCourse, options: CourseRowOptions = {}): CourseRows {
	const building = buildRows(input, options);
	for (;;) {
		const next = building.next();
		if (next.done) return next.value;
	}
}

/**
 * `courseRows` in steps, for an import of tens of thousands of questions (checking 40,000 took
 * 8 s in Chromium): after every `steps.chunk` questions (`STORE_CHUNK`) it reports `checking`
 * with the count and yields to the event loop (`StoreSteps.pause`), so a Cancel is seen between them (it throws
 * `storeCancelled()`). Call it before any transaction: a pause would end one.
 */
export async function courseRowsInSteps(
	input: NewCourse,
	options: CourseRowOptions,
	steps: StoreSteps
): Promise<CourseRows> {
	const total = input.documents.reduce(
		(sum, d) => sum + (d.questions?.length ?? 0) + (d.drafts?.length ?? 0),
		0
	);
	const building = buildRows(input, options, steps.chunk);
	for (;;) {
		const next = building.next();
		if (next.done) {
			steps.step('checking', total, total);
			return next.value;
		}
		steps.step('checking', next.value, total);
		await steps.pause();
	}
}

/** Writes `rows` (call inside a transaction over courses, documents and questions). */
export async function writeCourseRows(
	db: FlashpointDb,
	rows: CourseRows,
	steps?: StoreSteps
): Promise<void> {
	await db.documents.bulkAdd(rows.documents);
	// An import writes in chunks, reporting each and checking for Cancel between them.
	if (steps) await steps.inChunks(rows.questions, (chunk) => db.questions.bulkAdd(chunk));
	else await db.questions.bulkAdd(rows.questions);
	// The course row last: writing it writes its study queue (`indexes.ts`: an item and a fresh
	// row a question) unless the writer deferred that (an import: `refreshDeferredCourses`).
	await db.courses.add(rows.course);
}

/** The rows of a new course, yielding the questions checked so far every `every` questions. */
function* buildRows(
	input: NewCourse,
	options: CourseRowOptions,
	every = STORE_CHUNK
): Generator<number, CourseRows> {
	const now = options.now ?? Date.now();
	const courseId = options.id ?? newCourseId();
	const title = input.title.trim();
	if (!title) throw new CourseInputError('A course needs a title.');
	if (input.documents.length === 0) throw new CourseInputError('A course needs a document.');
	const given = input.status ?? 'draft';
	const documents: DocumentRecord[] = [];
	const questions: QuestionRecord[] = [];
	for (const [docIndex, doc] of input.documents.entries()) {
		const row = documentRow(courseId, doc, docIndex);
		documents.push(row);
		const items = [
			...(doc.questions ?? []).map((question) => ({ question, status: given })),
			...(doc.drafts ?? []).map((question) => ({ question, status: 'draft' as const }))
		];
		for (const { question, status } of items) {
			const local = options.keepIds ? question.id : `q-${questions.length + 1}`;
			const place = { courseId, docId: row.id, local, position: questions.length };
			questions.push(questionRow(question, place, status));
			if (questions.length % every === 0) yield questions.length;
		}
	}
	const course: CourseRecord = {
		id: courseId,
		title,
		kind: 'user',
		hash: '',
		installedAt: now,
		documentCount: documents.length,
		...studied(questions)
	};
	return { course, documents, questions };
}
