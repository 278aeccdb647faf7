import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { seedProgress } from './progress-seed';
import { pressSettled, studyTheseFirst } from './study-helpers';

/**
 * The source passage opens at its highlighted sentence when reached by a link inside the app
 * (client-side navigation, no reload), with focus on the sentence; back to Stats keeps the place.
 */
const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	questions: { id: string; type: string; source: { doc: string; quote: string } }[];
};

/** Questions whose sentence is in the last third of a long article: a link must scroll to it. */
const deep = bank.questions.filter((question) => {
	const text = readFileSync(`questions/sources/${question.source.doc}.md`, 'utf8');
	const at = text.indexOf(question.source.quote.slice(0, 40));
	return text.length > 6000 && at > text.length * 0.66;
});

const day = 86_400_000;

/** Marks the page so a reload (which would hide the bug) is noticed. */
async function markNoReload(page: Page) {
	await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
}

async function expectPassageInView(page: Page) {
	await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\?q=/);
	const mark = page.locator('mark#passage');
	await expect(mark).toBeFocused();
	await expect(mark).toBeInViewport();
	expect(await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed)).toBe(true);
	expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(200);
}

test('from Study: the link after the answer opens at the sentence', async ({ page }) => {
	const flashcard = deep.find((question) => question.type === 'flashcard')!;
	await studyTheseFirst(page, [flashcard.id]);
	await pressSettled(page, 'Space');
	await markNoReload(page);
	await page.getByRole('link', { name: 'Read the source passage' }).click();
	await expectPassageInView(page);
	// Still in Study: the nav marks it, and the way back is to Study, not to the list of sources.
	const studyInNav = page.getByRole('navigation', { name: 'Main' }).getByRole('link', {
		name: 'Study',
		exact: true
	});
	await expect(studyInNav).toHaveAttribute('aria-current', 'page');
	await page.getByRole('link', { name: '← Back to Study' }).click();
	await expect(page).toHaveURL(/\/study$/);
	// The card's back is still shown, with its grades: the student does not reveal it twice.
	await expect(page.getByRole('region', { name: 'Answer' })).toBeVisible();
	await expect(page.getByRole('button', { name: /^Good/ })).toBeVisible();
	// A reload shows the question again, as Anki and the README do (issue 12, outsider student:
	// the card reopened with its answer and grades).
	await page.reload();
	await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
	await expect(page.getByRole('region', { name: 'Answer' })).toHaveCount(0);
	await expect(page.getByRole('button', { name: /^Good/ })).toHaveCount(0);
});

test('from Stats: opens at the sentence, and Back returns to the same place', async ({ page }) => {
	const hard = deep[0];
	const now = Date.now();
	await gotoApp(page, '/stats');
	// Stats has read the (empty) database: the app created it, so the seed lands in its stores.
	await expect(page.getByText(/No reviews yet/)).toBeVisible();
	await seedProgress(page, {
		cards: [{ questionId: hard.id, state: 2, due: now + 3 * day, lapses: 3 }],
		reviews: [3, 1, 3, 1, 3, 1].map((rating, i) => ({
			questionId: hard.id,
			rating: rating as 1 | 3,
			answeredAt: now - (20 - 3 * i) * day,
			beforeState: 2 as const,
			afterState: rating === 1 ? (3 as const) : (2 as const)
		}))
	});
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	const link = page.locator('a.source').first();
	await link.scrollIntoViewIfNeeded();
	const scrolled = await page.evaluate(() => window.scrollY);
	expect(scrolled).toBeGreaterThan(100);
	await markNoReload(page);
	await link.click();
	await expectPassageInView(page);
	await page.goBack();
	await expect(page.locator('a.source').first()).toBeVisible();
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 40);
	expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 40);
});

test('from the leech list: opens at the sentence', async ({ page }) => {
	const leech = deep[1];
	await gotoApp(page, '/study/leeches');
	await seedProgress(page, {
		cards: [{ questionId: leech.id, state: 3, due: Date.now() + day, lapses: 8, leech: true }],
		reviews: []
	});
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	await markNoReload(page);
	await page.getByRole('link', { name: 'Read the source passage' }).first().click();
	await expectPassageInView(page);
});

test('from the Questions list: Back returns to the same place in the list', async ({ page }) => {
	await gotoApp(page, '/questions');
	const links = page.getByRole('link', { name: 'Source passage' });
	await expect(links.first()).toBeVisible();
	const link = links.nth(20);
	await link.scrollIntoViewIfNeeded();
	const scrolled = await page.evaluate(() => window.scrollY);
	expect(scrolled).toBeGreaterThan(500);
	await link.click();
	await expect(page).toHaveURL(/from=questions/);
	await page.getByRole('link', { name: '← Back to Questions' }).click();
	await expect(page).toHaveURL(/\/questions$/);
	await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrolled - 40);
	expect(await page.evaluate(() => window.scrollY)).toBeLessThan(scrolled + 40);
});
