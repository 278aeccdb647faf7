import { expect, test } from './page-errors';
import { gotoApp, shotForPeople } from './helpers';
import { inlineQuizCode } from './quiz-helpers';

/**
 * The student's review after a quiz shows a question's source sentence once: the generator's
 * true/false explanations quote it ("False: the text gives 1842, not 1850. “…”") and the review
 * quotes it again below, so the outsider teacher's student read the same sentence twice in a
 * row (issue 12); a true statement that is its sentence is not quoted under itself. Made-up
 * sentences.
 */
const sentence =
	'The Mines Act of 1842 banned women and children under ten from working underground.';
const kept = 'Parliament made machine-breaking a crime punishable by death in 1812.';
const questions = [
	{
		id: 'once-q1',
		type: 'truefalse' as const,
		prompt: 'The Mines Act of 1850 banned women and children under ten from working underground.',
		answer: 'false',
		explanation: `False: the text gives 1842, not 1850. “${sentence}”`,
		source: { doc: 'doc-one', quote: sentence }
	},
	{
		id: 'once-q2',
		type: 'truefalse' as const,
		prompt: kept,
		answer: 'true',
		explanation: `True: the text says so. “${kept}”`,
		source: { doc: 'doc-one', quote: kept }
	}
];

for (const viewport of [
	{ width: 320, height: 640 },
	{ width: 1280, height: 800 }
])
	test(`the review quotes each source sentence once at ${viewport.width} px`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize(viewport);
		await gotoApp(page, `/quiz#${inlineQuizCode('sayonce', 'Said once', questions)}`);
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.getByRole('radio', { name: /True/ }).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('radio', { name: /True/ }).check();
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		const review = page.getByRole('list').filter({ hasText: 'Question 1' });
		await expect(review.getByRole('listitem')).toHaveCount(2);
		const first = review.getByRole('listitem').filter({ hasText: '1850' });
		await expect(first).toContainText('False: the text gives 1842, not 1850.');
		const text = (await first.innerText()).replace(/\s+/g, ' ');
		expect(text.split('banned women and children under ten').length - 1, text).toBe(2);
		// Once in the source passage; the statement itself is the prompt (1850, not 1842).
		expect(text.split(sentence).length - 1, text).toBe(1);
		const second = review.getByRole('listitem').filter({ hasText: 'machine-breaking' });
		await expect(second).toContainText('True: the text says this, word for word.');
		// A true statement that is its source sentence is not quoted again under itself (outsider
		// teacher, issue 12): the statement once, and nothing of it in quotation marks.
		const secondText = (await second.innerText()).replace(/\s+/g, ' ');
		expect(secondText.split('machine-breaking').length - 1, secondText).toBe(1);
		await expect(second.locator('blockquote')).toHaveCount(0);
		await shotForPeople(page, testInfo.outputPath(`review-once-${viewport.width}.png`), true);
	});
