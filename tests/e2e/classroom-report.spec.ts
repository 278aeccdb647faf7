import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { encodeResult } from '../../src/lib/quiz/result-code';
import type { Answer, QuizQuestion } from '../../src/lib/quiz/types';
import { expectNoAxeViolations, shotForPeople } from './helpers';
import { buildQuiz } from './classroom-helpers';

/**
 * The teacher's side of a class quiz: what each student answered, the share of each answer,
 * "accept this answer" for a typed answer, and the exports a gradebook imports.
 * Results arrive by paste (the student's side is tested in classroom.spec.ts).
 */

function rightAnswer(q: QuizQuestion): Answer {
	if (q.type === 'mcq') return q.choices!.indexOf(q.answer);
	if (q.type === 'truefalse') return q.answer === 'true';
	return q.answer;
}

function wrongAnswer(q: QuizQuestion): Answer {
	if (q.type === 'mcq') return q.choices!.findIndex((c) => c !== q.answer);
	if (q.type === 'truefalse') return q.answer !== 'true';
	return 'Zzyzx Road 1234';
}

async function paste(page: Page, quizId: string, name: string, answers: Answer[]) {
	const attemptId = `attempt${Math.random().toString(36).slice(2, 10)}`;
	const code = encodeResult({
		quizId,
		attemptId,
		name,
		answers,
		seconds: 60,
		finishedAt: Date.now()
	});
	await page.getByLabel('Paste result codes').fill(code);
	await page.getByRole('button', { name: 'Add results' }).click();
	await expect(page.getByText(new RegExp(`^${name}: added`))).toBeVisible();
}

test(
	'each student’s answers, the share of each answer, and accept this answer',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const { id, questions } = await buildQuiz(page, 'Typed check', 3, {
			types: ['Fill in the blank', 'Short answer']
		});
		await paste(page, id, 'Vučić', questions.map(rightAnswer));
		await paste(page, id, 'Ana', questions.map(wrongAnswer));
		await paste(page, id, 'Zoë', [wrongAnswer(questions[0]), null, null]);

		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByText(/^3\s+students/)).toBeVisible();
		// The questions to go over in class, fewest right first, with their answers (README).
		const missed = report.getByRole('region', { name: 'Most missed: go over these' });
		await expect(missed.getByRole('listitem')).toHaveCount(3);
		await expect(missed.getByRole('listitem').first()).toContainText(
			'Question 1 · 1 of 3 right (33%)'
		);
		await expect(missed.getByRole('listitem').first()).toContainText('Right answer:');
		const first = report.getByRole('list', { name: 'Answers to question 1' });
		await expect(first.getByRole('listitem')).toHaveCount(2);
		await expect(first.getByText('2 (67%)')).toBeVisible();
		// Who gave each answer, by name (outsider teacher: counts alone said not whom to help).
		await expect(first.getByTestId('answer-names')).toHaveText([
			'Given by: Ana, Zoë',
			'Given by: Vučić'
		]);

		// Each student's own answers.
		await report.getByText('Ana: 0 / 3').click();
		await expect(report.getByText('Zzyzx Road 1234').first()).toBeVisible();

		// Accepting "Zzyzx Road 1234" for question 1 marks Ana and Zoë right, and stays so.
		await first.getByRole('button', { name: /Accept this answer/ }).click();
		await expect(report.getByText(/2 more students marked right/)).toBeVisible();
		await expect(report.getByText('Ana: 1 / 3')).toBeVisible();
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(report.getByText('Ana: 1 / 3')).toBeVisible();
		await expect(report.getByText('Zoë: 1 / 3')).toBeVisible();
		await expectNoAxeViolations(page);
		// A mis-click is taken back (outsider teacher: it changed every grade for good), then redone.
		await first.getByRole('button', { name: /Stop accepting/ }).click();
		await expect(report.getByText(/2 students marked wrong again/)).toBeVisible();
		await expect(report.getByText('Ana: 0 / 3')).toBeVisible();
		await first.getByRole('button', { name: /Accept this answer/ }).click();
		await expect(report.getByText('Ana: 1 / 3')).toBeVisible();

		// Gradebook export with an ID number column; semicolons for a European Excel.
		await report.getByLabel('Add an ID number column').check();
		await report.getByLabel('ID number of Vučić').fill('s-001');
		await report.getByLabel('ID number of Vučić').blur();
		await report
			.getByRole('group', { name: 'CSV separator' })
			.getByRole('radio', { name: /^Semicolon/ })
			.check();
		// Moodle would give a blank-id row's grade to the row above: those students are left out,
		// and the screen names them.
		const missing = report
			.getByRole('status')
			.filter({ hasText: '2 students have no ID number and are left out' });
		await expect(missing).toContainText('Ana, Zoë.');
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await missing.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`gradebook-ids-${width}.png`));
			// The students' rows, stacked on a phone (they scrolled sideways: issue 12).
			await report.getByRole('table').first().scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`gradebook-table-${width}.png`));
		}
		let downloading = page.waitForEvent('download');
		await report.getByRole('button', { name: 'Grades CSV' }).click();
		let download = await downloading;
		expect(download.suggestedFilename()).toBe('Typed check – grades.csv');
		const csv = readFileSync((await download.path())!, 'utf8');
		const lines = csv
			.replace(/^\uFEFF/, '')
			.trimEnd()
			.split('\r\n');
		expect(lines[0]).toBe('ID number;Student;Points;Out of;Percent;Time (seconds);Finished (UTC)');
		expect(lines).toHaveLength(2);
		expect(lines[1]).toMatch(/^s-001;Vučić;3;3;100;60;/);
		// An id typed and exported at once, before its save ends: the row is in the file.
		await report.getByLabel('ID number of Ana').fill('s-002');
		downloading = page.waitForEvent('download');
		await report.getByRole('button', { name: 'Grades CSV' }).click();
		download = await downloading;
		const typedLines = readFileSync((await download.path())!, 'utf8')
			.trimEnd()
			.split('\r\n');
		expect(typedLines).toHaveLength(3);
		expect(typedLines.some((line) => /^s-002;Ana;/.test(line))).toBe(true);
		await report.getByLabel('ID number of Ana').fill('s-002');
		await report.getByLabel('ID number of Ana').blur();
		await report.getByLabel('ID number of Zoë').fill('s-001');
		await report.getByLabel('ID number of Zoë').blur();
		await expect(missing).toHaveCount(0);
		const clash = report.getByRole('status').filter({ hasText: 'is given to 2 students' });
		await expect(clash).toContainText('ID number “s-001” is given to 2 students');
		await report.getByLabel('ID number of Zoë').fill('s-003');
		await report.getByLabel('ID number of Zoë').blur();
		await expect(clash).toHaveCount(0);

		downloading = page.waitForEvent('download');
		await report.getByRole('button', { name: 'Excel workbook' }).click();
		download = await downloading;
		expect(download.suggestedFilename()).toBe('Typed check – results.xlsx');
		const files = unzipSync(new Uint8Array(readFileSync((await download.path())!)));
		const workbook = strFromU8(files['xl/workbook.xml']);
		for (const sheet of ['Grades', 'Marks', 'Answers', 'Questions'])
			expect(workbook).toContain(`name="${sheet}"`);
		expect(JSON.stringify(Object.values(files).map((f) => strFromU8(f)))).toContain('s-001');

		// Once the ids are saved on the device, a reload keeps the ID number column ticked.
		await expect
			.poll(() =>
				page.evaluate(
					() =>
						new Promise<string>((resolve) => {
							const open = indexedDB.open('flashpoint-classroom');
							open.onsuccess = () => {
								const get = open.result.transaction('quizzes').objectStore('quizzes').getAll();
								get.onsuccess = () => {
									open.result.close();
									resolve(JSON.stringify(get.result.map((q) => q.studentIds ?? {})));
								};
							};
						})
				)
			)
			.toContain('s-003');
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(report.getByLabel('Add an ID number column')).toBeChecked();

		for (const width of [390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await shotForPeople(page, testInfo.outputPath(`report-typed-${width}.png`), true);
		}
	}
);

