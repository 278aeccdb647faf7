import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { importQuizFile } from './classroom-helpers';
import { shotForPeople } from './helpers';

/**
 * A teacher's Moodle round trip (teacher outsider of session 36): her GIFT `{#20:0.5}` and
 * `{#25..35}` came back from the class quiz's export as short answers (`{=25 to 35 =30 =25 …}`)
 * and "27.5" for 25..35 was marked wrong. A numerical question stays one: marked by value, and
 * exported as GIFT `{#…}` and Moodle XML `numerical` with its tolerance.
 */

async function paste(page: Page, quizId: string, name: string, answers: string[]) {
	const code = encodeResult({
		quizId,
		attemptId: `attempt${name.toLowerCase()}`,
		name,
		answers,
		seconds: 60,
		finishedAt: Date.now()
	});
	await page.getByLabel('Paste result codes').fill(code);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText(new RegExp(`^${name}: added`))).toBeVisible();
}

async function download(page: Page, name: string) {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name, exact: true }).click();
	return readFileSync((await (await downloading).path())!, 'utf8');
}

test(
	'a numerical question is marked by value and goes back to Moodle as numerical',
	{ tag: '@desktop' },
	async ({ page }) => {
		const quizId = await (
			await importQuizFile(page, 'numbers.gift', [
				'$CATEGORY: $course$/top/Numbers check',
				'',
				'::NUM1:: A current of 2 A flows for 10 s. What charge flows, in C? {#20:0.5}',
				'',
				'::NUMR1:: Give the optimum temperature for photosynthesis in °C. {#25..35}',
				''
			])
		).create();
		await paste(page, quizId, 'Amara', ['20.4', '27.5']);
		await paste(page, quizId, 'Ben', ['20,5', '35.01']);
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByText('Amara: 2 / 2')).toBeVisible();
		await expect(report.getByText('Ben: 1 / 2')).toBeVisible();

		const gift = await download(page, 'Download as GIFT');
		expect(gift).toContain('{#20:0.5}');
		expect(gift).toContain('{#25..35}');
		expect(gift).not.toContain('=26');
		const xml = await download(page, 'Download as Moodle XML');
		expect(xml.match(/<question type="numerical">/g)).toHaveLength(2);
		expect(xml).toContain('<tolerance>0.5</tolerance>');
		expect(xml).toContain('<tolerance>5</tolerance>');
	}
);

test(
	'Import a quiz file names a left-out partly right answer and what a matching question became',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const { section } = await importQuizFile(page, 'hand.gift', [
			'$CATEGORY: $course$/top/Hand GIFT test',
			'',
			'::SA1:: What is the unit of electric charge? {=coulomb =coulombs =%50%C}',
			'',
			'::MATCH1:: Match each quantity to its unit. {=current -> ampere =potential difference -> volt =charge -> coulomb =power -> watt}',
			''
		]);
		const done = section.getByRole('status');
		await expect(done).toContainText(
			'Hand GIFT test (Moodle GIFT): 5 questions, 5 of them chosen below.'
		);
		await expect(done.getByRole('listitem')).toHaveText([
			'Line 5, “MATCH1”: a matching question, read as 4 multiple-choice questions, one per item, each with every answer as its choices (Flashpoint has no matching type).',
			'Line 3, “SA1”: 1 answer left out: “C” with 50% credit. Flashpoint marks a typed answer right (the answers marked fully right) or wrong, with no partial credit.'
		]);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await shotForPeople(page, testInfo.outputPath(`import-notes-${width}.png`));
		}
	}
);
