import bankUrl from '$questions/bank.json?url';
import { Dexie } from 'dexie';
import {
	BUILTIN_COURSE_ID,
	courseIdOf,
	isStudied,
	type CourseRecord,
	type DocumentRecord,
	type QuestionRecord
} from '$lib/db/records';
import { BUILTIN_REMOVED_KEY, isBuiltinRemoved } from '$lib/db/builtin-removed';
import { DB_NAME, getDb, type FlashpointDb } from '$lib/db/schema';
import type { QueueQuestion } from '$lib/srs/queue';
import { runOnce } from '$lib/workers/run-once';
import { indexBank, type BankIndex } from './bank-index';
import type { Bank, Question, SourceDocument } from './schema';
import { textBlocks, type SourceFile } from './sources';

/**
 * The one course loader of the app. The shipped bank (`questions/bank.json`) is validated
 * once, when it is installed or when its content hash changes, and kept in IndexedDB
 * (`courses`, `questions`, `documents`); every screen then reads it from there, never
 * fetching or validating the whole file again. Home reads only the course rows
 * (`loadStudyQuestions`).
 */

/**
 * The installed version's key: the content hash of the shipped bank (`vite.config.ts`) and the
 * version of the course row's shape (`f2`: the queue carries sentence key, type and rank), so a
 * change to either installs the course again.
 */
export const BANK_HASH: string = `${FLASHPOINT_BANK_HASH}-f2`;

export { indexBank, type BankIndex } from './bank-index';

/** Per connection, so a test's database never shares another's state. */
const installs = new WeakMap<FlashpointDb, Promise<void>>();
const loaded = new WeakMap<FlashpointDb, { hash: string; index: Promise<BankIndex> }>();

/**
 * `run`'s promise, shared by the calls made while it runs (two screens asking at once install
 * once); a settled one is not kept, so the next call checks again: the built-in course may have
 * been removed or added again since (`$lib/courses/builtin-course`, in any tab).
 */
function inFlight(
	cache: WeakMap<FlashpointDb, Promise<void>>,
	db: FlashpointDb,
	run: () => Promise<void>
): Promise<void> {
	let promise = cache.get(db);
	if (!promise) {
		promise = run();
		cache.set(db, promise);
		const forget = () => cache.delete(db);
		promise.then(forget, forget);
	}
	return promise;
}

/**
 * Resolves once the built-in course of the shipped version is in the database. When it is
 * not (first open, or a new version of the app changed the bank), the bank is fetched,
 * validated and written in a Web Worker, so the main thread never runs the long parse;
 * where a worker cannot start (or for a database other than the app's), on the main thread.
 * Not when the student removed it (`isBuiltinRemoved`) and has a course of her own.
 * Rejects with a readable `Error` when the bank cannot be fetched or is damaged.
 */
export function ensureBuiltinCourse(db: FlashpointDb = getDb()): Promise<void> {
	return inFlight(installs, db, async () => {
		const [course, removed] = await Promise.all([
			db.courses.get(BUILTIN_COURSE_ID),
			isBuiltinRemoved(db)
		]);
		if (course?.hash === BANK_HASH) return;
		// Removed by the student (`$lib/courses/builtin-course`): not installed again while she
		// has a course of her own; with none left, the app would have nothing to study, so it
		// comes back (the Remove dialog says so).
		if (removed && !course) {
			if ((await db.courses.count()) > 0) return;
			await db.settings.delete(BUILTIN_REMOVED_KEY);
		}
		if (typeof Worker !== 'undefined' && db.name === DB_NAME) {
			const outcome = await installInWorker();
			if (outcome.ok) return;
			if ('error' in outcome) throw new Error(outcome.error);
		}
		const { installBuiltinCourse } = await import('./install');
		await installBuiltinCourse(db, bankUrl, BANK_HASH);
	});
}

type WorkerOutcome = { ok: true } | { ok: false; error: string } | { ok: false; unavailable: true };

/** The built-in course installed by `install.worker.ts`, or why not (`unavailable`: do it here). */
function installInWorker(): Promise<WorkerOutcome> {
	return runOnce(
		() => new Worker(new URL('./install.worker.ts', import.meta.url), { type: 'module' }),
		{ url: bankUrl, hash: BANK_HASH },
		(reply: { ok: boolean; error?: string }): WorkerOutcome =>
			reply.ok ? { ok: true } : { ok: false, error: reply.error ?? '' },
		// The worker could not start, or its script failed (not loadable, or IndexedDB unavailable
		// in workers): the caller installs on this thread.
		async () => ({ ok: false, unavailable: true })
	);
}

