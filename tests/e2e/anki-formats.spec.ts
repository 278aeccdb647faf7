import { readFileSync } from 'node:fs';
import initSqlJs from 'sql.js';
import { expect, test } from './page-errors';
import { gotoApp, shotForPeople } from './helpers';
import { ankiPackage } from '../../src/lib/formats/anki-collection.test-helpers';

/**
 * An Anki deck imported and exported again keeps its note type's card templates and styling
 * (anki50): Anki shows the cards of the exported package as before, in a collection that does
 * not have the note type too. The templates are data here: never rendered.
 */
const CSS = '.card { font-family: "Noto Serif"; background: #fdf6e3; }';
const MODELS = {
	'1600000000123': {
		name: 'Vocab',
		type: 0,
		mod: 1_650_000_000,
		css: CSS,
		flds: [{ name: 'Word' }, { name: 'Meaning' }],
		tmpls: [
			{
				name: 'Recognise',
				qfmt: '<div class=word>{{Word}}</div>',
				afmt: '{{FrontSide}}<hr id=answer><i>{{Meaning}}</i>'
			}
		]
	}
};

test('an Anki deck’s templates and CSS go back to Anki in its export', async ({ page }) => {
	const sqlite = await initSqlJs();
	const deck = ankiPackage(sqlite, {
		crt: 1_650_000_000,
		deck: 'Serbian',
		models: MODELS,
		notes: [
			{ id: 1, guid: 'v1', mid: 1600000000123, fields: ['kuća', 'house'] },
			{ id: 2, guid: 'v2', mid: 1600000000123, fields: ['grad', 'town'] }
		],
		cards: [1, 2].map((nid) => ({ id: nid * 10, nid, ord: 0, type: 0, queue: 0, due: nid }))
	});
	await gotoApp(page, '/courses/import');
	await page.getByLabel('Open a question file', { exact: true }).setInputFiles({
		name: 'Serbian.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(deck)
	});
	await page.getByRole('button', { name: 'Import 2 questions' }).click();
	await expect(page.getByRole('heading', { name: 'Imported 2 questions' })).toBeVisible();
	// The card's template is never shown as a web page: its front is the field's text.
	await expect(page.locator('.word')).toHaveCount(0);

	await page.getByRole('link', { name: 'Export to other apps' }).click();
	await page
		.getByRole('combobox', { name: /^Format/ })
		.selectOption({ label: 'Anki deck (.apkg)' });
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: /^Export 2 questions$/ }).click()
	]);
	const { unzipSync } = await import('fflate');
	const zip = unzipSync(readFileSync((await download.path())!));
	const collection = new sqlite.Database(zip['collection.anki2']);
	const [[models]] = collection.exec('SELECT models FROM col')[0].values;
	collection.close();
	const model = JSON.parse(String(models))['1600000000123'];
	expect(model.css).toBe(CSS);
	expect(model.tmpls.map((t: { qfmt: string; afmt: string }) => [t.qfmt, t.afmt])).toEqual([
		['<div class=word>{{Word}}</div>', '{{FrontSide}}<hr id=answer><i>{{Meaning}}</i>']
	]);

	// A course imported before the templates were kept has none: the same deck, imported again
	// unchanged, offers to keep them.
	await page.evaluate(
		() =>
			new Promise<void>((done, fail) => {
				const open = indexedDB.open('flashpoint');
				open.onerror = () => fail(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('ankiNoteTypes', 'readwrite');
					tx.objectStore('ankiNoteTypes').clear();
					tx.oncomplete = () => (open.result.close(), done());
					tx.onerror = () => fail(tx.error);
				};
			})
	);
	await gotoApp(page, '/courses/import');
	await page.getByLabel('Open a question file', { exact: true }).setInputFiles({
		name: 'Serbian.apkg',
		mimeType: 'application/octet-stream',
		buffer: Buffer.from(deck)
	});
	const keep = page.getByRole('button', { name: 'Keep its Anki card templates and styling' });
	await keep.scrollIntoViewIfNeeded();
	await shotForPeople(page, 'test-results/import-keep-templates.png');
	await keep.click();
	await expect(
		page.getByRole('heading', { level: 2 }).filter({ hasText: 'Nothing changed' })
	).toHaveText(
		'Nothing changed: all 2 questions were already in the course; their Anki card templates and styling are kept now, for an export to Anki'
	);
});
