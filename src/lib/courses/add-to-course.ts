import {
	BUILTIN_COURSE_ID,
	nextItemNumber,
	type DocumentRecord,
	type QuestionRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { largest } from '$lib/text/largest';
import { CourseInputError, guarded } from './course-errors';
import { documentRow, questionRow, type NewCourseDocument } from './create';
import { courseQuestions } from './drafts';

/**
 * Documents added to a course that already exists (outsider teacher, session 38: next week's
 * handout could only start a new course, though a question file could go into an existing one).
 * The new documents and their drafts join the course after its own; nothing already there
 * changes (its documents, questions, cards and answers), and the course's study queue stays as
 * it was, since drafts are not studied until accepted.
 */

/** A document the course already has, as the Add documents screen compares a new one with it. */
export interface CourseDocumentText {
	/** Its title, as the screen names it (`duplicateOf`'s `name`). */
	name: string;
	draft: { text: string };
}

/** What `addDocumentsToCourse` stored. */
export interface AddedDocuments {
	/** The new documents' rows, in the order given. */
	documents: DocumentRecord[];
	/** How many draft questions came with them. */
	drafts: number;
}

/**
 * Course `courseId`'s documents with their text, in course order, for the duplicate check of
 * a document about to be added (`duplicateOf`). Throws as Dexie does.
 */
export async function courseDocumentTexts(
	db: FlashpointDb,
	courseId: string
): Promise<CourseDocumentText[]> {
	const rows = await db.documents.where('courseId').equals(courseId).sortBy('position');
	return rows.map((row) => ({ name: row.title, draft: { text: row.text ?? '' } }));
}

/** Text compared whitespace aside, as `duplicateOf` compares two documents being added. */
const squeeze = (text: string) => text.replace(/\s+/gu, ' ').trim();

/**
 * A generated fact key (`d-1-name-…`: the generator prefixes it with the document id it was
 * given, `sourceOf`) moved under the document's id in the course, `d-<n>`, so the new drafts
 * never become siblings of the course's own questions, whose keys start `d-1-` too.
 */
function movedFact(fact: string, given: string, local: string): string {
	return fact.startsWith(`${given}-`) ? `${local}${fact.slice(given.length)}` : `${local}-${fact}`;
}

/**
 * Adds `documents` (the generator's drafts, each `source.doc` and fact key under `d-<i+1>`, its
 * place in the list: `sourceOf`) to user course `courseId` after its own documents, their
 * questions stored as drafts, in ONE transaction with the course row's `documentCount`.
 * Ids continue the course's: documents `d-<n>` and questions `q-<n>` after the largest there
 * (`nextItemNumber`), positions after the last; fact keys and skipped lines move under the new
 * document id. Throws `CourseInputError` for an unknown or built-in course, no documents, or a
 * document whose text the course already has (naming it), and `StorageFullError`; in each case
 * nothing is written.
 */
export function addDocumentsToCourse(
	db: FlashpointDb,
	courseId: string,
	documents: readonly NewCourseDocument[]
): Promise<AddedDocuments> {
	if (courseId === BUILTIN_COURSE_ID)
		throw new CourseInputError('The course that comes with Flashpoint cannot take documents.');
	if (!documents.length) throw new CourseInputError('There is no document to add.');
	return guarded(() =>
		db.transaction('rw', db.courses, db.documents, db.questions, async () => {
			const course = await db.courses.get(courseId);
			if (!course || course.kind !== 'user')
				throw new CourseInputError('This course is no longer on this device.');
			const had = await db.documents.where('courseId').equals(courseId).toArray();
			const texts = new Map(had.map((d) => [squeeze(d.text ?? ''), d.title]));
			const existing = await courseQuestions(db, courseId);
			let docNumber = nextItemNumber('d', had);
			let docPosition = largest(
				had.map((d) => d.position),
				-1
			);
			let questionNumber = nextItemNumber('q', existing);
			let position = largest(
				existing.map((q) => q.position),
				-1
			);
			const rows: DocumentRecord[] = [];
			const questions: QuestionRecord[] = [];
			for (const [i, doc] of documents.entries()) {
				const twin = texts.get(squeeze(doc.text));
				if (twin !== undefined)
					throw new CourseInputError(
						`“${doc.title}” has the same text as “${twin}”, already in this course: its questions would be made twice.`
					);
				texts.set(squeeze(doc.text), doc.title);
				const given = `d-${i + 1}`;
				const local = `d-${docNumber}`;
				const row = {
					// Numbered as the course's next: `d-<n>`, "Document <n>" when untitled.
					...documentRow(courseId, doc, docNumber++ - 1),
					position: ++docPosition,
					...(doc.skipped?.length && {
						skipped: doc.skipped.map((line) => ({ ...line, doc: local }))
					})
				};
				rows.push(row);
				for (const question of [...(doc.questions ?? []), ...(doc.drafts ?? [])]) {
					const fact = movedFact(question.fact, given, local);
					const place = {
						courseId,
						docId: row.id,
						local: `q-${questionNumber++}`,
						position: ++position
					};
					questions.push(questionRow({ ...question, fact }, place, 'draft'));
				}
			}
			await db.documents.bulkAdd(rows);
			await db.questions.bulkAdd(questions);
			await db.courses.update(courseId, { documentCount: had.length + rows.length });
			return { documents: rows, drafts: questions.length };
		})
	);
}
