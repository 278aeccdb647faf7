import { beforeEach, describe, expect, it } from 'vitest';
import { createCourse } from '$lib/courses/create';
import { fixtureCourse, fixtureQuestion } from '$lib/courses/fixtures.test-helpers';
import { getDb } from '$lib/db/schema';
import { freshDb } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { StudySession } from '$lib/srs/session.svelte';
import { clearProgress } from '$lib/srs/session.test-helpers';
import { loadCourseBank } from './bank';
import { QuestionShelf } from './question-shelf';

/** A course of `count` flashcards (`q0`…), each its own fact and sentence (no siblings). */
async function bigCourse(db: ReturnType<typeof getDb>, id: string, count: number) {
	const course = fixtureCourse('Imported deck');
	course.documents = [
		{
			...course.documents[1],
			questions: Array.from({ length: count }, (_, n) =>
				fixtureQuestion(`q${n}`, 'flashcard', {
					prompt: `Term ${n}`,
					answer: `Definition ${n}`,
					fact: `fact-${n}`,
					source: { doc: 'whatever', quote: `Sentence ${n}.` }
				})
			)
		}
	];
	await createCourse(db, course, { id, now: Date.now() - 86_400_000 });
}

describe('QuestionShelf', () => {
	it('holds the questions asked for, as loadCourseBank has them, and no other', async () => {
		const db = freshDb();
		await bigCourse(db, 'u-deck', 30);
		await createCourse(db, fixtureCourse('Other'), { id: 'u-other' });
		const bank = await loadCourseBank('u-deck', db);
		const ids = bank.bank.questions.map((question) => question.id);
		const other = (await loadCourseBank('u-other', db)).bank.questions[0].id;
		const shelf = new QuestionShelf('u-deck', db);
		await shelf.need([ids[3], ids[7], other, 'u-deck:missing']);
		expect([...shelf.questionById.keys()]).toEqual([ids[3], ids[7]]);
		expect(shelf.questionById.get(ids[7])).toEqual(bank.questionById.get(ids[7]));
		// Held already: nothing to read, nothing to wait for.
		expect(shelf.need([ids[3]])).toBeUndefined();
	});
});

describe('Study with a QuestionShelf (issue 14: 40,000 cards imported into one course)', () => {
	beforeEach(clearProgress);

	it('reads only the questions of the queue, shows and grades them, and undoes after a reload', async () => {
		const db = getDb();
		await bigCourse(db, 'u-shelf', 400);
		const first = new QuestionShelf('u-shelf');
		const session = new StudySession(first);
		await session.start();
		expect(session.phase).toBe('question');
		expect(session.question?.prompt).toBe('Term 0');
		const answered = session.question!.id;
		// Today's new questions and a few spare, not the course's 400.
		expect(first.questionById.size).toBeLessThanOrEqual(DEFAULT_STUDY_SETTINGS.newPerDay + 8);
		session.reveal();
		// Easy: due in days, out of today's queue, so the reload's queue does not read it.
		await session.grade(4);
		expect(session.question?.prompt).toBe('Term 1');
		session.stop();

		// A reload: a new shelf, and Undo brings back the card answered before it.
		const shelf = new QuestionShelf('u-shelf');
		const again = new StudySession(shelf);
		await again.start();
		expect(shelf.questionById.has(answered)).toBe(false);
		await again.undo();
		expect(again.question?.prompt).toBe('Term 0');
		again.stop();
	});
});
