import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { seedProgress } from './progress-seed';

// Issue 10, item 5: all done at 03:30, Home and Study left open; at 04:30 (a new study day: the
// rollover is 4 AM local) both show the new day's card without a reload. Playwright's clock
// moves the page's Date and timers together.
test.use({ timezoneId: 'Europe/Istanbul' });

const at = (time: string) => new Date(`2026-03-10T${time}:00+03:00`);

async function noNewQuestions(page: Page) {
	await gotoApp(page, '/settings');
	await page.getByLabel('New questions per day').fill('0');
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(page.getByText(/^Saved\./)).toBeVisible();
}

test(
	'Home and Study notice a new study day without a reload',
	{ tag: '@phone' },
	async ({ page, context }) => {
		await page.clock.install({ time: at('03:20') });
		await noNewQuestions(page);
		// A review card due at 05:00: on the study day that starts at 4 AM, not before.
		await seedProgress(page, {
			cards: [{ questionId: 'w-milosevic-nickname', state: 2, due: at('05:00').getTime() }],
			reviews: []
		});

		await gotoApp(page, '/study');
		await expect(
			page.getByRole('heading', { name: /Nothing to study|Done for now/ })
		).toBeVisible();
		const home = await context.newPage();
		await home.clock.install({ time: at('03:30') });
		await gotoApp(home, '/');
		await expect(home.getByTestId('count-review')).toHaveText('0');

		await page.clock.runFor('01:00:00');
		await home.clock.runFor('01:00:00');
		await expect(page.locator('article.question')).toBeVisible();
		await expect(page.getByTestId('count-review')).toHaveText('1');
		await expect(home.getByTestId('count-review')).toHaveText('1');
	}
);

test('coming back to the foreground reads today again', { tag: '@phone' }, async ({ page }) => {
	await page.clock.install({ time: at('03:20') });
	await noNewQuestions(page);
	await seedProgress(page, {
		cards: [{ questionId: 'w-milosevic-nickname', state: 2, due: at('05:00').getTime() }],
		reviews: []
	});
	await gotoApp(page, '/');
	await expect(page.getByTestId('count-review')).toHaveText('0');
	// A phone that slept: the clock jumps with no timer firing, then the page is shown again.
	await page.clock.setSystemTime(at('09:00'));
	await page.evaluate(() => document.dispatchEvent(new Event('visibilitychange')));
	await expect(page.getByTestId('count-review')).toHaveText('1');
});

test(
	'a card left on screen across 4 AM keeps its place while the counts move to the new day',
	{ tag: '@phone' },
	async ({ page }) => {
		await page.clock.install({ time: at('03:20') });
		await noNewQuestions(page);
		// One review due now (yesterday's study day) and one due at 05:00 (the new day's).
		await seedProgress(page, {
			cards: [
				{ questionId: 'w-milosevic-nickname', state: 2, due: at('03:00').getTime() },
				{ questionId: 'w-recognition-one-day-after', state: 2, due: at('05:00').getTime() },
				{
					questionId: 'w-kosovo-ottoman-500',
					state: 2,
					due: new Date('2026-03-20T12:00:00+03:00').getTime()
				}
			],
			// Answered at 03:10: yesterday's study day, until 4 AM.
			reviews: [
				{
					questionId: 'w-kosovo-ottoman-500',
					rating: 3,
					answeredAt: at('03:10').getTime(),
					beforeState: 2,
					afterState: 2
				}
			]
		});
		await gotoApp(page, '/study');
		const question = page.locator('article.question');
		await expect(question).toBeVisible();
		const shown = await question.innerText();
		await expect(page.getByTestId('count-review')).toHaveText('1');
		await expect(page.getByTestId('answered-count')).toHaveText('1');

		await page.clock.runFor('01:00:00');
		await expect(page.getByTestId('count-review')).toHaveText('2');
		expect(await question.innerText()).toBe(shown);
		// Yesterday's answer no longer counts as today's (outsider student, Study left open).
		await expect(page.getByTestId('answered-count')).toHaveText('0');
	}
);