/**
 * Every course row, the built-in course first, then the user's courses in the order they were
 * added (`installedAt`). Cheap: one row per course, each carrying its queue (`toQueueQuestion`).
 */
export async function listCourses(db: FlashpointDb = getDb()): Promise<CourseRecord[]> {
	const courses = await db.courses.toArray();
	return courses.sort(
		(a, b) =>
			Number(b.id === BUILTIN_COURSE_ID) - Number(a.id === BUILTIN_COURSE_ID) ||
			a.installedAt - b.installedAt
	);
}

/** A course row without its question list (`queue`): what a list of courses shows. */
export type CourseInfo = Omit<CourseRecord, 'queue'>;

/**
 * Every course, ordered as `listCourses` orders them, without their question lists: read from
 * the `course` tally rows (schema v7, one small row per course), so Home lists the courses
 * without reading every course's questions.
 */
export async function listCourseInfo(db: FlashpointDb = getDb()): Promise<CourseInfo[]> {
	const rows = await db.tallies.where('bucket').equals('course').toArray();
	return rows
		.flatMap((row) => (row.course ? [row.course] : []))
		.sort(
			(a, b) =>
				Number(b.id === BUILTIN_COURSE_ID) - Number(a.id === BUILTIN_COURSE_ID) ||
				a.installedAt - b.installedAt
		);
}

/**
 * The studied questions as the queue needs them (`toQueueQuestion`: id, fact, sentence key,
 * type, rank), in course order, read from the course rows only. Every course's when `courseId`
 * is absent or null, else that course's only, from its own row (empty for an unknown id): the
 * other rows' lists are not read. Empty until the built-in course is installed
 * (`ensureBuiltinCourse`).
 */
export async function loadStudyQuestions(
	db: FlashpointDb = getDb(),
	courseId: string | null = null
): Promise<QueueQuestion[]> {
	if (courseId === null) return studyQuestionsOf(await listCourses(db));
	return (await db.courses.get(courseId))?.queue ?? [];
}

/** `loadStudyQuestions` of course rows already read (`listCourses`). */
export function studyQuestionsOf(
	courses: readonly CourseRecord[],
	courseId: string | null = null
): QueueQuestion[] {
	return courses
		.filter((course) => courseId === null || course.id === courseId)
		.flatMap((course) => course.queue);
}

/**
 * A course's questions and documents in course order, read in one transaction. Every question
 * of a user course, drafts and rejected ones too (`status` is kept; `isStudied` tells which are
 * studied); documents without their text.
 */
export async function readCourse(db: FlashpointDb, courseId: string): Promise<Bank> {
	const range = <T>(table: Dexie.Table<T>) =>
		table
			.where('[courseId+position]')
			.between([courseId, Dexie.minKey], [courseId, Dexie.maxKey], true, true)
			.toArray();
	const [questions, documents] = await db.transaction('r', db.questions, db.documents, async () =>
		Promise.all([range(db.questions), range(db.documents)])
	);
	for (const row of [...questions, ...documents]) toBankShape(row);
	return { version: 1, questions, documents } as Bank;
}

/**
 * A stored question or document row back to the bank's own shape, in place: the course fields
 * (`courseId`, `position`), a document's `text` and `bytes` and a question's `addedAt` (this
 * device's: when it joined study here) would otherwise travel into quiz links and course files.
 * The one place that knows which stored fields are the device's (`readCourse`, `QuestionShelf`).
 */
export function toBankShape(row: object): void {
	const fields = row as Partial<DocumentRecord & QuestionRecord>;
	delete fields.courseId;
	delete fields.position;
	delete fields.text;
	delete fields.addedAt;
	delete fields.bytes;
}

/**
 * The built-in course, loaded once per installed version: installed first if needed
 * (`ensureBuiltinCourse`), then read from IndexedDB, already validated.
 */
export async function loadBank(db: FlashpointDb = getDb()): Promise<BankIndex> {
	await ensureBuiltinCourse(db);
	// Kept per installed version, read again when that changes (a page that outlived a Remove
	// or an Add again is not stale). Removed by the student (`isBuiltinRemoved`), it is no
	// course of hers, but a teacher's quiz of it (a join code), its reader and the quiz builder
	// still need its questions: they come from the shipped file, parsed here, not installed.
	const hash = (await db.courses.get(BUILTIN_COURSE_ID))?.hash ?? SHIPPED;
	const kept = loaded.get(db);
	if (kept?.hash === hash) return kept.index;
	const index = (hash === SHIPPED ? readShippedBank() : readCourse(db, BUILTIN_COURSE_ID)).then(
		indexBank
	);
	loaded.set(db, { hash, index });
	index.catch(() => loaded.delete(db));
	return index;
}

