import { liveQuery } from 'dexie';
import {
	classroomDb,
	type ClassroomDatabase,
	type DecidedResult,
	type StoredQuiz,
	type StoredResult
} from './classroom';
import { DecisionRepository } from './classroom-decisions';
import { QuizRepository } from './classroom-quizzes';
import { ResultRepository } from './classroom-results';

/** One quiz's report as the Classroom quiz screen shows it. */
export interface QuizReport {
	/** Undefined when the quiz is not (or no longer) on this device. */
	quiz: StoredQuiz | undefined;
	/** Counted results, oldest import first. */
	results: StoredResult[];
	/** Same-name results waiting for the teacher's choice: not in the grades yet. */
	waiting: StoredResult[];
	/** Refused, removed and replaced attempts, listed outside the grades. */
	setAside: DecidedResult[];
}

/** Reads quiz `quizId`'s report once (`watchQuizReport` runs it live). */
export async function loadQuizReport(
	quizId: string,
	db: ClassroomDatabase = classroomDb()
): Promise<QuizReport> {
	const decisions = new DecisionRepository(db);
	const [quiz, results, pending, setAside] = await Promise.all([
		new QuizRepository(db).get(quizId),
		new ResultRepository(db).list(quizId),
		decisions.listPending(quizId),
		decisions.listSetAside(quizId)
	]);
	return { quiz, results, waiting: pending.map((item) => item.result), setAside };
}

/**
 * Watches quiz `quizId`'s report: calls `onValue` with it now and after every change to the
 * classroom database, in this tab or another (Dexie's live queries hear other tabs' writes
 * through a BroadcastChannel). A teacher with the results open in two tabs saw the second stay
 * as it was while results came in through the first (issue 14). `onError` gets a failed read.
 * Returns the function that stops watching.
 */
export function watchQuizReport(
	quizId: string,
	onValue: (report: QuizReport) => void,
	onError: (error: unknown) => void,
	db: ClassroomDatabase = classroomDb()
): () => void {
	const subscription = liveQuery(() => loadQuizReport(quizId, db)).subscribe({
		next: onValue,
		error: onError
	});
	return () => subscription.unsubscribe();
}
