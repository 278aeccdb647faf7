import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp, resetProgress } from './helpers';
import { seedProgress } from './progress-seed';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	questions: { id: string }[];
};
const day = 86_400_000;

/** How many rows a store of the app's `flashpoint` database holds. */
function countRows(page: Page, store: string): Promise<number> {
	return page.evaluate(
		(name) =>
			new Promise<number>((resolve, reject) => {
				const request = indexedDB.open('flashpoint');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const count = db.transaction(name).objectStore(name).count();
					count.onsuccess = () => {
						db.close();
						resolve(count.result);
					};
				};
			}),
		store
	);
}

/** Writes a stability of −1 into a stored card (every answer to it used to fail). */
function damageCard(page: Page, questionId: string): Promise<void> {
	return page.evaluate(
		(id) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('flashpoint');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction('cards', 'readwrite');
					const store = tx.objectStore('cards');
					const get = store.get(id);
					get.onsuccess = () => store.put({ ...get.result, stability: -1 });
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
				};
			}),
		questionId
	);
}

const countReviews = (page: Page) => countRows(page, 'reviews');

async function seed(page: Page) {
	// Home installs the built-in course, so Check database can tell which cards have a question.
	await gotoApp(page, '/');
	await expect(page.getByRole('link', { name: /Study now/ })).toBeVisible();
	await expect.poll(() => countRows(page, 'questions')).toBeGreaterThan(0);
	const now = Date.now();
	const [first, second] = bank.questions;
	await seedProgress(page, {
		cards: [
			// Due within a day: the seed dates a card's last review a day before its due, and a
			// last review after the device's clock is what Check database now reports (b71bdaf).
			{ questionId: first.id, state: 2, due: now + day - 60_000 },
			{ questionId: second.id, state: 2, due: now + day },
			{ questionId: 'no-such-question', state: 2, due: now + day }
		],
		reviews: [
			{
				questionId: first.id,
				rating: 3,
				answeredAt: now - 2 * day,
				beforeState: null,
				afterState: 2
			},
			{ questionId: second.id, rating: 3, answeredAt: now - day, beforeState: null, afterState: 2 },
			{
				questionId: 'no-such-question',
				rating: 3,
				answeredAt: now - day + 1000,
				beforeState: null,
				afterState: 2
			}
		]
	});
	await damageCard(page, first.id);
}

test(
	'Check database repairs a damaged card and removes an orphan only after confirming',
	{ tag: '@phone' },
	async ({ page }) => {
		await seed(page);
		await gotoApp(page, '/settings');
		const section = page.getByRole('region', { name: 'Check database' });
		await section.getByRole('button', { name: 'Check database' }).click();
		const status = section.getByRole('status');
		await expect(status).toContainText('Checked 3 cards, 3 answers');
		await expect(status).toContainText('1 card had values FSRS cannot use');
		await expect(status).toContainText('1 card is for questions no course has');
		await expectNoAxeViolations(page);

		await section.getByRole('button', { name: 'Remove 1 card without a question…' }).click();
		const dialog = page.getByRole('dialog', { name: 'Remove cards without a question?' });
		await dialog.getByRole('button', { name: 'Remove them' }).click();
		await expect(status).toContainText(
			'1 card for questions no course has was removed, with 1 answer.'
		);
		expect(await countReviews(page)).toBe(2);

		await section.getByRole('button', { name: 'Check database' }).click();
		await expect(status).toContainText('Everything is in order; nothing was changed.');
	}
);

test(
	'Reset keeps an automatic backup, and restoring it brings the progress back',
	{ tag: '@phone' },
	async ({ page }) => {
		await seed(page);
		await gotoApp(page, '/settings');
		const backups = page.getByRole('region', { name: 'Automatic backups' });
		await expect(backups).toContainText('No automatic backups yet.');
		const check = page.getByRole('region', { name: 'Check database' });
		await check.getByRole('button', { name: 'Check database' }).click();
		await expect(check.getByRole('status')).toContainText('Checked 3 cards, 3 answers');
		const removeOrphans = check.getByRole('button', { name: /without a question…$/ });
		await expect(removeOrphans).toBeVisible();

		await resetProgress(page);
		await expect(page.getByText('Progress reset: every question is new again.')).toBeVisible();
		expect(await countReviews(page)).toBe(0);
		// The check's result described the progress the reset replaced (outsider, issue 14).
		await expect(check.getByRole('status')).toBeEmpty();
		await expect(removeOrphans).toHaveCount(0);

		await expect(backups.getByRole('listitem')).toHaveCount(1);
		await expect(backups.getByRole('listitem')).toContainText('Before a reset');
		await expect(backups.getByRole('listitem')).toContainText('3 answers');
		await expectNoAxeViolations(page);

		const downloading = page.waitForEvent('download');
		await backups.getByRole('button', { name: /^Download the backup of/ }).click();
		expect((await downloading).suggestedFilename()).toMatch(
			/^flashpoint-progress-\d{4}-\d{2}-\d{2}-before-reset\.json$/
		);

		await backups.getByRole('button', { name: /^Restore the backup of/ }).click();
		await page
			.getByRole('dialog', { name: 'Restore this backup?' })
			.getByRole('button', { name: 'Restore progress' })
			.click();
		await expect(backups.getByRole('status')).toContainText('Progress restored from the backup of');
		expect(await countReviews(page)).toBe(3);
		await expect(page.getByText('Progress reset: every question is new again.')).toHaveCount(0);
		// The progress it replaced was empty: there was nothing to keep a copy of.
		await expect(backups.getByRole('listitem')).toHaveCount(1);

		// A second reset, most likely in the same minute: the two rows and their buttons still
		// read differently (issue 12/14: two backups with one label).
		await resetProgress(page);
		await expect(backups.getByRole('listitem')).toHaveCount(2);
		await expect(backups.getByRole('status')).toBeEmpty();
		const titles = await backups.locator('.when').allTextContents();
		expect(new Set(titles).size, titles.join(' / ')).toBe(2);
		const names = await backups
			.getByRole('button', { name: /^Restore the backup of/ })
			.evaluateAll((buttons) => buttons.map((b) => b.getAttribute('aria-label')));
		expect(new Set(names).size).toBe(2);
	}
);
