import { expect, test } from './page-errors';
import { newDeviceContext } from './contexts';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { storedQuestions } from './classroom-helpers';
import type { QuizQuestion } from '../../src/lib/quiz/types';

/**
 * Attempts allowed (outsider teacher from Kahoot and Moodle, issue 12: "no limit on attempts"):
 * New quiz sets 2, the student's device counts them per name and says so, each result code says
 * which attempt it is, and the teacher's report keeps the higher score of a retake by itself,
 * as Moodle's default grading method (highest grade) does. Its join code carries the limit
 * (teach49), so a student who types the code is held to it too.
 */

/** The true/false radio that is right (`right`) or wrong for `q`. */
const radio = (q: QuizQuestion, right: boolean) =>
	(q.answer === 'true') === right ? 'True' : 'False';

test(
	'a quiz allowing 2 attempts: counted per name on the device, the higher score kept',
	{ tag: '@desktop' },
	async ({ page, browser }, testInfo) => {
		test.slow();
		await gotoApp(page, '/classroom/new');
		await page.getByLabel('Title').fill('Two tries');
		await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
		const types = page.getByRole('group', { name: 'Question types' });
		for (const box of await types.getByRole('checkbox').all()) await box.uncheck();
		await types.getByLabel('True or false').check();
		await page.getByLabel('Number of questions').fill('2');
		await page.getByLabel('Shuffle the questions for each student').uncheck();
		const attempts = page.getByLabel('Attempts allowed');
		await expect(attempts).toHaveValue('0');
		await attempts.selectOption({ label: '2 attempts' });
		await expect(page.locator('#quiz-attempts-hint')).toContainText(
			'Counted on each student’s phone or computer, for each name'
		);
		const options = page.getByRole('group', { name: 'Options' });
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await options.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`options-${width}.png`));
			const wide = await page.evaluate(() => document.documentElement.scrollWidth);
			expect(wide, `page width at ${width} px`).toBeLessThanOrEqual(width);
		}
		await expectNoAxeViolations(page);
		await page.getByRole('button', { name: 'Create quiz and share' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Two tries' })).toBeVisible();
		const id = new URL(page.url()).searchParams.get('id')!;
		const questions = await storedQuestions(page, id);
		const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();

		// A join code carries the limit (teach49): one character more than a quiz without one
		// (13 here, as a document is ticked), its last group of 4.
		const joinCode = page.locator('.join .code');
		await expect(joinCode).toHaveText(/^([0-9A-Z]{3}-){2,3}[0-9A-Z]{4}$/);
		const code = (await joinCode.textContent())!;

		const context = await newDeviceContext(browser, testInfo, { project: 'phone' });
		const student = await context.newPage();
		// Typed instead of scanned, the quiz says the same limit as its link.
		await gotoApp(student, '/quiz');
		await student.getByLabel('Join code or link').fill(code.toLowerCase());
		await student.getByRole('button', { name: 'Open quiz' }).click();
		await expect(student.getByTestId('attempts-allowed')).toHaveText(
			'Attempts allowed: 2 for each name, counted on this device'
		);
		const phoneSize = student.viewportSize()!;
		for (const width of [320, 390, 1280]) {
			await student.setViewportSize({ width, height: 800 });
			await shotForPeople(student, testInfo.outputPath(`joined-${width}.png`));
		}
		await student.setViewportSize(phoneSize);
		await gotoApp(student, link);
		await expect(student.getByTestId('attempts-allowed')).toHaveText(
			'Attempts allowed: 2 for each name, counted on this device'
		);
		const take = async (right: boolean) => {
			for (const [i, q] of questions.entries()) {
				await expect(student.getByText(`Question ${i + 1} of 2`)).toBeVisible();
				await student.getByRole('radio', { name: radio(q, right) }).check();
				await student
					.getByRole('button', { name: i === 1 ? 'Finish and see my score' : 'Next' })
					.click();
			}
		};
		await student.getByLabel('Your name').fill('Ana');
		await student.getByRole('button', { name: 'Start the quiz' }).click();
		await take(false);
		await expect(student.getByText(/attempt 1 of 2, /)).toBeVisible();
		const first = await student.getByLabel('Result code').inputValue();
		await student.getByRole('button', { name: 'Retake the quiz' }).click();
		await student.getByRole('button', { name: 'Start a new attempt' }).click();
		await take(true);
		await expect(student.getByText(/attempt 2 of 2, /)).toBeVisible();
		const second = await student.getByLabel('Result code').inputValue();
		await expect(student.getByTestId('no-retake')).toContainText(
			'Ana has used all 2 attempts this quiz allows on this device.'
		);
		await expect(student.getByRole('button', { name: 'Retake the quiz' })).toHaveCount(0);
		for (const width of [320, 390]) {
			await student.setViewportSize({ width, height: 700 });
			await student.getByTestId('no-retake').scrollIntoViewIfNeeded();
			await shotForPeople(student, testInfo.outputPath(`no-retake-${width}.png`));
		}
		await expectNoAxeViolations(student);

		// The link in another tab: Ana (any case) may not start a third; a classmate on the
		// phone may. (This tab reopens Ana's result: a reload keeps what the tab was showing.)
		const tab = await context.newPage();
		await gotoApp(tab, link);
		await tab.getByLabel('Your name').fill('ana');
		await tab.getByRole('button', { name: 'Start a new attempt' }).click();
		await expect(tab.getByRole('alert')).toHaveText(
			'ana has used all 2 attempts this quiz allows on this device. Show your teacher your result code above.'
		);
		await expect(tab.getByLabel('Your name')).toBeFocused();
		for (const width of [320, 390]) {
			await tab.setViewportSize({ width, height: 700 });
			await shotForPeople(tab, testInfo.outputPath(`refused-${width}.png`), true);
		}
		await tab.getByLabel('Your name').fill('Ben');
		await tab.getByRole('button', { name: 'Start a new attempt' }).click();
		await expect(tab.getByText('Question 1 of 2')).toBeVisible();
		await context.close();

		// The teacher adds both of Ana's codes: the retake scored more, so it replaces the first.
		await page.getByLabel('Paste result codes').fill(first);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added, 0 of 2\.$/)).toBeVisible();
		await page.getByLabel('Paste result codes').fill(second);
		await page.getByRole('button', { name: 'Add results' }).click();
		const log = page.getByTestId('collect-log');
		await expect(log).toContainText('The highest score counts: this quiz limits attempts.');
		await expect(log).toContainText(/replaced \W?Ana\W?’s earlier result/);
		// The summary says the same once: not "1 waiting for you (same name)" above "Done: …
		// replaced" (outsider teacher, session 34).
		await expect(log).toContainText('1 retake replaced a lower earlier result');
		await expect(log).not.toContainText('waiting for you');
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByRole('rowheader', { name: /^Ana/ })).toHaveCount(1);
		// Nothing waits for a choice (no Keep both / Replace earlier / Keep earlier only).
		await expect(page.getByRole('button', { name: /^Keep both/ })).toHaveCount(0);
		// The first code again is said to be replaced, offered back as any replaced result is.
		await page.getByLabel('Paste result codes').fill(first);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(
			page.getByText('replaced earlier by a later result of the same name')
		).toBeVisible();
		await expect(report.getByRole('rowheader', { name: /^Ana/ })).toHaveCount(1);
		await page.setViewportSize({ width: 1280, height: 800 });
		await shotForPeople(page, testInfo.outputPath('collected-1280.png'));
	}
);
