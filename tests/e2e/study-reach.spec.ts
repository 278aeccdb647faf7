import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { bank, longestOfType, pressSettled, studyTheseFirst } from './study-helpers';

/**
 * Study's answer buttons (Show answer, the grades, Next question) within reach of a thumb without
 * scrolling, at every phone size and text size, as AnkiDroid keeps its answer buttons pinned at
 * the bottom while the card scrolls above them (outsider from Anki, issue 14, fault 3: at
 * 320×568 with 200% text Good sat at y≈913, and a tap there did nothing until one scrolled).
 * And after a multiple-choice answer the question, the option tapped and the verdict stay in
 * view where they fit (fault 6: the page scrolled them away at 390×844).
 *
 * The text size is the browser's own (CDP Page.setFontSizes, as Chrome's font size setting),
 * and every tap is a tap where the button is on screen (page.mouse), never Playwright's click,
 * which scrolls a button into view first.
 */

const SHOTS = process.env.STUDY_SHOTS;

/** The browser's default font size at `percent` of 16 px (Chrome's "Font size" setting). */
async function textSize(page: Page, percent: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', {
		fontSizes: { standard: Math.round(0.16 * percent), fixed: Math.round(0.13 * percent) }
	});
}

/** Where the bottom navigation starts on a phone (CSS px), or the window's height without it. */
async function navTop(page: Page): Promise<number> {
	return page.evaluate(() => {
		const nav = document.querySelector('nav[aria-label="Main"]');
		const box = nav?.getBoundingClientRect();
		return box && box.top > innerHeight / 2 ? box.top : innerHeight;
	});
}

/**
 * Where `button` is, and whether a tap at its middle reaches it as the page now lies (no
 * scrolling): inside the window, above the navigation, not under anything else, 44 px or more.
 */
async function reach(button: Locator) {
	return button.evaluate((el) => {
		const nav = document.querySelector('nav[aria-label="Main"]')?.getBoundingClientRect();
		const bottom = nav && nav.top > innerHeight / 2 ? nav.top : innerHeight;
		const box = el.getBoundingClientRect();
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return {
			inside:
				box.left >= -0.5 &&
				box.right <= innerWidth + 0.5 &&
				box.top >= -0.5 &&
				box.bottom <= bottom + 0.5,
			onTop: hit !== null && el.contains(hit),
			big: box.width >= 44 && box.height >= 44
		};
	});
}

async function expectInReach(buttons: Locator, where: string) {
	await expect(buttons.first()).toBeVisible();
	// Buttons that just appeared take no tap for a moment (Study's double-tap guard), and a hit
	// test there finds what is under them: test once it has passed.
	await expect(buttons.page().locator('article.question.settling')).toHaveCount(0);
	for (const button of await buttons.all())
		expect(await reach(button), `${await button.innerText()} at ${where}`).toEqual({
			inside: true,
			onTop: true,
			big: true
		});
}

