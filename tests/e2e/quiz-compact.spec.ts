import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp } from './helpers';
import { bankMcqs, inlineQuizCode, type LinkedQuestion } from './quiz-helpers';

/**
 * Taking a quiz on a phone short for its text (outsider teacher, session 33, 320×568 with 200%
 * text): the sticky Back/Next row took about a fifth of the screen, and on the last question
 * "Finish and see my score" wrapped to four lines and the row took nearly half; the Back arrow
 * spilled out of its button. Every quiz screen is measured at 320×568 and 568×320 with 200%
 * text (the browser's own, CDP Page.setFontSizes), at 390×844 and at 1280×800.
 */

const SHOTS = process.env.QUIZ_SHOTS;

const typed: LinkedQuestion = {
	id: 'steam-engine',
	type: 'short',
	prompt: 'Who built the first practical steam engine?',
	answer: 'Thomas Newcomen',
	explanation: 'Thomas Newcomen built the first practical steam engine in 1712.',
	source: { doc: 'notes', quote: '' }
};
const longMcq = [...bankMcqs].sort((a, b) => b.prompt.length - a.prompt.length)[0];
const code = inlineQuizCode('compactq', 'Y9 Causes of WW1 & French Revolution – check-up', [
	bankMcqs[0],
	typed,
	longMcq
]);

async function textSize(page: Page, percent: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', {
		fontSizes: { standard: Math.round(0.16 * percent), fixed: Math.round(0.13 * percent) }
	});
}

/** The action row's share of the screen, and each of its buttons' problems (none: []). */
async function actionRow(page: Page) {
	return page.locator('.quiz-actions').evaluate((row) => {
		const box = row.getBoundingClientRect();
		const problems: string[] = [];
		for (const button of row.querySelectorAll('button')) {
			const b = button.getBoundingClientRect();
			const name = button.getAttribute('aria-label') ?? button.textContent?.trim();
			if (b.height < 43.5 || b.width < 43.5) problems.push(`${name}: ${b.width}×${b.height}`);
			for (const part of button.querySelectorAll('svg, span')) {
				const p = part.getBoundingClientRect();
				if (p.width === 0) continue;
				if (
					p.left < b.left - 0.5 ||
					p.right > b.right + 0.5 ||
					p.top < b.top - 0.5 ||
					p.bottom > b.bottom + 0.5
				)
					problems.push(`${name}: a part spills out`);
			}
			// Lines of its visible words: the distinct tops of their boxes.
			const range = document.createRange();
			const tops = new Set<number>();
			const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				if (!node.textContent?.trim()) continue;
				range.selectNodeContents(node);
				for (const r of range.getClientRects()) if (r.width > 1) tops.add(Math.round(r.top));
			}
			const lines = tops.size;
			if (lines > 1) problems.push(`${name}: ${lines} lines`);
		}
		return {
			share: Math.round((Math.min(box.height, innerHeight) / innerHeight) * 100),
			height: Math.round(box.height),
			problems
		};
	});
}

async function noSideScroll(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
		page.viewportSize()!.width
	);
}

async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const sizes = [
	{ name: '320x568-200', width: 320, height: 568, text: 200 },
	{ name: '568x320-200', width: 568, height: 320, text: 200 },
	{ name: '390x844', width: 390, height: 844, text: 100 },
	{ name: '1280x800', width: 1280, height: 800, text: 100 }
];

for (const size of sizes)
	test(
		`every quiz screen at ${size.name}: a compact action row, whole buttons`,
		{
			// Once each: a phone's sizes on the phone, the laptop's on the desktop.
			tag: size.width < 860 ? '@phone' : '@desktop'
		},
		async ({ page }) => {
			await page.setViewportSize({ width: size.width, height: size.height });
			if (size.text !== 100) await textSize(page, size.text);
			await gotoApp(page, '/quiz');
			await shot(page, `${size.name}-1-join`);
			await noSideScroll(page);
			await page.goto(`/quiz#${code}`);
			await page.getByLabel('Your name').fill('Ben');
			await shot(page, `${size.name}-2-start`);
			await noSideScroll(page);
			await page.getByRole('button', { name: 'Start the quiz' }).click();
			await expect(page.getByText('Question 1 of 3')).toBeVisible();
			await page.getByRole('radio').nth(1).check();
			const first = await actionRow(page);
			await shot(page, `${size.name}-3-first`);
			await page.getByRole('button', { name: 'Next' }).click();
			await page.getByLabel('Your answer').fill('Newcommen');
			const middle = await actionRow(page);
			await shot(page, `${size.name}-4-typed`);
			await noSideScroll(page);
			await page.getByRole('button', { name: 'Next' }).click();
			await expect(page.getByText('Question 3 of 3')).toBeVisible();
			const last = await actionRow(page);
			await shot(page, `${size.name}-5-last`);
			await noSideScroll(page);
			const finish = page.getByRole('button', { name: 'Finish and see my score' });
			await expect(finish).toBeVisible();
			// Its words as they read: "Finish" on a narrow screen, else the whole label.
			expect((await finish.innerText()).trim()).toBe(
				size.width / (size.text / 100) < 480 ? 'Finish' : 'Finish and see my score'
			);
			// Handing in with one blank asks first.
			await finish.click();
			await shot(page, `${size.name}-6-confirm`);
			await noSideScroll(page);
			console.log(size.name, JSON.stringify({ first, middle, last }));
			for (const row of [first, middle, last]) expect(row.problems).toEqual([]);
			if (size.width < 860 && size.height >= 540) {
				expect(middle.share).toBeLessThanOrEqual(size.text === 200 ? 15 : 11);
				expect(last.share).toBeLessThanOrEqual(size.text === 200 ? 15 : 11);
			}
			await page
				.getByRole('button', { name: /Hand in/ })
				.first()
				.click();
			await expect(page.getByRole('heading', { name: /Ben, you scored \d of 3/ })).toBeVisible();
			await shot(page, `${size.name}-7-result`);
			await noSideScroll(page);
			// The attempt's code whole on one line with its word (it read "attempt ACSU-").
			const attempt = page.locator('.attempt');
			await expect(attempt).toHaveText(/^attempt [A-Za-z0-9]{5}$/);
			const lines = await attempt.evaluate((el) => {
				const range = document.createRange();
				range.selectNodeContents(el);
				return new Set(
					[...range.getClientRects()].filter((r) => r.width > 1).map((r) => Math.round(r.bottom))
				).size;
			});
			expect(lines).toBe(1);
		}
	);
