import type { Locator, Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { bank, longestOfType, studyTheseFirst } from './study-helpers';

/**
 * "More for this card" (bury, suspend) is the last thing on Study's page on a phone, and the
 * pinned Show-answer bar lay over it once the page was scrolled to its end: a tap there landed on
 * the bar (a student from Anki, session 36). What a finger does is checked, not what Playwright's
 * tap does (it scrolls an element into view and around anything covering it first, which is why
 * last session's check passed without the fix): the page is scrolled to its end, the middle of
 * the button must be the button (`elementFromPoint`), and a touch at that point must open the
 * menu and bury the card. Each card type that ends a page: a typed answer, a cloze, a long
 * flashcard, and that flashcard with its answer shown (the grades' bar, two rows at 320 px).
 */

// Nothing measured mid-scroll (study-reach.spec.ts): the student's reduced-motion setting.
test.use({ reducedMotion: 'reduce' });

/** The question of `type` with the longest prompt: the longest page of its kind. */
function longestPrompt(type: string) {
	return bank.questions
		.filter((question) => question.type === type)
		.sort((a, b) => b.prompt.length - a.prompt.length)[0];
}

const typed = longestPrompt('short');
const cloze = longestPrompt('cloze');
const flashcard = longestOfType('flashcard');

/** The browser's default text size at `percent` (Chrome's font size setting), as study-reach. */
async function textSize(page: Page, percent: number) {
	const cdp = await page.context().newCDPSession(page);
	await cdp.send('Page.setFontSizes', {
		fontSizes: { standard: Math.round(0.16 * percent), fixed: Math.round(0.13 * percent) }
	});
}

/** Scrolls to the end of the page, as a thumb does to reach what ends it. */
async function toEnd(page: Page) {
	await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

/**
 * Where a finger aims at `target` as the page now lies, and whether the element there is it (or
 * inside it): covered by the pinned bar or the navigation, it is not.
 */
async function aim(target: Locator) {
	return target.evaluate((el) => {
		const box = el.getBoundingClientRect();
		const x = box.left + box.width / 2;
		const y = box.top + box.height / 2;
		const hit = document.elementFromPoint(x, y);
		return {
			x,
			y,
			hit: hit ? hit.outerHTML.slice(0, 80) : null,
			reached: !!hit && el.contains(hit)
		};
	});
}

/** A touch at the middle of `target` as the page lies, which must be `target` itself. */
async function tapInPlace(page: Page, target: Locator, where: string) {
	const point = await aim(target);
	expect(point.reached, `${where}: at its middle lies ${point.hit}`).toBe(true);
	await page.touchscreen.tap(point.x, point.y);
}

const PHONES = [
	{ width: 390, height: 844, text: 100 },
	{ width: 390, height: 844, text: 200 },
	{ width: 320, height: 568, text: 100 },
	{ width: 320, height: 568, text: 200 },
	// A touch laptop: the bar is in the page there, nothing to cover.
	{ width: 1280, height: 800, text: 100 }
];

for (const phone of PHONES) {
	const size = `${phone.width}×${phone.height} at ${phone.text}% text`;
	test.describe(`Study on ${size}`, () => {
		test.use({ viewport: { width: phone.width, height: phone.height }, hasTouch: true });

		test(
			'a tap on More for this card, scrolled to the end, opens it and buries the card',
			{ tag: '@phone' },
			async ({ page }, testInfo) => {
				test.setTimeout(120_000);
				await textSize(page, phone.text);
				await studyTheseFirst(page, [typed.id, cloze.id, flashcard.id]);
				const prompt = page.locator('#prompt');
				const menu = page.getByTestId('card-menu');
				const summary = menu.locator('summary');
				const shotName = (name: string) =>
					testInfo.outputPath(`${phone.width}x${phone.height}-${phone.text}-${name}.png`);

				/** Opens the menu with a tap at the end of the page and buries the card by a tap. */
				async function buryByTaps(card: string, next: string | null) {
					const where = `${card} at ${size}`;
					await expect(page.locator('article.question.settling')).toHaveCount(0);
					await toEnd(page);
					if (process.env.E2E_SHOTS === '1') await page.screenshot({ path: shotName(card) });
					await tapInPlace(page, summary, `More for this card, ${where}`);
					await expect(menu, `the menu opened by a tap, ${where}`).toHaveAttribute('open');
					// Open, the menu is as long as a screen at 200% text: Bury is scrolled to, as
					// a thumb does, to its nearest edge (the page's scroll padding keeps it above
					// the bar), not to the end, which takes it above the screen's top.
					const bury = menu.getByRole('button', { name: /^Bury/ });
					await bury.evaluate((el) => el.scrollIntoView({ block: 'nearest' }));
					await tapInPlace(page, bury, `Bury, ${where}`);
					if (next) await expect(prompt).toHaveText(next);
				}

				await expect(prompt).toContainText(typed.prompt);
				await buryByTaps('typed', null);
				await expect(prompt).toContainText(cloze.prompt.split('____')[0].trim());
				await buryByTaps('cloze', flashcard.prompt);
				await buryByTaps('flashcard', null);
				// Undo brings the flashcard back; with its answer shown the grades' bar is pinned
				// (or flows after the answer on a screen short for its text) and the menu still ends
				// the page.
				await page.getByRole('button', { name: /^Undo/ }).click();
				await expect(prompt).toHaveText(flashcard.prompt);
				await expect(page.locator('article.question.settling')).toHaveCount(0);
				await page.getByRole('button', { name: /Show answer/ }).click();
				await expect(
					page.getByRole('group', { name: 'How well did you remember it?' })
				).toBeVisible();
				await buryByTaps('flashcard-answer', null);
				await expect(prompt).not.toHaveText(flashcard.prompt);
			}
		);
	});
}
