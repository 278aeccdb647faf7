import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { largeTextFromLoad } from './helpers';
import { bank, firstOfTypes, longestOfType, pressSettled, studyTheseFirst } from './study-helpers';

// Study brings an answer into view with a smooth scroll, at once with reduced motion (the
// student's setting, which it honours). A test that measures where things lie asks for reduced
// motion, so nothing is measured mid-scroll: where a smooth scroll is still running, what a
// check finds depends on the machine's load (session 33). study-short-screen checks that the
// smooth scroll ends in the same place.
test.use({ reducedMotion: 'reduce' });

/** A flashcard, then a fill-the-blank and a short answer, due for review first. */
const FIRST = firstOfTypes(['flashcard', 'cloze', 'short']).map((question) => question.id);

/**
 * The study screen at every phone width and at 200% and 400% zoom (a zoomed page is a narrower
 * and shorter CSS viewport: 1280×800 at 200% is 640×400, 390×844 at 200% is 195×422, 1280×800
 * at 400% is 320×200, WCAG's reflow case). At each size a student answers until they have seen
 * a flashcard's grades, a typed question, a right answer's Hard/Good/Easy and a wrong answer;
 * the page never scrolls sideways and the answer buttons are in view and not covered.
 */
// 390×844 (every other phone test's size) is left out here: the app's CSS treats 360-399 px
// alike (its breakpoints are 300, 360, 400, 440, 700 and 860 px wide, 540 and 600 px high), and
// 360×740 is narrower and 375×667 shorter than it. 30 s a size in CI at load 20.
const SIZES = [
	{ name: '320', width: 320, height: 640 },
	{ name: '360', width: 360, height: 740 },
	{ name: '375', width: 375, height: 667 },
	{ name: '430', width: 430, height: 932 },
	{ name: 'zoom200-phone', width: 195, height: 422 },
	{ name: 'zoom200-desktop', width: 640, height: 400 },
	{ name: 'zoom400-desktop', width: 320, height: 200 }
];

const SHOTS = process.env.STUDY_SHOTS;

