// Drives the production Study screen with the keyboard, as a person would, for the benches
// that run long sessions (`memory`, `kill`). Shared so both answer the same way.
import type { Page } from '@playwright/test';

/** The answered-today count the screen shows, or null while no question is on screen. */
export async function answeredOnScreen(page: Page): Promise<number> {
	return Number(await page.getByTestId('answered-count').textContent());
}

/**
 * Answers the question on screen and waits until the screen counts it (the answer is saved
 * before the count moves). Flashcards are answered Again and typed answers are wrong, so those
 * cards come back minutes later (relearning, within the learn-ahead limit) and a session can
 * run for hundreds of answers on a small bank. Returns false when nothing is left to study.
 */
export async function answerOne(page: Page, timeout = 30_000): Promise<boolean> {
	const question = page.locator('article.question');
	const done = page.getByRole('heading', { name: /Done for now|Nothing to study/ });
	await question.or(done).first().waitFor({ timeout });
	if (await done.isVisible()) return false;
	const type = (await question.locator('.type').textContent())?.trim();
	const before = await answeredOnScreen(page);
	const next = page.getByRole('button', { name: /Next question/ });
	if (type === 'Flashcard') {
		await page.keyboard.press('Space');
		const grades = page.getByRole('group', { name: 'How well did you remember it?' });
		await grades.waitFor({ timeout });
		await page.keyboard.press('1');
	} else if (type === 'Multiple choice' || type === 'True or false') {
		await page.keyboard.press('1');
		await next.waitFor({ timeout });
		await page.keyboard.press('Enter');
	} else {
		await page.getByLabel('Your answer').fill('no idea');
		await page.keyboard.press('Enter');
		await next.waitFor({ timeout });
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
