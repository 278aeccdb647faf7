import { expect, test } from './page-errors';
import { expectNoAxeViolations, shotForPeople } from './helpers';
import { pastedCourseInReview, writeFromSentence } from './course-helpers';
import { pressSettled } from './study-helpers';

/**
 * Issue 12: where the generator drafts nothing, the review screen suggests the sentences worth
 * asking about, each with its blank; one tap adds it as a draft to accept, and it is studied.
 * A made-up report with no definition, central event or leader: the generator drafts nothing.
 */
const REPORT = [
	'The fishermen of Korsund blocked the harbour of Velmora in 2019 because they feared that the new turbines would drive away the herring.',
	'About 300 boats took part in the blockade, which closed the harbour for a week. The town council of Velmora agreed in 2020 to pay for a study of the herring in the bay.',
	'The study, led by the marine biologist Tomas Aaberg of the University of Lindholm, found in 2023 that the catches had not fallen. As a result, the fishermen ended their protest.'
].join('\n\n');

test(
	'a document with no draft: a suggested sentence is added as a draft, accepted and studied',
	{ tag: '@phone' },
	async ({ page }) => {
		test.setTimeout(90_000);
		await pastedCourseInReview(page, REPORT, 'Harbour notes');
		await expect(page.getByTestId('count-draft')).toHaveText('0');

		const section = page.getByTestId('suggested-sentences');
		await expect(
			section.getByRole('heading', { name: 'More sentences to ask about' })
		).toBeVisible();
		const first = section.getByRole('listitem').first();
		const answer = (await first.locator('mark').textContent())!;
		const sentence = (await first.locator('.sentence').textContent())!.trim();
		const before = sentence.slice(0, sentence.indexOf(answer)).trim();
		await expectNoAxeViolations(page);

		await first.getByRole('button', { name: 'Add as draft' }).click();
		await expect(section.getByRole('status')).toHaveText(/^Added as a draft/);
		await expect(page.getByTestId('count-draft')).toHaveText('1');
		// The sentence now has its draft: it leaves the suggestions.
		await expect(section.getByText(sentence, { exact: true })).toHaveCount(0);
		const draft = page.getByTestId('draft');
		await expect(draft).toContainText('Draft · from a suggested sentence');
		await expect(draft).toContainText(`Answer: ${answer}`);
		await draft.getByRole('button', { name: /^Accept/ }).click();
		await expect(page.getByTestId('count-accepted')).toHaveText('1');

		// "Open in writer": the writer opens on the next sentence with its blank hidden.
		const next = section.getByRole('listitem').first();
		const nextAnswer = (await next.locator('mark').textContent())!;
		await next.getByRole('button', { name: 'Open in writer' }).click();
		const writer = page.getByTestId('write-by-hand').first();
		await expect(writer).toHaveAttribute('open', '');
		await expect(writer.getByLabel('Answer', { exact: true })).toHaveValue(nextAnswer);
		await expect(writer.getByLabel('Question', { exact: true })).toHaveValue(/____/);

		await page.getByTestId('study-course').click();
		await expect(page.locator('#prompt')).toContainText(before);
	}
);

/**
 * Issue 12, outsider teacher: the writer hid "March 2010" of "began in March 2010", the student
 * typed "2010" and was marked "Not quite". The year is now one of the other answers that count
 * as right, written in the form where the teacher sees it, and Study's one checker takes it.
 */
const ERUPTION = [
	'Kessel Peak is a volcano in the south of Norvania, close to the fishing town of Velmora.',
	'The eruption that made Kessel Peak famous began in March 2010 under the Orra glacier.',
	'Ash from the eruption closed the airport of Velmora for six days.'
].join('\n\n');

test(
	'a blank over a month and year: the year alone counts as right in Study',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		await pastedCourseInReview(page, ERUPTION, 'Eruption notes');
		const writer = await writeFromSentence(page, /^The eruption that made Kessel Peak famous/);
		await writer.getByRole('button', { name: 'March', exact: true }).click();
		await writer.getByRole('button', { name: '2010', exact: true }).click();
		await expect(writer.getByLabel('Answer', { exact: true })).toHaveValue('March 2010');
		const other = writer.getByLabel(/^Other answers that count as right/);
		await expect(other).toHaveValue('2010');
		await other.scrollIntoViewIfNeeded();
		await shotForPeople(page, testInfo.outputPath('writer-accepts-year.png'));
		await writer.getByRole('button', { name: 'Save question' }).click();
		await expect(writer.getByText('Question saved and accepted.')).toBeVisible();

		await page.getByTestId('study-course').click();
		// Study's first load of a new course's cards is slow on a loaded machine, not a wait on us.
		await expect(page.locator('#prompt')).toContainText('famous began in', { timeout: 30_000 });
		await page.getByLabel('Your answer').fill('2010');
		await pressSettled(page, 'Enter');
		await expect(page.locator('#feedback-title')).toHaveText('Right');
		await shotForPeople(page, testInfo.outputPath('study-year-right.png'));
	}
);
