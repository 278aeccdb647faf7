import { describe, expect, it } from 'vitest';
import { ClassroomDatabase } from './classroom';
import { watchQuizReport, type QuizReport } from './classroom-live';
import { freshName, quiz, repos, result } from './classroom.test-helpers';

describe('watchQuizReport', () => {
	it('reports a result written through another connection (another tab) as it arrives', async () => {
		const name = freshName();
		const teacher = repos(new ClassroomDatabase(name));
		await teacher.quizzes.save(quiz);
		const seen: QuizReport[] = [];
		let failed: unknown;
		const stop = watchQuizReport(
			quiz.id,
			(report) => seen.push(report),
			(error) => (failed = error),
			teacher.db
		);
		await expect.poll(() => seen.length).toBe(1);
		expect(seen[0].quiz?.id).toBe(quiz.id);
		expect(seen[0].results).toEqual([]);

		// The other tab: its own connection to the same database.
		const other = repos(new ClassroomDatabase(name));
		await other.results.add(result);
		await expect.poll(() => seen.at(-1)?.results.map((r) => r.attemptId)).toEqual(['attempt-one']);
		// A same-name attempt waits for a choice, outside the grades.
		await other.results.add({ ...result, attemptId: 'attempt-two' });
		await expect.poll(() => seen.at(-1)?.waiting.map((r) => r.attemptId)).toEqual(['attempt-two']);
		expect(seen.at(-1)?.results).toHaveLength(1);

		// Stopped: later writes call nothing.
		stop();
		const count = seen.length;
		await other.results.add({ ...result, attemptId: 'attempt-three', name: 'Zoë' });
		await new Promise((resolve) => setTimeout(resolve, 50));
		expect(seen).toHaveLength(count);
		expect(failed).toBeUndefined();
	});
});
