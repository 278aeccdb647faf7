import { readFileSync } from 'node:fs';
import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp } from './helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	documents: { id: string; title: string }[];
	questions: { id: string; source: { doc: string; quote: string } }[];
};
// A question whose sentence sits far down its article, so scrolling to it is visible.
const question = bank.questions.find(
	(q) =>
		q.source.doc === 'intractable-dispute' &&
		q.source.quote.startsWith('Officials in Pristina, however')
)!;
const article = bank.documents.find((d) => d.id === 'drone-sales-friendship')!;

test.describe('sources', () => {
	test('lists the five articles and opens one to read', async ({ page }) => {
		await gotoApp(page, '/sources');
		await expect(page.getByRole('heading', { level: 1, name: 'Sources' })).toBeVisible();
		const titles = page.getByRole('heading', { level: 2 });
		await expect(titles).toHaveCount(bank.documents.length);
		await expect(page.getByText('(approx.)').first()).toBeVisible();
		await expect(page.getByText(/\d+ questions/).first()).toBeVisible();

		await page.getByRole('link', { name: article.title }).click();
		await expect(page).toHaveURL(/\/sources\/drone-sales-friendship$/);
		await expect(page.getByRole('heading', { level: 1, name: article.title })).toBeVisible();
		// In the article itself (a true/false question in the list below may repeat the sentence).
		await expect(
			page
				.locator('article.article')
				.getByText('In 2019, Serbia and Turkey signed a defence cooperation agreement.')
		).toBeVisible();
		await expect(page.locator('mark')).toHaveCount(0);
	});

	test('a question link highlights its sentence and scrolls to it', async ({ page }) => {
		await gotoApp(page, `/sources/intractable-dispute?q=${question.id}`);
		const mark = page.locator('article mark');
		await expect(mark).toHaveCount(1);
		await expect(mark).toHaveText(question.source.quote);
		await expect(mark).toBeInViewport();
		await expect(page.getByRole('complementary', { name: 'Highlighted passage' })).toBeVisible();
	});

	test(
		'an unknown question id highlights nothing and says so',
		{ tag: '@phone' },
		async ({ page }) => {
			await gotoApp(page, '/sources/kfor-command?q=no-such-question');
			await expect(page.getByText('That question is not in this course any more')).toBeVisible();
			await expect(page.locator('mark')).toHaveCount(0);
		}
	);

	test('the reader passes axe with a passage highlighted', async ({ page }) => {
		await gotoApp(page, `/sources/intractable-dispute?q=${question.id}`);
		await expect(page.locator('article mark')).toHaveCount(1);
		await expectNoAxeViolations(page);
		await gotoApp(page, '/sources');
		await expect(page.getByText(/\d+ questions/).first()).toBeVisible();
		await expectNoAxeViolations(page);
	});
});