/** `loadBank`'s key for the shipped file read without its course row (the course removed). */
const SHIPPED = 'shipped';

/** The shipped bank, fetched (precached: works offline) and validated. Rejects as install does. */
async function readShippedBank(): Promise<Bank> {
	const [{ parseBank }, response] = await Promise.all([import('./schema'), fetch(bankUrl)]);
	if (!response.ok) throw new Error(`The question bank could not be loaded (${response.status}).`);
	const parsed = parseBank(await response.json());
	if (!parsed.ok) throw new Error(`The question bank is damaged: ${parsed.error}`);
	return parsed.value;
}

/**
 * The questions studied in one course (`courseId`) or in all of them (null), with their
 * documents, as one `BankIndex` in course order (the order of `loadStudyQuestions`). Drafts and
 * rejected questions of user courses are left out. The built-in course comes from `loadBank`
 * (read once per page); user courses are read afresh, as they change. An unknown course id
 * gives an empty index. Rejects like `loadBank`.
 */
export async function loadCourseBank(
	courseId: string | null,
	db: FlashpointDb = getDb()
): Promise<BankIndex> {
	// One user course needs nothing of the built-in one: reading and indexing its ~650 questions
	// first kept New quiz on "Loading the course…" past 7 s on a loaded 2-core machine.
	const builtin =
		courseId === null || courseId === BUILTIN_COURSE_ID ? await loadBank(db) : undefined;
	// The course rows' question lists are not needed here: the tally rows say which courses.
	const courses = (await listCourseInfo(db)).filter((c) => courseId === null || c.id === courseId);
	const parts = await Promise.all(
		courses.map((course) =>
			course.id === BUILTIN_COURSE_ID && builtin ? builtin.bank : readCourse(db, course.id)
		)
	);
	return indexBank({
		version: 1,
		documents: parts.flatMap((part) => part.documents),
		questions: parts.flatMap((part) =>
			part.questions.filter((q) => isStudied(q as Partial<QuestionRecord>))
		)
	});
}

/**
 * A user course's document (id `<courseId>:d-<n>`) as the reader shows it (`SourceFile`: its
 * metadata and its text as blocks, `textBlocks`), or undefined when there is no such document.
 */
export async function loadUserSource(
	docId: string,
	db: FlashpointDb = getDb()
): Promise<SourceFile | undefined> {
	const row = await db.documents.get(docId);
	if (!row || row.courseId === BUILTIN_COURSE_ID) return undefined;
	const { text = '', bytes: _bytes, ...document } = row;
	return {
		document: { ...document, author: document.author || undefined } as SourceDocument,
		short: document.outlet || document.title,
		blocks: textBlocks(text)
	};
}

/**
 * The questions citing document `docId`, in course order: `all` of them (drafts too, so a
 * sentence can be shown for any question, e.g. from draft review) and the `studied` ones (the
 * reader's list). Rejects like `loadBank`.
 */
export async function loadDocumentQuestions(
	docId: string,
	db: FlashpointDb = getDb()
): Promise<{ all: Question[]; studied: Question[] }> {
	const courseId = courseIdOf(docId);
	const questions =
		courseId === BUILTIN_COURSE_ID
			? (await loadBank(db)).bank.questions
			: (await readCourse(db, courseId)).questions;
	const all = questions.filter((q) => q.source.doc === docId);
	return { all, studied: all.filter((q) => isStudied(q as Partial<QuestionRecord>)) };
}

/** A user course and its documents (without their text), for the Sources list. */
export interface CourseDocuments {
	course: CourseInfo;
	documents: SourceDocument[];
	/** Studied questions per document id. */
	questionCounts: Record<string, number>;
}

/**
 * Every user course (or only `courseId`) with its documents in course order and how many
 * studied questions cite each. The built-in course is left out: its articles ship with the app
 * (`$lib/content/source-library`).
 */
export async function loadCourseDocuments(
	courseId: string | null = null,
	db: FlashpointDb = getDb()
): Promise<CourseDocuments[]> {
	const courses = (await listCourseInfo(db)).filter(
		(c) => c.kind === 'user' && (courseId === null || c.id === courseId)
	);
	return Promise.all(
		courses.map(async (course) => {
			const { documents, questions } = await readCourse(db, course.id);
			const questionCounts: Record<string, number> = {};
			for (const q of questions)
				if (isStudied(q as Partial<QuestionRecord>))
					questionCounts[q.source.doc] = (questionCounts[q.source.doc] ?? 0) + 1;
			return { course, documents, questionCounts };
		})
	);
}
