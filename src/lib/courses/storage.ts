import { Dexie } from 'dexie';
import { BUILTIN_COURSE_ID } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { itemRange } from './manage';
import { listCourseInfo, type CourseInfo } from '$lib/content/bank';
import { watchToday } from '$lib/db/home-live';
import { jsonBytes } from '$lib/db/document-bytes';
import { toQueueQuestion } from '$lib/srs/siblings';

export { jsonBytes };

/**
 * Storage used per course, estimated from row sizes (Settings). IndexedDB does not say how much
 * one row takes, so a row is counted as the UTF-8 length of its JSON (the browser's own encoding
 * differs by a small factor; the total comes from `navigator.storage.estimate()`). Questions,
 * answers and cards are counted by index range and sized from a sample, so a 100,000-answer
 * history or a 6,500-question course is not read whole (the whole built-in course, stringified
 * again on every change while it installed, was Settings' longest script: issue 14,
 * bench/README.md). Documents are sized by the size each row carries (`DocumentRecord.bytes`,
 * read as `[courseId+bytes]` index keys, not the rows and their texts), and the course row by
 * its tally row (`listCourseInfo`) plus its question list sized from the question sample: the
 * course rows, with every question's queue entry, and the documents' texts are not read (perf48).
 */

/** Rows read to size an average question, card or answer. */
const SAMPLE_ROWS = 50;

export interface CourseStorage {
	courseId: string;
	title: string;
	/**
	 * Estimated bytes: course row, questions (their count × a sample's average), documents (with
	 * their text), cards and answers.
	 */
	bytes: number;
	/**
	 * Questions studied (`CourseRecord.questionCount`: a user course's accepted ones), the count
	 * Courses, Stats and the drafts review show; drafts and rejected questions still take bytes.
	 * It counted every question row, so Settings said 10 where every other screen said 9
	 * accepted, a rejected draft included (outsider student, session 34).
	 */
	questions: number;
	answers: number;
}

function sum(rows: readonly unknown[]): number {
	return rows.reduce<number>((total, row) => total + jsonBytes(row), 0);
}

/** Average JSON size of a sample of rows (0 for none). */
function average(rows: readonly unknown[]): number {
	return rows.length ? sum(rows) / rows.length : 0;
}

/**
 * A course's documents' sizes (`DocumentRecord.bytes`) from the `[courseId+bytes]` index's keys:
 * no row is read. A row without a size (none after v17's upgrade; kept for safety) is read and
 * sized whole.
 */
async function documentBytesOf(db: FlashpointDb, courseId: string): Promise<number> {
	const [keys, count] = await Promise.all([
		db.documents
			.where('[courseId+bytes]')
			.between([courseId, Dexie.minKey], [courseId, Dexie.maxKey], true, true)
			.keys(),
		db.documents.where('courseId').equals(courseId).count()
	]);
	let total = (keys as unknown as [string, number][]).reduce((sum, [, bytes]) => sum + bytes, 0);
	if (keys.length < count)
		await db.documents
			.where('courseId')
			.equals(courseId)
			.filter((row) => typeof row.bytes !== 'number')
			.each((row) => (total += jsonBytes(row)));
	return total;
}

/**
 * Every course's estimated storage (bytes), in the order of `courses`. A user course's cards and
 * answers are counted by their `<courseId>:` key range; the built-in course's are what is left.
 * The course row is its tally row's fields plus `questionCount` queue entries
 * (`CourseRecord.queue`), each sized as the sampled questions' entries.
 */
export async function estimateCourseStorage(
	db: FlashpointDb,
	courses: readonly CourseInfo[]
): Promise<CourseStorage[]> {
	return db.transaction('r', [db.questions, db.documents, db.cards, db.reviews], async () => {
		const [cardSample, reviewSample, allCards, allReviews] = await Promise.all([
			db.cards.limit(SAMPLE_ROWS).toArray(),
			db.reviews.limit(SAMPLE_ROWS).toArray(),
			db.cards.count(),
			db.reviews.count()
		]);
		const cardBytes = average(cardSample);
		const reviewBytes = average(reviewSample);
		const rows = await Promise.all(
			courses.map(async (course) => {
				const ofCourse = db.questions.where('courseId').equals(course.id);
				const [rowCount, questionSample, documentBytes] = await Promise.all([
					ofCourse.count(),
					db.questions.where('courseId').equals(course.id).limit(SAMPLE_ROWS).toArray(),
					documentBytesOf(db, course.id)
				]);
				const [from, to] = itemRange(course.id);
				const user = course.id !== BUILTIN_COURSE_ID;
				const [cards, answers] = user
					? await Promise.all([
							db.cards.where('questionId').between(from, to, true, true).count(),
							db.reviews.where('questionId').between(from, to, true, true).count()
						])
					: [0, 0];
				// The row's `queue`: one entry per studied question, a comma between two.
				const queueBytes =
					course.questionCount * (average(questionSample.map(toQueueQuestion)) + 1);
				return {
					course,
					rowCount,
					questionBytes: average(questionSample),
					courseBytes: jsonBytes({ ...course, queue: [] }) + queueBytes,
					documentBytes,
					cards,
					answers
				};
			})
		);
		const userCards = rows.reduce((total, row) => total + row.cards, 0);
		const userAnswers = rows.reduce((total, row) => total + row.answers, 0);
		return rows.map((row) => {
			const { course, rowCount, questionBytes, courseBytes, documentBytes } = row;
			const builtin = course.id === BUILTIN_COURSE_ID;
			const cardCount = builtin ? allCards - userCards : row.cards;
			const answerCount = builtin ? allReviews - userAnswers : row.answers;
			return {
				courseId: course.id,
				title: course.title,
				bytes: Math.round(
					courseBytes +
						rowCount * questionBytes +
						documentBytes +
						cardCount * cardBytes +
						answerCount * reviewBytes
				),
				questions: course.questionCount,
				answers: answerCount
			};
		});
	});
}

/** "1.2 MB", "340 kB", "12 bytes": decimal units, as operating systems show storage. */
export function formatBytes(bytes: number): string {
	if (bytes < 1000) return `${Math.round(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`;
	const units = ['kB', 'MB', 'GB'];
	let value = bytes / 1000;
	let unit = 0;
	while (value >= 1000 && unit < units.length - 1) {
		value /= 1000;
		unit++;
	}
	return `${value >= 10 ? Math.round(value) : value.toFixed(1)} ${units[unit]}`;
}

/**
 * Every course's estimated storage (`estimateCourseStorage`), kept current by the one live-query
 * helper (`watchToday`): an import, a reset, a new or deleted course, in this tab or another,
 * runs it again (Settings' table stayed as it was after an import: outsider student). `onValue`
 * gets each result; returns the function that stops watching.
 */
export function watchCourseStorage(
	db: FlashpointDb,
	onValue: (rows: CourseStorage[]) => void,
	onError: (error: unknown) => void
): () => void {
	return watchToday(
		async () => estimateCourseStorage(db, await listCourseInfo(db)),
		onValue,
		onError
	);
}
