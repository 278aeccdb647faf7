import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { nearMiss } from '../../src/lib/quiz/scoring';
import type { QuizQuestion } from '../../src/lib/quiz/types';
import { buildQuiz } from './classroom-helpers';
import { gotoApp, shotForPeople } from './helpers';
import { inlineQuizCode, type LinkedQuestion } from './quiz-helpers';

/**
 * A near miss on a typed answer in a class quiz (issue 12, classroom): Study says "Almost" with
 * why, the quiz's review said plain "Wrong". The review now says "Almost:" with the same words,
 * and the score stays the quiz's own mark (a quiz has no "I was right": the teacher decides).
 */
function typed(id: string, prompt: string, answer: string): LinkedQuestion {
	return {
		id,
		type: 'short',
		prompt,
		answer,
		explanation: '',
		source: { doc: 'kosovo', quote: `The answer is ${answer}.` }
	};
}

const asked = [
	typed('near-camp', 'Which US base in Kosovo did the report name?', 'Camp Bondsteel'),
	typed('near-cyprus', 'Which island did the talks concern?', 'Cyprus'),
	typed('near-plain', 'Which city hosted the talks?', 'Brussels')
];
const code = inlineQuizCode('nearmiss', 'Near misses', asked);

test(
	'a near miss in a class quiz shows "Almost" with why in the review, still counted wrong',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/quiz');
		await page.getByLabel('Join code or link').fill(`${new URL(page.url()).origin}/quiz#${code}`);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (const [i, answer] of ['Bondsteel Camp', 'Cypriot', 'Belgrade'].entries()) {
			await expect(page.getByText(`Question ${i + 1} of 3`)).toBeVisible();
			await page.getByLabel('Your answer').fill(answer);
			if (i < 2) await page.getByRole('button', { name: 'Next' }).click();
		}
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		await expect(page.getByRole('heading', { name: 'Ana, you scored 0 of 3' })).toBeVisible();

		const notes = page.getByTestId('near-note');
		await expect(notes).toHaveCount(2);
		await expect(notes.first()).toContainText(
			'Almost: “Bondsteel Camp” has the words of “Camp Bondsteel” in another order.'
		);
		await expect(notes.nth(1)).toContainText(
			'Almost: “Cypriot” names the place or its people where “Cyprus” names the other.'
		);
		// A plainly wrong answer stays plain wrong.
		const plain = page.getByRole('listitem').filter({ hasText: 'Which city hosted the talks?' });
		await expect(plain).toContainText('Wrong');
		await expect(plain.getByTestId('near-note')).toHaveCount(0);

		await notes.first().scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('quiz-near-review-390.png'));
	}
);

/** A near miss of `q`'s key (words swapped, a kind word added or the last word left out), or null. */
function nearAnswerFor(q: QuizQuestion): string | null {
	const words = q.answer.split(' ');
	const tries = [
		[...words].reverse().join(' '),
		`${q.answer} city`,
		words.slice(0, -1).join(' '),
		words.slice(1).join(' ')
	];
	return tries.find((answer) => answer && nearMiss(q, answer)) ?? null;
}

test(
	'the teacher’s report of a student’s answers says "Almost" with why under a near miss',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		const { id, questions } = await buildQuiz(page, 'Near misses', 8, {
			types: ['Short answer']
		});
		const answers = questions.map((q) => nearAnswerFor(q) ?? 'Zzyzx Road');
		const near = answers.findIndex((answer) => answer !== 'Zzyzx Road');
		expect(near, 'a question with a near miss to type').toBeGreaterThanOrEqual(0);
		const code = encodeResult({
			quizId: id,
			attemptId: 'attemptnear1',
			name: 'Ana',
			answers,
			seconds: 60,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added/)).toBeVisible();

		const report = page.getByRole('region', { name: 'Class report' });
		await report.getByText(`Ana: 0 / ${questions.length}`).click();
		const item = report.getByRole('listitem').filter({ hasText: `Q${near + 1}. ` });
		await expect(item.getByTestId('near-note')).toHaveText(
			`Almost: ${nearMiss(questions[near], answers[near])}`
		);
		await expect(report.getByTestId('near-note')).toHaveCount(
			answers.filter((answer) => answer !== 'Zzyzx Road').length
		);
		await item.getByTestId('near-note').scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('report-near-390.png'));
	}
);
