import { zipSync } from 'fflate';
import { expect, test } from './page-errors';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

// Settings → Import progress reads Flashpoint's own .json backups. An Anki user put her .apkg
// there and got a generic refusal (outsider student, session 22): a deck, or any question file
// the import screen reads, is named as one, with a link to Import questions. Nothing changes.

const bytes = (text: string) => Buffer.from(text, 'utf8');

test(
	'an Anki deck put into Import progress is named as one, with the way to Import questions',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/settings');
		const deck = zipSync({
			'collection.anki21': new TextEncoder().encode('SQLite format 3'),
			media: new TextEncoder().encode('{}')
		});
		await page.getByLabel('Backup file to import').setInputFiles({
			name: 'Kosovo.apkg',
			mimeType: 'application/octet-stream',
			buffer: Buffer.from(deck)
		});
		const section = page.getByRole('region', { name: 'Backup' });
		await expect(
			section.getByText(/This is an Anki deck \(\.apkg\), not a Flashpoint progress backup/)
		).toBeVisible();
		await expect(page.getByRole('dialog', { name: 'Import this backup?' })).toHaveCount(0);
		await section.getByRole('link', { name: 'Import questions' }).scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('apkg-in-import-progress.png'));
		await expectNoAxeViolations(page);

		// The same for a question file of another kind.
		await page.getByLabel('Backup file to import').setInputFiles({
			name: 'quiz.gift',
			mimeType: 'text/plain',
			buffer: bytes('::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Belgrade}\n')
		});
		await expect(section.getByText(/This is a file of questions \(Moodle GIFT\)/)).toBeVisible();

		// The file goes with the link: its preview opens, not chosen again (issue 12).
		await section.getByRole('link', { name: 'Import questions' }).click();
		await expect(page.getByRole('heading', { name: 'Import questions', level: 1 })).toBeVisible();
		await expect(page.getByRole('heading', { name: '2. How to read “quiz.gift”' })).toBeVisible();
		await expect(page.getByText('1 question will be imported')).toBeVisible();
	}
);
