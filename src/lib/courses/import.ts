import type { AnkiNoteTypeFormats } from '$lib/content/anki-ref';
import type { PortableHistory, PortableHold } from '$lib/formats/portable';
import { readStudyToday } from '$lib/db/study-today';
import { newNoteTypes, storeNoteTypes } from '$lib/db/anki-note-types';
import {
	courseItemId,
	localItemId,
	nextItemNumber,
	type CourseRecord,
	type QuestionRecord,
	SUSPENDED_UNTIL,
	type CardHoldRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { deferIndexUpkeep, refreshDeferredCourses } from '$lib/db/indexes';
import { courseRowsInSteps, writeCourseRows } from './create';
import { CourseInputError, guarded } from './course-errors';
import { courseQuestions, refreshCourse } from './drafts';
import { storeImportedHistory } from './import-history';
import { historyQuestionOf, type ImportOrigin, type ImportPlan } from './import-plan';
import { fileDocument, fileDocumentRow, renameEarlierFile } from './import-document';
import { StoreSteps, type StoreHooks } from './store-progress';

export {
	historyQuestionOf,
	planImport,
	toImportedQuestion,
	type ExistingQuestion,
	type ImportOrigin,
	type ImportPlan
} from './import-plan';

/**
 * Questions read from another tool's file (`$lib/formats`) becoming a course's questions:
 * `planImport` (`import-plan.ts`) decides what will be stored (for the preview; nothing is
 * written), then `importAsNewCourse` or `importIntoCourse` writes it in one transaction.
 * Imported questions are `accepted` (a person wrote them) with `origin: 'imported'`; the file
 * itself becomes one document of the course (`import-document.ts`), so every question keeps
 * where it came from. A question keeps a source sentence only when its
 * file carried one (`source.quote` is `''` otherwise): none is ever invented. Updated questions
 * keep their id, card and answers; the file's scheduling history is stored only when asked.
 */

/** How an import is stored: its time (ms) and, when the person asked, the file's history. */
export interface ImportOptions extends StoreHooks {
	now?: number;
	history?: readonly PortableHistory[];
	/**
	 * Take the plan's `missing` questions (no longer in the file) out of study: they become
	 * `rejected`, as in the drafts review, which can bring them back; their answers are kept.
	 */
	removeMissing?: boolean;
	/** An Anki package's note types' card formats and styling, kept for export (anki50). */
	noteTypes?: readonly AnkiNoteTypeFormats[];
	/** Cards suspended or buried in the package (`ImportResult.held`), held here too. */
	held?: readonly PortableHold[];
}

/** What an import stored. */
export interface ImportOutcome {
	courseId: string;
	/** New questions. */
	added: number;
	/** Questions updated in place. */
	updated: number;
	/** Questions no longer in the file taken out of study (`removeMissing`). */
	removed: number;
	/** Answers from the file's scheduling history this device did not have. */
	answers: number;
	/**
	 * The file's cards with a review history, kept (with `history` only), and their answers:
	 * the result says "2 with review history (10 answers), kept" again on a second import.
	 */
	history?: { cards: number; answers: number };
	/** Anki note types whose card templates and styling were stored (anki50). */
	noteTypes?: number;
}

/** Every table an import may write, so questions and history land in one transaction. */
function importTables(db: FlashpointDb) {
	return [
		db.courses,
		db.documents,
		db.questions,
		db.cards,
		db.reviews,
		db.days,
		db.settings,
		db.items,
		db.ankiNoteTypes,
		db.holds
	];
}

/**
 * The study queue of the course row `course` (as stored) written once, at the end of an import
 * whose transaction deferred index upkeep (`deferIndexUpkeep`): its items, `fresh` rows and
 * tallies from its cards, and its recent answers' sibling keys. Written write by write, a
 * 40,000-card `.apkg` spent 14 s on the queue and 14.7 s updating it card by card (issue 14).
 * One write no bar can count: a stage of its own, which Cancel cannot stop midway.
 */
async function writeStudyQueue(
	db: FlashpointDb,
	course: CourseRecord,
	steps: StoreSteps
): Promise<void> {
	steps.step('queue', 0, course.queue?.length ?? 0);
	await refreshDeferredCourses(db.courses, [course]);
}

/** The file's history stored against course `courseId`'s questions (`historyQuestionOf`). */
async function storeHistory(
	db: FlashpointDb,
	courseId: string,
	origin: ImportOrigin,
	history: readonly PortableHistory[] | undefined,
	steps: StoreSteps
): Promise<Pick<ImportOutcome, 'answers' | 'history'>> {
	if (!history?.length) return { answers: 0 };
	const questionOf = historyQuestionOf(await courseQuestions(db, courseId), origin);
	const stored = await storeImportedHistory(db, history, questionOf, steps);
	return { answers: stored.answers, history: { cards: stored.cards, answers: stored.given } };
}

/**
 * Holds the file's suspended and buried cards (`ImportOptions.held`) on the course's questions
 * they map to (as history maps them, `historyQuestionOf`), buried until the next study day
 * begins; call in the import's transaction. A question not imported is skipped.
 */
async function storeHolds(
	db: FlashpointDb,
	courseId: string,
	origin: ImportOrigin,
	held: readonly PortableHold[] | undefined,
	now: number
): Promise<void> {
	if (!held?.length) return;
	const questionOf = historyQuestionOf(await courseQuestions(db, courseId), origin);
	const { end } = await readStudyToday(db, now);
	const rows = held.flatMap(({ externalId, kind }): CardHoldRecord[] => {
		const questionId = questionOf(externalId);
		if (!questionId) return [];
		return [{ questionId, kind, until: kind === 'suspended' ? SUSPENDED_UNTIL : end, at: now }];
	});
	await db.holds.bulkPut(rows);
}

/**
 * Stores a plan as a new user course titled `title`, all questions accepted, with the history
 * in `options` if given, in one transaction. Throws `CourseInputError` (no title, no question)
 * and `StorageFullError`; either way nothing is written.
 */
export async function importAsNewCourse(
	db: FlashpointDb,
	plan: ImportPlan,
	origin: ImportOrigin,
	title: string,
	options: ImportOptions = {}
): Promise<ImportOutcome> {
	if (!plan.questions.length) throw new CourseInputError('There is no question to import.');
	const steps = new StoreSteps(options);
	// Checked before the transaction, pausing between chunks: Cancel is seen while checking too.
	const rows = await courseRowsInSteps(
		{ title, documents: [fileDocument(plan, origin)], status: 'accepted' },
		{ now: options.now },
		steps
	);
	const course = rows.course;
	return guarded(() =>
		db.transaction('rw', importTables(db), async () => {
			deferIndexUpkeep();
			await writeCourseRows(db, rows, steps);
			const kept = await storeHistory(db, course.id, origin, options.history, steps);
			await storeHolds(db, course.id, origin, options.held, options.now ?? Date.now());
			await storeNoteTypes(db, course.id, options.noteTypes);
			await writeStudyQueue(db, course, steps);
			steps.step('saving');
			return {
				courseId: course.id,
				added: plan.questions.length,
				updated: 0,
				removed: 0,
				...kept
			};
		})
	);
}

/** The course's question `id` with the content of `question`; undefined if it left the course. */
async function updated(
	db: FlashpointDb,
	courseId: string,
	{ id, question }: ImportPlan['updates'][number]
): Promise<QuestionRecord | undefined> {
	const row = await db.questions.get(id);
	if (row?.courseId !== courseId) return undefined;
	const { accept: _accept, choices: _choices, numeric: _numeric, weight: _weight, ...kept } = row;
	// A file without a weight (not Moodle's) keeps the course's (`partWeights` checks it).
	const weight = question.type === 'truefalse' ? (question.weight ?? row.weight) : undefined;
	return {
		...kept,
		type: question.type,
		prompt: question.prompt,
		answer: question.answer,
		...(question.accept ? { accept: question.accept } : {}),
		...(question.choices ? { choices: question.choices } : {}),
		...(question.numeric ? { numeric: question.numeric } : {}),
		explanation: question.explanation,
		topics: question.topics,
		source: { doc: row.source.doc, quote: question.source.quote },
		...(question.externalId ? { externalId: question.externalId } : {}),
		// The note as the file has it now (its note type, deck, fields), the GUID kept.
		...(question.anki
			? { anki: { ...question.anki, guid: row.anki?.guid ?? question.anki.guid } }
			: {}),
		...(question.name ? { name: question.name } : {}),
		...(weight !== undefined ? { weight } : {})
	};
}

/** Marks course `courseId`'s questions `missing` rejected (out of study); how many it changed. */
async function takeOutOfStudy(
	db: FlashpointDb,
	courseId: string,
	missing: ImportPlan['missing']
): Promise<number> {
	const rows = (await db.questions.bulkGet(missing.map((m) => m.id))).filter(
		(row) => row?.courseId === courseId && row.status !== 'rejected'
	) as QuestionRecord[];
	await db.questions.bulkPut(rows.map((row) => ({ ...row, status: 'rejected' as const })));
	return rows.length;
}

/**
 * The plan's new questions as rows of user course `courseId`, after its `existing` questions (in
 * course order), all accepted, from the file's `document` row (`isNew`: made by this import).
 * Pure.
 */
function newQuestionRows(
	courseId: string,
	plan: ImportPlan,
	existing: readonly QuestionRecord[],
	document: { id: string },
	isNew: boolean
): QuestionRecord[] {
	let next = nextItemNumber('q', existing);
	let position = (existing.at(-1)?.position ?? -1) + 1;
	const docLocal = localItemId(document.id);
	return plan.questions.map((q) => {
		const id = `q-${next++}`;
		// A file's placeholder fact (`i-<n>`, its place in the file) names another question
		// in each import: in a document imported into again it would make strangers siblings.
		const fact = isNew || !q.fact.startsWith('i-') ? q.fact : id;
		return {
			...q,
			id: courseItemId(courseId, id),
			fact: courseItemId(courseId, `${docLocal}-${fact}`),
			source: { ...q.source, doc: document.id },
			courseId,
			position: position++,
			status: 'accepted'
		};
	});
}

/**
 * Stores the plan's new questions in user course `courseId` with the file's document (new, or
 * the one an earlier import of the file made, `fileDocumentRow`), reporting progress as the
 * first of `total` questions written; call in the import's transaction. Returns how many it
 * added.
 */
async function addFileQuestions(
	db: FlashpointDb,
	courseId: string,
	plan: ImportPlan,
	origin: ImportOrigin,
	steps: StoreSteps,
	total: number
): Promise<number> {
	if (!plan.questions.length) return 0;
	const existing = await courseQuestions(db, courseId);
	const { row: document, isNew } = await fileDocumentRow(db, courseId, fileDocument(plan, origin));
	const rows = newQuestionRows(courseId, plan, existing, document, isNew);
	await db.documents.put(document);
	await steps.inChunks(rows, (chunk) => db.questions.bulkAdd(chunk), { total });
	// The course row's count, kept with its rows (Home, backups and Delete read it).
	if (isNew) {
		const documentCount = await db.documents.where('courseId').equals(courseId).count();
		await db.courses.update(courseId, { documentCount });
	}
	return rows.length;
}

/**
 * Adds a plan's new questions to the user course `courseId` after its own, with the file as a
 * new document, all accepted; updates in place the questions the file changed (each keeps its
 * id, card and answers); stores the history in `options` if given; all in one transaction (with
 * the course's study queue); takes the questions no longer in the file out of study when
 * `options.removeMissing`. Throws `CourseInputError` (unknown or built-in course, nothing to
 * import) and `StorageFullError`; either way nothing is written.
 */
export function importIntoCourse(
	db: FlashpointDb,
	courseId: string,
	plan: ImportPlan,
	origin: ImportOrigin,
	options: ImportOptions = {}
): Promise<ImportOutcome> {
	const removing = options.removeMissing ? plan.missing : [];
	if (
		!plan.questions.length &&
		!plan.updates.length &&
		!removing.length &&
		!options.history?.length &&
		!options.noteTypes?.length
	)
		return Promise.reject(new CourseInputError('There is no question to import.'));
	const steps = new StoreSteps(options);
	return guarded(() =>
		db.transaction('rw', importTables(db), async () => {
			deferIndexUpkeep();
			steps.step('checking');
			const course = await db.courses.get(courseId);
			if (course?.kind !== 'user')
				throw new CourseInputError('This course no longer exists, or is not one of yours.');
			await renameEarlierFile(db, courseId, plan, origin);
			const total = plan.questions.length + plan.updates.length;
			const added = await addFileQuestions(db, courseId, plan, origin, steps, total);
			const changes = (await Promise.all(plan.updates.map((u) => updated(db, courseId, u)))).filter(
				(row) => row !== undefined
			);
			await steps.inChunks(changes, (chunk) => db.questions.bulkPut(chunk), {
				offset: added,
				total
			});
			const removed = await takeOutOfStudy(db, courseId, removing);
			await refreshCourse(db, courseId);
			const kept = await storeHistory(db, courseId, origin, options.history, steps);
			await storeHolds(db, courseId, origin, options.held, options.now ?? Date.now());
			const noteTypes = await newNoteTypes(db, courseId, options.noteTypes);
			await storeNoteTypes(db, courseId, options.noteTypes);
			const written = await db.courses.get(courseId);
			if (written) await writeStudyQueue(db, written, steps);
			steps.step('saving');
			return {
				courseId,
				added,
				updated: changes.length,
				removed,
				...kept,
				...(noteTypes ? { noteTypes } : {})
			};
		})
	);
}
