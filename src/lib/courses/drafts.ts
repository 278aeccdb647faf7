import { Dexie } from 'dexie';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/content/schema';
import { bareOpeningProblem } from './prompt-check';
import {
	courseItemId,
	isStudied,
	localItemId,
	nextItemNumber,
	type CourseRecord,
	type DraftStatus,
	type QuestionRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { toQueueQuestion } from '$lib/srs/siblings';
import { CourseInputError, firstIssue, guarded } from './course-errors';

/**
 * A user course's questions under review: each status change, edit or written question is saved
 * in one transaction with the course row's `queue` and `questionCount`, rebuilt from the
 * accepted questions only (only those are studied).
 */

/** The course row's study queue and question count, from its accepted questions. */
export function studied(
	questions: QuestionRecord[]
): Pick<CourseRecord, 'queue' | 'questionCount'> {
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

/**
 * How many of course `courseId`'s questions wait for review (`status` `draft`), by the
 * `[courseId+status]` index: what Study says when a course has nothing accepted yet. Throws as
 * Dexie does.
 */
export function countDrafts(db: FlashpointDb, courseId: string): Promise<number> {
	return db.questions.where('[courseId+status]').equals([courseId, 'draft']).count();
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

/** What a decision on one draft did: written, or refused because another tab decided first. */
export type DecideResult =
	| { ok: true }
	/** Nothing written: `stored` is the question as saved now; `message` says what happened. */
	| { ok: false; stored: QuestionRecord; message: string };

/**
 * Sets question `id`'s review status to `status` only if it is still `from`, the status the
 * screen showed when the person pressed the button, checked in the write's own transaction. A
 * stale tab's Accept silently undid a Reject made in another tab (outsider teacher, session
 * 23); now the stale press writes nothing and says what the other tab did. Throws
 * `CourseInputError` for an unknown id and `StorageFullError` when the disk is full.
 */
export function decideDraft(
	db: FlashpointDb,
	id: string,
	status: DraftStatus,
	from: DraftStatus
): Promise<DecideResult> {
	return reviewTransaction(db, async (): Promise<{ result: DecideResult; courses: string[] }> => {
		const row = await db.questions.get(id);
		if (!row) throw new CourseInputError('This question no longer exists.');
		const stored = row.status ?? 'accepted';
		if (stored === status) return { result: { ok: true }, courses: [] };
		if (stored !== from) {
			const there = stored === 'draft' ? 'put back to draft' : stored;
			const message = `Not changed: this question was ${there} in another tab or window after you opened it. It shows as it is now; choose again if you still want to.`;
			return { result: { ok: false, stored: row, message }, courses: [] };
		}
		await db.questions.put({ ...row, status });
		return { result: { ok: true }, courses: [row.courseId] };
	});
}

/** What "Accept all" did: how many drafts it accepted of each type, and the prompts it left. */
export interface AcceptAllResult {
	/** Drafts accepted, by type (types with none left out), counted from the rows written. */
	accepted: Partial<Record<Question['type'], number>>;
	/** Drafts left undecided because their prompt names no subject (`bareOpeningProblem`). */
	held: string[];
	/** Ids of the questions accepted (so the screen knows these changes were its own). */
	ids: string[];
}

/**
 * Accepts every draft in course `courseId`, or only those of `type` (rejected questions stay
 * rejected), except a draft whose prompt is only a question opening ("What was": outsider
 * teacher, accepted by Accept all), which stays a draft to edit. The counts come from the rows
 * this transaction wrote, so the screen's notice and its Accepted figure read the same rows (the
 * notice once said "0 flashcards accepted" beside "Accepted 7": outsider, issue 12). Throws
 * `StorageFullError`.
 */
export function acceptAllDrafts(
	db: FlashpointDb,
	courseId: string,
	type?: Question['type']
): Promise<AcceptAllResult> {
	return reviewTransaction(db, async () => {
		const drafts = (await courseQuestions(db, courseId)).filter(
			(row) => row.status === 'draft' && (type === undefined || row.type === type)
		);
		const held = drafts.filter((row) => bareOpeningProblem(row.prompt, row.type));
		const rows = drafts.filter((row) => !held.includes(row));
		await db.questions.bulkPut(rows.map((row) => ({ ...row, status: 'accepted' as const })));
		const accepted: AcceptAllResult['accepted'] = {};
		for (const row of rows) accepted[row.type] = (accepted[row.type] ?? 0) + 1;
		return {
			result: { accepted, held: held.map((row) => row.prompt), ids: rows.map((row) => row.id) },
			courses: [courseId]
		};
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
	| { ok: true; question: QuestionRecord }
	/**
	 * Nothing written: the problems by field, or, with `changed`, the question as stored now,
	 * which differs from the `base` the edit began from (another tab saved first).
	 */
	| { ok: false; errors: FieldErrors; changed?: QuestionRecord };

/** Every problem of an edited question by field, from `QuestionSchema` (nothing is written). */
export function checkEdit(question: QuestionRecord, edit: DraftEdit): EditResult {
	const merged: QuestionRecord = { ...question, ...edit };
	const { courseId, position, status, ...bankFields } = merged;
	const result = v.safeParse(QuestionSchema, { ...bankFields, id: localItemId(merged.id) });
	// A prompt that is only a question opening passes the schema but asks nothing.
	const bare = bareOpeningProblem(merged.prompt, merged.type);
	if (result.success && bare) return { ok: false, errors: { prompt: bare } };
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

/** The fields of a question a review can change: its text, choices and status. */
const REVIEWED: (keyof QuestionRecord)[] = [
	'type',
	'prompt',
	'answer',
	'choices',
	'accept',
	'numeric',
	'explanation',
	'status'
];

/**
 * Whether two readings of a question differ in what a review can change (`REVIEWED`; no
 * status is `accepted`, as `isStudied` reads it). Pure.
 */
export function reviewChanged(a: QuestionRecord, b: QuestionRecord): boolean {
	const fields = (q: QuestionRecord) =>
		JSON.stringify(REVIEWED.map((key) => (key === 'status' ? (q.status ?? 'accepted') : q[key])));
	return fields(a) !== fields(b);
}

/** What a save over another tab's change says: what changed there, and that the text is kept. */
function changedWords(base: QuestionRecord, stored: QuestionRecord): string {
	const status = stored.status ?? 'accepted';
	const there =
		status !== (base.status ?? 'accepted')
			? `${status === 'draft' ? 'put back to draft' : status} in another tab or window`
			: 'edited in another tab or window';
	return `Not saved: this question was ${there} after you opened it. Your text is kept here: save again to put it in place of that, or Cancel.`;
}

/**
 * Saves an edit of question `id` if the edited question passes `QuestionSchema`; otherwise
 * writes nothing and returns the problems by field. `base`: the question as the edit form read
 * it; when the stored one differs (`reviewChanged`: another tab rejected or edited it), nothing
 * is written and `changed` is the stored one, checked in the write's own transaction as the
 * classroom quiz editor's `saveOver` is (a stale "Save and accept" in a second tab undid a
 * Reject: outsider teacher, 2026-12-03). `status`: set in the same write ("Save and accept").
 * Throws `CourseInputError` for an unknown id and `StorageFullError` when the disk is full.
 */
export function updateDraft(
	db: FlashpointDb,
	id: string,
	edit: DraftEdit,
	{ base, status }: { base?: QuestionRecord; status?: DraftStatus } = {}
): Promise<EditResult> {
	return reviewTransaction(db, async (): Promise<{ result: EditResult; courses: string[] }> => {
		const row = await db.questions.get(id);
		if (!row) throw new CourseInputError('This question no longer exists.');
		if (base && reviewChanged(base, row)) {
			const errors = { question: changedWords(base, row) };
			return { result: { ok: false, errors, changed: row }, courses: [] };
		}
		const checked = checkEdit(row, edit);
		if (!checked.ok) return { result: checked, courses: [] };
		const question = status ? { ...checked.question, status } : checked.question;
		await db.questions.put(question);
		return { result: { ok: true, question }, courses: [row.courseId] };
	});
}

/**
 * Adds a question a person wrote (from a sentence of document `docId`) to course `courseId`,
 * after the course's other questions; `origin` is `written`. `status` is `accepted` (written by
 * hand: accepted at once) or `draft` (added from a suggested sentence, `suggestion-draft.ts`: to
 * accept, edit or reject like a generated draft). Returns the stored row. Throws
 * `CourseInputError` (unknown course, or a question failing `QuestionSchema`) and
 * `StorageFullError`.
 */
export function addWrittenQuestion(
	db: FlashpointDb,
	courseId: string,
	question: Omit<Question, 'id' | 'origin'>,
	status: 'accepted' | 'draft' = 'accepted'
): Promise<QuestionRecord> {
	return reviewTransaction(db, async () => {
		if (!(await db.courses.get(courseId)))
			throw new CourseInputError('This course no longer exists.');
		const existing = await courseQuestions(db, courseId);
		const local = `q-${nextItemNumber('q', existing)}`;
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
			status
		};
		await db.questions.add(row);
		return { result: row, courses: [courseId] };
	});
}
