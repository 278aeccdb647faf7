import { describe, expect, it } from 'vitest';
import { recordAnswer } from '$lib/db/answers';
import { answer, freshDb } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';
import { loadStudyQuestions } from '$lib/content/bank';
import { addDocumentsToCourse, courseDocumentTexts } from './add-to-course';
import { CourseInputError } from './course-errors';
import { createCourse, type NewCourseDocument } from './create';
import { setDraftStatus } from './drafts';
import { fixtureCourse, fixtureQuestion, QUOTE } from './fixtures.test-helpers';

const now = Date.UTC(2026, 11, 6, 3);

/**
 * Next week's handout as the generator gives it, the `given`-th of the documents generated
 * together (`d-1`, `d-2`: `sourceOf`), its fact keys under that id.
 */
function handout(
	title = 'Week 2',
	text = 'Lahars are volcanic mudflows.',
	given = 'd-1'
): NewCourseDocument {
	const q = (id: string, fact: string) =>
		fixtureQuestion(id, 'short', {
			fact,
			prompt: 'What is a lahar?',
			answer: 'A volcanic mudflow',
			explanation: text,
			source: { doc: given, quote: text }
		});
	return {
		title,
		text,
		questions: [
			q(`g-${given}-short-aa`, `${given}-definition-aa`),
			q('g-short-bb', `${given}-term-bb`)
		],
		skipped: [{ doc: given, quote: 'Lahar – mudflow', term: 'Lahar', reason: 'same-term' }]
	} as NewCourseDocument;
}

/** A course with two documents, its three questions accepted and one studied. */
async function studiedCourse() {
	const db = freshDb();
	// Its facts as the generator makes them for its first document: `d-1-…`.
	const course = fixtureCourse('Tectonics');
	course.documents[0].questions = [
		fixtureQuestion('a', 'cloze', { fact: 'd-1-definition-aa' }),
		fixtureQuestion('b', 'mcq', { fact: 'd-1-term-bb' })
	];
	await createCourse(db, course, { id: 'u-t', now: 5 });
	await setDraftStatus(db, 'u-t:q-3', 'rejected');
	await recordAnswer(answer('u-t:q-1', 3, now), DEFAULT_STUDY_SETTINGS, db);
	return db;
}

describe('addDocumentsToCourse', () => {
	it('adds the documents after the course own, their questions as drafts with ids that continue', async () => {
		const db = await studiedCourse();
		const added = await addDocumentsToCourse(db, 'u-t', [
			handout(),
			handout('Week 3', 'Other.', 'd-2')
		]);
		expect(added.drafts).toBe(4);
		expect(added.documents.map((d) => [d.id, d.position, d.title])).toEqual([
			['u-t:d-3', 2, 'Week 2'],
			['u-t:d-4', 3, 'Week 3']
		]);
		const questions = await db.questions.where('courseId').equals('u-t').sortBy('position');
		expect(questions.map((q) => [q.id, q.position, q.status, q.source.doc, q.fact])).toEqual([
			['u-t:q-1', 0, 'accepted', 'u-t:d-1', 'u-t:d-1-definition-aa'],
			['u-t:q-2', 1, 'accepted', 'u-t:d-1', 'u-t:d-1-term-bb'],
			['u-t:q-3', 2, 'rejected', 'u-t:d-2', 'u-t:fact-c'],
			// The generator's `d-1-…` keys move under the new document: no sibling of q-1.
			['u-t:q-4', 3, 'draft', 'u-t:d-3', 'u-t:d-3-definition-aa'],
			['u-t:q-5', 4, 'draft', 'u-t:d-3', 'u-t:d-3-term-bb'],
			['u-t:q-6', 5, 'draft', 'u-t:d-4', 'u-t:d-4-definition-aa'],
			['u-t:q-7', 6, 'draft', 'u-t:d-4', 'u-t:d-4-term-bb']
		]);
		expect((await db.documents.get('u-t:d-3'))?.skipped?.[0].doc).toBe('d-3');
		expect((await db.courses.get('u-t'))?.documentCount).toBe(4);
	});

	it('changes nothing already studied: questions, cards, answers and the study queue', async () => {
		const db = await studiedCourse();
		const before = {
			course: await db.courses.get('u-t'),
			questions: await db.questions.toArray(),
			documents: await db.documents.toArray(),
			cards: await db.cards.toArray(),
			reviews: await db.reviews.toArray(),
			study: await loadStudyQuestions(db)
		};
		expect(before.cards).toHaveLength(1);
		await addDocumentsToCourse(db, 'u-t', [handout()]);
		const course = await db.courses.get('u-t');
		expect({ ...course, documentCount: 2 }).toEqual(before.course);
		expect((await db.questions.toArray()).slice(0, 3)).toEqual(before.questions);
		expect((await db.documents.toArray()).slice(0, 2)).toEqual(before.documents);
		expect(await db.cards.toArray()).toEqual(before.cards);
		expect(await db.reviews.toArray()).toEqual(before.reviews);
		// Drafts are studied only once accepted.
		expect(await loadStudyQuestions(db)).toEqual(before.study);
		await setDraftStatus(db, 'u-t:q-4', 'accepted');
		expect((await loadStudyQuestions(db)).map((q) => q.id)).toContain('u-t:q-4');
	});

	it('refuses a document whose text the course already has, writing nothing', async () => {
		const db = await studiedCourse();
		const copy = { ...handout('Copy'), text: `  ${QUOTE}\n` };
		await expect(addDocumentsToCourse(db, 'u-t', [handout(), copy])).rejects.toThrow(
			'“Copy” has the same text as “Second”, already in this course'
		);
		expect(await db.documents.count()).toBe(2);
		expect(await db.questions.count()).toBe(3);
		// Two copies of one new text in one go are refused the same way.
		await expect(addDocumentsToCourse(db, 'u-t', [handout(), handout('Again')])).rejects.toThrow(
			CourseInputError
		);
		expect(await db.documents.count()).toBe(2);
	});

	it('refuses the built-in course, an unknown course and an empty list', async () => {
		const db = await studiedCourse();
		expect(() => addDocumentsToCourse(db, 'builtin', [handout()])).toThrow(CourseInputError);
		expect(() => addDocumentsToCourse(db, 'u-t', [])).toThrow(CourseInputError);
		await expect(addDocumentsToCourse(db, 'u-gone', [handout()])).rejects.toThrow(
			'no longer on this device'
		);
	});

	it('numbers after the largest id even when a document was removed from the middle', async () => {
		const db = await studiedCourse();
		await db.documents.delete('u-t:d-1');
		const { documents } = await addDocumentsToCourse(db, 'u-t', [handout()]);
		expect(documents[0].id).toBe('u-t:d-3');
		expect(await db.questions.get('u-t:q-4')).toMatchObject({ source: { doc: 'u-t:d-3' } });
	});
});

describe('courseDocumentTexts', () => {
	it('lists the course documents in order by title with their text, for the duplicate check', async () => {
		const db = await studiedCourse();
		expect(await courseDocumentTexts(db, 'u-t')).toEqual([
			{ name: 'First', draft: { text: `Intro paragraph.\n\n${QUOTE}` } },
			{ name: 'Second', draft: { text: QUOTE } }
		]);
	});
});
