import { ClassroomDatabase } from './classroom';
import { DecisionRepository } from './classroom-decisions';
import { QuizRepository } from './classroom-quizzes';
import { ResultRepository } from './classroom-results';
import { makeQuiz, syntheticQuestions } from '$lib/quiz/fixtures.test-helpers';

/** Test fixtures of the classroom database: a fresh database per call, one quiz, one result. */

let counter = 0;

/** A database name no other test uses. */
export function freshName(): string {
	return `classroom-test-${++counter}-${Math.random().toString(36).slice(2)}`;
}

/** The three repositories over one fresh database. */
export function repos(db = new ClassroomDatabase(freshName())) {
	return {
		db,
		quizzes: new QuizRepository(db),
		results: new ResultRepository(db),
		decisions: new DecisionRepository(db)
	};
}

export const quiz = { ...makeQuiz(syntheticQuestions(3)), code: 'Q1.test' };
export const result = {
	quizId: quiz.id,
	attemptId: 'attempt-one',
	name: 'Vučić',
	answers: [0, true, 'x'],
	seconds: 10,
	finishedAt: 1
};

/** What a Svelte `$state` object is to IndexedDB: a Proxy, which structured clone refuses. */
export function proxied<T extends object>(value: T): T {
	const wrap = (v: unknown): unknown =>
		v && typeof v === 'object'
			? new Proxy(v as object, { get: (t, k) => wrap(Reflect.get(t, k)) })
			: v;
	return wrap(value) as T;
}
