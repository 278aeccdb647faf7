import * as v from 'valibot';
import { removeAnswerFromDay } from '$lib/db/day-totals';
import {
	BUILTIN_COURSE_ID,
	type CourseRecord,
	type DayRecord,
	type ReviewRecord
} from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { deleteNoteTypes } from '$lib/db/anki-note-types';
import { plural } from '$lib/text/plural';
import { takenTitleProblem } from './titles';
import { CourseInputError, StorageFullError, isQuotaError } from './course-errors';

/**
 * Renaming and deleting a user's course. The built-in course ships with the app: it cannot be
 * renamed, and it is removed (its progress kept for when it is added again) by
 * `./builtin-course.ts`, not deleted here.
 */

/** Longest course title kept (characters): a title is a line on Home, not a document. */
export const MAX_TITLE_LENGTH = 200;

/**
 * The key range `[from, to]` of every item of user course `courseId` (question, document, card
 * and answer keys all start `<courseId>:`), for `between(from, to, true, true)`.
 */
export function itemRange(courseId: string): [string, string] {
	return [`${courseId}:`, `${courseId}:\uffff`];
}

async function userCourse(db: FlashpointDb, courseId: string): Promise<CourseRecord> {
	const course = await db.courses.get(courseId);
	if (!course) throw new CourseInputError('This course no longer exists.');
	if (course.kind !== 'user' || course.id === BUILTIN_COURSE_ID)
		throw new CourseInputError('The built-in course cannot be renamed or deleted.');
	return course;
}

/**
 * Renames user course `courseId` to `title` (trimmed, inner runs of spaces kept as typed).
 * Returns the new title. Throws `CourseInputError` for an empty or too long title (over
 * `MAX_TITLE_LENGTH` characters), a title another course has (`takenTitleProblem`, the built-in
 * course's too), an unknown course or the built-in one; `StorageFullError`
 * when the disk is full.
 */
