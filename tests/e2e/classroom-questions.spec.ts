import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { buildQuiz, importQuizFile } from './classroom-helpers';
import { newDeviceContext } from './contexts';

/**
 * The teacher checks and changes the questions before sharing: reorder (by keyboard), swap,
 * remove, reword, add their own; the student's link then carries the changed text.
 */

test(
	'preview, reorder, swap, remove, reword and add questions; the link carries them',
	{ tag: '@desktop' },
	async ({ page, browser }, testInfo) => {
		test.setTimeout(90_000);
		await buildQuiz(page, 'Edited check', 4);
		const panel = page.getByRole('region', { name: 'Questions' });
		const items = panel.locator('ol.list > li');
		await expect(items).toHaveCount(4);
		const prompts = () => items.locator('.prompt').allTextContents();
		const before = await prompts();

		// Nothing changed yet: the link is the one to give out, and nothing says otherwise.
		const share = page.getByRole('region', { name: 'Share with the class' });
		const newLink = share.getByTestId('new-link-note');
		await expect(newLink).toHaveCount(0);

		// Reorder with the keyboard alone.
		await panel.getByRole('button', { name: 'Move question 2 up' }).focus();
		await page.keyboard.press('Enter');
		await expect(panel.getByRole('status')).toHaveText('Question 2 is now question 1.');
		// Every change makes a new student link: said beside it, with what happens to the old one
		// (outsider teacher from Kahoot and Moodle, 2026-12-04).
		await expect(newLink).toContainText('New link and QR code: you changed the quiz on ');
		await expect(newLink).toContainText('students need this link or QR code');
		await expect(newLink).toContainText('their results still come in here');
		expect(await prompts()).toEqual([before[1], before[0], before[2], before[3]]);
		// The focus follows the moved question; at the top, to its Down button (outsider).
		await expect(panel.getByRole('button', { name: 'Move question 1 down' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(panel.getByRole('status')).toHaveText('Question 1 is now question 2.');
		await expect(panel.getByRole('button', { name: 'Move question 2 down' })).toBeFocused();
		await panel.getByRole('button', { name: 'Move question 2 up' }).click();
		// Read once the list has moved (read at once, it raced the update in CI).
		await expect.poll(prompts).toEqual([before[1], before[0], before[2], before[3]]);

		await panel.getByRole('button', { name: 'Swap question 3 for another' }).click();
		await expect(panel.getByRole('status')).toHaveText(/Question 3 swapped|No other/);
		// The focus stays on Swap of the question in that place, not the page body (outsider).
		await expect(panel.getByRole('button', { name: 'Swap question 3 for another' })).toBeFocused();
		const fourth = (await prompts())[3];
		await panel.getByRole('button', { name: 'Remove question 4' }).click();
		await expect(items).toHaveCount(3);
		// The focus goes to Undo, so Enter pressed again brings it back rather than removing
		// another question (outsider teacher, keyboard).
		const undo = panel.getByRole('button', { name: 'Undo removing question 4' });
		await expect(undo).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(panel.getByRole('status')).toHaveText('Question 4 is back.');
		await expect(panel.getByRole('button', { name: 'Reword question 4' })).toBeFocused();
		expect((await prompts())[3]).toBe(fourth);
		await expect(panel.getByRole('button', { name: /^Undo/ })).toHaveCount(0);
		await panel.getByRole('button', { name: 'Remove question 4' }).click();
		await expect(items).toHaveCount(3);

		// Rewording checks the form and says what is wrong.
		await panel.getByRole('button', { name: 'Reword question 1' }).click();
		// The prompt field, whatever the drawn question's type calls it ("Question", "Statement"
		// for true or false, "Front" for a flashcard): the draw varies with the quiz's seed.
		const question = panel
			.getByRole('form', { name: 'Reword this question' })
			.getByRole('textbox')
			.first();
		// The form opens with the focus in it, and gives it back to Reword when closed.
		await expect(question).toBeFocused();
		await panel.getByRole('button', { name: 'Cancel' }).click();
		await expect(panel.getByRole('button', { name: 'Reword question 1' })).toBeFocused();
		await panel.getByRole('button', { name: 'Reword question 1' }).click();
		await question.fill('   ');
		await panel.getByRole('button', { name: 'Save question' }).click();
		// Said at the field, as every question form says it (`fieldProblems`).
		await expect(question).toHaveAttribute('aria-invalid', 'true');
		await expect(question).toHaveAccessibleDescription(/^Write the question\./);
		const reworded = before[1].includes('____')
			? 'Reworded: ____ is the answer'
			: 'Reworded: what does the article say?';
		await question.fill(reworded);
		await panel.getByRole('button', { name: 'Save question' }).click();
		await expect(items.first().locator('.prompt')).toHaveText(reworded);
		await expect(panel.getByRole('button', { name: 'Reword question 1' })).toBeFocused();
		await expect(items.first()).toContainText('yours');

		await panel.getByRole('button', { name: 'Add your own question' }).click();
		await panel.getByLabel('Type').selectOption('short');
		await panel.getByLabel('Question', { exact: true }).fill('Who chairs our class council?');
		await panel.getByLabel('Answer', { exact: true }).fill('Mira');
		// An accepted answer that repeats another by date is said, not dropped silently.
		await panel
			.getByLabel(/Other answers that count as right/)
			.fill('February 18, 2008\n18 February 2008');
		await expect(panel.getByTestId('repeated-answers')).toHaveText(
			'“18 February 2008” is the same date as “February 18, 2008”, so it is right already and not listed again.'
		);
		await panel.getByRole('button', { name: 'Save question' }).click();
		await expect(items).toHaveCount(4);
		await expect(items.last()).toContainText('Who chairs our class council?');
		await expectNoAxeViolations(page);
		// The own question travels word for word, the reworded one as changes from its bank
		// original: when that makes the QR code dense (past version 19; the drawn questions vary
		// with the bank), no such code is drawn (outsider teacher, issue 14: never a code phones
		// cannot read): the quiz is shown as a series of readable codes (issue 12).
		const qr = page.getByRole('img', { name: 'QR code of the quiz link' });
		if (await qr.count()) {
			expect(Number(await qr.getAttribute('data-qr-version'))).toBeLessThanOrEqual(19);
			await expect(page.getByTestId('qr-series')).toHaveCount(0);
		} else
			await expect(page.getByTestId('series-note')).toContainText(
				/^This quiz is too long for one QR code that phones read reliably, so it is shown as \d QR codes/
			);
		await expect(page.getByTestId('dense')).toHaveCount(0);

		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await shotForPeople(page, testInfo.outputPath(`questions-${width}.png`), true);
		}

		// A student opens the link and gets the teacher's wording.
		const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();
		const context = await newDeviceContext(browser, testInfo, { project: 'phone' });
		const student = await context.newPage();
		await student.goto(link);
		await student.locator('body[data-hydrated="true"]').waitFor();
		await student.getByRole('button', { name: 'Start the quiz' }).click();
		await student.getByLabel('Your name').fill('Ana');
		await student.getByRole('button', { name: 'Start the quiz' }).click();
		const seen: string[] = [];
		for (let i = 0; i < 4; i++) {
			seen.push((await student.locator('#question-heading').textContent()) ?? '');
			const radios = student.getByRole('radio');
			if (await radios.count()) await radios.first().check();
			else await student.getByRole('textbox').fill('Mira');
			const finish = student.getByRole('button', { name: 'Finish and see my score' });
			if (await finish.isVisible()) break;
			await student.getByRole('button', { name: 'Next' }).click();
		}
		expect(seen.join('\n')).toContain('Who chairs our class council?');
		expect(seen.join('\n').replace(/_+(blank)?/g, '____')).toContain(
			reworded.replace('Reworded: ', '')
		);
		await context.close();
	}
);

test(
	'rename, close, reopen, run again for another class, and duplicate',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		await buildQuiz(page, 'Reuse check', 2);
		const id = new URL(page.url()).searchParams.get('id')!;
		const paste = async (name: string) => {
			const code = encodeResult({
				quizId: id,
				attemptId: `attempt${name}1`,
				name,
				answers: [null, null],
				seconds: 30,
				finishedAt: Date.now()
			});
			await page.getByLabel('Paste result codes').fill(code);
			await page.getByRole('button', { name: 'Add results' }).click();
		};
		const manage = page.getByRole('region', { name: 'Reuse and close' });
		await paste('Ana');
		await expect(page.getByText(/^Ana: added, 0 of 2\./)).toBeVisible();

		await manage.getByRole('button', { name: 'Close the quiz' }).click();
		await expect(manage.getByRole('status')).toContainText('Closed');
		await paste('Ivo');
		await expect(
			page.getByText(/Ivo: “Reuse check” was closed on .*Reopen the quiz to add it\./)
		).toBeVisible();
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByText(/^1\s+student/)).toBeVisible();
		await manage.getByRole('button', { name: 'Reopen the quiz' }).click();
		// Nothing on the page is wider than the phone's screen.
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			page.viewportSize()!.width
		);
		await paste('Ivo');
		await expect(page.getByText(/^Ivo: added, 0 of 2\./)).toBeVisible();

		await manage.getByLabel('New title').fill('Reuse renamed');
		await manage.getByRole('button', { name: 'Rename' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Reuse renamed' })).toBeVisible();
		await expectNoAxeViolations(page);
		await page.setViewportSize({ width: 390, height: 900 });
		await manage.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('manage-390.png'));

		await manage.getByLabel('Run again for another class or period').fill('7B');
		await manage.getByRole('button', { name: 'Run again' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Reuse renamed · 7B' })).toBeVisible();
		await expect(page.getByText('No results yet.')).toBeVisible();
		expect(new URL(page.url()).searchParams.get('id')).not.toBe(id);

		// A copy is "<title> (copy)", and a copy of it never takes its name (outsider teachers
		// from Kahoot and Google: "Copy of …" twice gave the list two quizzes of one name).
		await manage.getByRole('button', { name: 'Duplicate as a new quiz' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Reuse renamed (copy)', exact: true })
		).toBeVisible();
		await expect(page.getByRole('button', { name: 'Add your own question' })).toBeVisible();
		await manage.getByRole('button', { name: 'Duplicate as a new quiz' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Reuse renamed (copy 2)' })
		).toBeVisible();
		// Nor does a rename take another quiz's name.
		await manage.getByLabel('New title').fill('reuse renamed (COPY)');
		await manage.getByRole('button', { name: 'Rename' }).click();
		await expect(manage.getByRole('alert')).toContainText('Another quiz here is called');

		await gotoApp(page, '/classroom');
		await expect(page.getByRole('link', { name: /Reuse renamed/ })).toHaveCount(4);
		await expect(page.getByText(/2 questions · 2 results/)).toBeVisible();
	}
);

test(
	'all quizzes and results move to another device in one file; a bad file changes nothing',
	{ tag: '@desktop' },
	async ({ page, browser }, testInfo) => {
		test.setTimeout(90_000);
		await buildQuiz(page, 'Moving check', 2);
		const id = new URL(page.url()).searchParams.get('id')!;
		const code = encodeResult({
			quizId: id,
			attemptId: 'attemptMove1',
			name: 'Zoë',
			answers: [null, null],
			seconds: 30,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Zoë: added/)).toBeVisible();

		await gotoApp(page, '/classroom');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export all quizzes and results' }).click();
		const download = await downloading;
		expect(download.suggestedFilename()).toMatch(/^flashpoint-classroom-\d{4}-\d{2}-\d{2}\.json$/);
		const file = (await download.path())!;

		// A new laptop: an empty browser profile.
		const laptop = await (await newDeviceContext(browser, testInfo)).newPage();
		await gotoApp(laptop, '/classroom');
		await expect(laptop.getByText('No quizzes yet')).toBeVisible();
		const chooser = laptop.getByLabel('Import a classroom file');
		await chooser.setInputFiles({
			name: 'bad.json',
			mimeType: 'application/json',
			buffer: Buffer.from('{"format":"flashpoint-classroom","version":1}')
		});
		await expect(laptop.getByRole('alert')).toContainText('Nothing was changed');
		await chooser.setInputFiles(file);
		await expect(laptop.getByText('1 new quiz: added')).toBeVisible();
		await expect(laptop.getByText('1 new result: added')).toBeVisible();
		await expectNoAxeViolations(laptop);
		await laptop.setViewportSize({ width: 390, height: 900 });
		await shotForPeople(laptop, testInfo.outputPath('backup-390.png'), true);
		await laptop.getByRole('button', { name: 'Import', exact: true }).click();
		await expect(laptop.getByText('Imported 1 quiz and 1 result.')).toBeVisible();
		await expect(laptop.getByRole('link', { name: 'Moving check' })).toBeVisible();
		await expect(laptop.getByText(/2 questions · 1 result/)).toBeVisible();
		await laptop.context().close();

		// The device's own export again: nothing is replaced (outsider teacher: an earlier backup
		// said "replaced by the file's copy" and undid her corrections).
		await page.getByLabel('Import a classroom file').setInputFiles(file);
		await expect(page.getByText('1 quiz already here, the same as in the file')).toBeVisible();
		await expect(page.getByText('1 result already here, the same as in the file')).toBeVisible();
		await expect(page.getByText(/replaced/)).toHaveCount(0);

		// A Moodle GIFT file picked here is named as one, with where it imports (outsider teacher,
		// issue 12: "it is text, but not JSON").
		await page.getByRole('button', { name: 'Cancel' }).click();
		await page.getByLabel('Import a classroom file').setInputFiles({
			name: 'week3.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from('::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Peja}\n')
		});
		await expect(page.getByRole('alert')).toContainText('file of questions (Moodle GIFT)');
	}
);

test(
	'a question file picked as a classroom backup opens in Import questions with it',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		// Its link opened Import questions empty: she had to choose her GIFT file again (issue 12,
		// the fault Add documents had).
		await gotoApp(page, '/classroom');
		await page.getByLabel('Import a classroom file').setInputFiles({
			name: 'week3.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from(
				'::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Peja}\n\n::Q2:: Belgrade is on the Danube.{TRUE}\n'
			)
		});
		await expect(page.getByRole('alert')).toContainText('file of questions (Moodle GIFT)');
		await page.getByRole('link', { name: 'Import questions as a course' }).click();
		// The link says where the file was chosen, for Import's words after a reload (quiz38).
		await expect(page).toHaveURL(/\/courses\/import\?file=week3\.gift&from=classroom$/);
		await expect(page.getByRole('heading', { name: '2. How to read “week3.gift”' })).toBeVisible();
		await expect(page.getByText('2 questions will be imported')).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('classroom-question-file-carried.png'), true);
	}
);

