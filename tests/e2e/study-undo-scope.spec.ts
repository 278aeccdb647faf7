import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { importQuestionFile } from './course-helpers';
import { type Page } from '@playwright/test';
import { answerOne, firstOfTypes, pressSettled, stored, studyTheseFirst } from './study-helpers';

/**
 * Undo acts in the course on screen. An outsider student from Anki (session 33) answered three
 * cards of an imported deck, opened Study of the built-in course ("0 answered today"), which
 * still offered Undo; it said "Answer undone." and took back the deck's last answer, naming no
 * card. Anki's Undo acts in the review on screen and says what it undid.
 */
test(
	'Study of one course offers no Undo for another course’s answer, and names the card it undoes',
	{ tag: '@phone' },
	async ({ page }) => {
		const text = 'la casa\tthe house\nel perro\tthe dog\nel gato\tthe cat\n';
		await importQuestionFile(page, { name: 'spanish.txt', text }, 'Spanish words', 3);

		await gotoApp(page, '/courses');
		await page
			.getByRole('listitem')
			.filter({ has: page.getByRole('heading', { name: 'Spanish words' }) })
			.getByRole('link', { name: 'Study' })
			.click();
		await page.waitForURL(/\/study\?course=/);
		const spanish = page.url();
		const answered = await answerOne(page);
		expect(answered?.type).toBe('Flashcard');
		expect(await stored(page)).toEqual({ cards: 1, reviews: 1 });
		const undo = page.getByRole('button', { name: /^Undo/ });
		await expect(undo).toBeVisible();

		// The built-in course: none of its answers today, so nothing to undo here.
		await gotoApp(page, '/study?course=builtin');
		await expect(page.getByTestId('answered-count')).toHaveText('0');
		await expect(page.locator('article.question')).toBeVisible();
		await expect(undo).toHaveCount(0);
		// U outside the answer field (its first card may be typed, the field focused).
		await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
		await pressSettled(page, 'u');
		await expect(page.getByRole('status').filter({ hasText: 'Nothing to undo.' })).toBeVisible();
		expect(await stored(page)).toEqual({ cards: 1, reviews: 1 });

		// Back in the deck, Undo takes its answer back and says which card came back.
		await gotoApp(page, spanish);
		await expect(page.getByTestId('answered-count')).toHaveText('1');
		await undo.click();
		await expect(
			page.getByRole('status').filter({ hasText: `Answer undone: “${answered!.prompt}”` })
		).toBeVisible();
		await expect(page.locator('#prompt')).toHaveText(answered!.prompt);
		await expect(page.getByTestId('answered-count')).toHaveText('0');
		expect((await stored(page)).reviews).toBe(0);
	}
);

/** Whether Undo lies wholly on screen or wholly above it: not cut by the top edge. */
async function undoUncut(page: Page) {
	const box = (await page.getByRole('button', { name: /^Undo/ }).boundingBox())!;
	return box.y + box.height <= 0.5 || box.y >= -0.5;
}

// Outsider student from Anki, session 33 (p03-fib-checked): after a right fill-the-blank answer
// at 390×844 the page scrolled its verdict above the grades and left Undo cut in half at the top.
test.describe('Undo is not cut by the top edge after an answer scrolls the page', () => {
	test.use({ viewport: { width: 390, height: 844 }, reducedMotion: 'reduce' });

	test('after a typed verdict and a flashcard’s back', { tag: '@phone' }, async ({ page }) => {
		const [flashcard, cloze] = firstOfTypes(['flashcard', 'cloze']);
		await studyTheseFirst(page, [flashcard.id, cloze.id]);
		await pressSettled(page, 'Space');
		await pressSettled(page, '3');
		await expect(page.locator('#prompt')).not.toHaveText(flashcard.prompt);
		await page.getByLabel('Your answer').fill(cloze.answer);
		await page.keyboard.press('Enter');
		await expect(page.locator('#feedback-title')).toHaveText(/Right/);
		expect(await page.evaluate(() => scrollY), 'the page scrolled').toBeGreaterThan(0);
		expect(await undoUncut(page)).toBe(true);
	});
});
