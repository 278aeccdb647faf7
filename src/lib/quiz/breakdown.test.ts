import { describe, expect, it } from 'vitest';
import { answerOptions } from './breakdown';
import { acceptAnswer, unacceptAnswer } from './regrade';
import { makeQuiz, syntheticQuestions } from './fixtures.test-helpers';
import { buildReport } from './report';

const quiz = makeQuiz(syntheticQuestions(4));
const [mcq, truefalse, cloze, short] = quiz.questions;

describe('what the class answered', () => {
	it('lists every choice with its share, chosen or not, and marks the key', () => {
		const right = mcq.choices!.indexOf(mcq.answer);
		const options = answerOptions(mcq, [right, right, 0 === right ? 1 : 0, null]);
		expect(options.map((o) => o.label)).toEqual([...mcq.choices!, '(no answer)']);
		expect(options.find((o) => o.isKey)!.count).toBe(2);
		expect(options.find((o) => o.isKey)!.percent).toBe(50);
		expect(options.reduce((sum, o) => sum + o.count, 0)).toBe(4);
		expect(options.filter((o) => o.count === 0)).toHaveLength(2);
	});

	it('gives True and False for a true/false question', () => {
		const options = answerOptions(truefalse, [true, false, false]);
		expect(options.map((o) => [o.label, o.count])).toEqual([
			['True', 1],
			['False', 2]
		]);
		expect(options.filter((o) => o.correct)).toHaveLength(1);
	});

	it('groups typed answers the way marking compares them, most given first', () => {
		const options = answerOptions(short, ['vucic ', 'Vučić', 'Tadić', '', 'VUČIĆ!']);
		expect(options.map((o) => [o.label, o.count, o.correct])).toEqual([
			['vucic', 3, true],
			['Tadić', 1, false],
			['(no answer)', 1, false]
		]);
		expect(options[1].typed).toBe('Tadić');
	});

	it('names who gave each answer, blank ones too', () => {
		const names = ['Ana', 'Ben', 'Ćiro', 'Dua', 'Ema'];
		const typed = answerOptions(short, ['vucic ', 'Vučić', 'Tadić', '', 'VUČIĆ!'], names);
		expect(typed.map((o) => [o.label, o.names])).toEqual([
			['vucic', ['Ana', 'Ben', 'Ema']],
			['Tadić', ['Ćiro']],
			['(no answer)', ['Dua']]
		]);
		const right = mcq.choices!.indexOf(mcq.answer);
		const chosen = answerOptions(mcq, [right, null, right], ['Ana', 'Ben', 'Ana (finished 09:41)']);
		expect(chosen.find((o) => o.isKey)!.names).toEqual(['Ana', 'Ana (finished 09:41)']);
		expect(chosen.filter((o) => !o.isKey && o.count === 0).every((o) => o.names.length === 0)).toBe(
			true
		);
		// Without names, counts alone as before.
		expect(answerOptions(truefalse, [true]).every((o) => o.names.length === 0)).toBe(true);
	});
});

describe('accept this answer', () => {
	it('regrades everyone who gave it, and only them', () => {
		const typed = ['2003 or 2004', '2003 OR 2004', '1999', cloze.answer];
		const results = typed.map((answer, i) => ({
			quizId: quiz.id,
			attemptId: `attempt${i}`,
			name: `S${i}`,
			answers: [null, null, answer, null],
			seconds: 1,
			finishedAt: 0
		}));
		const before = buildReport(quiz, results);
		expect(before.students.map((s) => s.perQuestion[2])).toEqual([false, false, false, true]);
		const accepted = acceptAnswer(cloze, '2003 or 2004');
		const after = buildReport(
			{ ...quiz, questions: quiz.questions.map((q) => (q === cloze ? accepted : q)) },
			results
		);
		expect(after.students.map((s) => s.perQuestion[2])).toEqual([true, true, false, true]);
		// A verdict on that response; the key's accepted answers stay as they were.
		expect(accepted.accept).toEqual(cloze.accept);
		expect(accepted.judged).toEqual({ '2003 or 2004': true });
	});

	it('changes nothing for an answer already right or a choice question', () => {
		expect(acceptAnswer(short, 'vucic')).toBe(short);
		expect(acceptAnswer(mcq, 'anything')).toBe(mcq);
		expect(acceptAnswer(short, '   ')).toBe(short);
	});
});

describe('stop accepting an answer', () => {
	it('takes back an accepted answer, so the grades are as before', () => {
		const accepted = acceptAnswer(cloze, '2003 or 2004');
		const back = unacceptAnswer(accepted, '2003 OR 2004');
		expect(back).toEqual(cloze);
		// Other accepted responses stay.
		const two = acceptAnswer(acceptAnswer(cloze, 'first'), 'second try');
		expect(unacceptAnswer(two, 'second try').judged).toEqual({ first: true });
	});

	it('never takes back the main answer or touches a choice question', () => {
		expect(unacceptAnswer(cloze, cloze.answer)).toBe(cloze);
		expect(unacceptAnswer(mcq, mcq.answer)).toBe(mcq);
		expect(unacceptAnswer(cloze, 'never accepted')).toBe(cloze);
	});
});
