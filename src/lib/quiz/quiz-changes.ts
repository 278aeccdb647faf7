import type { Quiz, QuizQuestion } from './types';
import { sameWords } from './versions';

/** The parts of a stored quiz another tab may change (`StoredQuiz`, without the database's). */
export type ChangedQuiz = Pick<Quiz, 'title' | 'questions'> & {
	closedAt?: number;
	studentIds?: Record<string, string>;
};

/**
 * What another tab changed in a quiz, from `before` (what this screen read) to `after` (what is
 * stored now), as short clauses for the teacher ("renamed “Rivers”", "question 2 reworded",
 * "a question removed"), in a fixed order; `[]` when nothing they would see changed. Questions
 * are matched by `questionKey`, so a question moved is not called reworded. Numbers are 1-based places in
 * `after` (in `before` for a removed question's).
 */
export function quizChanges(before: ChangedQuiz, after: ChangedQuiz): string[] {
	const said: string[] = [];
	if (before.title !== after.title) said.push(`renamed “${after.title}”`);
	if ((before.closedAt === undefined) !== (after.closedAt === undefined))
		said.push(after.closedAt === undefined ? 'reopened' : 'closed');
	said.push(...questionChanges(before.questions, after.questions));
	if (JSON.stringify(before.studentIds ?? {}) !== JSON.stringify(after.studentIds ?? {}))
		said.push('ID numbers changed');
	return said;
}

/**
 * Which question of the quiz `q` is across edits: a reworded bank question gets a new id but
 * keeps its original in `from`; any other question is its id.
 */
export function questionKey(q: QuizQuestion): string {
	return q.from?.id ?? q.id;
}

function questionChanges(before: QuizQuestion[], after: QuizQuestion[]): string[] {
	const said: string[] = [];
	const was = new Map(before.map((q) => [questionKey(q), q]));
	const now = new Set(after.map(questionKey));
	// A question of the teacher's own reworded gets a new id: one gone and one new in the same
	// place is that question reworded.
	const gone = new Set(before.flatMap((q, i) => (now.has(questionKey(q)) ? [] : [i])));
	after.forEach((q, i) => {
		const old = was.get(questionKey(q));
		if (!old && gone.delete(i)) said.push(`question ${i + 1} reworded`);
		else if (!old) said.push(`question ${i + 1} added or swapped in`);
		else if (!sameWords(old, q)) said.push(`question ${i + 1} reworded`);
		else if (JSON.stringify(old.accept ?? []) !== JSON.stringify(q.accept ?? []))
			said.push(`accepted answers of question ${i + 1} changed`);
	});
	for (const i of gone) said.push(`question ${i + 1} removed or swapped out`);
	const kept = before.map(questionKey).filter((key) => now.has(key));
	const order = after.map(questionKey).filter((key) => was.has(key));
	if (kept.join() !== order.join()) said.push('questions moved');
	return said;
}

/**
 * The sentence a quiz screen shows when its save met another tab's: what changed there (or that
 * it was saved there, when nothing shown changed). `what`: this screen's unsaved change, as
 * the object of "keep" ("your wording").
 */
export function conflictWords(before: ChangedQuiz, after: ChangedQuiz, what: string): string {
	const changes = quizChanges(before, after);
	const there = changes.length ? `: ${changes.join(', ')}` : '';
	return `Not saved yet: this quiz was changed in another tab or window since you began${there}. ${what} is kept here.`;
}
