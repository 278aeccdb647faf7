import { expect, test } from './page-errors';
import { importQuizFile } from './classroom-helpers';
import { shotForPeople } from './helpers';

/**
 * Partial credit through the Questions panel's Reword (polish37): a GIFT question with a
 * weighted choice (`~%50%…`, teach51) lost its weight on any rewording, silently. Now the weight
 * stays while its choice does, the form says so, and renaming the choice warns before saving.
 */
test(
	'rewording a question keeps its partial credit, and warns before a rename drops it',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		await (
			await importQuizFile(page, 'credit.gift', [
				'::MC::Which gas do plants take in for photosynthesis?{',
				'  ~Oxygen',
				'  ~%50%Carbon monoxide',
				'  =Carbon dioxide',
				'  ~Nitrogen}',
				'',
				'::TF::Plants make glucose.{T}',
				''
			])
		).create();
		const panel = page.getByRole('region', { name: 'Questions' });
		await panel.getByRole('button', { name: 'Reword question 1' }).click();
		const form = panel.getByRole('form', { name: 'Reword this question' });
		await expect(form.getByTestId('credit-kept')).toHaveText(
			'Partly right answers keep their share of the mark: “Carbon monoxide” (50%).'
		);
		const choice = form.getByRole('textbox', { name: /^Wrong choice/ });
		const monoxide = (await choice.evaluateAll((els) =>
			els.findIndex((el) => (el as HTMLInputElement).value === 'Carbon monoxide')
		)) as number;
		await choice.nth(monoxide).fill('CO');
		await expect(form.getByTestId('credit-lost')).toHaveText(
			'Partial credit: “Carbon monoxide” (50%) is no longer a choice: saved like this, it loses its partial credit and scores nothing.'
		);
		// For a person to look at (E2E_SHOTS=1): the warning at a narrow phone, a phone, a laptop.
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await form.getByTestId('credit-lost').scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`credit-lost-${width}.png`));
		}
		await choice.nth(monoxide).fill('Carbon monoxide');
		await expect(form.getByTestId('credit-lost')).toHaveText('');
		const prompt = form.getByRole('textbox', { name: 'Question' });
		await prompt.fill('Which gas do green plants take in for photosynthesis?');
		await form.getByRole('button', { name: 'Save question' }).click();

		// The export carries the weight on the reworded question.
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Download as GIFT', exact: true }).click();
		const { readFileSync } = await import('node:fs');
		const gift = readFileSync((await (await downloading).path())!, 'utf8');
		expect(gift).toContain('green plants');
		expect(gift).toContain('~%50%Carbon monoxide');
	}
);
