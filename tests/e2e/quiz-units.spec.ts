import { readFileSync } from 'node:fs';
import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { importQuizFile } from './classroom-helpers';
import { courseFile, importCourse } from './course-helpers';
import { gotoApp, shotForPeople } from './helpers';
import { inlineQuizCode, type LinkedQuestion } from './quiz-helpers';

/**
 * Typed answers with units (a physics teacher from Moodle, session 37): under "Give the unit",
 * "588" was right for "588 N". A right number with its unit missing or another unit is now
 * wrong, and both the class quiz's review and Study say why in words (`answer-unit.ts`).
 */
function typed(id: string, prompt: string, answer: string): LinkedQuestion {
	return {
		id,
		type: 'short',
		prompt,
		answer,
		explanation: '',
		source: { doc: 'physics', quote: '' }
	};
}

const WIDTHS = [320, 390, 1280];

async function download(page: Page, name: string) {
	const downloading = page.waitForEvent('download');
	await page.getByRole('button', { name, exact: true }).click();
	return readFileSync((await (await downloading).path())!, 'utf8');
}

test(
	'a right number without its asked-for unit, or in another unit, is wrong and says so',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		const asked = [
			typed('u-weight', 'What is the weight of a 60 kg person on Earth? Give the unit.', '588 N'),
			typed(
				'u-momentum',
				'A 2500 kg truck moves at 10 m/s. What is its momentum? Include the unit.',
				'25000 kg m/s'
			),
			typed('u-speed', 'A cyclist rides 20 m in 10 s. What is her speed in m/s?', '2 m/s')
		];
		await gotoApp(page, '/quiz');
		const code = inlineQuizCode('unitsquiz', 'Forces and motion', asked);
		await page.getByLabel('Join code or link').fill(`${new URL(page.url()).origin}/quiz#${code}`);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (const [i, answer] of ['588', '25000 kg m', '2'].entries()) {
			await expect(page.getByText(`Question ${i + 1} of 3`)).toBeVisible();
			await page.getByLabel('Your answer').fill(answer);
			if (i < 2) await page.getByRole('button', { name: 'Next' }).click();
		}
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		// "2" for "2 m/s" is right: that prompt names the unit and does not ask for it.
		await expect(page.getByRole('heading', { name: 'Ana, you scored 1 of 3' })).toBeVisible();
		const notes = page.getByTestId('unit-note');
		await expect(notes).toHaveCount(2);
		await expect(notes.first()).toHaveText('Unit: Right number, but the unit is missing.');
		await expect(notes.nth(1)).toHaveText('Unit: Right number, but “kg m” is not the unit asked.');
		const weight = page.getByRole('listitem').filter({ hasText: 'Give the unit.' });
		await expect(weight).toContainText('Wrong');
		await expect(weight).toContainText('Right answer: 588 N');
		await notes.first().scrollIntoViewIfNeeded();
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: width < 1000 ? 720 : 800 });
			await notes.first().scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`quiz-units-review-${width}.png`));
		}
	}
);

const physics = courseFile(
	{ id: 'u-0e2e0000-0000-4000-8000-000000000054', title: 'Forces' },
	[
		{
			id: 'd-1',
			title: 'Weight',
			outlet: 'Physics notes',
			date: '2026-11-01',
			dateApproximate: false,
			text: 'Weight is mass times the gravitational field strength.'
		}
	],
	[
		{
			id: 'q-weight',
			type: 'short',
			prompt: 'What is the weight of a 60 kg person on Earth (g = 9.8 N/kg)? Give the unit.',
			answer: '588 N',
			explanation: 'W = m g = 60 kg × 9.8 N/kg.',
			source: { doc: 'd-1', quote: 'Weight is mass times the gravitational field strength.' },
			fact: 'weight-1',
			topics: [],
			difficulty: 1,
			origin: 'written'
		}
	]
);

test(
	'Study says a right number with its unit missing is wrong by its unit',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await importCourse(page, physics);
		await gotoApp(page, `/study?course=${physics.course.id}`);
		await expect(page.locator('#prompt')).toContainText('Give the unit.');
		await page.getByLabel('Your answer').fill('588');
		await page.getByLabel('Your answer').press('Enter');
		const verdict = page.getByRole('region', { name: 'Not quite' });
		await expect(verdict.getByTestId('unit-note')).toHaveText(
			'Right number, but the unit is missing.'
		);
		await expect(verdict).toContainText('Answer: 588 N');
		await expect(verdict.getByTestId('near-note')).toHaveCount(0);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: width < 1000 ? 640 : 800 });
			await verdict.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`study-unit-${width}.png`));
		}
	}
);

test(
	'the teacher’s report of a student’s answers says when a number is wrong by its unit',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const quizId = await (
			await importQuizFile(page, 'forces.gift', [
				'$CATEGORY: $course$/top/Forces check',
				'',
				'::W1:: What is the weight of a 60 kg person on Earth? Give the unit. {=588 N}',
				'',
				'::P1:: A 2500 kg truck moves at 10 m/s. What is its momentum? Include the unit. {=25000 kg m/s}',
				'',
				'::V1:: A cyclist rides 20 m in 10 s. What is her speed in m/s? {=2 m/s}',
				''
			])
		).create();
		const code = encodeResult({
			quizId,
			attemptId: 'attemptunits1',
			name: 'Ana',
			answers: ['588', '25000 kg m', '2'],
			seconds: 60,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added/)).toBeVisible();
		const report = page.getByRole('region', { name: 'Class report' });
		await report.getByText('Ana: 1 / 3').click();
		const notes = report.getByTestId('unit-note');
		await expect(notes).toHaveText([
			'Unit: Right number, but the unit is missing.',
			'Unit: Right number, but “kg m” is not the unit asked.'
		]);
		for (const width of WIDTHS) {
			await page.setViewportSize({ width, height: 800 });
			await notes.first().scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`report-units-${width}.png`));
		}

		// The export lists what the app marks right, and no other unit ("2 m" for "2 m/s").
		const gift = await download(page, 'Download as GIFT');
		expect(gift).toContain('{=588 N =588N =588 newtons}');
		expect(gift).not.toMatch(/=2 m[ }]/);
		const xml = await download(page, 'Download as Moodle XML');
		// Numerical with graded units where the prompt asks for the unit; "2 m/s" a short answer.
		expect(xml.match(/<question type="numerical">/g)).toHaveLength(2);
		expect(xml).toContain('<unit_name>kgm/s</unit_name>');
		expect(xml.match(/<unitgradingtype>1<\/unitgradingtype>/g)).toHaveLength(2);
		expect(xml).toContain('<text>2 m/s</text>');
	}
);
