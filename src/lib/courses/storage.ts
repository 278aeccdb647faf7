import { BUILTIN_COURSE_ID, type CourseRecord } from '$lib/db/records';
import type { FlashpointDb } from '$lib/db/schema';
import { itemRange } from './manage';
import { listCourses } from '$lib/content/bank';
import { watchToday } from '$lib/db/home-live';

/**
 * Storage used per course, estimated from row sizes (Settings). IndexedDB does not say how much
 * one row takes, so a row is counted as the UTF-8 length of its JSON (the browser's own encoding
 * differs by a small factor; the total comes from `navigator.storage.estimate()`). Questions,
 * answers and cards are counted by index range and sized from a sample, so a 100,000-answer
 * history or a 6,500-question course is not read whole (the whole built-in course, stringified
 * again on every change while it installed, was Settings' longest script: issue 14,
 * bench/README.md). Documents are read whole: few rows, sizes far apart.
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

const encoder = new TextEncoder();

/** UTF-8 bytes of `value` as JSON. */
export function jsonBytes(value: unknown): number {
	return encoder.encode(JSON.stringify(value)).length;
}

function sum(rows: readonly unknown[]): number {
	return rows.reduce<number>((total, row) => total + jsonBytes(row), 0);
}

/** Average JSON size of a sample of rows (0 for none). */
function average(rows: readonly unknown[]): number {
	return rows.length ? sum(rows) / rows.length : 0;
}

/**
 * Every course's estimated storage (bytes), in the order of `courses`. A user course's cards and
 * answers are counted by their `<courseId>:` key range; the built-in course's are what is left.
 */
export async function estimateCourseStorage(
	db: FlashpointDb,
	courses: readonly CourseRecord[]
): Promise<CourseStorage[]> {
	return db.transaction(
		'r',
		[db.courses, db.questions, db.documents, db.cards, db.reviews],
		async () => {
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
					const [rowCount, questionSample, documents] = await Promise.all([
						ofCourse.count(),
						db.questions.where('courseId').equals(course.id).limit(SAMPLE_ROWS).toArray(),
						db.documents.where('courseId').equals(course.id).toArray()
					]);
					const [from, to] = itemRange(course.id);
					const user = course.id !== BUILTIN_COURSE_ID;
					const [cards, answers] = user
						? await Promise.all([
								db.cards.where('questionId').between(from, to, true, true).count(),
								db.reviews.where('questionId').between(from, to, true, true).count()
							])
						: [0, 0];
					return {
						course,
						rowCount,
						questionBytes: average(questionSample),
						documents,
						cards,
						answers
					};
				})
			);
			const userCards = rows.reduce((total, row) => total + row.cards, 0);
			const userAnswers = rows.reduce((total, row) => total + row.answers, 0);
			return rows.map(({ course, rowCount, questionBytes, documents, cards, answers }) => {
				const builtin = course.id === BUILTIN_COURSE_ID;
				const cardCount = builtin ? allCards - userCards : cards;
				const answerCount = builtin ? allReviews - userAnswers : answers;
				return {
					courseId: course.id,
					title: course.title,
					bytes: Math.round(
						jsonBytes(course) +
							rowCount * questionBytes +
							sum(documents) +
							cardCount * cardBytes +
							answerCount * reviewBytes
					),
					questions: course.questionCount,
					answers: answerCount
				};
			});
		}
	);
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
	return watchToday(async () => estimateCourseStorage(db, await listCourses(db)), onValue, onError);
}
