import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { buildQuiz } from './classroom-helpers';

/**
 * A retake under a slightly different spelling, pasted with the first result in one paste:
 * the choice it waits for survives a reload (outsider teacher, session 37: it was gone, and the
 * report showed no trace of the retake), and Replace keeps the earlier display name.
 */
test(
	'a retake pasted with the first result still waits after a reload; Replace keeps the earlier name',
	{ tag: '@desktop' },
	async ({ page }) => {
		test.setTimeout(90_000);
		await page.setViewportSize({ width: 1280, height: 800 });
		const { id: quizId } = await buildQuiz(page, 'Retakes', 3, { allDocuments: true });
		const result = (attemptId: string, name: string, finishedAt: number) =>
			encodeResult({
				quizId,
				attemptId,
				name,
				answers: [null, null, null],
				seconds: 40,
				finishedAt
			});
		const first = result('firstAttempt1', "Ben O'Brien", Date.now() - 60 * 60_000);
		const retake = result('retakeAttemp2', "ben o'brien", Date.now());
		await page.getByLabel('Paste result codes').fill(`${first}\n${retake}`);
		await page.getByRole('button', { name: 'Add results' }).click();
		const waiting = page.getByRole('region', { name: '1 result needs your choice' });
		await expect(waiting).toBeVisible();

		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(waiting).toBeVisible();
		await waiting.getByRole('button', { name: /^Replace/ }).click();
		await expect(waiting).toHaveCount(0);
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.locator('tbody th').first()).toContainText("Ben O'Brien");
		await expect(report.locator('tbody th', { hasText: /ben o'brien/ })).toHaveCount(0);
	}
);