export async function renameCourse(
	db: FlashpointDb,
	courseId: string,
	title: string
): Promise<string> {
	const clean = title.trim();
	if (!clean) throw new CourseInputError('A course needs a title.');
	if (clean.length > MAX_TITLE_LENGTH)
		throw new CourseInputError(
			`A course title is at most ${MAX_TITLE_LENGTH} characters (this one has ${clean.length}).`
		);
	try {
		await db.transaction('rw', db.courses, async () => {
			await userCourse(db, courseId);
			const taken = takenTitleProblem(clean, await db.courses.toArray(), courseId);
			if (taken) throw new CourseInputError(taken);
			await db.courses.update(courseId, { title: clean });
		});
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
	return clean;
}

/** A date a person types for a document: ISO `YYYY-MM-DD` (a date field) or `YYYY-MM`. */
const DocumentDateSchema = v.pipe(
	v.string(),
	v.regex(
		/^\d{4}-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/,
		'Give the date as year, month and day.'
	)
);

/**
 * Sets the date of user document `docId` to `date` (ISO `YYYY-MM-DD` or `YYYY-MM`, as the person
 * gave it: exact, with no inferred-date note), or removes it (`undefined`: the document has no
 * date). Throws `CourseInputError` for a malformed date, an unknown document or one of the
 * built-in course; `StorageFullError` when the disk is full. Nothing else changes.
 */
export async function setDocumentDate(
	db: FlashpointDb,
	docId: string,
	date: string | undefined
): Promise<void> {
	if (date !== undefined) {
		const checked = v.safeParse(DocumentDateSchema, date);
		if (!checked.success) throw new CourseInputError(checked.issues[0].message);
	}
	try {
		await db.transaction('rw', db.courses, db.documents, async () => {
			const row = await db.documents.get(docId);
			if (!row) throw new CourseInputError('This document no longer exists.');
			await userCourse(db, row.courseId);
			const { date: _date, dateNote: _note, ...rest } = row;
			await db.documents.put({ ...rest, ...(date && { date }), dateApproximate: false });
		});
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}

/** What `deleteCourse` removed (row counts). */
export interface DeletedCourse {
	/** Studied (accepted) questions: the number the course's card showed. */
	questions: number;
	/** Drafts not yet reviewed (rejected drafts are removed too, and not counted). */
	drafts: number;
	documents: number;
	cards: number;
	reviews: number;
}

/**
 * The sentence after a delete: "Deleted “History” with its 7 questions (and 2 drafts),
 * 1 document and 12 answers." Questions are counted as the course's card counts them
 * (accepted ones), drafts apart, so the two never disagree.
 */
export function deletedText(title: string, removed: DeletedCourse): string {
	const drafts = removed.drafts ? ` (and ${plural(removed.drafts, 'draft')})` : '';
	return `Deleted “${title}” with its ${plural(removed.questions, 'question')}${drafts}, ${plural(removed.documents, 'document')} and ${plural(removed.reviews, 'answer')}.`;
}

/**
 * `days` totals without the contributions of `reviews` (the answers being deleted), each taken
 * out as undo takes it out (`removeAnswerFromDay`); a day left with no answer is dropped.
 */
export function subtractReviews(
	days: readonly DayRecord[],
	reviews: readonly ReviewRecord[]
): { put: DayRecord[]; drop: string[] } {
	const byDay = new Map(days.map((day) => [day.day, day]));
	for (const review of reviews) {
		const totals = byDay.get(review.studyDay);
		if (totals) byDay.set(review.studyDay, removeAnswerFromDay(totals, review));
	}
	const rows = [...byDay.values()];
	return {
		put: rows.filter((row) => row.answers > 0),
		drop: rows.filter((row) => row.answers <= 0).map((row) => row.day)
	};
}

/**
 * Deletes user course `courseId` with its questions, documents, cards and answers (and takes
 * those answers out of the daily totals), in ONE transaction: on any failure nothing changes.
 * Nothing of another course is touched: every item of a user course is keyed `<courseId>:…`.
 * Returns what was removed. Throws `CourseInputError` for an unknown course or the built-in
 * one; `StorageFullError` when the disk is full (a delete still writes the day totals).
 */
export async function deleteCourse(db: FlashpointDb, courseId: string): Promise<DeletedCourse> {
	const [from, to] = itemRange(courseId);
	try {
		return await db.transaction(
			'rw',
			[
				db.courses,
				db.questions,
				db.documents,
				db.cards,
				db.reviews,
				db.days,
				db.settings,
				db.ankiNoteTypes,
				db.holds
			],
			async () => {
				await userCourse(db, courseId);
				const reviews = await db.reviews
					.where('questionId')
					.between(from, to, true, true)
					.toArray();
				const dayKeys = [...new Set(reviews.map((review) => review.studyDay))];
				const days = (await db.days.bulkGet(dayKeys)).filter((d): d is DayRecord => !!d);
				const totals = subtractReviews(days, reviews);
				// Counted as the course's card counts them: its questions, then its drafts.
				const byStatus = (status: string) =>
					db.questions.where('[courseId+status]').equals([courseId, status]).count();
				const [questions, drafts] = await Promise.all([byStatus('accepted'), byStatus('draft')]);
				const [, documents, cards] = await Promise.all([
					db.questions.where('courseId').equals(courseId).delete(),
					db.documents.where('courseId').equals(courseId).delete(),
					db.cards.where('questionId').between(from, to, true, true).delete(),
					db.holds.where('questionId').between(from, to, true, true).delete(),
					db.reviews.bulkDelete(reviews.map((review) => review.id!)),
					db.days.bulkPut(totals.put),
					db.days.bulkDelete(totals.drop),
					db.courses.delete(courseId),
					deleteNoteTypes(db, courseId)
				]);
				return { questions, drafts, documents, cards, reviews: reviews.length };
			}
		);
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}
