import { newerFileText, otherAppFile } from '$lib/text/app-files';
import { CUT_OFF_CLAUSE, notJsonObject, parseJsonText } from '$lib/text/json-text';
import { downloadName } from '$lib/ui/file-names';
import * as v from 'valibot';
import { QuestionSchema, type Question } from '$lib/content/schema';
import { AnkiNoteTypeFormatsSchema, type AnkiNoteTypeFormats } from '$lib/content/anki-ref';
import { isStudied, type QuestionRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { CourseInputError } from './course-errors';
import { courseQuestions } from './drafts';
import { MAX_TITLE_LENGTH } from './manage';

/**
 * A course file: one user course (its documents with their text, its accepted questions and,
 * when asked, its drafts still to review; never anyone's progress) as one JSON file that another
 * Flashpoint user imports (a classmate, the teacher's students, the teacher's new laptop). Shape:
 *
 *     { "format": "flashpoint-course", "version": 1, "exportedAt": ISO time,
 *       "course": { "id": "u-<uuid>", "title" },
 *       "documents": [{ "id": "d-1", title, outlet, author?, date, dateApproximate, dateNote?, text }],
 *       "questions": [Question with course-local ids: id "q-1", source.doc "d-1", fact],
 *       "drafts"?: [Question, same ids, not yet accepted or rejected],
 *       "noteTypes"?: [AnkiNoteTypeFormats: the Anki note types its questions came with] }
 *
 * `drafts` is optional and in its own list, not a flag on a question: a file without it (every
 * file before December 2026) still reads, and an older Flashpoint, whose schema drops unknown
 * keys, leaves the drafts out instead of studying them as accepted questions. `noteTypes`, the
 * card templates, CSS and LaTeX header and footer of a course imported from an `.apkg` (schema
 * v15, `AnkiNoteTypeFormatsSchema`), is optional the same way, so the course's own `.apkg`
 * export on the other device gives the cards as Anki showed them (issue 12, a student from Anki).
 *
 * Ids in the file are course-local (the `<courseId>:` prefix is taken off), so the importer
 * puts them under whichever course id it keeps. Reading (`readCourseFile`) checks size, JSON,
 * format tag, version, the shape (valibot, each question by `QuestionSchema`) and references
 * before anything is written; refusals are sentences a person can act on.
 */

export const COURSE_FILE_FORMAT = 'flashpoint-course';
export const COURSE_FILE_VERSION = 1;

/**
 * Longest course file read (UTF-16 code units). The issue's largest document is 1 MB of text;
 * 64 M characters holds dozens of those with their questions and keeps a hostile file from
 * exhausting a phone's memory.
 */
export const MAX_COURSE_FILE_CHARS = 64_000_000;
/** Most documents and questions one course file may carry. */
export const MAX_FILE_DOCUMENTS = 1_000;
export const MAX_FILE_QUESTIONS = 50_000;
/** Most Anki note types one course file may carry (a collection rarely has more than a few dozen). */
export const MAX_FILE_NOTE_TYPES = 1_000;

const nonEmpty = v.pipe(v.string(), v.trim(), v.minLength(1));
const localId = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,80}$/));

const FileDocumentSchema = v.object({
	id: localId,
	title: v.pipe(nonEmpty, v.maxLength(1_000)),
	outlet: v.string(),
	author: v.optional(v.string()),
	// Absent for a document without a date (files written before December 2026 always had one).
	date: v.optional(v.pipe(v.string(), v.regex(/^\d{4}-\d{2}(?:-\d{2})?$/))),
	dateApproximate: v.boolean(),
	dateNote: v.optional(v.string()),
	text: v.pipe(v.string(), v.maxLength(MAX_COURSE_FILE_CHARS))
});

const CourseFileSchema = v.object({
	format: v.literal(COURSE_FILE_FORMAT),
	version: v.literal(COURSE_FILE_VERSION),
	exportedAt: v.string(),
	course: v.object({
		id: v.pipe(v.string(), v.regex(/^u-[a-z0-9-]{1,80}$/)),
		title: v.pipe(nonEmpty, v.maxLength(MAX_TITLE_LENGTH))
	}),
	documents: v.pipe(v.array(FileDocumentSchema), v.minLength(1), v.maxLength(MAX_FILE_DOCUMENTS)),
	questions: v.pipe(v.array(v.unknown()), v.maxLength(MAX_FILE_QUESTIONS)),
	drafts: v.optional(v.pipe(v.array(v.unknown()), v.maxLength(MAX_FILE_QUESTIONS))),
	noteTypes: v.optional(
		v.pipe(v.array(AnkiNoteTypeFormatsSchema), v.maxLength(MAX_FILE_NOTE_TYPES))
	)
});

