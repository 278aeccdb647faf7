import { expect, test } from './page-errors';
import { firstOfTypes, studyTheseFirst } from './study-helpers';

/**
 * Turning the phone while typing an answer keeps what was typed and the focus (a student from
 * Anki, session 34: after a turn the field was empty, or no longer focused, and the on-screen
 * keyboard went away). Turning sideways at 390×844 makes the screen short for its text, so the
 * bottom navigation steps aside (`shortScreen` on Study); turning back brings it again.
 */
const [short, cloze] = firstOfTypes(['short', 'cloze']);

test.use({ viewport: { width: 390, height: 844 } });

for (const question of [short, cloze])
	test(`a ${question.type} answer being typed stays, focused, across a turn of the phone`, async ({
		page
	}) => {
		await studyTheseFirst(page, [question.id]);
		const field = page.getByLabel('Your answer');
		await field.click();
		await page.keyboard.type('half an ans');
		await expect(field).toBeFocused();
		for (const size of [
			{ width: 844, height: 390 },
			{ width: 390, height: 844 }
		]) {
			await page.setViewportSize(size);
			// The navigation steps aside, or comes back: the layout has changed by then.
			await expect(page.locator('nav[aria-label="Main"]')).toBeVisible({
				visible: size.height > size.width
			});
			await expect(field).toHaveValue('half an ans');
			await expect(field).toBeFocused();
		}
		// Typing goes on where it was.
		await page.keyboard.type('wer');
		await expect(field).toHaveValue('half an answer');
	});
