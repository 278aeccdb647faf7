import { Dexie, liveQuery } from 'dexie';
import type { CourseRecord, DocumentRecord, QuestionRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { courseQuestions } from './drafts';

/** A user course as the review screen shows it; `course` is undefined when it does not exist. */
export interface CourseReview {
	course: CourseRecord | undefined;
	documents: DocumentRecord[];
	questions: QuestionRecord[];
}

/**
 * Watches course `courseId`: calls `onValue` with its row, documents and questions now and after
 * every change (in this tab or another), `onError` on a failed read. Returns the function that
 * stops watching.
 */
export function watchCourse(
	db: FlashpointDb,
	courseId: string,
	onValue: (value: CourseReview) => void,
	onError: (error: unknown) => void
): () => void {
	const subscription = liveQuery(() =>
		db.transaction('r', db.courses, db.documents, db.questions, async () => ({
			course: await db.courses.get(courseId),
			documents: await db.documents
				.where('[courseId+position]')
				.between([courseId, Dexie.minKey], [courseId, Dexie.maxKey], true, true)
				.toArray(),
			questions: await courseQuestions(db, courseId)
		}))
	).subscribe({ next: onValue, error: onError });
	return () => subscription.unsubscribe();
}
