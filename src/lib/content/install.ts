import {
	BUILTIN_COURSE_ID,
	BUILTIN_TITLE,
	courseItemId,
	type CourseRecord,
	type DocumentRecord,
	type QuestionRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { toQueueQuestion } from '$lib/srs/siblings';
import { parseBank, type Bank } from './schema';

/**
 * Rows written per transaction when a course is installed: small enough that an answer in
 * another tab never waits long behind the install (IndexedDB runs overlapping read-write
 * transactions one after another), large enough that the built-in course (about 170) takes two
 * and a 6,500-question collection 65.
 */
export const INSTALL_CHUNK = 100;

/** What a course is installed from: its id, title and kind, and a validated bank. */
export interface CourseSource {
	id: string;
	title: string;
	kind: CourseRecord['kind'];
	/** Content hash of the bank (compared on later opens; see `CourseRecord.hash`). */
	hash: string;
	bank: Bank;
}

/**
 * Writes a validated course into the database: questions in chunks of `INSTALL_CHUNK`, then,
 * in one last transaction, its documents, the removal of questions the new version dropped,
 * and the course row carrying the new hash. Until that last transaction commits the course
 * row keeps its old hash, so an install cut short (tab closed) is simply done again on the
 * next open; cards and answers are never touched, so no progress is lost when a question is
 * dropped and comes back later. Returns the course row written.
 */
export async function writeCourse(
	db: FlashpointDb,
	source: CourseSource,
	now: number = Date.now()
): Promise<CourseRecord> {
	const { id: courseId, bank } = source;
	const questions: QuestionRecord[] = bank.questions.map((question, position) => ({
		...question,
		id: courseItemId(courseId, question.id),
		courseId,
		position
	}));
	const documents: DocumentRecord[] = bank.documents.map((document, position) => ({
		...document,
		id: courseItemId(courseId, document.id),
		courseId,
		position
	}));
	for (let start = 0; start < questions.length; start += INSTALL_CHUNK) {
		const chunk = questions.slice(start, start + INSTALL_CHUNK);
		// A question installed before keeps when it joined study (`addedAt`, anki50): a new version
		// of the bank adds only its new questions, for "Preview new questions".
		const had = await db.questions.bulkGet(chunk.map((question) => question.id));
		await db.questions.bulkPut(
			chunk.map((question, i) => {
				const addedAt = had[i]?.addedAt;
				return addedAt === undefined ? question : { ...question, addedAt };
			})
		);
	}
	const course: CourseRecord = {
		id: courseId,
		title: source.title,
		kind: source.kind,
		hash: source.hash,
		installedAt: now,
		questionCount: questions.length,
		documentCount: documents.length,
		queue: questions.map(toQueueQuestion)
	};
	await db.transaction('rw', db.courses, db.documents, db.questions, async () => {
		const keep = new Set(questions.map((question) => question.id));
		const stale = (await db.questions.where('courseId').equals(courseId).primaryKeys()).filter(
			(id) => !keep.has(id)
		);
		await db.questions.bulkDelete(stale);
		await db.documents.where('courseId').equals(courseId).delete();
		await db.documents.bulkPut(documents);
		await db.courses.put(course);
	});
	return course;
}

// Kept with the course id, so screens that list courses need not load the installer.
export { BUILTIN_TITLE };

/**
 * Installs the shipped bank as the built-in course unless the database already holds this
 * version (same `hash`): fetches `url` (a hashed, precached asset, so this works offline
 * once the service worker is installed), validates it with `parseBank` (the only place the
 * app validates the bank), and writes it with `writeCourse`. Returns the course row.
 * Throws an `Error` with a readable message when the file cannot be fetched or is damaged;
 * the database is then unchanged.
 */
export async function installBuiltinCourse(
	db: FlashpointDb,
	url: string,
	hash: string,
	fetchImpl: typeof fetch = fetch
): Promise<CourseRecord> {
	const existing = await db.courses.get(BUILTIN_COURSE_ID);
	if (existing?.hash === hash) return existing;
	const response = await fetchImpl(url);
	if (!response.ok) throw new Error(`The question bank could not be loaded (${response.status}).`);
	const parsed = parseBank(await response.json());
	if (!parsed.ok) throw new Error(`The question bank is damaged: ${parsed.error}`);
	return writeCourse(db, {
		id: BUILTIN_COURSE_ID,
		title: BUILTIN_TITLE,
		kind: 'builtin',
		hash,
		bank: parsed.value
	});
}
