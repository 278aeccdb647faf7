import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, gotoApp } from './helpers';

/**
 * A teacher builds a class quiz from their own course (issue 12), and a student whose device has
 * never seen that course takes it from the link alone: the questions travel in the link.
 */

const COURSE_ID = 'u-0e2e0000-0000-4000-8000-0000000000c1';
const SENTENCES = [
	'The Danube delta lies mostly in Romania.',
	'It is home to over 300 bird species.',
	'The delta was declared a biosphere reserve in 1991.'
];

function question(n: number, fields: Record<string, unknown>) {
	return {
		id: `q-${n}`,
		explanation: SENTENCES[n % 3],
		source: { doc: 'd-1', quote: SENTENCES[n % 3] },
		fact: `fact-${n}`,
		topics: [],
		difficulty: 1,
		origin: 'written',
		...fields
	};
}

const courseFile = {
	format: 'flashpoint-course',
	version: 1,
	exportedAt: '2026-11-30T10:00:00.000Z',
	course: { id: COURSE_ID, title: 'Danube delta' },
	documents: [
		{
			id: 'd-1',
			title: 'The Danube delta',
			outlet: 'River Notes',
			date: '2025-03-01',
			dateApproximate: false,
			text: SENTENCES.join(' ')
		}
	],
	questions: [
		question(1, {
			type: 'mcq',
			prompt: 'In which country is most of the Danube delta?',
			answer: 'Romania',
			choices: ['Romania', 'Ukraine', 'Bulgaria']
		}),
		question(2, {
			type: 'truefalse',
			prompt: 'The Danube delta is home to over 300 bird species.',
			answer: 'true'
		}),
		question(3, {
			type: 'short',
			prompt: 'In which year did the Danube delta become a biosphere reserve?',
			answer: '1991'
		}),
		question(4, {
			type: 'flashcard',
			prompt: 'Danube delta: main country?',
			answer: 'Romania'
		})
	]
};

async function importCourse(page: Page) {
	await gotoApp(page, '/courses');
	await page.getByTestId('course-file-input').setInputFiles({
		name: 'danube.json',
		mimeType: 'application/json',
		buffer: Buffer.from(JSON.stringify(courseFile))
	});
	await page
		.getByRole('dialog', { name: 'Import “Danube delta”?' })
		.getByRole('button', { name: 'Import course' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

test('a quiz from the teacher’s own course reaches a student who does not have the course', async ({
	page,
	browser
}, testInfo) => {
	test.setTimeout(90_000);
	await importCourse(page);

	await gotoApp(page, '/classroom/new');
	const course = page.getByLabel('Course');
	await expect(course.locator('option')).toHaveText([/^Turkey between/, 'Danube delta']);
	await course.selectOption({ label: 'Danube delta' });
	await expect(page.getByText(/questions travel inside the quiz link/)).toBeVisible();
	// Its own document; the flashcard is not a quiz question.
	await expect(page.getByRole('group', { name: 'Documents' })).toContainText('The Danube delta');
	await expect(page.getByText('3 different facts match (one question each)')).toBeVisible();
	await page.getByLabel('Title').fill('Delta check');
	await page.getByLabel('Number of questions').fill('3');
	await expectNoAxeViolations(page);
	await page.getByRole('button', { name: 'Create quiz and share' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Delta check' })).toBeVisible();
	await expect(page.getByText('your course').first()).toBeVisible();
	await expect(page.getByText(/A quiz from your own course has no short join code/)).toBeVisible();
	await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toBeVisible();
	const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();

	// A student's device that has never had the course.
	const context = await browser.newContext({ ...testInfo.project.use });
	const student = await context.newPage();
	await gotoApp(student, link);
	await expect(student.getByRole('heading', { name: 'Delta check' })).toBeVisible();
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	await student.getByLabel('Your name').fill('Ana');
	await student.getByRole('button', { name: 'Start the quiz' }).click();
	for (let i = 0; i < 3; i++) {
		await expect(student.getByText(`Question ${i + 1} of 3`)).toBeVisible();
		const prompt = (await student.locator('main').textContent()) ?? '';
		if (/Romania|Ukraine/.test(prompt))
			await student.getByRole('radio', { name: /Romania/ }).check();
		else if (/bird species/.test(prompt))
			await student.getByRole('radio', { name: /True/ }).check();
		else await student.getByRole('textbox').fill('1991');
		const finish = student.getByRole('button', { name: 'Finish and see my score' });
		if (i === 2) await finish.click();
		else await student.getByRole('button', { name: 'Next' }).click();
	}
	await expect(student.getByRole('heading', { name: /Ana, you scored 3 of 3/ })).toBeVisible();
	// The sentence is quoted; the document is not on this device, so no link to it.
	await expect(student.getByText(`“${SENTENCES[0]}”`)).toBeVisible();
	await expect(student.getByRole('link', { name: 'Read the source passage' })).toHaveCount(0);
	await context.close();
});
