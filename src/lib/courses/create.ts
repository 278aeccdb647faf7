import { Dexie } from 'dexie';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/content/schema';
import {
	courseItemId,
	isStudied,
	type CourseRecord,
	type DocumentRecord,
	type DraftStatus,
	type QuestionRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { toQueueQuestion } from '$lib/srs/queue';

/**
 * A user's course: created in one transaction from documents and their (draft) questions, then
 * reviewed draft by draft. Only accepted questions are studied: the course row's `queue` and
 * `questionCount` are rebuilt from them in the same transaction as every status change.
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

/** The disk (the browser's storage quota) is full; nothing was written. */
export class StorageFullError extends Error {
	constructor() {
		super(
			'Your device has no room left for this. Nothing was saved and your other courses are ' +
				'unchanged. Free some space (or delete a course you no longer need) and try again.'
		);
		this.name = 'StorageFullError';
	}
}

/** A question given to `createCourse` or `addWrittenQuestion` does not pass `QuestionSchema`. */
export class CourseInputError extends Error {
	constructor(message: string) {
		super(message);
		this.name = 'CourseInputError';
	}
}

/** True for IndexedDB's quota error, as Dexie reports it directly or inside an aborted transaction. */
export function isQuotaError(error: unknown): boolean {
	const names = [error, (error as { inner?: unknown } | null)?.inner].map(
		(e) => (e as { name?: string } | null)?.name
	);
	return names.includes('QuotaExceededError');
}

/** Runs a write; IndexedDB's quota error comes out as `StorageFullError`, others unchanged. */
export async function guarded<T>(write: () => Promise<T>): Promise<T> {
	try {
		return await write();
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}

/** A new course id: `u-` and a random UUID, so it never equals `builtin` or another course's. */
export function newCourseId(): string {
	return `u-${crypto.randomUUID()}`;
}

/** The course-local part of a user course's item id (`<courseId>:<local>` → `<local>`). */
function localId(id: string): string {
	return id.slice(id.indexOf(':') + 1);
}

function firstIssue(result: v.SafeParseResult<typeof QuestionSchema>): string {
	if (result.success) return '';
	const issue = result.issues[0];
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
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
	options: { now?: number; id?: string; keepIds?: boolean } = {}
): Promise<CourseRecord> {
	const now = options.now ?? Date.now();
	const courseId = options.id ?? newCourseId();
	const title = input.title.trim();
	if (!title) throw new CourseInputError('A course needs a title.');
	if (input.documents.length === 0) throw new CourseInputError('A course needs a document.');
	const given = input.status ?? 'draft';
	const documents: DocumentRecord[] = [];
	const questions: QuestionRecord[] = [];
	input.documents.forEach((doc, docIndex) => {
		const id = courseItemId(courseId, `d-${docIndex + 1}`);
		documents.push({
			id,
			courseId,
			position: docIndex,
			title: doc.title.trim() || `Document ${docIndex + 1}`,
			outlet: doc.outlet?.trim() ?? '',
			...(doc.author?.trim() && { author: doc.author.trim() }),
			// No date given, none stored: a date is never invented (issue 12; screens say "no date").
			...(doc.date && { date: doc.date }),
			dateApproximate: !!doc.date && (doc.dateApproximate ?? false),
			...(doc.date && doc.dateNote?.trim() && { dateNote: doc.dateNote.trim() }),
			text: doc.text
		});
		const items = [
			...(doc.questions ?? []).map((question) => ({ question, status: given })),
			...(doc.drafts ?? []).map((question) => ({ question, status: 'draft' as const }))
		];
		for (const { question, status } of items) {
			const local = options.keepIds ? question.id : `q-${questions.length + 1}`;
			const checked = v.safeParse(QuestionSchema, {
				...question,
				id: local,
				source: { ...question.source, doc: id }
			});
			if (!checked.success) {
				throw new CourseInputError(
					`Question ${questions.length + 1} (“${question.prompt}”) is not valid: ${firstIssue(checked)}`
				);
			}
			questions.push({
				...checked.output,
				id: courseItemId(courseId, local),
				fact: courseItemId(courseId, checked.output.fact),
				courseId,
				position: questions.length,
				status
			});
		}
	});
	const course: CourseRecord = {
		id: courseId,
		title,
		kind: 'user',
		hash: '',
		installedAt: now,
		documentCount: documents.length,
		...studied(questions)
	};
	await guarded(() =>
		db.transaction('rw', db.courses, db.documents, db.questions, async () => {
			await db.courses.add(course);
			await db.documents.bulkAdd(documents);
			await db.questions.bulkAdd(questions);
		})
	);
	return course;
}

export { isStudied };

function studied(questions: QuestionRecord[]): Pick<CourseRecord, 'queue' | 'questionCount'> {
	const accepted = questions.filter(isStudied);
	return { queue: accepted.map(toQueueQuestion), questionCount: accepted.length };
}

/** A course's questions in course order (call inside a transaction over `questions`). */
export function courseQuestions(db: FlashpointDb, courseId: string): Promise<QuestionRecord[]> {
	return db.questions
		.where('[courseId+position]')
		.between([courseId, Dexie.minKey], [courseId, Dexie.maxKey], true, true)
		.toArray();
}

/** Rebuilds the course row's queue and count from its accepted questions (inside a transaction). */
export async function refreshCourse(db: FlashpointDb, courseId: string): Promise<void> {
	const questions = await courseQuestions(db, courseId);
	await db.courses.update(courseId, studied(questions));
}

/** Runs `change` and the refresh of the courses it touched in one read-write transaction. */
function reviewTransaction<T>(
	db: FlashpointDb,
	change: () => Promise<{ result: T; courses: Iterable<string> }>
): Promise<T> {
	return guarded(() =>
		db.transaction('rw', db.courses, db.questions, async () => {
			const { result, courses } = await change();
			for (const courseId of new Set(courses)) await refreshCourse(db, courseId);
			return result;
		})
	);
}

/**
 * Sets the review status of questions `ids` (unknown ids are skipped) and updates their
 * courses' study queues. Returns how many questions changed. Throws `StorageFullError`.
 */
export function setDraftStatus(
	db: FlashpointDb,
	ids: string | readonly string[],
	status: DraftStatus
): Promise<number> {
	const list = typeof ids === 'string' ? [ids] : ids;
	return reviewTransaction(db, async () => {
		const rows = (await db.questions.bulkGet([...list])).filter(
			(row): row is QuestionRecord => row !== undefined && row.status !== status
		);
		await db.questions.bulkPut(rows.map((row) => ({ ...row, status })));
		return { result: rows.length, courses: rows.map((row) => row.courseId) };
	});
}

/**
 * Accepts every draft of `type` in course `courseId` (rejected questions stay rejected).
 * Returns how many were accepted. Throws `StorageFullError`.
 */
export function acceptAllOfType(
	db: FlashpointDb,
	courseId: string,
	type: Question['type']
): Promise<number> {
	return reviewTransaction(db, async () => {
		const rows = (await courseQuestions(db, courseId)).filter(
			(row) => row.type === type && row.status === 'draft'
		);
		await db.questions.bulkPut(rows.map((row) => ({ ...row, status: 'accepted' as const })));
		return { result: rows.length, courses: [courseId] };
	});
}

/** The fields of a question a person may edit in review. */
export type DraftEdit = Partial<
	Pick<
		Question,
		'type' | 'prompt' | 'answer' | 'accept' | 'choices' | 'numeric' | 'explanation' | 'difficulty'
	>
>;

/** Field name (`prompt`, `answer`, `choices`…, or `question` for rules across fields) → message. */
export type FieldErrors = Partial<Record<keyof DraftEdit | 'question', string>>;

export type EditResult =
	{ ok: true; question: QuestionRecord } | { ok: false; errors: FieldErrors };

/** Every problem of an edited question by field, from `QuestionSchema` (nothing is written). */
export function checkEdit(question: QuestionRecord, edit: DraftEdit): EditResult {
	const merged: QuestionRecord = { ...question, ...edit };
	const { courseId, position, status, ...bankFields } = merged;
	const result = v.safeParse(QuestionSchema, { ...bankFields, id: localId(merged.id) });
	if (result.success) {
		return { ok: true, question: { ...result.output, id: merged.id, courseId, position, status } };
	}
	const errors: FieldErrors = {};
	for (const issue of result.issues) {
		const field = (issue.path?.[0]?.key as keyof FieldErrors | undefined) ?? 'question';
		errors[field] ??= issue.message;
	}
	return { ok: false, errors };
}

/**
 * Saves an edit of question `id` if the edited question passes `QuestionSchema`; otherwise
 * writes nothing and returns the problems by field. Throws `CourseInputError` for an unknown
 * id and `StorageFullError` when the disk is full.
 */
export function updateDraft(db: FlashpointDb, id: string, edit: DraftEdit): Promise<EditResult> {
	return reviewTransaction(db, async () => {
		const row = await db.questions.get(id);
		if (!row) throw new CourseInputError('This question no longer exists.');
		const checked = checkEdit(row, edit);
		if (checked.ok) await db.questions.put(checked.question);
		return { result: checked, courses: checked.ok ? [row.courseId] : [] };
	});
}

/**
 * Adds a question a person wrote (from a sentence of document `docId`) to course `courseId`,
 * accepted, after the course's other questions; `origin` is `written`. Returns the stored row.
 * Throws `CourseInputError` (unknown course, or a question failing `QuestionSchema`) and
 * `StorageFullError`.
 */
export function addWrittenQuestion(
	db: FlashpointDb,
	courseId: string,
	question: Omit<Question, 'id' | 'origin'>
): Promise<QuestionRecord> {
	return reviewTransaction(db, async () => {
		if (!(await db.courses.get(courseId)))
			throw new CourseInputError('This course no longer exists.');
		const existing = await courseQuestions(db, courseId);
		const numbers = existing.map((q) => Number(/^q-(\d+)$/.exec(localId(q.id))?.[1] ?? 0));
		const local = `q-${Math.max(0, ...numbers) + 1}`;
		const checked = v.safeParse(QuestionSchema, { ...question, id: local, origin: 'written' });
		if (!checked.success)
			throw new CourseInputError(`This question is not valid: ${firstIssue(checked)}`);
		const row: QuestionRecord = {
			...checked.output,
			id: courseItemId(courseId, local),
			fact: checked.output.fact.startsWith(`${courseId}:`)
				? checked.output.fact
				: courseItemId(courseId, checked.output.fact),
			courseId,
			position: (existing.at(-1)?.position ?? -1) + 1,
			status: 'accepted'
		};
		await db.questions.add(row);
		return { result: row, courses: [courseId] };
	});
}
