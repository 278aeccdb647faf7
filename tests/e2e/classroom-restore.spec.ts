import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';
import { buildQuiz } from './classroom-helpers';

/**
 * Outsider teacher from Kahoot/Moodle: she exported her classroom, deleted a quiz, and the file
 * could not bring it back ("1 quiz you deleted here after this file was saved: it stays
 * deleted", no way to restore): data loss. And after the deletion its join code still opened it
 * on her laptop. Now the code says the quiz was deleted here, the import offers "Restore what you
 * deleted" (unticked, so a file from her other device does not undo a deletion), and a restored
 * quiz comes back with its results and opens by its code again.
 */
test(
	'a quiz deleted after an export: its code says so, and the file restores it on request',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(120_000);
		const { id } = await buildQuiz(page, 'Week 3 check', 3, { allDocuments: true });
		const code = (await page.locator('.join .code').textContent())!;
		expect(code).toMatch(/^[0-9A-Z]{3}-[0-9A-Z]{3}-[0-9A-Z]{3}$/);
		const result = encodeResult({
			quizId: id,
			attemptId: 'attemptRestore1',
			name: 'Ana',
			answers: [null, null, null],
			seconds: 30,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(result);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added/)).toBeVisible();

		await gotoApp(page, '/classroom');
		const downloading = page.waitForEvent('download');
		await page.getByRole('button', { name: 'Export all quizzes and results' }).click();
		const file = (await (await downloading).path())!;

		await page.getByRole('link', { name: 'Week 3 check' }).click();
		await page.getByRole('button', { name: 'Delete this quiz' }).click();
		await expect(page.getByRole('dialog')).toContainText('Only a classroom file exported before');
		await page.getByRole('button', { name: 'Delete quiz' }).click();
		await expect(page.getByText('No quizzes yet')).toBeVisible();

		// A student joining by code on this device: told it was deleted here, not shown the quiz.
		await gotoApp(page, '/quiz');
		await page.getByLabel('Join code or link').fill(code);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await expect(page.getByRole('alert')).toContainText('This quiz was deleted on this device');
		await expect(page.getByLabel('Your name')).toHaveCount(0);
		await page.setViewportSize({ width: 320, height: 800 });
		await shotForPeople(page, testInfo.outputPath('deleted-code-320.png'), true);
		await page.setViewportSize({ width: 1280, height: 800 });

		// The export from before the deletion: the default keeps it deleted; the choice names it.
		await gotoApp(page, '/classroom');
		await page.getByLabel('Import a classroom file').setInputFiles(file);
		await expect(
			page.getByText(
				'1 quiz you deleted here after this file was saved: it stays deleted, unless you restore it below'
			)
		).toBeVisible();
		const choice = page.getByRole('group', { name: 'Restore what you deleted' });
		const box = choice.getByRole('checkbox', { name: /Restore “Week 3 check”/ });
		await expect(box).not.toBeChecked();
		await expect(box).toHaveAccessibleName(/1 result in this file/);
		await expect(page.getByRole('button', { name: 'Import', exact: true })).toBeVisible();
		await box.check();
		await expect(page.getByText('1 quiz you deleted here: restored from this file')).toBeVisible();
		await expect(page.getByText('1 new result: added')).toBeVisible();
		await expectNoAxeViolations(page);
		await shotForPeople(page, testInfo.outputPath('restore-desktop.png'), true);
		for (const width of [390, 320]) {
			await page.setViewportSize({ width, height: 844 });
			await shotForPeople(page, testInfo.outputPath(`restore-${width}.png`), true);
		}
		await page.getByRole('button', { name: 'Import and restore 1 quiz' }).click();
		await expect(
			page.getByText('Imported 1 quiz and 1 result (restored 1 quiz you had deleted).')
		).toBeVisible();
		await expect(page.getByRole('link', { name: 'Week 3 check' })).toBeVisible();
		await expect(page.getByText(/3 questions · 1 result/)).toBeVisible();

		// Restored, its code opens it again.
		await gotoApp(page, '/quiz');
		await page.getByLabel('Join code or link').fill(code);
		await page.getByRole('button', { name: 'Open quiz' }).click();
		await expect(page.getByLabel('Your name')).toBeVisible();
	}
);
