import type { Locator } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp, shotForPeople } from './helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';

/**
 * The browser's Back in the middle of a quiz (outsider teacher, issue 14): it showed the bare
 * join screen, as if the quiz and its answers were gone. Now the join screen says where the
 * student was and goes back there, every answer kept.
 */
const asked = bankMcqs.slice(0, 3);
const code = inlineQuizCode('backbutton', 'Back button quiz', asked);

test.use({ viewport: { width: 320, height: 640 } });

test(
	'Back in the middle of a quiz says where the student was and goes back there, answers kept',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/quiz');
		await page.getByLabel('Join code or link').fill(`${new URL(page.url()).origin}/quiz#${code}`);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.getByRole('radio').nth(1).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText('Question 2 of 3')).toBeVisible();

		await page.goBack();
		const left = page.getByRole('region', { name: 'You left the quiz' });
		await expect(left).toContainText(
			'Ana was on question 2 of 3 of “Back button quiz”. The answers given so far are kept on this phone.'
		);
		await expect(left.getByRole('heading')).toBeFocused();
		await shotForPeople(page, testInfo.outputPath('left-quiz-320.png'), true);
		// At 200% text (as `text-zoom.spec` sets it) the note reflows within the 320 px screen.
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await shotForPeople(page, testInfo.outputPath('left-quiz-320-200pct.png'));
		await page.evaluate(() => (document.documentElement.style.fontSize = ''));

		await left.getByRole('button', { name: 'Back to question 2' }).click();
		await expect(page.getByText('Question 2 of 3')).toBeVisible();
		await page.getByRole('button', { name: 'Back', exact: true }).click();
		await expect(page.getByText('Question 1 of 3')).toBeVisible();
		await expect(page.getByRole('radio').nth(1)).toBeChecked();
	}
);

test(
	'Back on a quiz opened from a link leaves the app; the screen said the answers are kept, and they are',
	{ tag: '@phone' },
	async ({ page, context }) => {
		// Opened from the link itself (a QR scanner, a chat): the app's first page in this tab.
		await gotoApp(page, '/');
		const link = `${new URL(page.url()).origin}/quiz#${code}`;
		await page.goto('about:blank');
		await page.goto(link);
		await page.locator('body[data-hydrated="true"]').waitFor();
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		const kept = page.getByTestId('answers-kept');
		// Nothing to lose yet: nothing said.
		await expect(kept).toHaveCount(0);
		await page.getByRole('radio').nth(2).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText('Question 2 of 3')).toBeVisible();
		// Some answered, some not: the screen says what Back would cost (nothing), and the way back
		// once opened (folded to its first sentence: whole, it was some 800 px at 200% text).
		const said = kept.locator('summary');
		await expect(said).toHaveText('Answers saved on this phone');
		const way =
			'Left the quiz by mistake (Back, a closed tab)? Find it on the Quiz tab on this phone to carry on.';
		await expect(kept.getByText(way)).toBeHidden();
		await said.click();
		await expect(kept.getByText(way)).toBeVisible();
		// Seen where the question opens, on every phone width: after the question it sat under the
		// sticky Back/Next row or below the fold (issue 12).
		for (const width of [320, 390, 430]) {
			await page.setViewportSize({ width, height: 640 });
			await page.evaluate(() => window.scrollTo(0, 0));
			expect(await uncovered(kept), `at ${width} px`).toBe(true);
		}
		await page.setViewportSize({ width: 320, height: 640 });

		await page.goBack();
		await expect(page).toHaveURL('about:blank');
		// The link opened again, in another tab as a scanner would: the answers came back.
		const again = await context.newPage();
		await again.goto(link);
		await again.locator('body[data-hydrated="true"]').waitFor();
		await again.getByRole('button', { name: 'Continue as Ana' }).click();
		await expect(again.getByText('1 answered')).toBeVisible();
		await again.getByRole('button', { name: 'Back', exact: true }).click();
		await expect(again.getByText('Question 1 of 3')).toBeVisible();
		await expect(again.getByRole('radio').nth(2)).toBeChecked();
	}
);

/** Whether `note` is inside the viewport with nothing drawn over it (a sticky bar, a fixed one). */
function uncovered(note: Locator): Promise<boolean> {
	return note.evaluate((el) => {
		const box = el.getBoundingClientRect();
		if (box.top < 0 || box.bottom > innerHeight) return false;
		return [0.1, 0.5, 0.9].every((fy) => {
			const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height * fy);
			return top !== null && el.contains(top);
		});
	});
}
