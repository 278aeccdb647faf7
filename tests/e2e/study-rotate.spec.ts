import { expect, test } from './page-errors';
import { firstOfTypes, studyTheseFirst } from './study-helpers';

/**
 * Turning the phone while typing an answer keeps what was typed and the focus (a student from
 * Anki, session 34: after a turn the field was empty, or no longer focused, and the on-screen
 * keyboard went away). Turning sideways at 390×844 makes the screen short for its text, so the
 * bottom navigation steps aside (`shortScreen` on Study); turning back brings it again.
 */
const [short, cloze] = firstOfTypes(['short', 'cloze']);

/**
 * Phones turned sideways: 390×844 (the navigation steps aside at 844×390) and 412×915, whose
 * 915 px landscape is wide enough for the side navigation (860 px and more).
 */
const PHONES = [
	{ width: 390, height: 844, sidewaysNav: false },
	{ width: 412, height: 915, sidewaysNav: true }
];

for (const phone of PHONES)
	test.describe(`a ${phone.width}×${phone.height} phone`, () => {
		test.use({ viewport: { width: phone.width, height: phone.height } });

		for (const question of [short, cloze])
			test(
				`a ${question.type} answer being typed stays, focused, across a turn of the phone`,
				{
					tag: '@phone'
				},
				async ({ page }) => {
					await studyTheseFirst(page, [question.id]);
					const field = page.getByLabel('Your answer');
					await field.click();
					await page.keyboard.type('half an ans');
					await expect(field).toBeFocused();
					for (const size of [
						{ width: phone.height, height: phone.width },
						{ width: phone.width, height: phone.height }
					]) {
						await page.setViewportSize(size);
						// The navigation steps aside, moves to the side, or comes back: the layout has
						// changed by then.
						const upright = size.height > size.width;
						await expect(page.locator('nav[aria-label="Main"]')).toBeVisible({
							visible: upright || phone.sidewaysNav
						});
						await expect(field).toHaveValue('half an ans');
						await expect(field).toBeFocused();
					}
					// Typing goes on where it was.
					await page.keyboard.type('wer');
					await expect(field).toHaveValue('half an answer');
				}
			);
	});
