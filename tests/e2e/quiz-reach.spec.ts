import { expect, test } from './page-errors';
import { gotoApp, largeTextFromLoad, shotForPeople } from './helpers';
import { bankMcqs, inlineQuizCode } from './quiz-helpers';

/**
 * A student reaches every answer and Next on a phone held either way (outsider teacher, issue
 * 12): in landscape (844×390) Next was cut off below the question, and at 320 px with 200% text
 * a tap on a choice's radio circle itself was reported not to choose it. The bank's longest
 * multiple-choice questions and made-up true/false statements.
 */
const longest = [...bankMcqs]
	.sort((a, b) => b.choices!.join('').length - a.choices!.join('').length)
	.slice(0, 2);
const statement = (id: string, prompt: string) => ({
	id,
	type: 'truefalse' as const,
	prompt,
	answer: 'true',
	explanation: '',
	source: { doc: 'doc-one', quote: prompt }
});
const questions = [
	...longest,
	statement('reach-tf-1', 'Richard Arkwright opened Cromford Mill in 1771.'),
	statement('reach-tf-2', 'The water frame was driven by a water wheel.')
];

test('in landscape, Next stays on screen beside the question while it scrolls', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 844, height: 390 });
	await gotoApp(page, `/quiz#${inlineQuizCode('landscape', 'On its side', questions)}`);
	await page.getByLabel('Your name').fill('Ana');
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (let i = 0; i < questions.length; i++) {
		await expect(page.getByText(`Question ${i + 1} of ${questions.length}`)).toBeVisible();
		const go = page.getByRole('button', {
			name: i === questions.length - 1 ? 'Finish and see my score' : 'Next'
		});
		const card = page.locator('.card.question');
		// At the question's top, then at its last choice: Next whole on screen, covering nothing.
		for (const where of ['top', 'end'] as const) {
			if (where === 'top') await page.evaluate(() => window.scrollTo(0, 0));
			else await page.getByRole('radio').last().scrollIntoViewIfNeeded();
			const box = (await go.boundingBox())!;
			const cardBox = (await card.boundingBox())!;
			expect(box.y, `question ${i + 1}, ${where}: Next below the screen`).toBeGreaterThanOrEqual(0);
			expect(box.y + box.height, `question ${i + 1}, ${where}`).toBeLessThanOrEqual(390);
			expect(box.x + box.width).toBeLessThanOrEqual(844);
			expect(box.x, 'beside the question, not over it').toBeGreaterThanOrEqual(
				cardBox.x + cardBox.width
			);
		}
		await page.getByRole('radio').first().check();
		if (i === 0) await shotForPeople(page, testInfo.outputPath('landscape-844.png'));
		await go.click();
	}
	await expect(page.getByRole('heading', { name: 'Review' })).toBeVisible();
});

test(
	'at 320 px with 200% text, a tap on a choice’s radio circle or anywhere on it chooses it',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await largeTextFromLoad(page);
		await page.setViewportSize({ width: 320, height: 568 });
		await gotoApp(page, `/quiz#${inlineQuizCode('tapcircle', 'Tap the circle', questions)}`);
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (const i of [0, 2]) {
			if (i === 2) {
				await page.getByRole('button', { name: 'Next' }).click();
				await page.getByRole('button', { name: 'Next' }).click();
			}
			await expect(page.getByText(`Question ${i + 1} of`)).toBeVisible();
			const radios = page.getByRole('radio');
			const count = await radios.count();
			// Each circle tapped at its centre, then each choice at its top right corner, far from
			// the circle (the 44 px target is the whole choice), in reverse so every tap changes
			// the answer.
			for (const spot of ['circle', 'corner'] as const)
				for (let k = count - 1; k >= 0; k--) {
					const radio = radios.nth(k);
					const target = spot === 'circle' ? radio : page.locator('label.choice').nth(k);
					// Its top 100 px down the screen: a choice at 200% text is taller than the screen.
					await target.evaluate((el) => window.scrollBy(0, el.getBoundingClientRect().top - 100));
					const box = (await target.boundingBox())!;
					const at =
						spot === 'circle'
							? { x: box.x + box.width / 2, y: box.y + box.height / 2 }
							: { x: box.x + box.width - 4, y: box.y + 4 };
					await page.touchscreen.tap(at.x, at.y);
					await expect(radio, `question ${i + 1}, choice ${k + 1}, ${spot}`).toBeChecked();
				}
			if (i === 2) await shotForPeople(page, testInfo.outputPath('tap-320-200.png'));
		}
	}
);
