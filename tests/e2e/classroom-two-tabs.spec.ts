import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { gotoApp, shotForPeople } from './helpers';
import { buildQuiz, storedQuestions } from './classroom-helpers';

/**
 * One quiz open in two tabs (outsider teachers, issue 14): an edit saved in one tab and another
 * saved in the other lost the first, silently. Now each tab shows the other's edits as they are
 * saved, and a change begun before another tab saved is not written over it: the teacher's
 * words stay on screen with what changed, and Save again puts them on top.
 */

test(
	'a rewording begun before another tab saved is kept and saved on top, never over it',
	{ tag: '@desktop' },
	async ({ page, context }, testInfo) => {
		const { id } = await buildQuiz(page, 'Two tabs', 3, { types: ['Short answer'] });
		const other = await context.newPage();
		await gotoApp(other, `/classroom/quiz?id=${id}`);

		// This tab begins rewording question 2.
		const panel = page.getByRole('region', { name: 'Questions', exact: true });
		await panel.getByRole('button', { name: 'Reword question 2' }).click();
		await panel.getByLabel('Question', { exact: true }).fill('This tab’s wording of question 2?');

		// The other tab rewords question 1 and saves.
		const otherPanel = other.getByRole('region', { name: 'Questions', exact: true });
		await otherPanel.getByRole('button', { name: 'Reword question 1' }).click();
		await otherPanel.getByLabel('Question', { exact: true }).fill('The other tab’s question 1?');
		await otherPanel.getByRole('button', { name: 'Save question' }).click();
		await expect(otherPanel.getByRole('status')).toHaveText('Question 1 reworded.');

		// This tab shows it at once, and its own form keeps its words.
		await expect(panel.locator('ol.list > li .prompt').first()).toHaveText(
			'The other tab’s question 1?'
		);
		await panel.getByRole('button', { name: 'Save question' }).click();
		await expect(panel.getByRole('alert')).toHaveText(
			'Not saved yet: this quiz was changed in another tab or window since you began: question 1 reworded. Your wording is kept here. Save again to put it on top.'
		);
		await expect(panel.getByLabel('Question', { exact: true })).toHaveValue(
			'This tab’s wording of question 2?'
		);
		expect((await storedQuestions(page, id)).map((q) => q.prompt)[0]).toBe(
			'The other tab’s question 1?'
		);
		await shotForPeople(page, testInfo.outputPath('two-tabs-conflict.png'));

		await panel.getByRole('button', { name: 'Save question' }).click();
		await expect(panel.getByRole('status')).toHaveText('Question 2 reworded.');
		const prompts = (await storedQuestions(page, id)).map((q) => q.prompt);
		expect(prompts.slice(0, 2)).toEqual([
			'The other tab’s question 1?',
			'This tab’s wording of question 2?'
		]);
		await expect(otherPanel.locator('ol.list > li .prompt').nth(1)).toHaveText(
			'This tab’s wording of question 2?'
		);
	}
);

// Outsider teacher (issue 14): once results were in, the questions were locked and only
// "Duplicate to change it" was offered, which split the class's results over two quizzes.
test(
	'results added in another tab while a question is written: it is saved, the result keeps its questions',
	{ tag: '@desktop' },
	async ({ page, context }, testInfo) => {
		const { id, questions } = await buildQuiz(page, 'Results meanwhile', 2);
		const other = await context.newPage();
		await gotoApp(other, `/classroom/quiz?id=${id}`);

		const panel = page.getByRole('region', { name: 'Questions', exact: true });
		await panel.getByRole('button', { name: 'Add your own question' }).click();
		await panel.getByLabel('Question', { exact: true }).fill('Who chairs our class council?');
		await panel.getByLabel('Answer', { exact: true }).fill('Mira');

		const code = encodeResult({
			quizId: id,
			attemptId: 'attemptMeanwhile',
			name: 'Ana',
			answers: questions.map(() => null),
			seconds: 30,
			finishedAt: Date.now()
		});
		await other.getByLabel('Paste result codes').fill(code);
		await other.getByRole('button', { name: 'Add results' }).click();
		await expect(other.getByText(/^Ana: added/)).toBeVisible();

		// Nothing locks: the panel says what a change means for the result.
		await expect(panel.getByTestId('answered-note')).toContainText(
			'1 student has answered. You can still change the questions'
		);
		await panel.getByRole('button', { name: 'Save question' }).click();
		await expect(panel.getByRole('status')).toHaveText('Your question is now question 3.');
		expect(await storedQuestions(page, id)).toHaveLength(3);
		// One report: Ana's result is marked against the two questions she answered.
		await expect(page.getByText('answered before your latest edit').first()).toBeVisible();
		await expect(page.getByRole('button', { name: 'Duplicate as a new quiz' })).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('edit-after-results.png'), true);
	}
);

