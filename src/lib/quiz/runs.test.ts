import { describe, expect, it } from 'vitest';
import type { StoredQuiz } from '$lib/db/classroom';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { decodeQuiz, encodeQuiz } from './quiz-code';
import {
	closedMessage,
	closeQuiz,
	duplicateQuiz,
	quizLabel,
	renameQuiz,
	checkQuizTitle,
	reopenQuiz,
	runAgain
} from './runs';

const base = makeQuiz(syntheticQuestions(3));
const quiz: StoredQuiz = {
	...base,
	code: encodeQuiz(base),
	group: '7A',
	studentIds: { Ana: 's-1' },
	closedAt: 5
};

describe('reusing a quiz', () => {
	it('runs it again for another class: new id and link, same questions, open', () => {
		const run = runAgain(quiz, '  7B ', 1000);
		if (!run.ok) throw new Error(run.error);
		expect(run.quiz.id).not.toBe(quiz.id);
		expect(run.quiz.questions).toEqual(quiz.questions);
		expect(run.quiz.group).toBe('7B');
		expect(run.quiz.runOf).toBe(quiz.id);
		expect(run.quiz.closedAt).toBeUndefined();
		expect(run.quiz.createdAt).toBe(1000);
		expect(run.quiz.studentIds).toEqual({ Ana: 's-1' });
		const decoded = decodeQuiz(run.quiz.code);
		expect(decoded.ok && decoded.value.id).toBe(run.quiz.id);
		const again = runAgain(run.quiz, 'Period 3');
		expect(again.ok && again.quiz.runOf).toBe(quiz.id);
		expect(runAgain(quiz, '  ')).toEqual({
			ok: false,
			error: expect.stringMatching(/Name the class/)
		});
	});

	it('duplicates as a copy to change, with no class and not closed', () => {
		const copy = duplicateQuiz(quiz);
		// "<title> (copy)", never a title the list has (outsider teachers: two quizzes of one name).
		expect(copy.title).toBe(`${quiz.title} (copy)`);
		expect(duplicateQuiz(quiz, 1, [`${quiz.title} (copy)`]).title).toBe(`${quiz.title} (copy 2)`);
		expect(copy.id).not.toBe(quiz.id);
		expect(copy.group).toBeUndefined();
		expect(copy.closedAt).toBeUndefined();
		expect(duplicateQuiz({ ...quiz, title: 'x'.repeat(80) }).title).toHaveLength(80);
	});

	it('renames with a checked title and re-encodes the link', () => {
		const renamed = renameQuiz(quiz, '  Week 4  ');
		if (!renamed.ok) throw new Error(renamed.error);
		expect(renamed.quiz.title).toBe('Week 4');
		expect(renamed.quiz.id).toBe(quiz.id);
		const decoded = decodeQuiz(renamed.quiz.code);
		expect(decoded.ok && decoded.value.title).toBe('Week 4');
		expect(renameQuiz(quiz, '').ok).toBe(false);
		expect(renameQuiz(quiz, 'week 4', ['Week 4'])).toEqual({
			ok: false,
			error: expect.stringMatching(/^Another quiz here is called “week 4”/)
		});
		expect(renameQuiz(quiz, 'x'.repeat(81)).ok).toBe(false);
	});

	it('cleans bidi and invisible characters from a title or class, keeping its letters', () => {
		const renamed = renameQuiz(quiz, '\u202eWeek\u200b 4\u202c');
		expect(renamed.ok && renamed.quiz.title).toBe('Week 4');
		expect(checkQuizTitle(' \u202e\u2066\u200b ')).toEqual({
			ok: false,
			error: 'Give the quiz a title.'
		});
		expect(checkQuizTitle('\u2067אנה\u2069 7B')).toEqual({ ok: true, title: 'אנה 7B' });
		const run = runAgain(quiz, '\u202e7B');
		expect(run.ok && run.quiz.group).toBe('7B');
	});

	it('closes and reopens; a closed quiz says why results are refused', () => {
		const open = reopenQuiz(quiz);
		expect(closedMessage(open)).toBeNull();
		const closed = closeQuiz(open, Date.UTC(2026, 10, 30, 10, 0));
		expect(closedMessage(closed)).toMatch(/was closed on .*not counted\. Reopen the quiz/);
		expect(quizLabel(closed)).toBe(`${quiz.title} · 7A`);
	});
});
