import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { readStores, seedProgress } from './progress-seed';

export const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	questions: {
		id: string;
		type: string;
		answer: string;
		prompt: string;
		accept?: string[];
		choices?: string[];
		topics: string[];
	}[];
};

/** The question of this type with the longest answer (the hardest to fit on a phone). */
export function longestOfType(type: string) {
	return bank.questions
		.filter((question) => question.type === type)
		.sort((a, b) => b.answer.length - a.answer.length)[0];
}

/** The first question of each type in the bank, in the order asked. */
export function firstOfTypes(types: string[]) {
	return types.map((type) => bank.questions.find((question) => question.type === type)!);
}

/**
 * Makes these questions due for review, oldest first, so Study shows them in this order before
 * anything new. Opens Study, seeds, reloads.
 */
export async function studyTheseFirst(page: Page, questionIds: string[]): Promise<void> {
	await page.goto('/study');
	await page.locator('body[data-hydrated="true"]').waitFor();
	const now = Date.now();
	await seedProgress(page, {
		cards: questionIds.map((questionId, index) => ({
			questionId,
			state: 2,
			due: now - 86_400_000 * (questionIds.length + 5 - index)
		})),
		reviews: []
	});
	await page.reload();
	await page.locator('body[data-hydrated="true"]').waitFor();
	// Keys pressed before the first question shows would be lost. A reload opens the database,
	// the bank and today's queue: at load 20-37 (two cores shared by several suites) that took
	// over 7 s, the expect timeout, in 6 of 30 repeats of study-keys (2026-12-04), the page
	// still on "Loading your cards…"; a question that never comes still fails here.
	await expect(page.locator('article.question')).toBeVisible({ timeout: 30_000 });
}

/**
 * Presses `key` once Study has settled: for `SETTLE_MS` after a question, a flashcard's back or a
 * verdict appears (`article.question.settling`), Study holds back every key that answers, grades
 * or goes on, so a double press never acts on what was not seen (issue 14). A person's eyes need
 * that long anyway. Off Study, or with nothing settling, it presses at once.
 */
export async function pressSettled(page: Page, key: string): Promise<void> {
	// waitFor follows the page's frames; expect's backoff waited up to a second more per key,
	// which put the 50-answer study test past its time on a loaded machine.
	await page.locator('article.question.settling').waitFor({ state: 'detached' });
	await page.keyboard.press(key);
}

/** Counts rows in the progress database, straight from IndexedDB. */
export async function stored(page: Page): Promise<{ cards: number; reviews: number }> {
	const { cards, reviews } = await readStores(page, ['cards', 'reviews']);
	return { cards: cards.length, reviews: reviews.length };
}

export async function answeredOnScreen(page: Page): Promise<number> {
	const text = await page.getByTestId('answered-count').textContent();
	return Number(text);
}

/** Today's new / learning / review counts as the screen shows them (Home, Study or Stats). */
export async function studyCounts(page: Page) {
	return {
		fresh: Number(await page.getByTestId('count-new').textContent()),
		learning: Number(await page.getByTestId('count-learning').textContent()),
		review: Number(await page.getByTestId('count-review').textContent())
	};
}

/** Waits until the screen shows these counts. */
export async function expectCounts(page: Page, counts: Awaited<ReturnType<typeof studyCounts>>) {
	await expect(page.getByTestId('count-new')).toHaveText(String(counts.fresh));
	await expect(page.getByTestId('count-learning')).toHaveText(String(counts.learning));
	await expect(page.getByTestId('count-review')).toHaveText(String(counts.review));
}

/**
 * Answers the question on screen with the keyboard, as a person would, and waits until the
 * answer is saved. Returns its type and prompt, or null when the session is over.
 */
export async function answerOne(
	page: Page,
	typedAnswer = 'no idea'
): Promise<{ type: string; prompt: string } | null> {
	const question = page.locator('article.question');
	const summary = page.getByRole('heading', { name: /Done for now|Nothing to study/ });
	await expect(question.or(summary).first()).toBeVisible();
	if (await summary.isVisible()) return null;
	const type = (await question.locator('.type').textContent())!.trim();
	const prompt = (await page.locator('#prompt').textContent())!.trim();
	const before = await answeredOnScreen(page);
	if (type === 'Flashcard') {
		await pressSettled(page, 'Space');
		const grades = page.getByRole('group', { name: 'How well did you remember it?' });
		await expect(grades).toBeVisible();
		await pressSettled(page, '3');
		await expect(grades).toBeHidden();
	} else if (type === 'Multiple choice' || type === 'True or false') {
		await pressSettled(page, '1');
		await expect(page.getByRole('button', { name: /Next question/ })).toBeFocused();
		await pressSettled(page, 'Enter');
		await expect(page.getByRole('button', { name: /Next question/ })).toBeHidden();
	} else {
		await page.getByLabel('Your answer').fill(typedAnswer);
		await pressSettled(page, 'Enter');
		await expect(page.getByRole('button', { name: /Next question/ })).toBeFocused();
		await pressSettled(page, 'Enter');
		await expect(page.getByRole('button', { name: /Next question/ })).toBeHidden();
	}
	await expect(page.getByTestId('answered-count')).toHaveText(String(before + 1));
	return { type, prompt };
}
