import { expect, test } from './page-errors';
import { readStores } from './progress-seed';
import { firstOfTypes, studyTheseFirst } from './study-helpers';

const [cloze, short] = firstOfTypes(['cloze', 'short']);

/**
 * Two tabs on one card (outsider student, session 34): answered in tab 1, then in tab 2 an answer
 * typed and Enter. Tab 2 said "just answered in another tab, so it was skipped here" (right), but
 * dropped the typed answer unsaid, put the next card's empty box in focus at once, and the
 * student's habitual second Enter there showed its answer, counted Again.
 */
test(
	'an answer skipped as answered in another tab is said back; the next Enter shows nothing',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		await studyTheseFirst(page, [cloze.id, short.id]);
		const second = await context.newPage();
		await second.goto('/study');
		await expect(second.locator('#prompt')).toContainText(cloze.prompt.split('____')[0].trim());
		await expect(page.locator('#prompt')).toContainText(cloze.prompt.split('____')[0].trim());

		// Tab 1 answers the card.
		await page.getByLabel('Your answer').fill(cloze.answer);
		await page.getByRole('button', { name: 'Check' }).click();
		await expect(page.getByRole('heading', { name: 'Right' })).toBeVisible();
		const answers = async () => (await readStores(second, ['reviews'])).reviews.length;
		expect(await answers()).toBe(1);

		// Tab 2, still on it: typed, Enter, then Enter again at once, out of habit.
		await second.bringToFront();
		await second.getByLabel('Your answer').fill('Belgium');
		await second.getByLabel('Your answer').press('Enter');
		await expect(second.getByRole('status').filter({ hasText: 'another tab' })).toHaveText(
			'This question was just answered in another tab, so it was skipped here; your answer “Belgium” was not saved.'
		);
		await expect(second.locator('#prompt')).toHaveText(short.prompt);
		// The next card's empty box is not where the keys land: its heading is, where Enter goes
		// into the box (once Study has settled, as a person's second Enter comes), showing nothing.
		await expect(second.getByLabel('Your answer')).not.toBeFocused();
		await expect(second.locator('#prompt')).toBeFocused();
		await second.locator('article.question.settling').waitFor({ state: 'detached' });
		await second.keyboard.press('Enter');
		await expect(second.getByLabel('Your answer')).toBeFocused();
		await expect(second.getByRole('heading', { name: 'Answer shown' })).toHaveCount(0);
		expect(await answers()).toBe(1);
	}
);
