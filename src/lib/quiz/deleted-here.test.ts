import { describe, expect, it } from 'vitest';
import { classroomDb } from '$lib/db/classroom';
import { QuizRepository } from '$lib/db/classroom-quizzes';
import { quiz } from '$lib/db/classroom.test-helpers';
import { deletedQuizMessage, quizDeletedHere } from './deleted-here';

// Outsider teacher: after deleting a quiz, its join code still opened it on her laptop.
describe('a deleted quiz opened by its link or join code on this device', () => {
	it('is known as deleted until restored; a student’s phone gets no classroom database', async () => {
		expect(await quizDeletedHere(quiz.id)).toBeNull();
		const names = (await indexedDB.databases()).map((d) => d.name);
		expect(names).not.toContain('flashpoint-classroom');

		const repository = new QuizRepository(classroomDb());
		await repository.save(quiz);
		expect(await quizDeletedHere(quiz.id)).toBeNull();
		await repository.remove(quiz.id, Date.UTC(2027, 0, 4, 12));
		expect(await quizDeletedHere(quiz.id)).toBe(Date.UTC(2027, 0, 4, 12));
		await repository.save(quiz);
		expect(await quizDeletedHere(quiz.id)).toBeNull();
	});

	it('says when it was deleted and how to bring it back', () => {
		expect(deletedQuizMessage(Date.UTC(2027, 0, 4, 12), 'en-GB', 'UTC')).toBe(
			'This quiz was deleted on this device (4 Jan 2027, 12:00), so it does not open here. To use it again, restore it on the Classroom screen from a classroom file exported before then: Import a classroom file, then Restore what you deleted.'
		);
	});
});
