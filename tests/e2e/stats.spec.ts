import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp, navigateTo } from './helpers';
import { readStores, seedProgress } from './progress-seed';
import { answerOne } from './study-helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	questions: { id: string; prompt: string; source: { doc: string } }[];
};
const bankSize = bank.questions.length;

// Saturday 21 November 2026, 10 AM local time: every test runs on this study day.
const now = new Date(2026, 10, 21, 10, 0).getTime();
const minute = 60_000;
const day = 86_400_000;

/** Cards per state, read straight from IndexedDB. */
async function storedStates(page: Page): Promise<number[]> {
	const { cards } = await readStores(page, ['cards']);
	const counts = [0, 0, 0, 0];
	for (const card of cards as { state: number }[]) counts[card.state]++;
	return counts;
}

test.beforeEach(async ({ page }) => {
	await page.clock.setFixedTime(now);
});

// Logic: once. Its axe scan is shell.spec's “every screen … passes axe”, on both projects: a
// fresh context has no reviews, so that scan is of this same empty state.
test(
	'an empty database gets an honest empty state with a way to study',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/stats');
		await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible();
		await expect(
			page.getByText('No reviews yet — study a few cards and your stats appear here.')
		).toBeVisible();
		await page.getByRole('link', { name: 'Study now' }).click();
		await expect(page).toHaveURL(/\/study\?course=$/);
		await gotoApp(page, '/stats');
		await expect(page.getByText(/No reviews yet/)).toBeVisible();
	}
);

test(
	'answers given on Study show up: today’s cell, totals and cards by state',
	{ tag: '@phone' },
	async ({ page, context }) => {
		// Stats already open in another tab updates live as answers are saved.
		const statsTab = await context.newPage();
		await gotoApp(statsTab, '/stats');
		await expect(statsTab.getByText(/No reviews yet/)).toBeVisible();

		await gotoApp(page, '/study');
		for (let i = 0; i < 3; i++) expect(await answerOne(page)).not.toBeNull();
		await expect(statsTab.getByRole('cell', { name: '3 reviews on 21 Nov' })).toBeAttached();
		await statsTab.close();
		const [unanswered, learning, review, relearning] = await storedStates(page);
		const started = unanswered + learning + review + relearning;

		await navigateTo(page, 'Stats');
		await expect(page.getByRole('heading', { level: 1, name: 'Stats' })).toBeVisible();
		await expect(page.getByRole('cell', { name: '3 reviews on 21 Nov' })).toBeAttached();
		await expect(page.getByRole('cell', { name: '0 reviews on 20 Nov' })).toBeAttached();
		await expect(page.getByTestId('heatmap-summary')).toContainText('3 reviews');
		await expect(page.getByTestId('heatmap-summary')).toContainText('1 study day');
		// Learning counts relearning cards too, as Home does.
		await expect(page.getByTestId('state-learning')).toContainText(String(learning + relearning));
		await expect(page.getByTestId('state-review')).toContainText(String(review));
		await expect(page.getByTestId('state-fresh')).toContainText(String(bankSize - started));
		// First answers are learning steps, not reviews of learned cards: no retention yet.
		await expect(page.getByTestId('retention-recent')).toHaveText('—');
		await expect(page.getByText('no reviews of learned cards').first()).toBeVisible();
		await expectNoAxeViolations(page);
	}
);

test(
	'a study history: retention, forecast, hardest questions and studying them',
	{ tag: '@phone' },
	async ({ page }) => {
		// Seeding, an axe scan and a trip to Study: 17–22 s at load 12–20, over 30 s once beside
		// svelte-check on the 2-core machine.
		test.setTimeout(60_000);
		const [hard, slipped, fresh] = bank.questions;
		await gotoApp(page, '/stats');
		await expect(page.getByText(/No reviews yet/)).toBeVisible();
		await seedProgress(page, {
			cards: [
				{ questionId: hard.id, state: 2, due: now + 3 * day, lapses: 2 },
				{ questionId: slipped.id, state: 2, due: now - day, lapses: 1 },
				{ questionId: fresh.id, state: 1, due: now + 10 * minute }
			],
			reviews: [
				// Sixty days ago (outside the last 30): a forgotten review.
				{
					questionId: slipped.id,
					rating: 1,
					answeredAt: now - 60 * day,
					beforeState: 2,
					afterState: 3
				},
				...[3, 1, 3, 1, 3, 3].map((rating, i) => ({
					questionId: hard.id,
					rating: rating as 1 | 3,
					answeredAt: now - (20 - 4 * i) * day,
					beforeState: 2 as const,
					afterState: rating === 1 ? (3 as const) : (2 as const)
				})),
				...[3, 3, 4, 3].map((rating, i) => ({
					questionId: slipped.id,
					rating: rating as 3 | 4,
					answeredAt: now - (25 - 5 * i) * day,
					beforeState: 2 as const,
					afterState: 2 as const
				})),
				{
					questionId: fresh.id,
					rating: 3,
					answeredAt: now - minute,
					beforeState: null,
					afterState: 1
				}
			]
		});
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();

		// 12 answers; today: the last of `hard`'s reviews and `fresh`'s first answer.
		await expect(page.getByRole('cell', { name: '2 reviews on 21 Nov' })).toBeAttached();
		await expect(page.getByTestId('heatmap-summary')).toContainText('12 reviews');
		// Last 30 days: 10 answers to learned cards, 2 of them Again. All time: 11, 3 Again.
		await expect(page.getByTestId('retention-recent')).toHaveText('80%');
		await expect(page.getByText('of 10 reviews')).toBeVisible();
		await expect(page.getByTestId('retention-all-time')).toHaveText('73%');
		await expect(page.getByText('of 11 reviews')).toBeVisible();
		await expect(page.getByTestId('state-learning')).toContainText('1');
		await expect(page.getByTestId('state-review')).toContainText('2');
		await expect(page.getByTestId('state-fresh')).toContainText(String(bankSize - 3));
		// Due today: the overdue card and the learning step.
		await expect(page.getByTestId('forecast-today')).toHaveText('2');

		const table = page.getByRole('table', { name: 'Cards due per day, next 30 days' });
		await expect(table).toBeHidden();
		await page.getByRole('button', { name: 'Show as table' }).click();
		await expect(table).toBeVisible();
		await expect(table.getByRole('row', { name: 'Today 2 (1 overdue)' })).toBeVisible();

		// The heading says what is counted (issue 14: "Hardest" read as a count of Again presses).
		await expect(
			page.getByRole('heading', { name: /^Hardest questions: most forgotten or answered wrong/ })
		).toBeVisible();
		const hardest = page.getByRole('region', { name: 'Hardest questions' }).getByRole('listitem');
		await expect(hardest).toHaveCount(2);
		await expect(hardest.first()).toContainText(hard.prompt);
		await expect(hardest.first()).toContainText('Forgotten 2 times');
		await expect(hardest.first()).toContainText('Right 4 of 6 answers (67%)');
		await expect(
			hardest.first().getByRole('link', { name: 'Read the source passage' })
		).toHaveAttribute('href', `/sources/${hard.source.doc}?q=${hard.id}&from=stats`);
		await expectNoAxeViolations(page);

		await page.getByRole('button', { name: 'Study these 2 now' }).click();
		await expect(page).toHaveURL(/\/study\?course=$/);
		await expect(page.locator('#prompt')).toContainText(hard.prompt.split('____')[0].trim());
	}
);