// Outsider teacher: Swap on a quiz that already had results (a removed one here: the questions
// are not locked by it) replaced the question without a word.
test(
	'Swap on a quiz with results collected says first what it means for them',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		const { id, questions } = await buildQuiz(page, 'Swap warned', 3);
		const code = encodeResult({
			quizId: id,
			attemptId: 'attemptSwap01',
			name: 'Mia',
			answers: questions.map(() => null),
			seconds: 30,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Mia: added/)).toBeVisible();
		await page.getByRole('button', { name: /^Remove Mia/ }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Remove result' }).click();

		const panel = page.getByRole('region', { name: 'Questions', exact: true });
		const before = await panel.locator('ol.list > li .prompt').allTextContents();
		await panel.getByRole('button', { name: 'Swap question 2 for another' }).click();
		const asking = page.getByRole('dialog', { name: 'Swap question 2?' });
		await expect(asking).toContainText('This quiz already has 1 result collected');
		await page.setViewportSize({ width: 320, height: 640 });
		await shotForPeople(page, testInfo.outputPath('swap-warning-320.png'));
		await asking.getByRole('button', { name: 'Cancel' }).click();
		expect(await panel.locator('ol.list > li .prompt').allTextContents()).toEqual(before);
		await panel.getByRole('button', { name: 'Swap question 2 for another' }).click();
		await asking.getByRole('button', { name: 'Swap question' }).click();
		await expect(panel.getByRole('status')).toHaveText('Question 2 swapped for another.');
	}
);

// Outsider teachers (issue 14 again): a Rename typed in one tab won over the other tab's, and a
// Delete confirmed there took the other tab's rename with it, without a word.
test(
	'Rename and Delete in a stale tab are refused with what changed; the typed title stays',
	{ tag: '@desktop' },
	async ({ page, context }, testInfo) => {
		const { id } = await buildQuiz(page, 'Stale manage', 2);
		const other = await context.newPage();
		await gotoApp(other, `/classroom/quiz?id=${id}`);
		const manage = page.getByRole('region', { name: 'Reuse and close' });
		const otherManage = other.getByRole('region', { name: 'Reuse and close' });

		// This tab begins typing a title; the other renames first.
		await manage.getByLabel('New title').fill('Rivers, this tab');
		await otherManage.getByLabel('New title').fill('Rivers, other tab');
		await otherManage.getByRole('button', { name: 'Rename' }).click();
		await expect(otherManage.getByRole('status')).toContainText('Renamed “Rivers, other tab”');
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Rivers, other tab');

		await manage.getByRole('button', { name: 'Rename' }).click();
		await expect(manage.getByRole('alert')).toHaveText(
			'Nothing changed: this quiz was changed in another tab or window since you began: renamed “Rivers, other tab”. Your title is kept here: press Rename again to use it.'
		);
		await expect(manage.getByLabel('New title')).toHaveValue('Rivers, this tab');
		await shotForPeople(page, testInfo.outputPath('two-tabs-rename.png'));
		await page.setViewportSize({ width: 320, height: 640 });
		await manage.getByRole('alert').scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('two-tabs-rename-320.png'));
		// Pressed again, knowing: it goes on top.
		await manage.getByRole('button', { name: 'Rename' }).click();
		await expect(manage.getByRole('status')).toContainText('Renamed “Rivers, this tab”');
		await expect(other.getByRole('heading', { level: 1 })).toContainText('Rivers, this tab');

		// This tab asks to delete; the other renames while the dialog is open.
		await manage.getByRole('button', { name: 'Delete this quiz' }).click();
		const dialog = page.getByRole('dialog');
		await expect(dialog).toBeVisible();
		await otherManage.getByLabel('New title').fill('Rivers, kept');
		await otherManage.getByRole('button', { name: 'Rename' }).click();
		await expect(otherManage.getByRole('status')).toContainText('Renamed “Rivers, kept”');
		await dialog.getByRole('button', { name: 'Delete quiz' }).click();
		await expect(manage.getByRole('alert')).toHaveText(
			'Not deleted: this quiz was changed in another tab or window since you began: renamed “Rivers, kept”. Look at it, then delete again if you still want to.'
		);
		await expect(page).toHaveURL(/\/classroom\/quiz\?id=/);
		await expect(other.getByRole('heading', { level: 1 })).toContainText('Rivers, kept');
	}
);