test(
	'the share of each choice, for a quiz of every type',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const { id, questions } = await buildQuiz(page, 'Mixed check', 6);
		await paste(page, id, 'Vučić', questions.map(rightAnswer));
		await paste(page, id, 'Ana', questions.map(wrongAnswer));
		await paste(page, id, 'Đorđe', questions.map(rightAnswer));
		const report = page.getByRole('region', { name: 'Class report' });
		for (const [i, q] of questions.entries()) {
			const list = report.getByRole('list', { name: `Answers to question ${i + 1}` });
			const expected = q.type === 'mcq' ? 4 : q.type === 'truefalse' ? 2 : 2;
			await expect(list.getByRole('listitem')).toHaveCount(expected);
			await expect(list.getByText('2 (67%)')).toBeVisible();
		}
		await expectNoAxeViolations(page);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await shotForPeople(page, testInfo.outputPath(`report-mixed-${width}.png`), true);
		}
	}
);

test(
	'a second tab of the same quiz shows the results that arrive in the first',
	{ tag: '@desktop' },
	async ({ page, context }) => {
		// A teacher with the report open in two tabs (issue 14): the second stayed as it was.
		await buildQuiz(page, 'Two tabs', 2);
		const address = page.url();
		const id = new URL(address).searchParams.get('id')!;
		const second = await context.newPage();
		await second.goto(address);
		const report = second.getByRole('region', { name: 'Class report' });
		await expect(second.getByRole('heading', { level: 1, name: 'Two tabs' })).toBeVisible();
		await expect(report.getByText(/^1\s+student/)).toHaveCount(0);

		const code = encodeResult({
			quizId: id,
			attemptId: 'attemptTabs1',
			name: 'Ana',
			answers: [null, null],
			seconds: 30,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added/)).toBeVisible();
		// No reload, no focus: the other tab updates by itself.
		await expect(report.getByText(/^1\s+student/)).toBeVisible();
		await expect(report.getByText('Ana', { exact: true }).first()).toBeVisible();
	}
);
