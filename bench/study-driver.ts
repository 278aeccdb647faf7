// Drives the production Study screen with the keyboard, as a person would, for the benches
// that run long sessions (`memory`, `kill`). Shared so both answer the same way.
import type { Page } from '@playwright/test';

/** The answered-today count the screen shows, or null while no question is on screen. */
export async function answeredOnScreen(page: Page): Promise<number> {
	return Number(await page.getByTestId('answered-count').textContent());
}

/**
 * Waits until a question no one has answered yet is on screen (the previous one's feedback
 * gone). Returns false when nothing is left to study.
 */
export async function waitForFreshQuestion(page: Page, timeout = 30_000): Promise<boolean> {
	const question = page.locator('article.question');
	const done = page.getByRole('heading', { name: /Done for now|Nothing to study/ });
	const fresh = page
		.getByRole('button', { name: /Show answer/ })
		.or(page.locator('#typed-answer:not([readonly])'))
		.or(page.locator('article.question .choices button:not([disabled])'));
	await fresh.or(done).first().waitFor({ timeout });
	return !(await done.isVisible()) && (await question.isVisible());
}

/**
 * Answers the question on screen and waits until the screen counts it (the answer is saved
 * before the count moves). Flashcards are answered Again and typed answers are wrong, so those
 * cards come back minutes later (relearning, within the learn-ahead limit) and a session can
 * run for hundreds of answers on a small bank; a right choice is taken as Good (Enter).
 * Returns false when nothing is left to study.
 */
export async function answerOne(page: Page, timeout = 30_000): Promise<boolean> {
	if (!(await waitForFreshQuestion(page, timeout))) return false;
	const before = await answeredOnScreen(page);
	const next = page.getByRole('button', { name: /Next question/ });
	const grades = page.getByRole('group', { name: 'How well did you remember it?' });
	const showAnswer = page.getByRole('button', { name: /Show answer/ });
	const typed = page.locator('#typed-answer:not([readonly])');
	if (await showAnswer.isVisible()) {
		await page.keyboard.press('Space');
		await grades.waitFor({ timeout });
		await page.keyboard.press('1');
	} else {
		if (await typed.isVisible()) {
			await typed.fill('no idea');
			await typed.press('Enter');
		} else await page.keyboard.press('1');
		// Wrong: Next question; right: the grade buttons, where Enter is Good.
		await next.or(grades).first().waitFor({ timeout });
		await page.keyboard.press('Enter');
	}
	await page
		.getByTestId('answered-count')
		.filter({ hasText: new RegExp(`^${before + 1}$`) })
		.waitFor({ timeout });
	return true;
}

/**
 * Makes every built-in question a review card due today and lifts the daily limits, so a
 * session never runs dry. Call on an app page (the database exists); reload afterwards.
 */
export async function seedLongSession(page: Page, questionIds: string[], now: number) {
	await page.evaluate(
		({ ids, at }) =>
			new Promise<void>((resolve, reject) => {
				const request = indexedDB.open('flashpoint');
				request.onerror = () => reject(request.error);
				request.onsuccess = () => {
					const db = request.result;
					const tx = db.transaction(['cards', 'settings'], 'readwrite');
					ids.forEach((questionId, i) =>
						tx.objectStore('cards').put({
							questionId,
							due: at - 86_400_000 * (i + 2),
							stability: 12,
							difficulty: 5,
							elapsedDays: 10,
							scheduledDays: 10,
							learningSteps: 0,
							reps: 5,
							lapses: 0,
							state: 2,
							lastReview: at - 86_400_000 * (i + 12),
							leech: false
						})
					);
					tx.objectStore('settings').put({
						key: 'study',
						value: { newPerDay: 1000, maxReviewsPerDay: 9999 }
					});
					tx.oncomplete = () => {
						db.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		{ ids: questionIds, at: now }
	);
}
