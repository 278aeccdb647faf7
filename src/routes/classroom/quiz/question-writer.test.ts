import { describe, expect, it } from 'vitest';
import type { StoredQuiz } from '$lib/db/classroom';
import type { QuizWrite } from '$lib/db/classroom-quizzes';
import { makeQuiz, syntheticQuestions } from '$lib/quiz/fixtures.test-helpers';
import { moveEdit, removeEdit } from '$lib/quiz/question-edits';
import { encodeQuiz } from '$lib/quiz/quiz-code';
import { NOT_SAVED, QuestionWriter } from './question-writer.svelte';

const quiz0 = makeQuiz(syntheticQuestions(4), 'qWriter123');
const stored: StoredQuiz = { ...quiz0, code: encodeQuiz(quiz0) };
const ids = (q: StoredQuiz) => q.questions.map((x) => x.id);

function writer(write: (base: StoredQuiz, next: StoredQuiz) => Promise<QuizWrite>) {
	const saved: StoredQuiz[] = [];
	const refused: StoredQuiz[] = [];
	const w = new QuestionWriter({
		quiz: () => stored,
		saveOver: write,
		onsaved: (q) => saved.push(q),
		onrefused: (q) => refused.push(q)
	});
	return { w, saved, refused };
}

describe('QuestionWriter', () => {
	it('saves the edit with a new link and the questions before kept as a version', async () => {
		const { w, saved } = writer(async (_, next) => ({ ok: true, quiz: next }));
		w.removed = { question: stored.questions[3], index: 3 };
		const key = stored.questions[1].id;
		expect(await w.update(moveEdit(key, -1), 'Moved.', 'Your move')).toBeNull();
		expect(ids(saved[0])).toEqual(
			ids({
				...stored,
				questions: [stored.questions[1], stored.questions[0], ...stored.questions.slice(2)]
			})
		);
		expect(saved[0].code).not.toBe(stored.code);
		expect(saved[0].versions?.[0].questions).toEqual(stored.questions);
		expect(w.status).toBe('Moved.');
		// Any other change ends the Undo of a removal.
		expect(w.removed).toBeNull();
	});

	it('says why an edit cannot be made, and writes nothing', async () => {
		let writes = 0;
		const { w } = writer(async (_, next) => (writes++, { ok: true, quiz: next }));
		const only = { ...stored, questions: stored.questions.slice(0, 1) };
		expect(await w.update(removeEdit(only.questions[0].id), 'Removed.', 'Your removal', only)).toBe(
			'A quiz needs at least one question.'
		);
		expect(w.status).toBe('A quiz needs at least one question.');
		expect(writes).toBe(0);
	});

	it('says so when the device refuses the write', async () => {
		const { w } = writer(() => Promise.reject(new Error('QuotaExceededError')));
		expect(await w.update(moveEdit(stored.questions[1].id, -1), 'Moved.', 'Your move')).toBe(
			NOT_SAVED
		);
	});

	it('keeps the change when another tab saved first, and puts it on top when asked', async () => {
		const other = { ...stored, title: 'Renamed elsewhere' };
		let first = true;
		const { w, saved, refused } = writer(async (base, next) => {
			if (first) {
				first = false;
				return { ok: false, reason: 'changed', stored: other };
			}
			expect(base).toBe(other);
			return { ok: true, quiz: next };
		});
		const problem = await w.update(moveEdit(stored.questions[1].id, -1), 'Moved.', 'Your move');
		expect(problem).toMatch(
			/^Not saved yet: this quiz was changed in another tab or window since you began.*Your move is kept here\.$/
		);
		expect(w.unsaved?.text).toBe(problem);
		expect(w.status).toBe('');
		expect(refused).toEqual([other]);
		await w.unsaved!.again!();
		expect(saved[0].title).toBe('Renamed elsewhere');
		expect(w.unsaved).toBeNull();
		expect(w.status).toBe('Moved.');
	});

	it('offers nothing again once the quiz was deleted in another tab', async () => {
		const { w } = writer(async () => ({ ok: false, reason: 'gone' }));
		await w.update(moveEdit(stored.questions[1].id, -1), 'Moved.', 'Your move');
		expect(w.unsaved).toEqual({
			text: 'This quiz was deleted in another tab or window.',
			again: null
		});
	});
});