test(
	'a paper version to print, with the answer key on its own page',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		await buildQuiz(page, 'Paper check', 4);
		// A typed question of the teacher's own with other accepted answers, one of them very long.
		const long = `the city where the Sava flows into the Danube, ${'capital of Serbia and '.repeat(4)}home of the National Assembly`;
		const panel = page.getByRole('region', { name: 'Questions' });
		await panel.getByRole('button', { name: 'Add your own question' }).click();
		await panel.getByLabel('Type').selectOption('short');
		await panel.getByLabel('Question', { exact: true }).fill('Which city hosted the 2013 talks?');
		await panel.getByLabel('Answer', { exact: true }).fill('Belgrade');
		await panel.getByLabel(/Other answers that count as right/).fill(`belgrade!\nBeograd\n${long}`);
		await panel.getByRole('button', { name: 'Save question' }).click();
		// The question list shows what else counts ("belgrade!" is marked right anyway).
		const own = panel.locator('ol.list > li').last();
		await expect(own.getByTestId('also-right')).toHaveText(`Also right: “Beograd” or “${long}”`);
		await page.getByRole('link', { name: 'Paper version with answer key' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'Paper check' })).toBeVisible();
		const paper = page.getByRole('article', { name: 'Paper check' });
		await expect(paper.locator('.question')).toHaveCount(5);
		const key = page.getByRole('article', { name: 'Answer key: Paper check' });
		await expect(key.getByRole('listitem')).toHaveCount(5);
		// The long accepted answer is shortened, and the line stays inside the key's column.
		const line = key.getByRole('listitem').last();
		await expect(line).toHaveText(
			/^Belgrade \(also right: “Beograd” or “the city where the Sava .{0,45}…”\)$/
		);
		const [lineBox, keyBox] = [(await line.boundingBox())!, (await key.boundingBox())!];
		expect(lineBox.x + lineBox.width).toBeLessThanOrEqual(keyBox.x + keyBox.width);
		await expectNoAxeViolations(page);
		await shotForPeople(page, testInfo.outputPath('paper-screen.png'), true);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('button', { name: 'Print' })).toBeHidden();
		await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
		await page.pdf({ path: testInfo.outputPath('paper.pdf'), format: 'A4' });
		await page.emulateMedia({ media: 'screen' });
		await page.getByLabel('Answer key on its own last page').uncheck();
		await expect(key).toHaveCount(0);
	}
);

