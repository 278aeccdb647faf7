import { expect, test } from './page-errors';
import { gotoApp } from './helpers';

/**
 * Add documents offline before the app was all saved: a file's reader (a module loaded on first
 * use) cannot download. An outsider student, offline at "37% saved", picked a PDF and got no
 * message at all, then Generate said "Add a document first" (session 34). Here no service worker
 * keeps anything, so once offline every module not yet loaded fails to load, as then.
 */
test.describe('readers that did not download', () => {
	test('a file picked offline says, by name, what it needs; a paste comes back to its box', async ({
		page,
		context
	}) => {
		await gotoApp(page, '/courses/new');
		await context.setOffline(true);
		await page.getByTestId('file-input').setInputFiles({
			name: 'Biology cells.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n%%EOF\n')
		});
		const entry = page.getByTestId('document-entry');
		await expect(entry.getByRole('alert')).toHaveText(
			'Reading PDF files needs the part of the app that is still downloading: connect to the internet once, then add “Biology cells.pdf” again, or paste its text.'
		);

		const text = 'Rivers carry water to the sea. A meander is a bend in a river channel.';
		await page.getByLabel('Or paste an article').fill(text);
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await expect(
			page.getByText(
				'Reading pasted text needs the part of the app that is still downloading: connect to the internet once, then add it again: your text is back in the box.'
			)
		).toBeVisible();
		await expect(page.getByLabel('Or paste an article')).toHaveValue(text);
	});

	test('a PDF picked offline after another document was read: PDF.js did not download', async ({
		page,
		context
	}) => {
		await gotoApp(page, '/courses/new');
		// Read online first: the document reader has loaded, PDF.js has not.
		await page
			.getByLabel('Or paste an article')
			.fill('Rivers carry water to the sea. A meander is a bend in a river channel.');
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await expect(page.getByTestId('document-entry')).toHaveCount(1);
		await expect(page.getByTestId('document-entry').getByRole('alert')).toHaveCount(0);
		await context.setOffline(true);
		await page.getByTestId('file-input').setInputFiles({
			name: 'Cells.pdf',
			mimeType: 'application/pdf',
			buffer: Buffer.from('%PDF-1.4\n%%EOF\n')
		});
		await expect(page.getByTestId('document-entry').nth(1).getByRole('alert')).toHaveText(
			'Reading PDF files needs the part of the app that is still downloading: connect to the internet once, then add “Cells.pdf” again, or paste its text.'
		);
	});
});
