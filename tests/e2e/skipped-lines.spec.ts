import { expect, test } from './page-errors';
import { pastedCourseInReview } from './course-helpers';
import { shotForPeople } from './helpers';

/**
 * A student's pasted "- **Term** – meaning" lines (gen83): Review drafts lists the lines that
 * gave no card with a plain reason each, and opens the sentence writer on one as a flashcard,
 * "What is meant by the term “…”?" → its meaning, as the generator's glossary cards ask. Made-up terms: the screen, not the generator's taste, is under test.
 */
const NOTES = [
	'# Velm revision',
	'',
	'- **Velmocyte** – a small cell that stores lumite in the velm gland.',
	'- **Lumen wall** – a rigid layer made of ostrin that surrounds velm cells.',
	'- **Ostrase** – a velm enzyme made of protein that breaks down lumite.',
	'- **Velm transport** – the movement of lumites against a velm gradient using energy.',
	'- **Lumen to velm size ratio** – a measure that falls as velms grow.',
	'- **Ostrin** – a tough fibre that, and',
	'- **Velmocyte** – a cell of the velm gland.'
].join('\n');

test('the pasted lines that gave no card are listed with why, and one opens in the writer', async ({
	page
}, testInfo) => {
	await pastedCourseInReview(page, NOTES, 'Velm revision');
	const skipped = page.getByTestId('skipped-lines');
	await expect(skipped.locator('summary')).toHaveText('3 lines gave no card');
	await skipped.locator('summary').click();
	const items = skipped.getByRole('listitem');
	await expect(items).toHaveCount(3);
	await expect(items.nth(0)).toContainText('Lumen to velm size ratio – a measure');
	await expect(items.nth(0)).toContainText('Why: the words before the dash do not read as a term');
	await expect(items.nth(1)).toContainText('Why: the meaning is cut off');
	await expect(items.nth(2)).toContainText('Why: the same term already has a card');
	// For a person to look at (E2E_SHOTS=1): the list at a narrow phone, a phone and a laptop.
	if (process.env.E2E_SHOTS === '1')
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await skipped.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`skipped-lines-${width}.png`));
		}

	await items
		.nth(0)
		.getByRole('button', { name: 'Write a card from this line: Lumen to velm size ratio' })
		.click();
	const writer = page.getByTestId('write-by-hand');
	await expect(writer).toHaveJSProperty('open', true);
	await expect(writer).toContainText('Lumen to velm size ratio');
	// A flashcard, as the generator's glossary cards ask: a student from Anki had to switch the
	// fill-in-the-blank it opened as herself (polish37). Editable; the type still switches.
	await expect(writer.getByLabel('Type')).toHaveValue('flashcard');
	await expect(writer.getByLabel('Front')).toHaveValue(
		'What is meant by the term “Lumen to velm size ratio”?'
	);
	await expect(writer.getByLabel('Back')).toHaveValue('A measure that falls as velms grow');
	await shotForPeople(page, testInfo.outputPath('skipped-line-in-writer.png'));
	await writer.getByLabel('Back').fill('A measure that falls as the velm grows');
	await writer.getByRole('button', { name: 'Save question' }).click();
	await expect(writer.getByTestId('saved-here')).toBeVisible();
	// Saved, the line has a question now and leaves the list.
	await expect(skipped.locator('summary')).toHaveText('2 lines gave no card');
});

test('a skipped line’s flashcard can still become a fill-in-the-blank', async ({ page }) => {
	await pastedCourseInReview(page, NOTES, 'Velm revision');
	const skipped = page.getByTestId('skipped-lines');
	await skipped.locator('summary').click();
	await skipped.getByRole('button', { name: 'Write a card from this line: Velmocyte' }).click();
	const writer = page.getByTestId('write-by-hand');
	await expect(writer.getByLabel('Type')).toHaveValue('flashcard');
	await writer.getByLabel('Type').selectOption('cloze');
	await expect(writer.getByLabel('Type')).toHaveValue('cloze');
	await writer.getByRole('button', { name: 'Velmocyte', exact: true }).click();
	await expect(writer.getByLabel('Question', { exact: true })).toHaveValue(
		/^____ – a cell of the velm gland/u
	);
});

test('a skipped line with no full stop opens in the writer too', async ({ page }) => {
	// A student's lines rarely end on a full stop, and a short line without one is no body
	// paragraph: the button found no sentence to open on and did nothing (final outsider,
	// session 37: 1 of 8 presses opened the writer).
	const bare = NOTES.split('\n')
		.map((line) => line.replace(/\.$/u, ''))
		.join('\n');
	await pastedCourseInReview(page, bare, 'Velm revision');
	const skipped = page.getByTestId('skipped-lines');
	await skipped.locator('summary').click();
	await skipped
		.getByRole('button', { name: 'Write a card from this line: Lumen to velm size ratio' })
		.click();
	const writer = page.getByTestId('write-by-hand');
	await expect(writer).toHaveJSProperty('open', true);
	await expect(writer.getByLabel('Front')).toHaveValue(
		'What is meant by the term “Lumen to velm size ratio”?'
	);
	await writer.getByRole('button', { name: 'Save question' }).click();
	await expect(writer.getByTestId('saved-here')).toBeVisible();
});
