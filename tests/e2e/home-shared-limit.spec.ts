import { expect, test } from './page-errors';
import { courseFile, importCourse } from './course-helpers';
import { gotoApp } from './helpers';

/**
 * Home's New for all courses is less than the sum of the course rows under it when the daily
 * new limit holds them together ("New 20" above rows of 20, 20 and 15), and nothing said why (a
 * student from Anki, session 36). Home now says it under Today's counts, in Settings' words,
 * with the way to Settings; it reflows at 320 px.
 */
const notes = courseFile(
	{ id: 'u-0e2e0000-0000-4000-8000-000000000051', title: 'My river notes' },
	[
		{
			id: 'd-1',
			title: 'Rivers',
			outlet: 'My notes',
			date: '2026-11-01',
			dateApproximate: false,
			text: 'Vienna lies on the Danube. Paris lies on the Seine.'
		}
	],
	['Vienna', 'Paris'].map((city, i) => ({
		id: `q-${i + 1}`,
		type: 'flashcard',
		prompt: `Which river flows through ${city}?`,
		answer: i ? 'The Seine' : 'The Danube',
		explanation: `${city} lies on the ${i ? 'Seine' : 'Danube'}.`,
		source: { doc: 'd-1', quote: `${city} lies on the ${i ? 'Seine' : 'Danube'}.` },
		fact: `river-${i + 1}`,
		topics: [],
		difficulty: 1,
		origin: 'written'
	}))
);

test(
	'Home says the new limit is for all courses together when the rows add up to more',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await importCourse(page, notes);
		await gotoApp(page, '/');
		const today = page.locator('section.today');
		await expect(today.getByTestId('count-new')).toHaveText('20');
		const rows = page.locator('section.courses').getByTestId('count-new');
		await expect(rows).toHaveText(['2', '20']);
		const said = page.getByTestId('shared-limit');
		await expect(said).toHaveText(
			'20 new today across all your courses: “New questions per day” is one limit for them together; a course studied alone has it to itself. Change it in Settings.'
		);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: width === 1280 ? 800 : 700 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			if (process.env.E2E_SHOTS === '1')
				await page.screenshot({ path: testInfo.outputPath(`home-shared-limit-${width}.png`) });
		}
		await said.getByRole('link', { name: 'Settings' }).click();
		await expect(page.getByLabel('New questions per day')).toBeVisible();
	}
);