/** Taps the middle of `button` where it is now on screen (fails if it is not there). */
async function tapInPlace(page: Page, button: Locator) {
	await expect(page.locator('article.question.settling')).toHaveCount(0);
	const box = (await button.boundingBox())!;
	await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The top of the answer bar's buttons (CSS px): what lies below it is under the bar. */
async function barTop(page: Page): Promise<number> {
	return page
		.getByTestId('answer-bar')
		.locator('.answer-bar-inner')
		.evaluate((el) => el.getBoundingClientRect().top);
}

/** Scrolled to the end, the card's last line ends above the bar: nothing stays under it. */
async function expectEndAboveBar(page: Page, where: string) {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
	const end = await page.locator('article.question').evaluate((card) => {
		const shown = [...card.querySelectorAll('p, h2, h3, a, li')].filter(
			(el) =>
				!el.closest('.answer-bar') &&
				getComputedStyle(el).display !== 'none' &&
				el.getBoundingClientRect().height > 0
		);
		return Math.max(...shown.map((el) => el.getBoundingClientRect().bottom));
	});
	expect(end, `the card's end above the bar at ${where}`).toBeLessThanOrEqual(
		(await barTop(page)) + 0.5
	);
}

/** The focused element lies whole on screen, above the bar and the navigation (WCAG 2.4.11). */
async function expectFocusInSight(page: Page, where: string) {
	const seen = await page.evaluate(() => {
		const el = document.activeElement!;
		const box = el.getBoundingClientRect();
		const nav = document.querySelector('nav[aria-label="Main"]')?.getBoundingClientRect();
		const bottom = nav && nav.top > innerHeight / 2 ? nav.top : innerHeight;
		const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
		return box.top >= -0.5 && box.bottom <= bottom + 0.5 && hit !== null && el.contains(hit);
	});
	expect(seen, `focus in sight at ${where}`).toBe(true);
}

async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

const flashcard = longestOfType('flashcard');
/** The multiple-choice question whose prompt and choices are longest (the most to scroll). */
const choice = bank.questions
	.filter((question) => question.type === 'mcq')
	.sort(
		(a, b) =>
			b.prompt.length +
			(b.choices ?? []).join('').length -
			(a.prompt.length + (a.choices ?? []).join('').length)
	)[0];

const PHONES = [
	{ width: 320, height: 568, text: 200 },
	{ width: 390, height: 844, text: 200 },
	{ width: 320, height: 568, text: 100 },
	{ width: 390, height: 844, text: 100 },
	{ width: 430, height: 932, text: 150 }
];

for (const phone of PHONES) {
	const where = `${phone.width}×${phone.height} at ${phone.text}% text`;
	test.describe(`Study on a ${where}`, () => {
		test.use({ viewport: { width: phone.width, height: phone.height } });

		test(
			'Show answer, the grades and Next question are in reach without scrolling',
			{ tag: '@phone' },
			async ({ page }) => {
				test.setTimeout(120_000);
				await textSize(page, phone.text);
				await studyTheseFirst(page, [flashcard.id, choice.id]);
				await expect(page.locator('#prompt')).toHaveText(flashcard.prompt);
				const bar = page.getByTestId('answer-bar');
				await expectInReach(bar.getByRole('button'), `${where}, Show answer`);
				await tapInPlace(page, bar.getByRole('button', { name: /Show answer/ }));

				const grades = page.getByRole('group', { name: 'How well did you remember it?' });
				await expect(grades).toBeVisible();
				await expect(page.locator('.back')).toBeInViewport();
				await expectInReach(grades.getByRole('button'), `${where}, grades`);
				await expect(grades.getByRole('button', { name: /^Good/ })).toBeFocused();
				await expectFocusInSight(page, `${where}, Good`);
				// The bar never lies over the navigation.
				const gradesBox = (await grades.boundingBox())!;
				expect(gradesBox.y + gradesBox.height).toBeLessThanOrEqual((await navTop(page)) + 1);
				await shot(page, `reach-${phone.width}x${phone.height}-${phone.text}-grades`);
				await expectEndAboveBar(page, `${where}, the card's back`);
				await expectInReach(grades.getByRole('button'), `${where}, grades scrolled to the end`);
				await tapInPlace(page, grades.getByRole('button', { name: /^Good/ }));

				await expect(page.locator('#prompt')).toHaveText(choice.prompt);
				const options = page.getByRole('group', { name: 'Choices' }).getByRole('button');
				const wrong = options.filter({ hasNotText: choice.answer }).last();
				// A person scrolls to the option they want when it is below the bar.
				await wrong.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
				await tapInPlace(page, wrong);
				await expect(page.locator('#feedback-title')).toHaveText(/Not quite/);
				const next = page.getByRole('button', { name: /Next question/ });
				await expect(next).toBeFocused();
				await expectInReach(bar.getByRole('button'), `${where}, Next question`);
				await expectFocusInSight(page, `${where}, Next question`);
				await shot(page, `reach-${phone.width}x${phone.height}-${phone.text}-verdict`);
				await expectEndAboveBar(page, `${where}, the verdict`);
				await tapInPlace(page, next);
				await expect(page.locator('#feedback-title')).toBeHidden();
			}
		);

		test(
			'after a multiple-choice answer the question, the option tapped and the verdict stay in view',
			{ tag: '@phone' },
			async ({ page }) => {
				test.setTimeout(120_000);
				await textSize(page, phone.text);
				await studyTheseFirst(page, [choice.id]);
				const options = page.getByRole('group', { name: 'Choices' }).getByRole('button');
				await expect(options.first()).toBeVisible();
				// The first option is tapped where the question opened (the outsider's tap).
				const picked = options.first();
				if (!(await reach(picked)).inside)
					await picked.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
				const before = await page.evaluate(() => scrollY);
				await tapInPlace(page, picked);
				await expect(page.locator('#feedback-title')).toBeVisible();
				await expect(page.getByRole('button', { name: /Next question/ })).toBeFocused();
				// Smooth scrolling has come to rest.
				await expect
					.poll(async () => {
						const a = await page.evaluate(() => scrollY);
						await page.waitForTimeout(100);
						return a === (await page.evaluate(() => scrollY));
					})
					.toBe(true);
				const layout = await page.evaluate(() => {
					const box = (selector: string) =>
						document.querySelector(selector)!.getBoundingClientRect();
					const chosen = document.querySelector('.choices [aria-pressed="true"]')!;
					return {
						scrollY,
						cardTop: box('article.question').top,
						promptTop: box('#prompt').top,
						chosenTop: chosen.getBoundingClientRect().top,
						markTop: (chosen.querySelector('.mark') ?? chosen).getBoundingClientRect().top,
						verdictTop: box('#feedback-title').top,
						verdictBottom: box('#feedback-title').bottom,
						panelBottom: box('.feedback').bottom
					};
				});
				const visibleEnd = Math.min(await barTop(page), await navTop(page));
				await shot(page, `reach-${phone.width}x${phone.height}-${phone.text}-mcq`);
				// The verdict's heading is always in view, nothing over it.
				expect(layout.verdictTop, `verdict heading at ${where}`).toBeGreaterThanOrEqual(-0.5);
				expect(layout.verdictBottom, `verdict heading at ${where}`).toBeLessThanOrEqual(
					visibleEnd + 0.5
				);
				// The option tapped stays in view with it whenever the two fit together, or at least
				// its mark (✗ Your answer): 8 px of air under the top edge.
				if (layout.verdictBottom - layout.chosenTop <= visibleEnd - 8)
					expect(layout.chosenTop, `option tapped at ${where}`).toBeGreaterThanOrEqual(-0.5);
				if (layout.verdictBottom - layout.markTop <= visibleEnd - 8)
					expect(layout.markTop, `its mark at ${where}`).toBeGreaterThanOrEqual(-0.5);
				// And the question's start too, when question and verdict fit together.
				if (layout.panelBottom - layout.cardTop <= visibleEnd) {
					expect(layout.cardTop, `question's start at ${where}`).toBeGreaterThanOrEqual(-0.5);
					expect(layout.panelBottom).toBeLessThanOrEqual(visibleEnd + 0.5);
				}
				// Scrolled only as far as the verdict needs: its end not lifted well above the bar.
				if (layout.scrollY > before)
					expect(layout.panelBottom, `no more scroll than needed at ${where}`).toBeGreaterThan(
						visibleEnd - 24
					);
			}
		);
	});
}

test.describe('Study on a 1280×800 desktop', () => {
	test.use({ viewport: { width: 1280, height: 800 } });

	test(
		'the answer bar stays in the page after the card, and Next question comes into view',
		{ tag: '@desktop' },
		async ({ page }) => {
			await studyTheseFirst(page, [flashcard.id, choice.id]);
			const bar = page.getByTestId('answer-bar');
			await expectInReach(bar.getByRole('button'), 'desktop, Show answer');
			const inner = bar.locator('.answer-bar-inner');
			expect(await inner.evaluate((el) => getComputedStyle(el).position)).toBe('static');
			await tapInPlace(page, bar.getByRole('button', { name: /Show answer/ }));
			const grades = page.getByRole('group', { name: 'How well did you remember it?' });
			await expect(grades.getByRole('button', { name: /^Good/ })).toBeFocused();
			expect(await inner.evaluate((el) => getComputedStyle(el).position)).toBe('static');
			await grades.getByRole('button', { name: /^Good/ }).scrollIntoViewIfNeeded();
			await tapInPlace(page, grades.getByRole('button', { name: /^Good/ }));
			await expect(page.locator('#prompt')).toHaveText(choice.prompt);
			await pressSettled(page, '1');
			const next = page.getByRole('button', { name: /Next question/ });
			await expect(next).toBeFocused();
			await expect(next).toBeInViewport();
			await expect(page.locator('#feedback-title')).toBeInViewport();
			await shot(page, 'reach-1280x800-verdict');
		}
	);
});
