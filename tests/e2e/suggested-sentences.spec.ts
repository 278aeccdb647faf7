import { expect, test } from './page-errors';
import { expectNoAxeViolations, shotForPeople } from './helpers';
import { pastedCourseInReview, writeFromSentence } from './course-helpers';
import { pressSettled } from './study-helpers';
import { PANAMA_CANAL } from '../../src/lib/courses/teacher-article.test-helpers';
import type { Locator, Page } from '@playwright/test';

/**
 * Issue 12: where the generator drafts nothing, the review screen suggests the sentences worth
 * asking about, each with its blank; one tap adds it as a draft to accept, and it is studied.
 * A made-up report with no definition, central event, leader or one-sentence reason: the
 * generator drafts nothing (with "because they feared …" gen53 asks "Why did the fishermen …?").
 */
const REPORT = [
	'The fishermen of Korsund blocked the harbour of Velmora in 2019, fearing that the new turbines would drive away the herring.',
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
		// The blanks are final once the document's names are read: only then can one be added.
		await expect(section).toHaveAttribute('data-settled', 'true', { timeout: 30_000 });
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
 * Outsider teacher (session 33): "Open in writer", "Make it multiple choice", "Save question",
 * and the writer stayed open, reset to the same sentence as a fill-in-the-blank: the save looked
 * failed and invited a duplicate (the review's rows, read again after the save, replayed the
 * "Open in writer" request). Saved, it closes, says so and gives the focus back to the sentence.
 */
test(
	'a question saved from "Open in writer" closes the writer, says Saved and focuses its sentence',
	{ tag: '@phone' },
	async ({ page }) => {
		test.setTimeout(90_000);
		await pastedCourseInReview(page, REPORT, 'Harbour notes');
		const section = page.getByTestId('suggested-sentences');
		await expect(section).toHaveAttribute('data-settled', 'true', { timeout: 30_000 });
		const first = section.getByRole('listitem').first();
		const sentence = (await first.locator('.sentence').textContent())!.trim();
		await first.getByRole('button', { name: 'Open in writer' }).click();
		const writer = page.getByTestId('write-by-hand').first();
		await expect(writer.getByLabel('Question', { exact: true })).toHaveValue(/____/);
		await writer.getByRole('button', { name: 'Make it multiple choice' }).click();
		await expect(writer.getByLabel('Type')).toHaveValue('mcq');
		await writer.getByRole('button', { name: 'Save question' }).click();

		await expect(writer.getByText('Saved: your question is accepted.')).toBeVisible();
		await expect(page.getByTestId('count-accepted')).toHaveText('1');
		await expect(writer.getByRole('button', { name: 'Save question' })).toHaveCount(0);
		await expect(writer.getByTestId('saved-here')).toHaveText('Saved');
		await expect(writer.getByRole('button', { name: sentence, exact: true })).toBeFocused();
		const draft = page.getByTestId('draft');
		await expect(draft).toHaveCount(1);
		await expect(draft).toContainText('Multiple choice');
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
		await expect(writer.getByText('Saved: your question is accepted.')).toBeVisible();

		await page.getByTestId('study-course').click();
		// Study's first load of a new course's cards is slow on a loaded machine, not a wait on us.
		await expect(page.locator('#prompt')).toContainText('famous began in', { timeout: 30_000 });
		await page.getByLabel('Your answer').fill('2010');
		await pressSettled(page, 'Enter');
		await expect(page.locator('#feedback-title')).toHaveText('Right');
		await shotForPeople(page, testInfo.outputPath('study-year-right.png'));
	}
);

/**
 * Watches, from the page's first script, every list of suggestions as it is rendered (each
 * item's text) and every layout shift (`layout-shift` entries, with their time in ms):
 * `suggestionsSeen` reads them.
 */
async function watchSuggestions(page: Page) {
	await page.addInitScript(() => {
		const seen = { lists: [] as string[][], shifts: [] as { at: number; value: number }[] };
		Object.assign(window, { suggestionsSeen: seen });
		let last = '';
		new MutationObserver(() => {
			const items = [...document.querySelectorAll('[data-testid="suggested-sentences"] li')];
			const texts = items.map((li) => li.textContent!.replace(/\s+/g, ' ').trim());
			if (texts.length && texts.join('\n') !== last) seen.lists.push(texts);
			last = texts.join('\n');
		}).observe(document, { subtree: true, childList: true, characterData: true });
		new PerformanceObserver((entries) => {
			for (const e of entries.getEntries() as (PerformanceEntry & { value: number })[])
				seen.shifts.push({ at: e.startTime, value: e.value });
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The lists rendered so far, and the layout shift since `since` (ms, `performance.now()`). */
function suggestionsSeen(page: Page, since: number) {
	return page.evaluate((since) => {
		const { lists, shifts } = (
			window as unknown as {
				suggestionsSeen: { lists: string[][]; shifts: { at: number; value: number }[] };
			}
		).suggestionsSeen;
		const shift = shifts.filter((s) => s.at >= since).reduce((sum, s) => sum + s.value, 0);
		return { lists, shift };
	}, since);
}

/** Each suggestion on screen as a teacher reads it: sentence, blank, "Asked as", other answers. */
async function readSuggestions(section: Locator) {
	return section.getByRole('listitem').evaluateAll((items) =>
		items.map((item) => {
			const line = (label: string) =>
				[...item.querySelectorAll('.blank')]
					.map((p) => p.textContent!.replace(/\s+/g, ' ').trim())
					.find((t) => t.startsWith(label))
					?.slice(label.length)
					.trim() ?? '';
			const sentence = item.querySelector('.sentence')!;
			const marked = sentence.cloneNode(true) as Element;
			marked.querySelector('mark')!.replaceWith('____');
			return {
				sentence: sentence.textContent!.trim(),
				marked: marked.textContent!.trim(),
				blank: item.querySelector('mark')!.textContent!,
				askedAs: line('Asked as:'),
				also: line('Also counts as right:')
			};
		})
	);
}

/** The drafts under `sentence` on Review drafts, each as its card shows it. */
function draftsOf(page: Page, sentence: string) {
	return page
		.locator('li.sentence-group')
		.filter({ has: page.getByTestId('draft-context').locator('mark', { hasText: sentence }) })
		.getByTestId('draft');
}

/**
 * Issue 12, final outsider of session 29: her own 844-word article; the suggestion read
 * "Blank: 1907 (a year)", and after "Add all 8 shown as drafts" the draft was "… and ____ gave
 * the job", answer Roosevelt (the names' ranking had replaced the quick one on screen). Every
 * draft added, all at once or one by one, is the suggestion that was on screen. And the list
 * never changes under her eyes: the first list rendered is the one she adds from, and nothing
 * in sight moves as it comes (docs40: two lists in its first 1.3 s, a layout shift of 0.64 on
 * a phone once she was led to them; now one list, no shift).
 */
test(
	'a pasted article: each suggestion added, all at once or alone, is the draft shown',
	{ tag: '@desktop' },
	async ({ page }) => {
		test.setTimeout(120_000);
		await watchSuggestions(page);
		await pastedCourseInReview(page, PANAMA_CANAL.text, 'Panama Canal');
		const landed = await page.evaluate(() => performance.now());
		const drafted = Number(await page.getByTestId('count-draft').textContent());
		const section = page.getByTestId('suggested-sentences');
		// Few questions for 844 words: the screen says where more come from, and leads there.
		const few = page.getByTestId('few-questions');
		await expect(few).toContainText(
			/(?:Only \d+ questions? so far|No question yet) from these \d+ words\./
		);
		await few.getByRole('button', { name: 'See the suggested sentences' }).click();
		const heading = section.getByRole('heading', { name: 'More sentences to ask about' });
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
		const addAll = section.getByRole('button', { name: /^Add all \d+ shown as drafts$/ });
		await expect(section).toHaveAttribute('data-settled', 'true', { timeout: 30_000 });
		const shown = await readSuggestions(section);
		const seen = await suggestionsSeen(page, landed);
		expect(seen.lists, 'every list rendered before adding').toHaveLength(1);
		expect(seen.lists[0]).toHaveLength(shown.length);
		// The "good" bound of Core Web Vitals' CLS (web.dev/articles/cls), for the whole stay.
		expect(seen.shift).toBeLessThan(0.1);
		expect(shown.map((s) => s.sentence)).toContain(
			'In 1907 Stevens resigned unexpectedly, and Roosevelt gave the job to George Washington Goethals, an officer of the Army Corps of Engineers.'
		);

		await addAll.click();
		await expect(section.getByRole('status')).toHaveText(
			new RegExp(`^Added ${shown.length} drafts from suggested sentences`)
		);
		await expect(page.getByTestId('count-draft')).toHaveText(String(drafted + shown.length));
		// Many now: the note is gone.
		await expect(few).toHaveCount(0);
		for (const s of shown) {
			const draft = draftsOf(page, s.sentence);
			await expect(draft).toHaveCount(1);
			await expect(draft.locator('.prompt')).toHaveText(s.askedAs || s.marked);
			await expect(draft.locator('.answer')).toHaveText(
				`Answer: ${s.blank}${s.also ? ` (also: ${s.also.replace(/[“”]/g, '')})` : ''}`
			);
		}

		// One alone, from the suggestions that came after: the same.
		await expect(section).toHaveAttribute('data-settled', 'true');
		const [next] = await readSuggestions(section);
		await section
			.getByRole('listitem')
			.first()
			.getByRole('button', { name: 'Add as draft' })
			.click();
		await expect(section.getByRole('status')).toHaveText(/^Added as a draft/);
		const draft = draftsOf(page, next.sentence);
		await expect(draft.locator('.prompt')).toHaveText(next.askedAs || next.marked);
		await expect(draft.locator('.answer')).toContainText(`Answer: ${next.blank}`);
	}
);
