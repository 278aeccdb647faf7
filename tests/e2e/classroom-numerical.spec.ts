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
	'a partly right answer keeps its weight: marked as its share, shown to the student and in the report, exported back',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		// Teacher outsider from Moodle (session 36, 37): `=%50%C` was named on import, then lost.
		const { section, create } = await importQuizFile(page, 'hand.gift', [
			'$CATEGORY: $course$/top/Hand GIFT test',
			'',
			'::SA1:: What is the unit of electric charge? {=coulomb =coulombs =%50%C}',
			'',
			'::MC1:: Which unit is the ampere a unit of? {=current ~%50%charge per second ~power}',
			'',
			'::MATCH1:: Match each quantity to its unit. {=current -> ampere =potential difference -> volt =charge -> coulomb =power -> watt}',
			''
		]);
		const done = section.getByRole('status');
		await expect(done).toContainText(
			'Hand GIFT test (Moodle GIFT): 6 questions, 6 of them chosen below.'
		);
		// What a matching question became is said; a partly right answer is no longer left out.
		await expect(done.getByRole('listitem')).toHaveText([
			'Line 7, “MATCH1”: a matching question, read as 4 multiple-choice questions, one per item, each with every answer as its choices (Flashpoint has no matching type).'
		]);
		await page.getByLabel('Shuffle the questions').uncheck();
		const quizId = await create();
		const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();

		// The teacher's report: "C" and "charge per second" count half each.
		await paste(page, quizId, 'Amara', ['C', null, null, null, null, null] as never);
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByText('Amara: 0.5 / 6')).toBeVisible();
		await report.getByText('Amara: 0.5 / 6').click();
		await expect(report.getByTestId('partly-note')).toHaveText('Partly right: 50% of the mark');
		await expect(report.getByRole('list', { name: 'Answers to question 1' })).toContainText(
			'C (50% of the mark)'
		);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await report.getByTestId('partly-note').scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`partly-report-${width}.png`));
		}
		await page.setViewportSize({ width: 1280, height: 800 });

		// Exported with its weight, to GIFT and Moodle XML.
		const gift = await download(page, 'Download as GIFT');
		expect(gift).toContain('=%50%C');
		expect(gift).toContain('~%50%charge per second');
		const xml = await download(page, 'Download as Moodle XML');
		expect(xml).toMatch(/<answer fraction="50" format="plain_text">\s*<text>C<\/text>/);

		// The student's phone marks it too and says so in words.
		await page.goto(link);
		await page.getByLabel('Your name').fill('Ben');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.getByLabel('Your answer').fill('C');
		await page.getByRole('button', { name: 'Next' }).click();
		await page.getByRole('radio', { name: /charge per second/ }).check();
		// The matching parts left unanswered: one question, its parts 3a-3d (session 37).
		for (const part of ['a', 'b', 'c', 'd']) {
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.getByText(`Question 3${part} of 3`)).toBeVisible();
		}
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		const confirm = page.getByRole('button', { name: /Hand in/ });
		if (await confirm.isVisible()) await confirm.click();
		await expect(page.getByRole('heading', { name: 'Ben, you scored 1 of 6' })).toBeVisible();
		const partly = page.getByRole('listitem').filter({ hasText: 'Partly right: 50% of the mark' });
		await expect(partly).toHaveCount(2);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await partly.first().scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`partly-right-${width}.png`));
		}
	}
);
