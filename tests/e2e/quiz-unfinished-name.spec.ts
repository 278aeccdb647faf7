import type { Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';

/**
 * A student who left a quiz unfinished and typed her name again on its start page lost every
 * answer: "Start the quiz" began a new attempt over the unfinished one (outsider teacher,
 * session 37). The same name now continues it; another name starts beside it, and both stay
 * reachable by "Continue as".
 */
const asked = bankMcqs.slice(0, 3);
const code = inlineQuizCode('unfinishedname', 'Unfinished name quiz', asked);

test.use({ viewport: { width: 390, height: 844 } });

test(
	'typing the same name again continues the unfinished attempt; another name never overwrites it',
	{ tag: '@phone' },
	async ({ page, context }) => {
		await gotoApp(page, '/');
		const link = `${new URL(page.url()).origin}/quiz#${code}`;
		await page.goto(link);
		await page.locator('body[data-hydrated="true"]').waitFor();
		await page.getByLabel('Your name').fill('Cara Ng');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.getByRole('radio').nth(1).check();
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('radio').nth(2).check();
		await expect(page.getByText('2 answered')).toBeVisible();

		// Reopened in a new tab (the link again): she types her name instead of "Continue as".
		const again = await context.newPage();
		await again.goto(link);
		await again.locator('body[data-hydrated="true"]').waitFor();
		await expect(again.getByRole('button', { name: 'Continue as Cara Ng' })).toBeVisible();
		await shots(again, 'one');
		await again.getByLabel('Your name').fill('cara ng ');
		await again.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(again.getByText('2 answered')).toBeVisible();
		await again.close();

		// A classmate on the same phone: a new attempt, and Cara's stays reachable.
		const third = await context.newPage();
		await third.goto(link);
		await third.locator('body[data-hydrated="true"]').waitFor();
		await third.getByLabel('Your name').fill('Dev Rao');
		await third.getByRole('button', { name: 'Start the quiz' }).click();
		await expect(third.getByText('0 answered')).toBeVisible();
		await third.getByRole('radio').nth(0).check();
		await expect(third.getByText('1 answered')).toBeVisible();
		await third.close();

		const fourth = await context.newPage();
		await fourth.goto(link);
		await fourth.locator('body[data-hydrated="true"]').waitFor();
		await expect(fourth.getByRole('button', { name: 'Continue as Dev Rao' })).toBeVisible();
		await shots(fourth, 'two');
		await fourth.getByRole('button', { name: 'Continue as Cara Ng' }).click();
		await expect(fourth.getByText('2 answered')).toBeVisible();
	}
);

/** With SHOTS set: the start page at 320, 390 and 1280 px, then back to the phone's 390. */
async function shots(page: Page, label: string) {
	if (!process.env.SHOTS) return;
	for (const width of [320, 390, 1280]) {
		await page.setViewportSize({ width, height: 844 });
		await page.screenshot({
			path: `${process.env.SHOTS}/start-${label}-${width}.png`,
			fullPage: true
		});
	}
	await page.setViewportSize({ width: 390, height: 844 });
}
