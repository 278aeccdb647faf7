import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { courseFile, importCourse } from './course-helpers';
import { gotoApp, resetProgress, shotForPeople } from './helpers';
import { readStores } from './progress-seed';

/** Study settings as stored in IndexedDB. */
async function storedSettings(page: Page): Promise<Record<string, unknown>> {
	const { settings } = await readStores(page, ['settings']);
	const study = (settings as { key: string; value: Record<string, unknown> }[]).find(
		(row) => row.key === 'study'
	);
	return study?.value ?? {};
}

async function save(page: Page) {
	await page.getByRole('button', { name: 'Save study settings' }).click();
	await expect(page.getByText(/^Saved\./)).toBeVisible();
}

test(
	'settings follow Import and Reset live, and saving one field keeps the others',
	{ tag: '@desktop' },
	async ({ page }) => {
		await gotoApp(page, '/settings');
		const retention = page.getByLabel('Desired retention');
		const perDay = page.getByLabel('New questions per day');
		const reviews = page.getByLabel('Maximum reviews per day');
		const steps = page.getByLabel('Learning steps', { exact: true });
		await expect(perDay).toHaveValue('20');
		await retention.fill('85%');
		await perDay.fill('7');
		await steps.fill('5m 30m');
		await save(page);
		await expect(retention).toHaveValue('0.85');

		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export progress' }).click();
		const path = await (await downloading).path();

		// Reset: the form shows the defaults at once, without a reload.
		await resetProgress(page);
		await expect(page.getByText('Progress reset: every question is new again.')).toBeVisible();
		await expect(perDay).toHaveValue('20');
		await expect(retention).toHaveValue('0.9');
		await expect(steps).toHaveValue('1m 10m');

		// Import: the restored values show at once.
		await page.getByLabel('Backup file to import').setInputFiles(path);
		await page
			.getByRole('dialog', { name: 'Import this backup?' })
			.getByRole('button', { name: 'Replace progress' })
			.click();
		await expect(page.getByText(/Progress restored/)).toBeVisible();
		await expect(perDay).toHaveValue('7');
		await expect(retention).toHaveValue('0.85');
		await expect(steps).toHaveValue('5m 30m');

		// Saving one field writes that field only.
		await reviews.fill('150');
		await save(page);
		expect(await storedSettings(page)).toMatchObject({
			desiredRetention: 0.85,
			newPerDay: 7,
			maxReviewsPerDay: 150,
			learningSteps: ['5m', '30m']
		});
	}
);

test(
	'a form opened before another tab saved does not put back old values',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		await gotoApp(page, '/settings');
		await expect(page.getByLabel('New questions per day')).toHaveValue('20');
		await page.getByLabel('Maximum reviews per day').fill('150');

		const other = await context.newPage();
		await gotoApp(other, '/settings');
		await other.getByLabel('New questions per day').fill('5');
		await save(other);

		// The first tab shows the other tab's value and keeps the field being edited.
		await expect(page.getByLabel('New questions per day')).toHaveValue('5');
		await expect(page.getByLabel('Maximum reviews per day')).toHaveValue('150');
		await save(page);
		expect(await storedSettings(page)).toMatchObject({ newPerDay: 5, maxReviewsPerDay: 150 });
	}
);

/** A course of your own, one flashcard. */
const velmora = courseFile(
	{ id: 'u-0e2e0000-0000-4000-8000-0000000000a1', title: 'Harbours of Velmora' },
	[
		{
			id: 'd-1',
			title: 'Harbours',
			outlet: 'Velmora Notes',
			date: '2025-03-01',
			dateApproximate: false,
			text: 'Velmora has a harbour.'
		}
	],
	[
		{
			id: 'q-1',
			type: 'flashcard',
			prompt: 'What does Velmora have?',
			answer: 'A harbour',
			explanation: 'Velmora has a harbour.',
			source: { doc: 'd-1', quote: 'Velmora has a harbour.' },
			fact: 'harbour',
			topics: ['places'],
			difficulty: 1,
			origin: 'written'
		}
	]
);

test(
	'the storage table follows a course imported in another tab',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		await gotoApp(page, '/settings');
		const table = page.getByRole('table', { name: 'Storage used per course (estimated)' });
		await expect(table.getByRole('row')).toHaveCount(2);

		const other = await context.newPage();
		await importCourse(other, velmora);

		// No reload: the first tab's table gains the course.
		await expect(table.getByRole('rowheader', { name: /Harbours of Velmora/ })).toContainText(
			'1 question, 0 answers'
		);
		await expect(table.getByRole('row')).toHaveCount(3);
	}
);

test(
	'Reset says the courses of your own stay, and keeps them (outsider student)',
	{ tag: '@phone' },
	async ({ page }) => {
		// The dialog said it deleted "1 course of your own", and after Reset the course was there.
		await importCourse(page, velmora);
		await gotoApp(page, '/settings');
		await page.getByRole('button', { name: 'Reset progress…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Reset all progress?' });
		await expect(dialog).toContainText(
			'This deletes 0 questions studied, 0 answers, 0 study days and your study settings from this device. Your course of your own stays, its questions new again.'
		);
		await dialog.getByRole('button', { name: 'Reset progress' }).click();
		await expect(
			page.getByText(
				'Progress reset: every question is new again. Your course of your own is kept.'
			)
		).toBeVisible();
		await gotoApp(page, '/courses');
		await expect(page.getByRole('heading', { name: 'Harbours of Velmora' })).toBeVisible();
	}
);

test(
	'a reset in another tab clears what this Settings tab said about the progress before',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		await gotoApp(page, '/settings');
		const check = page.getByRole('region', { name: 'Check database' });
		await check.getByRole('button', { name: 'Check database' }).click();
		const verdict = check.getByText(/Everything is in order|What it found/);
		await expect(verdict).toBeVisible();

		const other = await context.newPage();
		await gotoApp(other, '/settings');
		await resetProgress(other);
		await expect(other.getByText('Progress reset: every question is new again.')).toBeVisible();

		// The first tab no longer describes the database as it was, and says why.
		await expect(verdict).toBeHidden();
		await expect(check.getByText(/Your progress was replaced in another tab/)).toBeVisible();
		await page.setViewportSize({ width: 320, height: 700 });
		await check.scrollIntoViewIfNeeded();
		await shotForPeople(page, 'test-results/settings-another-tab-reset.png');
		// The tab that reset keeps its own message and shows no such note.
		await expect(other.getByText(/Your progress was replaced in another tab/)).toBeHidden();
	}
);
