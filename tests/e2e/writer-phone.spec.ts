import { expect, test } from './page-errors';
import { pastedCourseInReview, writeFromSentence } from './course-helpers';
import { expectNoAxeViolations, shotForPeople } from './helpers';

/**
 * The hand writer on a phone: a long sentence's word buttons took a screen and more, and the
 * question form sat below them, a long scroll away from the sentence just tapped (tidy39). The
 * words now sit in a box of their own height; the form follows within the screen. Made-up
 * text: the screen, not the generator, is under test.
 */
const LONG =
	'During the long dry season of the Velmar basin the herders of the upper valleys drove their cattle, goats and sheep down the old stone tracks to the wide river meadows, where the grass stayed green and the water never ran out.';
const TEXT = [
	'# The Velmar basin',
	'',
	`${LONG} The meadows were shared by custom between the villages.`,
	'',
	'Velmar cheese is a hard cheese made from the milk of upland goats.'
].join('\n');

test('@phone after a long sentence is picked at 390 px, the question form is in view', async ({
	page
}, testInfo) => {
	await page.setViewportSize({ width: 390, height: 844 });
	await pastedCourseInReview(page, TEXT, 'Velmar basin');
	const writer = await writeFromSentence(page, /^During the long dry season/);
	const form = writer.getByRole('form', { name: 'Your question' });
	await expect(writer.getByRole('button', { name: 'herders', exact: true })).toBeVisible();
	// The form's first fields whole, without a scroll (they were about 1,250 px down).
	await expect(writer.getByLabel('Type')).toBeInViewport({ ratio: 1 });
	await expect(writer.getByRole('textbox', { name: 'Question' })).toBeInViewport({ ratio: 1 });
	// Every word can still be hidden: the box scrolls, and a word tapped fills the question.
	await writer.getByRole('button', { name: 'meadows,', exact: true }).click();
	await expect(writer.getByRole('textbox', { name: 'Question' })).toHaveValue(/river ____,/u);
	await expect(form).toBeVisible();
	// The scrolling box of words is reached by its buttons (axe: scrollable-region-focusable).
	await expectNoAxeViolations(page);
	// For a person to look at (E2E_SHOTS=1): the writer as a sentence pick leaves it.
	if (process.env.E2E_SHOTS === '1')
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: width === 1280 ? 800 : 844 });
			await writer.getByRole('button', { name: /^During the long dry season/ }).click();
			await shotForPeople(page, testInfo.outputPath(`writer-long-sentence-${width}.png`));
		}
});