test(
	'a multiple-choice question of the teacher’s own has 2 to 6 choices',
	{ tag: '@desktop' },
	async ({ page }) => {
		test.setTimeout(60_000);
		await buildQuiz(page, 'Choices check', 2);
		const panel = page.getByRole('region', { name: 'Questions' });
		await panel.getByRole('button', { name: 'Add your own question' }).click();
		await panel.getByLabel('Type').selectOption('mcq');
		await panel.getByLabel('Question', { exact: true }).fill('Which river flows through Belgrade?');
		await panel.getByLabel('Right choice').fill('Sava');
		// Two of the three wrong choices removed: two choices in all.
		await panel.getByRole('button', { name: 'Remove wrong choice 3' }).click();
		await panel.getByRole('button', { name: 'Remove wrong choice 2' }).click();
		await expect(panel.getByLabel(/^Wrong choice/)).toHaveCount(1);
		await panel.getByLabel('Wrong choice 1').fill('Sava');
		await panel.getByRole('button', { name: 'Save question' }).click();
		await expect(panel.getByLabel('Wrong choice 1')).toHaveAccessibleDescription(
			'A wrong choice is the right answer, “Sava”: give a different one.'
		);
		await panel.getByLabel('Wrong choice 1').fill('Tisa');
		await panel.getByRole('button', { name: 'Save question' }).click();
		const added = panel.locator('ol.list > li').last();
		await expect(added.locator('.choices li')).toHaveCount(2);
		// Up to five wrong choices: six in all, then no more can be added.
		await panel.getByRole('button', { name: 'Add your own question' }).click();
		await panel.getByLabel('Type').selectOption('mcq');
		for (let i = 0; i < 2; i++)
			await panel.getByRole('button', { name: 'Add a wrong choice' }).click();
		await expect(panel.getByLabel(/^Wrong choice/)).toHaveCount(5);
		await expect(panel.getByRole('button', { name: 'Add a wrong choice' })).toHaveCount(0);
	}
);

