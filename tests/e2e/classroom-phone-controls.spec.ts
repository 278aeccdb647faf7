import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { buildQuiz } from './classroom-helpers';
import { gotoApp, shotForPeople } from './helpers';

/**
 * The classroom screens' controls on a phone, 320 and 390 px wide, with text at 100% and 200%
 * (WCAG 1.4.4 and 1.4.10): no select shows its chosen option cut (a closed select shows one
 * line: the report's "CSV separator" read "Comma: Moodle, Google Sl" at 390 px, outsider from
 * Kahoot/Quizlet, issue 12; now two radio buttons), and nothing makes the page wider than the
 * screen.
 */

/**
 * Each visible select whose chosen option's text is wider than the room the select gives it,
 * unless its description says that text whole; and the page's overflow past the screen.
 */
async function cutControls(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const context = document.createElement('canvas').getContext('2d')!;
		const cut: string[] = [];
		for (const select of document.querySelectorAll('select')) {
			const style = getComputedStyle(select);
			if (!select.getClientRects().length || style.visibility === 'hidden') continue;
			context.font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
			const text = select.selectedOptions[0]?.text ?? '';
			// Cut, but said whole right under it (New quiz's course title): nothing is lost.
			const hint = document.getElementById(select.getAttribute('aria-describedby') ?? '');
			if (text && hint?.textContent?.includes(text)) continue;
			// The native arrow takes about 1.2em beside the text (Chromium's menu-list button).
			const room =
				select.clientWidth -
				parseFloat(style.paddingLeft) -
				parseFloat(style.paddingRight) -
				1.2 * parseFloat(style.fontSize);
			const width = context.measureText(text).width;
			if (width > room) cut.push(`“${text}”: ${Math.round(width)} px in ${Math.round(room)} px`);
		}
		const root = document.documentElement;
		if (root.scrollWidth > root.clientWidth) {
			// The innermost elements past the screen's edge, to say what widens it.
			const past = [...document.body.querySelectorAll('*')].filter(
				(el) =>
					el.getBoundingClientRect().right > root.clientWidth + 0.5 &&
					![...el.children].some((c) => c.getBoundingClientRect().right > root.clientWidth + 0.5)
			);
			const named = past
				.slice(0, 4)
				.map(
					(el) =>
						`${el.tagName.toLowerCase()}.${[...el.classList].join('.')} “${el.textContent?.trim().slice(0, 30)}”`
				);
			cut.push(
				`page ${root.scrollWidth - root.clientWidth} px wider than the screen: ${named.join('; ')}`
			);
		}
		return cut;
	});
}

const SIZES = [
	{ width: 320, text: 100 },
	{ width: 320, text: 200 },
	{ width: 390, text: 100 },
	{ width: 390, text: 200 }
];

/** `look` at each size: every select whole, nothing wider than the screen; a screenshot each. */
async function everySize(page: Page, name: string, look: () => Promise<void>) {
	for (const { width, text } of SIZES) {
		// The text size first, then the screen's: the navigation fits its labels on a resize.
		await page.evaluate((size) => {
			document.documentElement.style.fontSize = `${size}%`;
		}, text);
		await page.setViewportSize({ width, height: 800 });
		await look();
		await shotForPeople(page, `test-results/classroom-controls-${name}-${width}-${text}.png`);
		expect(await cutControls(page), `${name} at ${width} px, ${text}% text`).toEqual([]);
	}
	await page.evaluate(() => document.documentElement.style.removeProperty('font-size'));
}

test(
	'the classroom screens’ selects and fields fit a 320 and a 390 px phone, at 200% text too',
	{ tag: '@phone' },
	async ({ page }) => {
		test.setTimeout(120_000);
		await gotoApp(page, '/classroom/new');
		const course = page.getByRole('group', { name: 'Course' });
		await expect(course).toBeVisible();
		await everySize(page, 'new-quiz', () => course.scrollIntoViewIfNeeded());

		const { id, questions } = await buildQuiz(page, 'Phone check', 3);
		const code = encodeResult({
			quizId: id,
			attemptId: 'attemptphone1',
			name: 'Ana',
			answers: questions.map(() => null),
			seconds: 60,
			finishedAt: Date.now()
		});
		await page.getByLabel('Paste result codes').fill(code);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added/)).toBeVisible();
		const separator = page.getByRole('group', { name: 'CSV separator' });
		await everySize(page, 'report', () => separator.scrollIntoViewIfNeeded());
		await separator.getByRole('radio', { name: /^Semicolon/ }).check();
		await everySize(page, 'report-semicolon', () => separator.scrollIntoViewIfNeeded());

		await gotoApp(page, '/classroom');
		await expect(page.getByRole('link', { name: 'Phone check' })).toBeVisible();
		await everySize(page, 'list', async () => {});
	}
);
