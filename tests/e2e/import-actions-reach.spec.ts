import { expect, test } from './page-errors';
import type { Page } from '@playwright/test';
import { gotoApp, shotForPeople } from './helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';

/**
 * The screens with a pinned bottom bar besides Study's (fixed in e0e4aaf3, where the answer bar
 * covered "More for this card"): the course import screen (ImportActions.svelte: the confirm
 * button, sticky above the navigation while the preview scrolls) and a quiz being taken
 * (TakeQuiz.svelte: Back and Next/Finish, sticky at the foot) must not cover whatever ends the
 * page on a phone. What a finger does is
 * checked, not Playwright's tap (which scrolls around what covers an element): scrolled to the
 * end, the middle of the page's last control must be that control (`elementFromPoint`).
 */
test.use({ reducedMotion: 'reduce', hasTouch: true, isMobile: true });

/** Fifty short-answer questions as pasted GIFT: a preview longer than any phone's screen. */
const TEXT = Array.from(
	{ length: 50 },
	(_, i) => `::Q${i + 1}:: What is ${i + 2} times three? {=${(i + 2) * 3}}`
).join('\n\n');

/**
 * Scrolls to the end of the page, as a thumb does, and aims at the middle of main's last visible
 * control: `reached` when the element there is it (or inside it), not a bar over it.
 */
async function lastControlAtEnd(page: Page) {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	return page.locator('main').evaluate((main) => {
		const controls = [
			...main.querySelectorAll<HTMLElement>('button, a[href], input, select, textarea, summary')
		].filter((el) => el.getClientRects().length > 0);
		const last = controls.at(-1)!;
		const box = last.getBoundingClientRect();
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return {
			last: last.outerHTML.slice(0, 80),
			hit: hit?.outerHTML.slice(0, 80) ?? null,
			reached: !!hit && last.contains(hit)
		};
	});
}

const SIZES = [
	[390, 844],
	[320, 568]
] as const;

for (const [width, height] of SIZES)
	test(`quiz: the page's last control is reachable at ${width}×${height}, before and at hand-in`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height });
		const questions = bankMcqs.slice(0, 2);
		await gotoApp(page, `/quiz#${inlineQuizCode('reachend', 'To the end', questions)}`);
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		await page.getByRole('button', { name: 'Next' }).click();
		await expect(page.getByText('Question 2 of 2')).toBeVisible();
		const last = await lastControlAtEnd(page);
		expect(last, JSON.stringify(last)).toMatchObject({ reached: true });
		// Finish with both unanswered: the hand-in question ends the page, under the bar.
		await page.getByRole('button', { name: 'Finish and see my score' }).click();
		const confirm = await lastControlAtEnd(page);
		await shotForPeople(page, testInfo.outputPath(`quiz-end-${width}.png`));
		expect(confirm, JSON.stringify(confirm)).toMatchObject({ reached: true });
	});

for (const [width, height] of SIZES)
	test(`import: the page's last control is reachable at ${width}×${height}`, async ({
		page
	}, testInfo) => {
		await page.setViewportSize({ width, height });
		await gotoApp(page, '/courses/import');
		await page.getByText('Paste text instead').click();
		await page.getByLabel('Questions as text').fill(TEXT);
		await page.getByRole('button', { name: 'Read pasted text' }).click();
		const confirm = page.getByRole('button', { name: /^Import 50 questions/ });
		await expect(confirm).toBeVisible();
		const aimed = await lastControlAtEnd(page);
		await shotForPeople(page, testInfo.outputPath(`import-end-${width}.png`));
		expect(aimed, JSON.stringify(aimed)).toMatchObject({ reached: true });
	});
