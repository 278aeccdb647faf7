import { ensureBuiltinCourse } from '$lib/content/bank';
import { BUILTIN_REMOVED_KEY } from '$lib/db/builtin-removed';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { CourseInputError, StorageFullError, isQuotaError } from './course-errors';

/**
 * Removing the built-in course and adding it again (issue 12, outsider student: she wanted her
 * own notes only, and the built-in course was in every "all courses" count; Anki lets one
 * delete any deck). Removing deletes the course's row, questions and documents (they ship with
 * the app, so adding it again costs nothing) and **keeps its cards and answers**: its questions
 * keep their ids, so Add again brings its progress back as it was. Meanwhile those cards are in
 * no course: no queue, count or list shows them (as a question a new bank version dropped);
 * the answers stay in the day totals, Stats' history of all courses, as they were given.
 * The choice is a setting (`BUILTIN_REMOVED_KEY`), so it is not installed again on the next
 * open (`ensureBuiltinCourse`) and a backup carries it.
 */

/**
 * Removes the built-in course (see above), in one transaction. Throws `CourseInputError` when
 * it is not installed or is the only course (the app would have nothing to study: with no
 * course of her own it comes back, `ensureBuiltinCourse`), `StorageFullError` when the disk is
 * full. Returns how many of its questions were removed.
 */
export async function removeBuiltinCourse(db: FlashpointDb): Promise<{ questions: number }> {
	try {
		return await db.transaction(
			'rw',
			[db.courses, db.questions, db.documents, db.settings],
			async () => {
				const [course, count] = await Promise.all([
					db.courses.get(BUILTIN_COURSE_ID),
					db.courses.count()
				]);
				if (!course) throw new CourseInputError('The built-in course is not on this device.');
				if (count < 2)
					throw new CourseInputError(
						'The built-in course is your only course: add a course of your own first.'
					);
				await Promise.all([
					db.questions.where('courseId').equals(BUILTIN_COURSE_ID).delete(),
					db.documents.where('courseId').equals(BUILTIN_COURSE_ID).delete(),
					db.courses.delete(BUILTIN_COURSE_ID),
					db.settings.put({ key: BUILTIN_REMOVED_KEY, value: true })
				]);
				return { questions: course.questionCount };
			}
		);
	} catch (error) {
		if (isQuotaError(error)) throw new StorageFullError();
		throw error;
	}
}

/**
 * Adds the built-in course again after `removeBuiltinCourse`: the choice is cleared and the
 * course installed (`ensureBuiltinCourse`: the bank is precached, so this works offline); its
 * kept cards and answers are its progress again. Rejects as `ensureBuiltinCourse` does (the
 * choice then stays cleared: the next open installs it).
 */
export async function addBuiltinCourseAgain(db: FlashpointDb): Promise<void> {
	await db.settings.delete(BUILTIN_REMOVED_KEY);
	await ensureBuiltinCourse(db);
}