// Outsider teacher from Moodle (issue 14): a GIFT or Moodle XML quiz could only reach Classroom
// through Courses → Import questions and New quiz. Teacher outsider from Kahoot and Moodle
// (session 37): the file's quiz could not take her course's questions too (she typed 7 in by
// hand), and its title came from the file's name, never asked.
test('Import a quiz file: New quiz takes the file’s questions and a course’s, asks the title, orders and removes; a classroom file goes to its preview', async ({
	page
}, testInfo) => {
	const { section, create } = await importQuizFile(page, 'week3.gift', [
		'$CATEGORY: $course$/top/Kosovo week 3',
		'',
		'::Q1:: Capital of Kosovo? {=Pristina ~Prizren ~Peja}',
		'',
		'::Q2:: The Drin flows into the Adriatic. {T}',
		'',
		'::Q3:: Broken question {=yes',
		''
	]);
	const said = section.getByRole('status');
	await expect(said).toContainText(
		'Kosovo week 3 (Moodle GIFT): 2 questions, 2 of them chosen below.'
	);
	await expect(said.getByRole('listitem')).toHaveText([
		'Line 7, “Q3”: the answer block is not closed with }'
	]);
	// The title is the file's own, in the field, to edit before Create.
	await expect(page.getByLabel('Title')).toHaveValue('Kosovo week 3');

	// Two of the course's questions join them, from the picker.
	const courseRows = page.locator('.rows > li').filter({ hasNotText: 'week3.gift' });
	for (const n of [0, 1]) await courseRows.nth(n).getByRole('checkbox').check();
	const chosen = page.getByRole('region', { name: /4 questions chosen/ });
	await expect(chosen).toBeVisible();
	await chosen.getByRole('button', { name: 'Move chosen question 1 down' }).click();
	await chosen.getByRole('button', { name: 'Remove chosen question 3' }).click();
	await expect(page.getByRole('region', { name: /3 questions chosen/ })).toBeVisible();
	for (const width of [320, 390, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		await section.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath(`new-quiz-file-${width}.png`));
	}

	// A title of one zero-width space is no title.
	await page.getByLabel('Title').fill('\u200b');
	await page.getByRole('button', { name: 'Create quiz and share' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Give the quiz a title.' })).toBeVisible();
	await page.getByLabel('Title').fill('Kosovo week 3 and the course');
	await create();
	await expect(
		page.getByRole('heading', { level: 1, name: 'Kosovo week 3 and the course' })
	).toBeVisible();
	const panel = page.getByRole('region', { name: 'Questions', exact: true });
	const prompts = panel.locator('ol.list > li .prompt');
	await expect(prompts).toHaveCount(3);
	await expect(prompts.nth(0)).toHaveText('The Drin flows into the Adriatic.');
	await expect(prompts.nth(1)).toHaveText('Capital of Kosovo?');

	// A file of no quiz at all is named, nothing is made.
	await gotoApp(page, '/classroom');
	await page.getByLabel('Import a quiz file').setInputFiles({
		name: 'bad.json',
		mimeType: 'application/json',
		buffer: Buffer.from('{"format":"flashpoint-classroom","version":1}')
	});
	await expect(page.getByRole('alert')).toContainText('Nothing was changed');
});
