/**
 * Burying and suspending, Anki's `-` and `@` (issue 12, a student from Anki): the card leaves
 * Study and its counts, Undo brings it back, a suspended card is listed on the Questions screen
 * with Unsuspend. By keys on a desktop, by the card's menu on a phone (no keyboard).
 */
import { expect, test } from './page-errors';
import { firstOfTypes, studyTheseFirst } from './study-helpers';

const [first, second, third] = firstOfTypes(['flashcard', 'mcq', 'truefalse']);

const toReview = (page: import('@playwright/test').Page) => page.getByTestId('count-review');

test(
	'- buries and @ suspends the card on screen; U brings it back',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		await studyTheseFirst(page, [first.id, second.id, third.id]);
		const prompt = page.locator('#prompt');
		await expect(prompt).toHaveText(first.prompt);
		await expect(toReview(page)).toHaveText('3');
		await page.locator('article.question.settling').waitFor({ state: 'detached' });
		await page.keyboard.press('-');
		await expect(prompt).toHaveText(second.prompt);
		await expect(
			page.getByRole('status').filter({ hasText: 'Buried until tomorrow' })
		).toBeVisible();
		await expect(toReview(page)).toHaveText('2');
		await page.screenshot({ path: testInfo.outputPath('desktop-buried.png') });
		await page.keyboard.press('u');
		await expect(prompt).toHaveText(first.prompt);
		await expect(page.getByRole('status').filter({ hasText: 'Unburied' })).toBeVisible();
		await expect(toReview(page)).toHaveText('3');

		await page.locator('article.question.settling').waitFor({ state: 'detached' });
		await page.keyboard.press('@');
		await expect(prompt).toHaveText(second.prompt);
		await expect(page.getByRole('status').filter({ hasText: 'Suspended:' })).toBeVisible();
		// A reload: still out of the queue.
		await page.reload();
		await expect(page.locator('#prompt')).toHaveText(second.prompt);
		await expect(toReview(page)).toHaveText('2');

		// Listed on the Questions screen, and brought back from there.
		await page.goto('/questions');
		const held = page.getByTestId('held-cards');
		await expect(held).toContainText(first.prompt);
		await page.screenshot({ path: testInfo.outputPath('desktop-questions-suspended.png') });
		await held.getByRole('button', { name: /^Unsuspend/ }).click();
		await expect(held).toBeHidden();
		await page.goto('/study');
		await expect(page.locator('#prompt')).toHaveText(first.prompt);
	}
);

test(
	'on a phone the card’s menu buries and suspends, with Undo on screen',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await studyTheseFirst(page, [first.id, second.id]);
		const prompt = page.locator('#prompt');
		await expect(prompt).toHaveText(first.prompt);
		const menu = page.getByTestId('card-menu');
		await menu.getByText('More for this card').click();
		await page.screenshot({ path: testInfo.outputPath('phone-card-menu.png'), fullPage: true });
		await menu.getByRole('button', { name: /^Suspend/ }).click();
		await expect(prompt).toHaveText(second.prompt);
		await expect(page.getByRole('status').filter({ hasText: 'Suspended:' })).toBeVisible();
		await page.getByRole('button', { name: /^Undo/ }).click();
		await expect(prompt).toHaveText(first.prompt);
		await page.getByTestId('card-menu').getByText('More for this card').click();
		await page.getByTestId('card-menu').getByRole('button', { name: /^Bury/ }).click();
		await expect(prompt).toHaveText(second.prompt);
		await expect(
			page.getByRole('status').filter({ hasText: 'Buried until tomorrow' })
		).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('phone-buried.png') });
		// At 320 px: the menu's buttons and the Questions screen's list reflow, nothing cut off.
		await page.setViewportSize({ width: 320, height: 640 });
		await page.getByTestId('card-menu').getByText('More for this card').click();
		await page.getByTestId('card-menu').scrollIntoViewIfNeeded();
		await page.screenshot({ path: testInfo.outputPath('phone-320-card-menu.png') });
		await page.goto('/questions');
		const held = page.getByTestId('held-cards');
		await expect(held).toContainText('Buried until tomorrow');
		await held.scrollIntoViewIfNeeded();
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await page.screenshot({ path: testInfo.outputPath('phone-320-questions-held.png') });
	}
);