async function expectNoSideScroll(page: Page, where: string) {
	const overflow = await page.evaluate(() => {
		const root = document.documentElement;
		const wide = [...document.querySelectorAll('main *')]
			.filter((el) => el.getBoundingClientRect().right > root.clientWidth + 0.5)
			.map((el) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}`);
		// A word too long for its line spills past a box that itself fits (the box is not
		// wide, its text is): name the text, which widens the page as much as a box would.
		const walker = document.createTreeWalker(document.querySelector('main')!, NodeFilter.SHOW_TEXT);
		const range = document.createRange();
		for (let node = walker.nextNode(); node; node = walker.nextNode()) {
			// Screen-reader text is clipped to 1 px: its glyphs are laid out but never shown.
			if (node.parentElement?.closest('.visually-hidden')) continue;
			range.selectNodeContents(node);
			if ([...range.getClientRects()].some((rect) => rect.right > root.clientWidth + 0.5))
				wide.push(`text "${node.textContent!.trim().slice(0, 40)}"`);
		}
		return { scroll: root.scrollWidth - root.clientWidth, wide: wide.slice(0, 5) };
	});
	expect(overflow, `sideways overflow at ${where}`).toEqual({ scroll: 0, wide: [] });
}

/** Every button of the answer bar is inside the viewport and on top (not under the nav). */
async function expectAnswerButtonsInReach(page: Page, where: string) {
	const buttons = page.getByTestId('answer-bar').getByRole('button');
	await expect(buttons.first()).toBeVisible();
	// A question that just appeared ignores taps for a moment (double-tap guard): hit-test after.
	await expect(page.locator('article.question.settling')).toHaveCount(0);
	for (const button of await buttons.all()) {
		await button.scrollIntoViewIfNeeded();
		const reach = await button.evaluate((el) => {
			const box = el.getBoundingClientRect();
			const x = box.left + box.width / 2;
			const y = box.top + box.height / 2;
			const top = document.elementFromPoint(x, y);
			return {
				inside:
					box.left >= -0.5 &&
					box.right <= innerWidth + 0.5 &&
					box.top >= -0.5 &&
					box.bottom <= innerHeight + 0.5,
				onTop: top !== null && el.contains(top),
				tall: box.height >= 44 && box.width >= 44
			};
		});
		expect(reach, `${await button.innerText()} at ${where}`).toEqual({
			inside: true,
			onTop: true,
			tall: true
		});
	}
}

/**
 * The verdict (Right / Not quite) is on screen and not under the fixed answer bar: the box's
 * heading, or where the bar is pinned, the bar's own verdict (the page no longer jumps to the
 * box after a long question: outsider from Anki, issue 14, session 30).
 */
async function expectVerdictInSight(page: Page, where: string) {
	const caption = page.getByTestId('bar-caption');
	const verdict = (await caption.isVisible()) ? caption : page.locator('#feedback-title');
	await expect(verdict, `verdict at ${where}`).toBeInViewport();
	await expect
		.poll(
			() =>
				verdict.evaluate((el) => {
					const box = el.getBoundingClientRect();
					const top = document.elementFromPoint(box.left + 8, box.top + box.height / 2);
					return top !== null && el.contains(top);
				}),
			{ message: `verdict uncovered at ${where}` }
		)
		.toBe(true);
}

async function shot(page: Page, name: string) {
	if (SHOTS) await page.screenshot({ path: `${SHOTS}/${name}.png` });
}

for (const size of SIZES) {
	test.describe(`study at ${size.name}`, () => {
		test.use({ viewport: { width: size.width, height: size.height } });

		test('no sideways scroll and answer buttons in reach', { tag: '@phone' }, async ({ page }) => {
			test.setTimeout(180_000);
			await studyTheseFirst(page, FIRST);
			const seen = new Set<string>();
			const wanted = ['flashcard', 'typed', 'right', 'wrong'];
			for (let answers = 0; answers < 30 && wanted.some((w) => !seen.has(w)); answers++) {
				const question = page.locator('article.question');
				await expect(question).toBeVisible();
				await expectNoSideScroll(page, `${size.name} question`);
				const type = (await question.locator('.type').textContent())!.trim();
				if (type === 'Flashcard') {
					await expectAnswerButtonsInReach(page, `${size.name} show answer`);
					await pressSettled(page, 'Space');
					await expect(
						page.getByRole('group', { name: 'How well did you remember it?' })
					).toBeVisible();
					await expectNoSideScroll(page, `${size.name} flashcard answer`);
					await expectAnswerButtonsInReach(page, `${size.name} flashcard grades`);
					if (!seen.has('flashcard')) await shot(page, `${size.name}-flashcard`);
					seen.add('flashcard');
					await pressSettled(page, '3');
					await expect(
						page.getByRole('group', { name: 'How well did you remember it?' })
					).toBeHidden();
					continue;
				}
				if (type === 'Fill in the blank' || type === 'Short answer') {
					const field = page.getByLabel('Your answer');
					const prompt = page.locator('#prompt');
					// A question and its field taller than the screen together: the question's start
					// shows, with the focus, and Tab or Enter reaches the field (issue 14, 200% text).
					await expect
						.poll(() => page.evaluate(() => document.activeElement?.id))
						.toMatch(/^(typed-answer|prompt)$/);
					if (await prompt.evaluate((el) => el === document.activeElement)) {
						expect((await prompt.boundingBox())!.y).toBeGreaterThanOrEqual(0);
						await pressSettled(page, 'Enter');
					}
					await expect(field).toBeFocused();
					await field.fill('a wrong answer that is long enough to fill the field');
					await expectNoSideScroll(page, `${size.name} typed`);
					const check = page.getByRole('button', { name: 'Check' });
					await expect(check).toBeVisible();
					// The focused field and Check are clear of the bottom navigation (none on a screen
					// short for its text, where it steps aside for the card: a CSS locator, as a role
					// locator waits for ever for a hidden element).
					const nav = await page.locator('nav[aria-label="Main"]').boundingBox();
					const fieldBox = (await field.boundingBox())!;
					if (nav && nav.y > 0)
						expect(fieldBox.y + fieldBox.height).toBeLessThanOrEqual(nav.y + 0.5);
					if (!seen.has('typed')) await shot(page, `${size.name}-typed`);
					seen.add('typed');
					await pressSettled(page, 'Enter');
					const overrule = page.getByRole('button', { name: 'I was right' });
					await expect(overrule).toBeVisible();
					await expectVerdictInSight(page, `${size.name} wrong`);
					await expectAnswerButtonsInReach(page, `${size.name} wrong`);
					if (!seen.has('wrong')) await shot(page, `${size.name}-wrong`);
					seen.add('wrong');
					await overrule.click();
				} else {
					await pressSettled(page, '1');
				}
				const next = page.getByRole('button', { name: /Next question/ });
				await expect(next).toBeFocused();
				await expectNoSideScroll(page, `${size.name} feedback`);
				await expectAnswerButtonsInReach(page, `${size.name} feedback`);
				const right = await page.getByRole('button', { name: /^Easy/ }).isVisible();
				if (right && !seen.has('right')) await shot(page, `${size.name}-right`);
				if (!right && !seen.has('wrong')) await shot(page, `${size.name}-wrong`);
				seen.add(right ? 'right' : 'wrong');
				await pressSettled(page, 'Enter');
				await expect(page.locator('.feedback')).toBeHidden();
			}
			expect([...seen].sort()).toEqual([...wanted].sort());
		});
	});
}

test.describe('a long flashcard answer on a small phone', () => {
	test.use({ viewport: { width: 320, height: 568 } });

	test(
		'with text enlarged to 200%, it scrolls clear of grade buttons that wrap',
		{ tag: '@phone' },
		async ({ page }) => {
			await studyTheseFirst(page, [longestOfType('flashcard').id]);
			// A student who set a larger text size: the grade buttons wrap and the bar grows.
			await page.addStyleTag({ content: 'html { font-size: 200%; }' });
			await pressSettled(page, 'Space');
			const grades = page.getByRole('group', { name: 'How well did you remember it?' });
			await expect(grades).toBeVisible();
			await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
			const answer = (await page.getByRole('region', { name: 'Answer' }).boundingBox())!;
			const bar = (await grades.boundingBox())!;
			await shot(page, '320-long-flashcard');
			expect(answer.y + answer.height).toBeLessThanOrEqual(bar.y + 0.5);
			// The grades wrap rather than run into each other.
			const overflowing = await grades
				.getByRole('button')
				.evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
			expect(overflowing).toBe(0);
			// The navigation gives way to the card on a window this short for its text (under 26
			// rem high), whichever way the text was enlarged; "Leave study" is the way out.
			await expect(page.getByRole('navigation', { name: 'Main' })).toBeHidden();
			await expect(page.getByRole('link', { name: 'Leave study' })).toBeVisible();
		}
	);
});

test.describe('a revealed flashcard on a small phone', () => {
	test.use({ viewport: { width: 320, height: 568 } });

	test(
		'the answer comes into view, above the grade buttons',
		{ tag: '@phone' },
		async ({ page }) => {
			await studyTheseFirst(page, [longestOfType('flashcard').id]);
			await pressSettled(page, 'Space');
			const grades = page.getByRole('group', { name: 'How well did you remember it?' });
			await expect(grades).toBeVisible();
			const answer = page.getByRole('region', { name: 'Answer' });
			await expect(answer).toBeInViewport();
			const top = (await answer.boundingBox())!.y;
			expect(top).toBeLessThan((await grades.boundingBox())!.y);
		}
	);
});

test.describe('the More menu over a flashcard on a phone', () => {
	test.use({ viewport: { width: 390, height: 844 } });

	// The answer bar is fixed above the navigation; the menu opens upwards over it and every item
	// must take a tap (the bar once covered Settings, outsider student 2026-12-02).
	test('every item of More takes a tap, Settings included', { tag: '@phone' }, async ({ page }) => {
		await studyTheseFirst(page, [longestOfType('flashcard').id]);
		await expect(page.getByRole('button', { name: /Show answer/ })).toBeVisible();
		await page
			.getByRole('navigation', { name: 'Main' })
			.getByRole('button', { name: 'More' })
			.click();
		await page.getByRole('link', { name: 'Settings' }).click({ trial: true, timeout: 5_000 });
		await page.getByRole('link', { name: 'Settings' }).click();
		await expect(page.getByRole('heading', { name: 'Settings', level: 1 })).toBeVisible();
	});
});

test.describe('text enlarged to 200% on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	test(
		'a long wrong answer stays in its box, the verdict is not under the bar',
		{ tag: '@phone' },
		async ({ page }) => {
			await studyTheseFirst(
				page,
				firstOfTypes(['cloze']).map((question) => question.id)
			);
			// What Android's font size or a browser's minimum font does: rem-sized text doubles.
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			const field = page.getByLabel('Your answer');
			await field.fill('a wrong answer that is long enough to fill the field twice over and more');
			await pressSettled(page, 'Enter');
			await expect(page.getByRole('button', { name: 'I was right' })).toBeVisible();
			await expectVerdictInSight(page, '200% text');
			await expectNoSideScroll(page, '200% text wrong');
			// The bar is pinned above the navigation, the card scrolling above it (issue 14, fault 3).
			await expectAnswerButtonsInReach(page, '200% text wrong');
			const clipped = await page
				.getByTestId('answer-bar')
				.getByRole('button')
				.evaluateAll((buttons) => buttons.filter((b) => b.scrollWidth > b.clientWidth + 1).length);
			expect(clipped).toBe(0);
			await shot(page, '320-text200-wrong');
		}
	);
});

test(
	'Enter and Space on a typed question whose prompt has the focus go into the answer field',
	{ tag: '@phone' },
	async ({ page }) => {
		// Outsider from Anki, issue 14: at 320×568 with 200% text the focus starts on the prompt
		// (prompt and field do not fit together); Enter did nothing and Space scrolled the page
		// away, while the keys line said "Enter checks your answer".
		await page.setViewportSize({ width: 320, height: 568 });
		const typed = bank.questions
			.filter((question) => question.type === 'short' || question.type === 'cloze')
			.sort((a, b) => b.prompt.length - a.prompt.length)[0];
		await largeTextFromLoad(page);
		await studyTheseFirst(page, [typed.id]);
		const prompt = page.locator('#prompt');
		const field = page.getByLabel('Your answer');
		await expect(prompt).toBeFocused();
		for (const key of ['Enter', 'Space']) {
			await pressSettled(page, key);
			await expect(field).toBeFocused();
			await expect(field).toBeInViewport();
			await expect(page.getByRole('button', { name: /Next question/ })).toHaveCount(0);
			if (key === 'Enter') await shot(page, '320x568-text200-typed-enter');
			// Escape leaves the field for the prompt, as before.
			await page.keyboard.press('Escape');
			await expect(prompt).toBeFocused();
		}
	}
);

/** The card whose answer's "multidimensional," ran off the outsider's screen (issue 14). */
const OUTSIDERS_CARD = 'w-idea-partners-compared-card';

/** The flashcard whose answer holds the longest word (the widest line at 200% text). */
function longestWordCard() {
	const longest = (text: string) => Math.max(...text.split(/\s+/).map((word) => word.length));
	return bank.questions
		.filter((question) => question.type === 'flashcard')
		.sort((a, b) => longest(b.answer) - longest(a.answer))[0];
}

for (const width of [320, 390])
	test(
		`a flashcard answer's longest word stays on a ${width} px phone at 200% text`,
		{ tag: '@phone' },
		async ({ page }) => {
			// Outsider from Anki, issue 14: "multidimensional," in an answer at 200% text made the
			// page 426 px wide, the answer cut off and the More tab off-screen.
			await page.setViewportSize({ width, height: 640 });
			const cards = [OUTSIDERS_CARD, longestWordCard().id];
			await largeTextFromLoad(page);
			await studyTheseFirst(page, cards);
			for (const id of cards) {
				const prompt = bank.questions.find((question) => question.id === id)!.prompt;
				await expect(page.locator('#prompt')).toHaveText(prompt);
				await pressSettled(page, 'Space');
				await expect(page.locator('.back')).toBeVisible();
				await expectNoSideScroll(page, `${width} px 200% answer of ${id}`);
				const answer = (await page.locator('.back').boundingBox())!;
				expect(answer.x + answer.width).toBeLessThanOrEqual(width);
				await shot(page, `${width}-text200-long-word-${id}`);
				await pressSettled(page, '3');
			}
		}
	);

/** The question of `type` whose explanation is longest (what pushes the grades furthest down). */
function longestExplained(type: string) {
	const questions = bank.questions as ((typeof bank.questions)[number] & {
		explanation?: string;
	})[];
	return questions
		.filter((question) => question.type === type)
		.sort((a, b) => (b.explanation?.length ?? 0) - (a.explanation?.length ?? 0))[0];
}

/** Where the verdict box (or a flashcard's answer), the grade bar and the source link are (px). */
async function answerLayout(page: Page, verdict: string) {
	return page.evaluate((verdictSelector) => {
		const top = (selector: string) => document.querySelector(selector)!.getBoundingClientRect();
		const link = [...document.querySelectorAll('a')].find(
			(a) => a.textContent?.trim() === 'Read the source passage'
		)!;
		return {
			verdictBottom: top(verdictSelector).bottom,
			barTop: top('.answer-bar-inner').top,
			barBottom: top('.answer-bar-inner').bottom,
			sourceTop: link.getBoundingClientRect().top,
			fixed: getComputedStyle(document.querySelector('.answer-bar-inner')!).position === 'fixed'
		};
	}, verdict);
}

test.describe('the grades after an answer with text enlarged to 200% on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	// The grades were ~2,150 px below the verdict, after the explanation and source (outsider
	// student, an Anki user); then, resting in the page after the verdict, Good was out of reach
	// at 320×568 until one scrolled (outsider from Anki, issue 14, fault 3). They are pinned above
	// the navigation, and the explanation and source scroll clear above them.
	test(
		'are pinned above the navigation; the explanation and source scroll clear of them',
		{ tag: '@phone' },
		async ({ page }) => {
			const typed = longestExplained('cloze');
			const flashcard = longestExplained('flashcard');
			await studyTheseFirst(page, [typed.id, flashcard.id]);
			await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
			await page.getByLabel('Your answer').fill(typed.answer);
			await pressSettled(page, 'Enter');
			const grades = page.getByRole('group', { name: 'How well did you remember it?' });
			await expect(grades).toBeVisible();
			await expect(page.getByRole('button', { name: /^Good.*Next question/ })).toBeFocused();
			await expectVerdictInSight(page, '200% text right');
			await expectNoSideScroll(page, '200% text right');
			const right = await answerLayout(page, '.feedback');
			await shot(page, '320-text200-right');
			expect(right.fixed).toBe(true);
			await expectAnswerButtonsInReach(page, '200% text right');
			await expectSourceClearOfBar(page, '200% text right');

			await pressSettled(page, '3');
			await expect(page.locator('#prompt')).toHaveText(flashcard.prompt);
			await pressSettled(page, 'Space');
			await expect(grades).toBeVisible();
			const back = await answerLayout(page, '.back');
			await shot(page, '320-text200-flashcard');
			// A flashcard's grades follow its answer in the page on a window this short and narrow
			// for its text (under 24 rem high, 17 rem wide), as with Chromium's own font size
			// setting (study-short-screen); this root style kept them pinned, two rows over the
			// answer, until the window was measured in the root's size (session 36).
			expect(back.fixed).toBe(false);
			// Two grades a row, not one: four rows made the bar taller than the screen.
			const columns = await grades
				.locator('.row')
				.evaluate((el) => getComputedStyle(el).gridTemplateColumns.split(' ').length);
			expect(columns).toBe(2);
			await expectAnswerButtonsInReach(page, '200% text flashcard');
		}
	);
});

/** The source link, scrolled into view as Tab brings it, lies whole above the pinned bar. */
async function expectSourceClearOfBar(page: Page, where: string) {
	const link = page.getByRole('link', { name: 'Read the source passage' });
	await link.focus();
	const layout = await answerLayout(page, '.feedback, .back');
	expect(layout.sourceTop, `source link at ${where}`).toBeGreaterThanOrEqual(0);
	expect(layout.sourceTop + 20, `source link at ${where}`).toBeLessThanOrEqual(layout.barTop);
}

test.describe('a wrong choice with text enlarged to 200% on a 320 px phone', () => {
	test.use({ viewport: { width: 320, height: 640 } });

	// One "Next question" wrapped onto two lines made a 169 px fixed bar, a quarter of the screen,
	// after a multiple-choice answer only (the two buttons of a typed answer went into the page);
	// "✗ Your answer" in a half-width True/False button widened the page to 347 px (outsider
	// student, 2026-12-02). A fixed bar takes at most a quarter of the screen.
	for (const type of ['mcq', 'truefalse'] as const)
		test(
			`${type}: no bar over a quarter of the screen, nothing wider than it`,
			{
				tag: '@phone'
			},
			async ({ page }) => {
				const [question] = firstOfTypes([type]);
				await studyTheseFirst(page, [question.id]);
				await page.addStyleTag({ content: 'html { font-size: 200% !important; }' });
				if (type === 'truefalse')
					await page
						.getByRole('button', {
							name: question.answer === 'true' ? 'False' : 'True',
							exact: true
						})
						.click();
				else
					await page
						.getByRole('group', { name: 'Choices' })
						.getByRole('button')
						.filter({ hasNotText: question.answer })
						.first()
						.click();
				await expect(page.getByRole('button', { name: /Next question/ })).toBeFocused();
				await expectVerdictInSight(page, `200% text ${type}`);
				await expectNoSideScroll(page, `200% text ${type}`);
				await expectAnswerButtonsInReach(page, `200% text ${type}`);
				const bar = await page.getByTestId('answer-bar').evaluate((el) => {
					const inner = el.querySelector('.answer-bar-inner')!;
					return {
						fixed: getComputedStyle(inner).position === 'fixed',
						share: inner.getBoundingClientRect().height / innerHeight
					};
				});
				if (bar.fixed)
					expect(bar.share, 'a fixed bar’s share of the screen').toBeLessThanOrEqual(0.25);
				await shot(page, `320-text200-${type}-wrong`);
			}
		);
});

test.describe('a long true/false statement after a verdict scrolled down', () => {
	for (const viewport of [
		{ width: 320, height: 640 },
		{ width: 390, height: 844 }
	])
		test(
			`opens at its top with True and False in view at ${viewport.width}×${viewport.height}`,
			{ tag: '@phone' },
			async ({ page }) => {
				await page.setViewportSize(viewport);
				const statement = bank.questions
					.filter((question) => question.type === 'truefalse')
					.sort((a, b) => b.prompt.length - a.prompt.length)[0];
				await studyTheseFirst(page, [firstOfTypes(['mcq'])[0].id, statement.id]);
				await pressSettled(page, '1');
				const next = page.getByRole('button', { name: /Next question/ });
				await expect(next).toBeFocused();
				// The verdict read to its end: the page is scrolled as far down as it goes.
				await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
				await pressSettled(page, 'Enter');
				await expect(page.locator('#prompt')).toHaveText(statement.prompt);
				const top = await page
					.locator('article.question')
					.evaluate((el) => el.getBoundingClientRect().top);
				expect(top, 'the question’s start is on screen').toBeGreaterThanOrEqual(0);
				const nav = await page.locator('nav[aria-label="Main"]').boundingBox();
				const limit = nav && nav.y > 0 ? nav.y : viewport.height;
				for (const name of ['True', 'False']) {
					const box = (await page.getByRole('button', { name, exact: true }).boundingBox())!;
					expect(box.y + box.height, `${name} above the fold`).toBeLessThanOrEqual(limit + 0.5);
				}
				await shot(page, `${viewport.width}-long-truefalse`);
			}
		);
});