export type CourseFileDocument = v.InferOutput<typeof FileDocumentSchema>;

/** A course file that passed every check of `readCourseFile`. */
export interface CourseFile {
	format: typeof COURSE_FILE_FORMAT;
	version: typeof COURSE_FILE_VERSION;
	exportedAt: string;
	course: { id: string; title: string };
	documents: CourseFileDocument[];
	questions: Question[];
	/** Questions still to review, imported as drafts (not studied); `[]` when the file has none. */
	drafts: Question[];
	/** The course's Anki note types (`AnkiNoteTypeFormats`); absent when it keeps none. */
	noteTypes?: AnkiNoteTypeFormats[];
}

export type CourseFileResult = { ok: true; file: CourseFile } | { ok: false; error: string };

const REFUSED = 'Nothing was imported: ';

function refuse(reason: string): CourseFileResult {
	return { ok: false, error: REFUSED + reason };
}

function issueText(issues: readonly v.BaseIssue<unknown>[]): string {
	const issue = issues[0];
	const path = v.getDotPath(issue);
	return path ? `${path}: ${issue.message}` : issue.message;
}

/** The format tag and version, read before the full shape so each gets its own refusal. */
function checkHeader(data: unknown): string | null {
	const header = data as { format?: unknown; version?: unknown } | null;
	if (typeof header !== 'object' || header === null || Array.isArray(header))
		return 'this file is not a Flashpoint course file.';
	// A progress backup or a classroom file: named, with where it is imported.
	const other = otherAppFile(header, 'course');
	if (other) return other.charAt(0).toLowerCase() + other.slice(1);
	if (header.format !== COURSE_FILE_FORMAT) return 'this file is not a Flashpoint course file.';
	if (typeof header.version === 'number' && header.version > COURSE_FILE_VERSION) {
		const newer = newerFileText('course');
		return newer.charAt(0).toLowerCase() + newer.slice(1);
	}
	if (header.version !== COURSE_FILE_VERSION)
		return 'this course file has no version Flashpoint knows.';
	return null;
}

/** Questions checked one by one, so the refusal names the question. */
function checkQuestions(
	raw: readonly unknown[],
	documents: readonly CourseFileDocument[],
	seen: Set<string>,
	kind: 'question' | 'draft'
): { ok: true; questions: Question[] } | { ok: false; error: string } {
	const docIds = new Set(documents.map((d) => d.id));
	const questions: Question[] = [];
	for (const [index, item] of raw.entries()) {
		const result = v.safeParse(QuestionSchema, item);
		const name = `${kind} ${index + 1}`;
		if (!result.success)
			return { ok: false, error: `${name} is damaged (${issueText(result.issues)}).` };
		const question = result.output;
		if (seen.has(question.id))
			return { ok: false, error: `${name} repeats the id “${question.id}”.` };
		if (!docIds.has(question.source.doc))
			return { ok: false, error: `${name} cites a document that is not in the file.` };
		seen.add(question.id);
		questions.push(question);
	}
	return { ok: true, questions };
}

/**
 * Reads a course file's text. Never throws: `{ ok: false, error }` says why it was refused
 * (too large, not JSON, not a course file, a progress backup, a newer version, a damaged field
 * named by its path, a repeated id, a question citing a missing document). Writes nothing.
 */
