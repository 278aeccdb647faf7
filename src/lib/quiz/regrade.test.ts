import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matchesAnswer, withoutArticle } from '$lib/content/answer-match';
import { gradebookRows } from './csv';
import { quizPortable } from './quiz-export';
import { acceptAnswer, canStopAccepting, responseKey, unacceptAnswer } from './regrade';
import { buildReport } from './report';
import { isCorrect } from './scoring';
import type { Quiz, QuizQuestion } from './types';

const steam: QuizQuestion = {
	id: 'q-steam',
	type: 'short',
	prompt: 'Who built the first practical steam engine?',
	answer: 'Thomas Newcomen',
	accept: ['Newcomen'],
	explanation: '',
	source: { doc: 'notes', quote: '' }
};

const quiz: Quiz = {
	id: 'quizSteam1',
	title: 'Y9 check-up',
	createdAt: 0,
	settings: {
		timer: 'none',
		seconds: 0,
		shuffleQuestions: false,
		shuffleChoices: false,
		allowBack: true,
		showAnswers: true
	},
	questions: [steam]
};

const result = (name: string, typed: string) => ({
	quizId: quiz.id,
	attemptId: name,
	name,
	answers: [typed],
	seconds: 30,
	finishedAt: 1
});

describe('regrading one response of the class report (outsider teacher, session 33)', () => {
	const alice = result('Alice Martin', 'newcomen');
	const ben = result('Ben Okafor-Williamson', 'Newcommen');

	it('Stop accepting Ben’s typo marks Ben wrong and leaves Alice, the key and Moodle’s file', () => {
		expect([isCorrect(steam, 'newcomen'), isCorrect(steam, 'Newcommen')]).toEqual([true, true]);
		const regraded = unacceptAnswer(steam, 'Newcommen');
		expect(regraded.answer).toBe('Thomas Newcomen');
		expect(regraded.accept).toEqual(['Newcomen']);
		const report = buildReport({ ...quiz, questions: [regraded] }, [alice, ben]);
		expect(report.students.map((s) => [s.name, s.perQuestion[0]])).toEqual([
			['Alice Martin', true],
			['Ben Okafor-Williamson', false]
		]);
		// The Grades CSV: Alice 1 of 1, Ben 0 of 1.
		const rows = gradebookRows(report);
		expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual([
			['Alice Martin', 1],
			['Ben Okafor-Williamson', 0]
		]);
		expect(quizPortable({ ...quiz, questions: [regraded] })[0]).toMatchObject({
			answer: 'Thomas Newcomen',
			accept: ['Newcomen']
		});
	});

	it('Accept this answer on one response brings back only that response', () => {
		const both = unacceptAnswer(unacceptAnswer(steam, 'Newcommen'), 'newcomen');
		expect([isCorrect(both, 'newcomen'), isCorrect(both, 'Newcommen')]).toEqual([false, false]);
		const one = acceptAnswer(both, 'NEWCOMEN');
		expect([isCorrect(one, 'newcomen'), isCorrect(one, 'Newcommen')]).toEqual([true, false]);
		// Right again by the key alone, so no verdict is kept for it.
		expect(one.judged).toEqual({ [responseKey('Newcommen')]: false });
		expect(acceptAnswer(unacceptAnswer(steam, 'Newcommen'), 'Newcommen')).toEqual(steam);
	});

	it('never offers to stop accepting the main answer, a wrong answer or a choice', () => {
		expect(canStopAccepting(steam, 'thomas newcomen')).toBe(false);
		expect(canStopAccepting(steam, 'James Watt')).toBe(false);
		expect(canStopAccepting(steam, 'newcomen')).toBe(true);
		expect(canStopAccepting(acceptAnswer(steam, 'James Watt'), 'james watt!')).toBe(true);
		const mcq: QuizQuestion = { ...steam, type: 'mcq', choices: ['Thomas Newcomen', 'Watt'] };
		expect(unacceptAnswer(mcq, 'Thomas Newcomen')).toBe(mcq);
		expect(acceptAnswer(mcq, 'Watt')).toBe(mcq);
		expect(acceptAnswer(steam, '  ')).toBe(steam);
	});
});

/** Responses near the key and its accepted answer, as a class types them: case, typos, others. */
const responseArb = fc.oneof(
	fc.constantFrom(
		'Thomas Newcomen',
		'thomas newcomen',
		'Newcomen',
		'newcomen',
		'NEWCOMEN!',
		'Newcommen',
		'Newcomem',
		'Nwecomen',
		'Thomas Newcomin',
		'James Watt',
		'watt',
		'the Newcomen',
		'Newcomen, Thomas'
	),
	fc
		.tuple(
			fc.constantFrom('Newcomen', 'Thomas Newcomen'),
			fc.nat(20),
			fc.constantFrom('', 'x', 'e')
		)
		.map(([word, at, put]) => {
			const i = at % word.length;
			return word.slice(0, i) + put + word.slice(i + 1);
		}),
	fc.string({ maxLength: 12 })
);

const stepArb = fc.record({ accept: fc.boolean(), typed: responseArb });

describe('regrade property: a button changes only the responses it names', () => {
	it('every other response keeps its mark, and the key and accepted answers never change', () => {
		fc.assert(
			fc.property(
				fc.array(stepArb, { maxLength: 6 }),
				stepArb,
				fc.array(responseArb),
				(before, step, others) => {
					const start = before.reduce(
						(q, s) => (s.accept ? acceptAnswer(q, s.typed) : unacceptAnswer(q, s.typed)),
						steam
					);
					const after = step.accept
						? acceptAnswer(start, step.typed)
						: unacceptAnswer(start, step.typed);
					expect(after.answer).toBe(steam.answer);
					expect(after.accept).toEqual(steam.accept);
					for (const other of others)
						if (responseKey(other) !== responseKey(step.typed))
							expect(isCorrect(after, other)).toBe(isCorrect(start, other));
					// Every response of the group named is marked alike.
					const same = [step.typed, step.typed.toUpperCase(), ` ${step.typed}.`].filter(
						(s) => responseKey(s) === responseKey(step.typed)
					);
					expect(new Set(same.map((s) => isCorrect(after, s))).size).toBeLessThanOrEqual(1);
				}
			),
			{ numRuns: 500, seed: 3343 }
		);
	});

	it('the mark is the last button pressed for its group, else the key’s marking', () => {
		fc.assert(
			fc.property(fc.array(stepArb, { maxLength: 10 }), responseArb, (steps, probe) => {
				const q = steps.reduce(
					(acc, s) => (s.accept ? acceptAnswer(acc, s.typed) : unacceptAnswer(acc, s.typed)),
					steam
				);
				const key = responseKey(probe);
				// The model: a group's mark is its last button, except that the main answer
				// itself is never marked wrong from the report.
				const main = (typed: string) =>
					withoutArticle(responseKey(typed)) === withoutArticle(responseKey(steam.answer));
				const last = steps.findLast((s) => responseKey(s.typed) === key && !main(s.typed));
				const expected = key !== '' && (last ? last.accept : matchesAnswer(probe, steam));
				expect(isCorrect(q, probe)).toBe(expected);
			}),
			{ numRuns: 500, seed: 3343 }
		);
	});
});
