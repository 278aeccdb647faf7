import { describe, expect, it } from 'vitest';
import { freshDb } from '$lib/db/test-helpers';
import { createCourse } from './create';
import { acceptAllDrafts, updateDraft } from './drafts';
import { acceptAllNotice, checkForm } from './draft-form';
import { blankFields } from '$lib/content/question-fields';
import { fixtureDrafts } from './fixtures.test-helpers';
import { bareOpeningProblem } from './prompt-check';

/** Outsider teacher: an edited draft "What was" passed every check and Accept all took it. */
describe('a prompt that is only a question opening', () => {
	it('is refused, whatever opening, case or punctuation', () => {
		for (const prompt of [
			'What was',
			'What was?',
			'who IS it?',
			'When did the',
			'How many of ____?',
			'Which one'
		])
			expect(bareOpeningProblem(prompt, 'short'), prompt).toMatch(/names no subject/);
		for (const prompt of [
			'What was the Berlin Wall?',
			'Who is Vučić?',
			'In ____ the wall fell.',
			'What was 1989?'
		])
			expect(bareOpeningProblem(prompt, 'short'), prompt).toBeUndefined();
		expect(bareOpeningProblem('Who was he', 'flashcard')).toMatch(/^The front “Who was he”/);
	});

	it('the form says so on the prompt field', () => {
		const form = { ...blankFields('short'), prompt: 'What was', answer: 'x', explanation: 'y' };
		expect(checkForm(form).prompt).toMatch(/“What was” names no subject/);
	});

	it('an edit to such a prompt is refused and Accept all leaves such a draft undecided', async () => {
		const db = freshDb();
		await createCourse(db, fixtureDrafts(), { id: 'u-1' });
		const drafts = await db.questions.where('courseId').equals('u-1').toArray();
		const target = drafts.find((q) => q.status === 'draft' && q.type !== 'cloze')!;
		const refused = await updateDraft(db, target.id, { prompt: 'What was' });
		expect(refused).toMatchObject({
			ok: false,
			errors: { prompt: expect.stringMatching(/names no subject/) }
		});
		// A stored poor draft (an older version saved it) stays a draft under Accept all.
		await db.questions.put({ ...target, prompt: 'What was' });
		const others = drafts.filter((q) => q.type === target.type && q.status === 'draft').length - 1;
		const done = await acceptAllDrafts(db, 'u-1', target.type);
		expect(done).toEqual({
			accepted: others ? { [target.type]: others } : {},
			held: ['What was'],
			ids: expect.not.arrayContaining([target.id])
		});
		expect((await db.questions.get(target.id))?.status).toBe('draft');
		expect(acceptAllNotice({ accepted: { flashcard: 2 }, held: ['What was'] }, 'flashcard')).toBe(
			'2 flashcards accepted. 1 left as a draft: “What was” names no subject. Edit it to say who or what it asks about, or reject it.'
		);
	});
});
