import { describe, expect, it } from 'vitest';
import { deletedQuizMessage } from './deleted-here';
import { changedQuizMessage } from './changed-here';
import { makeQuiz, seedBank, syntheticQuestions } from './fixtures.test-helpers';
import { downloadProblem, openQuizCode, type OpenQuizDeps } from './open-quiz';
import { encodeQuizFull } from './quiz-code';

const quiz = makeQuiz(syntheticQuestions(3), 'qOpen12345');
// Every question in the link: it opens without the bank.
const code = encodeQuizFull(quiz);

function deps(more: Partial<OpenQuizDeps> = {}): OpenQuizDeps {
	return {
		loadBank: async () => seedBank(),
		deletedAt: async () => null,
		changedHere: async () => null,
		hasAttempt: () => false,
		online: () => true,
		...more
	};
}

describe('openQuizCode', () => {
	it('opens a link that carries its questions, without the bank', async () => {
		const opened = await openQuizCode(
			code,
			null,
			deps({ loadBank: () => Promise.reject(new Error('no bank')) })
		);
		expect(opened.kind).toBe('quiz');
		if (opened.kind === 'quiz') expect(opened.quiz.questions).toHaveLength(3);
	});

	it('says why a damaged code does not open', async () => {
		const opened = await openQuizCode(`${code.slice(0, -8)}zz`, null, deps());
		expect(opened).toMatchObject({ kind: 'problem' });
		expect(opened.kind === 'problem' && opened.retry).toBeFalsy();
	});

	it('offers Retry when a join code’s bank did not download, worded for online and offline', async () => {
		const failing = () => Promise.reject(new Error('network'));
		for (const online of [true, false]) {
			const opened = await openQuizCode(
				'K7M2QX',
				null,
				deps({ loadBank: failing, online: () => online })
			);
			expect(opened).toEqual({ kind: 'problem', retry: true, error: downloadProblem(online) });
		}
		expect(downloadProblem(false)).toContain('offline');
	});

	it('keeps the attempt on screen when its quiz is opened again', async () => {
		expect(await openQuizCode(code, quiz.id, deps())).toEqual({ kind: 'taking' });
	});

	it('does not open a quiz deleted on this device, even mid-attempt', async () => {
		const opened = await openQuizCode(code, quiz.id, deps({ deletedAt: async () => 5 }));
		expect(opened).toEqual({ kind: 'problem', error: deletedQuizMessage(5) });
	});

	it('offers the quiz as it is now when it changed here, unless an attempt was begun', async () => {
		const changedHere = async () => ({ until: 7, code: 'NOW' });
		expect(await openQuizCode(code, null, deps({ changedHere }))).toEqual({
			kind: 'problem',
			error: changedQuizMessage(7),
			current: 'NOW'
		});
		const begun = await openQuizCode(code, null, deps({ changedHere, hasAttempt: () => true }));
		expect(begun.kind).toBe('quiz');
	});
});
