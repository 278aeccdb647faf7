import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';

/**
 * One attempt open in two tabs of the same phone (outsider teacher, session 33): an answer
 * changed in tab B was silently overwritten by tab A's older one, which tab A saved again at its
 * next clock tick. Now each answer is kept as last given, and the other tab shows it at once.
 */
const asked = bankMcqs.slice(0, 3);
const code = inlineQuizCode('twotabsq', 'Two tabs quiz', asked);

test.use({ viewport: { width: 390, height: 844 } });

test(
	'an answer changed in another tab wins over this tab’s older one, and shows here',
	{ tag: '@phone' },
	async ({ page, context }) => {
		await gotoApp(page, '/');
		const link = `${new URL(page.url()).origin}/quiz#${code}`;
		await page.goto(link);
		await page.locator('body[data-hydrated="true"]').waitFor();
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.getByRole('radio').nth(1).check();
		await page.waitForTimeout(400);
		const afterA = await page.evaluate(
			() =>
				(
					JSON.parse(localStorage.getItem('flashpoint:quiz-attempt:twotabsq') ?? 'null') as {
						answers: unknown[];
					}
				).answers
		);

		const tabB = await context.newPage();
		await tabB.goto(link);
		await tabB.locator('body[data-hydrated="true"]').waitFor();
		await tabB.getByRole('button', { name: 'Continue as Ana' }).click();
		await expect(tabB.getByText('Question 1 of 3')).toBeVisible();
		await expect(tabB.getByRole('radio').nth(1)).toBeChecked();
		await tabB.getByRole('radio').nth(2).check();
		const answersOf = (tab: typeof page) =>
			tab.evaluate(
				() =>
					(
						JSON.parse(localStorage.getItem('flashpoint:quiz-attempt:twotabsq') ?? 'null') as {
							answers: unknown[];
						}
					).answers
			);
		await expect.poll(() => answersOf(tabB)).not.toEqual(afterA);
		const afterB = await answersOf(tabB);

		// Tab A, left alone a while (its clock ticks and saves), keeps B's answer and shows it.
		await page.waitForTimeout(1000);
		expect(await answersOf(page)).toEqual(afterB);
		await expect(page.getByRole('radio').nth(2)).toBeChecked();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('radio').nth(0).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('radio').nth(0).check();
		await page.getByRole('button', { name: /^Finish/ }).click();
		const scored = /Ana, you scored \d of 3/;
		await expect(page.getByRole('heading', { name: scored })).toBeVisible();
		const final = await answersOf(page);
		expect(final.filter((a, i) => afterB[i] !== null && a !== afterB[i])).toEqual([]);
		// Handed in in A: tab B learns it too, with the same score.
		const heading = await page.getByRole('heading', { name: scored }).textContent();
		await expect(tabB.getByRole('heading', { name: scored })).toHaveText(heading!);
	}
);