export function readCourseFile(text: string): CourseFileResult {
	if (text.length > MAX_COURSE_FILE_CHARS)
		return refuse('this file is too large to be a Flashpoint course file.');
	const notJson = notJsonObject(text);
	if (notJson) return refuse(`this file is not a Flashpoint course file: ${notJson}`);
	const json = parseJsonText(text);
	if (!json.ok)
		return refuse(
			json.cutOff
				? `this course file ${CUT_OFF_CLAUSE}`
				: 'this file is not a Flashpoint course file: it is not JSON.'
		);
	const { data } = json;
	const header = checkHeader(data);
	if (header) return refuse(header);
	const parsed = v.safeParse(CourseFileSchema, data);
	if (!parsed.success) return refuse(`the course file is damaged (${issueText(parsed.issues)}).`);
	const file = parsed.output;
	if (new Set(file.documents.map((d) => d.id)).size !== file.documents.length)
		return refuse('the course file is damaged (two documents share an id).');
	const noteTypes = file.noteTypes ?? [];
	if (new Set(noteTypes.map((t) => t.id)).size !== noteTypes.length)
		return refuse('the course file is damaged (two Anki note types share an id).');
	// One set of ids for both lists: a draft may not take an accepted question's id.
	const seen = new Set<string>();
	const questions = checkQuestions(file.questions, file.documents, seen, 'question');
	if (!questions.ok) return refuse(`the course file is damaged: ${questions.error}`);
	const drafts = checkQuestions(file.drafts ?? [], file.documents, seen, 'draft');
	if (!drafts.ok) return refuse(`the course file is damaged: ${drafts.error}`);
	return {
		ok: true,
		file: { ...file, questions: questions.questions, drafts: drafts.questions }
	};
}

/** The course-local part of an item id (`<courseId>:<local>` → `<local>`). */
function local(id: string, courseId: string): string {
	return id.startsWith(`${courseId}:`) ? id.slice(courseId.length + 1) : id;
}

/**
 * The course file of user course `courseId`: its documents (with their text) and accepted
 * questions in course order, course-local ids; with `options.drafts`, its drafts still to
 * review too (in `drafts`, course order), so a teacher moving to a new laptop keeps their review
 * work (outsider, issue 12); its Anki note types' formats when it keeps any (`noteTypes`). Never cards, answers or rejected questions. `now` (ms) is the export
 * time. Throws `CourseInputError` for an unknown course or the built-in course (it ships with the
 * app: everyone has it already).
 */
export async function buildCourseFile(
	db: FlashpointDb,
	courseId: string,
	now: number = Date.now(),
	options: { drafts?: boolean } = {}
): Promise<CourseFile> {
	return db.transaction(
		'r',
		[db.courses, db.documents, db.questions, db.ankiNoteTypes],
		async () => {
			const course = await db.courses.get(courseId);
			if (!course) throw new CourseInputError('This course no longer exists.');
			if (course.kind !== 'user')
				throw new CourseInputError(
					'The built-in course ships with Flashpoint, so everyone has it already.'
				);
			const [documents, questions, noteTypes] = await Promise.all([
				db.documents.where('courseId').equals(courseId).sortBy('position'),
				courseQuestions(db, courseId),
				db.ankiNoteTypes.where('courseId').equals(courseId).toArray()
			]);
			return {
				format: COURSE_FILE_FORMAT,
				version: COURSE_FILE_VERSION,
				exportedAt: new Date(now).toISOString(),
				course: { id: course.id, title: course.title },
				documents: documents.map((d) => ({
					id: local(d.id, courseId),
					title: d.title,
					outlet: d.outlet,
					...(d.author !== undefined && { author: d.author }),
					...(d.date !== undefined && { date: d.date }),
					dateApproximate: d.dateApproximate,
					...(d.dateNote !== undefined && { dateNote: d.dateNote }),
					text: d.text ?? ''
				})),
				questions: questions.filter(isStudied).map((q) => toFileQuestion(q, courseId)),
				drafts: options.drafts
					? questions.filter((q) => q.status === 'draft').map((q) => toFileQuestion(q, courseId))
					: [],
				...(noteTypes.length && {
					noteTypes: noteTypes.map(({ courseId: _course, ...formats }) => formats)
				})
			};
		}
	);
}

function toFileQuestion(row: QuestionRecord, courseId: string): Question {
	// `addedAt` is this device's (when it joined study here), not the course's.
	const { courseId: _c, position: _p, status: _s, addedAt: _a, ...question } = row;
	return {
		...question,
		id: local(row.id, courseId),
		fact: local(row.fact, courseId),
		source: { ...row.source, doc: local(row.source.doc, courseId) }
	};
}

/**
 * "<course title> – course YYYY-MM-DD.json" (`downloadName`), the date of `now` (ms), so the file
 * is found by the course's name beside its question and result files (it was a slug,
 * "flashpoint-course-panama-canal-year-10-2026-12-04.json"; issue 12). Import reads the title
 * from the file, not its name.
 */
export function courseFileName(title: string, now: number = Date.now()): string {
	return downloadName(
		title,
		`course ${new Date(now).toISOString().slice(0, 10)}`,
		'json',
		'Course'
	);
}
