/**
 * Key hints (`kbd`: Space, 1–4, Enter, U) only where a keyboard is likely (issue 12, a student
 * from Anki: a touch-only phone showed keys it has none of). Runs as a phone (touch, a coarse
 * pointer that cannot hover) and as a desktop (a fine pointer that hovers): a hint shows on the
 * desktop at once, on the phone only once a key was pressed outside a text field (a keyboard
 * attached). `keyboard-seen.ts`, base.css.
 */
import { expect, test } from './page-errors';
import { firstOfTypes, studyTheseFirst } from './study-helpers';

const [mcq, flashcard] = firstOfTypes(['mcq', 'flashcard']);

test('key hints show where a keyboard is likely, and on a phone once a key is pressed', async ({
	page,
	hasTouch
}, testInfo) => {
	await studyTheseFirst(page, [mcq.id, flashcard.id]);
	const choiceKeys = page.locator('article.question kbd');
	await expect(choiceKeys.first()).toBeAttached();
	const keyboardLikely = await page.evaluate(
		() => matchMedia('(hover: hover) and (pointer: fine)').matches
	);
	// The projects are what they say: a touch phone has no fine pointer, a desktop has one.
	expect(keyboardLikely).toBe(!hasTouch);
	if (hasTouch) {
		await expect(choiceKeys.first()).toBeHidden();
		await page.screenshot({ path: testInfo.outputPath('phone-390-no-hints.png') });
		await page.setViewportSize({ width: 320, height: 640 });
		await expect(choiceKeys.first()).toBeHidden();
		await page.screenshot({ path: testInfo.outputPath('phone-320-no-hints.png') });
		// A tap picks a choice and shows no hint.
		await page.locator('article.question button[aria-pressed]').first().tap();
		await expect(page.locator('kbd:visible')).toHaveCount(0);
		// A key pressed outside a field: a keyboard is there.
		await page.keyboard.press('Shift');
		await expect(page.locator('kbd:visible').first()).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('phone-320-keyboard-seen.png') });
	} else {
		await expect(choiceKeys.first()).toBeVisible();
		await page.screenshot({ path: testInfo.outputPath('desktop-hints.png') });
	}
});

test(
	'a typed answer on a phone shows no hint: keys typed into the field say nothing of a keyboard',
	{
		tag: '@phone'
	},
	async ({ page }) => {
		const [short] = firstOfTypes(['short']);
		await studyTheseFirst(page, [short.id]);
		const field = page.getByLabel('Your answer');
		await field.tap();
		await field.pressSequentially('abc');
		await expect(page.locator('kbd:visible')).toHaveCount(0);
	}
);
