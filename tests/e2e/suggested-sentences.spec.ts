import { expect, test } from './page-errors';
import { expectNoAxeViolations } from './helpers';
import { pastedCourseInReview } from './course-helpers';

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
