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

/**
 * A card buried in one tab, still on screen in another (a student from Anki, session 36): tab B
 * went on showing it, to be answered. Now tab B moves on to the next card at once, saying why
 * (its live read sees the hold), and nothing is recorded for the held card; an answer that
 * raced the hold is refused in its own transaction (card-holds.test, session-held.test).
 */
test(
	'a card buried in one tab leaves the other at once, which says so',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		await studyTheseFirst(page, [cloze.id, short.id]);
		const second = await context.newPage();
		await second.goto('/study');
		const clozeStart = cloze.prompt.split('____')[0].trim();
		await expect(second.locator('#prompt')).toContainText(clozeStart);
		await expect(page.locator('#prompt')).toContainText(clozeStart);

		// Tab A buries it from the card's menu (its answer field has the keys).
		await page.getByTestId('card-menu').getByText('More for this card').click();
		await page.getByTestId('card-menu').getByRole('button', { name: /^Bury/ }).click();
		await expect(page.locator('#prompt')).toHaveText(short.prompt);

		// Tab B, untouched, has moved on and says why, politely.
		const said = second.getByRole('status').filter({ hasText: 'another tab' });
		await expect(said).toHaveText('This card was buried in another tab, so it was skipped here.');
		await expect(second.locator('#prompt')).toHaveText(short.prompt);
		await second.bringToFront();
		await second.getByLabel('Your answer').fill(short.answer);
		await second.getByRole('button', { name: 'Check' }).click();
		await expect(second.getByRole('heading', { name: 'Right' })).toBeVisible();
		const { reviews } = await readStores(second, ['reviews']);
		expect(reviews.map((review) => (review as { questionId: string }).questionId)).toEqual([
			short.id
		]);
	}
);
