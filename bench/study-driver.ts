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
	if (await done.isVisible()) return false;
	await settled(page, timeout);
	return question.isVisible();
}

/**
 * Waits out the moment after a question, a flashcard's back or a verdict appears, when Study
 * ignores answering keys (`settling`, against double presses): a person reads it first.
 */
async function settled(page: Page, timeout: number): Promise<void> {
	await page.locator('article.question:not(.settling)').waitFor({ timeout });
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
	// A typed question has a Show answer button too (beside Check): it is asked first, or
	// Space went into its answer field and the kill bench waited for grades that never came.
	if (!(await typed.isVisible()) && (await showAnswer.isVisible())) {
		await page.keyboard.press('Space');
		await grades.waitFor({ timeout });
		await settled(page, timeout);
		await page.keyboard.press('1');
	} else {
		if (await typed.isVisible()) {
			await typed.fill('no idea');
			await typed.press('Enter');
		} else await page.keyboard.press('1');
		// Wrong: Next question; right: the grade buttons, where Enter is Good.
		await next.or(grades).first().waitFor({ timeout });
		await settled(page, timeout);
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
					const tx = db.transaction(
						['cards', 'settings', 'items', 'tallies', 'fresh'],
						'readwrite'
					);
					const cards = new Map(
						ids.map((questionId, i) => [
							questionId,
							{
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
							}
						])
					);
					for (const card of cards.values()) tx.objectStore('cards').put(card);
					tx.objectStore('settings').put({
						key: 'study',
						value: { newPerDay: 1000, maxReviewsPerDay: 9999 }
					});
					// The app keeps `items`, `tallies` and `fresh` (schema v7, v9) with every card
					// write; this write goes around the app, so it updates them as
					// `src/lib/db/indexes.ts` would (else the questions stay new, their cards unseen,
					// and every answer is refused as given in another tab).
					const items = tx.objectStore('items').getAll();
					items.onsuccess = () => {
						const counts = new Map<string, { courseId: string; bucket: string; count: number }>();
						for (const item of items.result) {
							const card = cards.get(item.id);
							if (card) {
								if (item.state === -1)
									tx.objectStore('fresh').delete([item.courseId, item.rank, item.position]);
								Object.assign(item, { state: card.state, due: card.due, leech: false });
								tx.objectStore('items').put(item);
							}
							const buckets = [`state:${item.state}`];
							if (item.leech) buckets.push('leech');
							if (item.state > 0) {
								// The study day (4 AM rollover), inline: tsx would wrap a named helper
								// in `__name`, which the page does not have.
								const date = new Date(item.due);
								if (date.getHours() < 4) date.setDate(date.getDate() - 1);
								const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()]
									.map((n) => String(n).padStart(2, '0'))
									.join('-');
								buckets.push(`due:${day}`);
							}
							for (const bucket of buckets) {
								const id = `${item.courseId}\u0000${bucket}`;
								const row = counts.get(id) ?? { courseId: item.courseId, bucket, count: 0 };
								row.count++;
								counts.set(id, row);
							}
						}
						const tallies = tx.objectStore('tallies');
						const old = tallies.getAll();
						old.onsuccess = () => {
							for (const row of old.result) if (row.bucket !== 'course') tallies.delete(row.id);
							for (const [id, row] of counts) tallies.put({ id, ...row });
						};
					};
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
