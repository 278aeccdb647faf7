import type { CourseRecord, DayRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import type { CourseFile } from './course-file';
import { createCourse, newCourseId, type NewCourse } from './create';
import { replaceChanges, type ReplaceChanges } from './course-file-changes';
import { isQuotaError, StorageFullError } from './course-errors';
import { itemRange, subtractReviews } from './manage';
import { deleteNoteTypes, storeNoteTypes } from '$lib/db/anki-note-types';

/**
 * Importing a course file (`readCourseFile` has already checked it): first a preview of what it
 * holds and whether the course is already on this device, then, once the person confirms, one
 * transaction that writes it. A course is "already present" when a course with the file's
 * course id exists (the teacher's own device, or a student importing a second time).
 */

/** What the confirmation shows before anything is stored. */
export interface ImportPreview {
	title: string;
	documents: number;
	questions: number;
	/** Drafts still to review, imported as drafts (not studied). */
	drafts: number;
	/** The course of this file already on the device (offer "replace" or "keep both"), or null. */
	existing: CourseRecord | null;
	/** With `existing`: what Replace would change, question by question. */
	changes?: ReplaceChanges;
}

/** The ids of `questions` that were ever answered (they have a card). */
async function answeredIds(db: FlashpointDb, questions: readonly { id: string }[]) {
	const cards = await db.cards.bulkGet(questions.map((q) => q.id));
	return new Set(cards.flatMap((card) => (card ? [card.questionId] : [])));
}

/** How a course already present is handled: its content replaced, or a second copy added. */
export type ImportMode = 'replace' | 'keep-both';

/** Reads what importing `file` would do; writes nothing. */
export async function previewCourseImport(
	db: FlashpointDb,
	file: CourseFile
): Promise<ImportPreview> {
	const existing = (await db.courses.get(file.course.id)) ?? null;
	const stored = existing ? await db.questions.where('courseId').equals(existing.id).toArray() : [];
	return {
		title: file.course.title,
		documents: file.documents.length,
		questions: file.questions.length,
		drafts: file.drafts.length,
		existing,
		...(existing
			? {
					changes: replaceChanges(
						existing.id,
						stored,
						[...file.questions, ...file.drafts],
						await answeredIds(db, stored)
					)
				}
			: {})
	};
}

/** The file as `createCourse` takes it: each document with its questions, accepted, and its drafts. */
export function courseInput(file: CourseFile, title = file.course.title): NewCourse {
	return {
		title,
		status: 'accepted',
		documents: file.documents.map((doc) => ({
			title: doc.title,
			outlet: doc.outlet,
			author: doc.author,
			date: doc.date,
			dateApproximate: doc.dateApproximate,
			dateNote: doc.dateNote,
			text: doc.text,
			questions: file.questions.filter((q) => q.source.doc === doc.id),
			drafts: file.drafts.filter((q) => q.source.doc === doc.id)
		}))
	};
}

/**
 * Replaces course `existing` with `file`'s content in ONE transaction: its documents and
 * questions are rewritten; progress (cards, answers) on questions the file still has (same id)
 * is kept, on the others it is removed and taken out of the daily totals. Nothing of another
 * course changes. Keeps the course's place (`installedAt`) and its title unless `title` is given.
 */
async function replaceCourse(
	db: FlashpointDb,
	existing: CourseRecord,
	file: CourseFile,
	title: string
): Promise<CourseRecord> {
	const courseId = existing.id;
	const [from, to] = itemRange(courseId);
	const kept = new Set(file.questions.map((q) => `${courseId}:${q.id}`));
	const tables = [db.courses, db.questions, db.documents, db.cards, db.reviews, db.days];
	return db.transaction('rw', [...tables, db.settings, db.ankiNoteTypes], async () => {
		const reviews = (
			await db.reviews.where('questionId').between(from, to, true, true).toArray()
		).filter((review) => !kept.has(review.questionId));
		const days = (
			await db.days.bulkGet([...new Set(reviews.map((review) => review.studyDay))])
		).filter((day): day is DayRecord => day !== undefined);
		const totals = subtractReviews(days, reviews);
		const goneCards = (
			await db.cards.where('questionId').between(from, to, true, true).primaryKeys()
		).filter((id) => !kept.has(id));
		await Promise.all([
			db.questions.where('courseId').equals(courseId).delete(),
			db.documents.where('courseId').equals(courseId).delete(),
			db.cards.bulkDelete(goneCards),
			db.reviews.bulkDelete(reviews.map((review) => review.id!)),
			db.days.bulkPut(totals.put),
			db.days.bulkDelete(totals.drop),
			db.courses.delete(courseId),
			deleteNoteTypes(db, courseId)
		]);
		const course = await createCourse(db, courseInput(file, title), {
			id: courseId,
			now: existing.installedAt,
			keepIds: true
		});
		await storeNoteTypes(db, courseId, file.noteTypes);
		return course;
	});
}

/**
 * `createCourse` of `file`'s content under `id`, with its Anki note types (`noteTypes`), in one
 * transaction: the course is never stored without them.
 */
function addCourse(
	db: FlashpointDb,
	file: CourseFile,
	options: { id: string; title?: string; now: number }
): Promise<CourseRecord> {
	return db.transaction(
		'rw',
		[db.courses, db.documents, db.questions, db.ankiNoteTypes],
		async () => {
			const course = await createCourse(db, courseInput(file, options.title), {
				id: options.id,
				now: options.now,
				keepIds: true
			});
			await storeNoteTypes(db, course.id, file.noteTypes);
			return course;
		}
	);
}

/**
 * Stores course file `file` (checked by `readCourseFile`). When its course is not on the device
 * it is added under the file's course id. When it is: `replace` rewrites it (progress on
 * questions still in the file is kept), `keep-both` adds a second course with a new id and
 * “(copy)” after its title. Returns the stored course row. Throws `StorageFullError` when the
 * disk is full (nothing changed), `CourseInputError` when a question cannot be stored.
 */
export async function importCourseFile(
	db: FlashpointDb,
	file: CourseFile,
	mode: ImportMode = 'keep-both',
	now: number = Date.now()
): Promise<CourseRecord> {
	try {
		const existing = (await db.courses.get(file.course.id)) ?? null;
		if (!existing) return await addCourse(db, file, { id: file.course.id, now });
		if (mode === 'replace') return await replaceCourse(db, existing, file, file.course.title);
		return await addCourse(db, file, {
			id: newCourseId(),
			title: `${file.course.title} (copy)`,
			now
		});
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}
