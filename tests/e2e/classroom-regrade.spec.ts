import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { gotoApp } from './helpers';
import { importQuizFile } from './classroom-helpers';

/**
 * The class report's regrade of one response (outsider teacher, session 33): under "Who built
 * the first practical steam engine?" (key "Thomas Newcomen", also "Newcomen"), "Stop accepting"
 * on Ben's typo "Newcommen" also marked Alice's "newcomen" wrong, the Grades CSV carried it, and
 * the quiz's GIFT lost "Newcomen". A button now changes only the responses it names.
 */

async function paste(page: Page, quizId: string, name: string, typed: string) {
	const code = encodeResult({
		quizId,
		attemptId: `attempt${name.toLowerCase()}`,
		name,
		answers: [typed],
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
	'Stop accepting and Accept this answer change only the response they name; the key and its export stay',
	{ tag: '@desktop' },
	async ({ page }) => {
		const file = await importQuizFile(page, 'steam.gift', [
			'$CATEGORY: $course$/top/Steam check',
			'',
			'::Q1:: Who built the first practical steam engine? {=Thomas Newcomen =Newcomen}',
			''
		]);
		await expect(page.getByLabel('Title')).toHaveValue('Steam check');
		const quizId = await file.create();
		// One date format in Classroom: the month in words, never "12/5/2026".
		await gotoApp(page, '/classroom');
		const row = page.getByRole('listitem').filter({ hasText: 'Steam check' }).first();
		await expect(row).toContainText(
			/1 question · 0 results ·\s+(\w{3} \d{1,2}, \d{4}|\d{1,2} \w{3} \d{4})/
		);
		await row.getByRole('link', { name: 'Steam check' }).click();
		await page.waitForURL(/\/classroom\/quiz\?id=/);
		await paste(page, quizId, 'Alice', 'newcomen');
		await paste(page, quizId, 'Ben', 'Newcommen');

		const report = page.getByRole('region', { name: 'Class report' });
		const answers = report.getByRole('list', { name: 'Answers to question 1' });
		await expect(report.getByText('Alice: 1 / 1')).toBeVisible();
		await expect(report.getByText('Ben: 1 / 1')).toBeVisible();

		await answers.getByRole('button', { name: 'Stop accepting: Newcommen', exact: true }).click();
		await expect(
			report.getByText(/“Newcommen” no longer counts.*1 student marked wrong/)
		).toBeVisible();
		await expect(report.getByText('Ben: 0 / 1')).toBeVisible();
		await expect(report.getByText('Alice: 1 / 1')).toBeVisible();
		const grades = await download(page, 'Grades CSV');
		expect(grades).toMatch(/Alice[^\n]*,1,/);
		expect(grades).toMatch(/Ben[^\n]*,0,/);

		// Alice's answer taken back and given again: Ben's typo stays wrong.
		await answers.getByRole('button', { name: 'Stop accepting: newcomen', exact: true }).click();
		await expect(report.getByText('Alice: 0 / 1')).toBeVisible();
		await answers
			.getByRole('button', { name: 'Accept this answer: newcomen', exact: true })
			.click();
		await expect(report.getByText('Alice: 1 / 1')).toBeVisible();
		await expect(report.getByText('Ben: 0 / 1')).toBeVisible();

		// The quiz's own GIFT still accepts "Newcomen" (Alice's accepted answer already), never the
		// typo whose accepting was stopped.
		const gift = await download(page, 'Download as GIFT');
		expect(gift).toContain('{=Thomas Newcomen =Newcomen');
		expect(gift).not.toContain('Newcommen');
	}
);
