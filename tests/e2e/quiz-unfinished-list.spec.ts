import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';

/**
 * A student who taps "Leave quiz" mid-quiz finds it again on the Quiz tab (outsider teacher,
 * session 38: it came back only from the same link): its title, how many answered, when it was
 * started, and Continue (back to where she was, answers kept) or Discard (after a yes).
 */
const asked = bankMcqs.slice(0, 5);
const code = inlineQuizCode('unfinishedlist', 'Plate tectonics check', asked);

test.use({ viewport: { width: 390, height: 844 } });

test(
	'Leave quiz, then the Quiz tab lists it: Continue goes back to the question, Discard removes it',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/quiz');
		await page.getByLabel('Join code or link').fill(`${new URL(page.url()).origin}/quiz#${code}`);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await page.getByLabel('Your name').fill('Cara');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (const n of [2, 3, 4]) {
			await page.getByRole('radio').nth(1).check();
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.getByText(`Question ${n} of 5`)).toBeVisible();
		}
		await page.getByRole('button', { name: 'Leave quiz' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Leave quiz' }).click();
		await expect(page).not.toHaveURL(/\/quiz/);

		// A fresh visit to the Quiz tab, as after closing the tab: no link in the address.
		await gotoApp(page, '/quiz');
		const list = page.getByRole('region', { name: 'Not finished yet' });
		await expect(list.getByRole('heading', { name: 'Plate tectonics check' })).toBeVisible();
		await expect(list).toContainText('Cara · 3 of 5 questions answered · started');
		await expectNoAxeViolations(page);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: width === 1280 ? 800 : 700 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await shotForPeople(page, testInfo.outputPath(`unfinished-${width}.png`), true);
		}
		await page.setViewportSize({ width: 390, height: 844 });
		const cont = list.getByRole('button', { name: /^Continue/ });
		expect((await cont.boundingBox())!.height).toBeGreaterThanOrEqual(44);

		await cont.click();
		await expect(page.getByText('Question 4 of 5')).toBeVisible();
		await expect(page.getByText('Back where Cara was.')).toBeVisible();
		await page.getByRole('button', { name: 'Back', exact: true }).click();
		await expect(page.getByRole('radio').nth(1)).toBeChecked();

		// Discard asks first; Cancel keeps it, Discard removes it and its kept answers.
		await page.getByRole('button', { name: 'Leave quiz' }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Leave quiz' }).click();
		await gotoApp(page, '/quiz');
		await list.getByRole('button', { name: /^Discard/ }).click();
		const dialog = page.getByRole('dialog', { name: 'Discard this quiz?' });
		await expect(dialog).toContainText('Cara’s 3 of 5 answers to “Plate tectonics check”');
		await shotForPeople(page, testInfo.outputPath('unfinished-discard-390.png'));
		await dialog.getByRole('button', { name: 'Cancel' }).click();
		await expect(list).toBeVisible();
		await list.getByRole('button', { name: /^Discard/ }).click();
		await dialog.getByRole('button', { name: 'Discard' }).click();
		await expect(list).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Join your class’s quiz' })).toBeFocused();
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(page.getByRole('region', { name: 'Not finished yet' })).toHaveCount(0);
	}
);
