import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { bank, studyCounts } from './study-helpers';
import { seedProgress } from './progress-seed';

/**
 * Custom study (a student from Anki, session 34: nothing let them study beyond today's limits
 * before an exam). Study's "Nothing to study right now" offers it, as Anki's "Congratulations!"
 * screen does, and C opens it there as on Anki's overview; Home has its link too.
 */
test('C opens custom study where nothing is left; more new questions come at once', async ({
	page
}) => {
	await gotoApp(page, '/settings');
	await page.getByLabel('New questions per day').fill('0');
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(page.getByText(/^Saved\./)).toBeVisible();

	await gotoApp(page, '/study');
	await expect(page.getByRole('heading', { name: 'Nothing to study right now' })).toBeVisible();
	await page.keyboard.press('c');
	const heading = page.getByRole('heading', { name: 'Custom study' });
	await expect(heading).toBeFocused();
	// Escape closes it, the focus back on its button; C opens it again.
	await page.keyboard.press('Escape');
	await expect(heading).toHaveCount(0);
	await expect(page.getByRole('button', { name: 'Custom study' })).toBeFocused();
	await page.keyboard.press('c');
	await expect(heading).toBeFocused();
	// A wrong number is refused, with why, and the field takes the focus.
	await page.getByLabel('New questions to add').fill('0');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('alert')).toHaveText(
		'Enter a whole number of questions from 1 to 9,999.'
	);
	await expect(page.getByLabel('New questions to add')).toBeFocused();
	await page.keyboard.press('Control+a');
	await page.keyboard.type('2');
	await page.keyboard.press('Enter');
	await expect(page.getByRole('status').filter({ hasText: 'raised by 2' })).toHaveText(
		'Today’s limit of new questions raised by 2, for today only.'
	);
	await expect(page.locator('article.question')).toBeVisible();
	expect(await studyCounts(page)).toMatchObject({ fresh: 2 });
	await expect(heading).toHaveCount(0);
});

test('Home’s Custom study reviews the questions forgotten lately, the latest first', async ({
	page
}) => {
	await gotoApp(page, '/');
	// Two flashcards of different facts answered Again yesterday, relearning, due next week.
	const now = Date.now();
	const [first, second] = [bank.questions[0], bank.questions[3]];
	await seedProgress(page, {
		cards: [first, second].map((q) => ({ questionId: q.id, state: 3, due: now + 7 * 86_400_000 })),
		reviews: [first, second].map((q, i) => ({
			questionId: q.id,
			rating: 1,
			answeredAt: now - 86_400_000 + i * 60_000,
			beforeState: 2,
			afterState: 3
		}))
	});
	await gotoApp(page, '/');
	await page.getByRole('link', { name: 'Custom study' }).click();
	await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
	await page.getByLabel('Review forgotten questions').check();
	await page.getByLabel('Forgotten in the last (days)').fill('2');
	await page.getByRole('button', { name: 'Start custom study' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'forgotten' })).toHaveText(
		'2 questions forgotten in the last 2 days added to today’s study, first in the queue.'
	);
	await expect(page.locator('#prompt')).toHaveText(second.prompt);
	expect(await studyCounts(page)).toMatchObject({ learning: 2 });
});

test.describe('on a 320 px phone at 200% text', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test(
		'custom study reflows: no sideways scroll, every choice’s field inside the card',
		{
			tag: '@phone'
		},
		async ({ page }) => {
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Page.setFontSizes', { fontSizes: { standard: 32, fixed: 26 } });
			await gotoApp(page, '/study?course=&custom');
			await expect(page.getByRole('heading', { name: 'Custom study' })).toBeFocused();
			for (const choice of [
				'Increase today’s new question limit',
				'Review forgotten questions',
				'Review ahead',
				'Study by card state'
			]) {
				await page.getByLabel(choice).check();
				expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
					320
				);
			}
		}
	);
});