// A student from Anki, session 37: after answering a multiple-choice or typed card the menu and
// `-`/`@` were gone, just when she wanted to suspend a bad card. Anki lets you at any point: the
// answer stays recorded and Study moves on.
const [mcq, typed, after] = firstOfTypes(['mcq', 'short', 'flashcard']);

test(
	'- and @ act on an answered multiple-choice and typed card too',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		await studyTheseFirst(page, [mcq.id, typed.id, after.id]);
		const prompt = page.locator('#prompt');
		await expect(prompt).toHaveText(mcq.prompt);
		await page.locator('article.question.settling').waitFor({ state: 'detached' });
		await page.keyboard.press('1');
		await expect(page.locator('#feedback-title')).toBeVisible();
		await expect(page.getByTestId('card-menu')).toBeVisible();
		await page.screenshot({
			path: testInfo.outputPath('desktop-answered-menu.png'),
			fullPage: true
		});
		await page.locator('article.question.settling').waitFor({ state: 'detached' });
		await page.keyboard.press('@');
		await expect(prompt).toHaveText(typed.prompt);
		await expect(page.getByRole('status').filter({ hasText: 'Suspended:' })).toBeVisible();

		await page.getByLabel('Your answer').fill('certainly not this');
		await page.getByLabel('Your answer').press('Enter');
		await expect(page.locator('#feedback-title')).toHaveText('Not quite');
		await page.locator('article.question.settling').waitFor({ state: 'detached' });
		await page.keyboard.press('-');
		await expect(prompt).toHaveText(after.prompt);
		await expect(
			page.getByRole('status').filter({ hasText: 'Buried until tomorrow' })
		).toBeVisible();
		// Undo takes the burial back: the typed card's own answer is still recorded.
		await page.keyboard.press('u');
		await expect(page.getByRole('status').filter({ hasText: 'Unburied' })).toBeVisible();
	}
);

test(
	'on a phone the menu stays under an answered card’s verdict',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await studyTheseFirst(page, [mcq.id, typed.id, after.id]);
		const prompt = page.locator('#prompt');
		await expect(prompt).toHaveText(mcq.prompt);
		await page.getByRole('group', { name: 'Choices' }).getByRole('button').first().click();
		await expect(page.locator('#feedback-title')).toBeVisible();
		const menu = page.getByTestId('card-menu');
		await menu.getByText('More for this card').click();
		await menu.scrollIntoViewIfNeeded();
		await page.screenshot({ path: testInfo.outputPath('phone-answered-menu.png') });
		await menu.getByRole('button', { name: /^Suspend/ }).click();
		await expect(prompt).toHaveText(typed.prompt);
		await expect(page.getByRole('status').filter({ hasText: 'Suspended:' })).toBeVisible();

		await page.getByLabel('Your answer').fill('certainly not this');
		await page.getByLabel('Your answer').press('Enter');
		await expect(page.locator('#feedback-title')).toHaveText('Not quite');
		// At 320 px, scrolled to the end as a thumb does: the verdict's pinned bar does not cover
		// the menu (a tap at its middle lands on it; study-card-menu-reach.spec.ts's check).
		await page.setViewportSize({ width: 320, height: 640 });
		await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
		const summary = page.getByTestId('card-menu').locator('summary');
		expect(
			await summary.evaluate((el) => {
				const box = el.getBoundingClientRect();
				const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
				return !!hit && el.contains(hit);
			})
		).toBe(true);
		await page.screenshot({ path: testInfo.outputPath('phone-320-verdict-end.png') });
		await page.getByTestId('card-menu').getByText('More for this card').click();
		await page.getByTestId('card-menu').getByRole('button', { name: /^Bury/ }).click();
		await expect(prompt).toHaveText(after.prompt);
		await expect(
			page.getByRole('status').filter({ hasText: 'Buried until tomorrow' })
		).toBeVisible();
	}
);
