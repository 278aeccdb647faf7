import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { MADE_UP_ARTICLE } from '../../src/lib/courses/test-article';
import { PANAMA_CANAL } from '../../src/lib/courses/teacher-article.test-helpers';
import { writeFromSentence } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * The user courses in the app's database, with their studied (accepted) question ids. The
 * database is opened only if it exists (opening creates it) and closed at once (an open
 * connection would block the app's own upgrade).
 */
function userCourses(page: Page) {
	return page.evaluate(async () => {
		if (!(await indexedDB.databases()).some((d) => d.name === 'flashpoint')) return [];
		return new Promise<{ id: string; title: string; queue: string[] }[]>((resolve, reject) => {
			const open = indexedDB.open('flashpoint');
			open.onerror = () => reject(open.error);
			open.onsuccess = () => {
				const db = open.result;
				if (!db.objectStoreNames.contains('courses')) {
					db.close();
					return resolve([]);
				}
				const all = db.transaction('courses').objectStore('courses').getAll();
				all.onsuccess = () => {
					db.close();
					const rows = all.result as {
						id: string;
						kind: string;
						title: string;
						queue: { id: string }[];
					}[];
					resolve(
						rows
							.filter((c) => c.kind === 'user')
							.map((c) => ({ id: c.id, title: c.title, queue: c.queue.map((q) => q.id) }))
					);
				};
			};
		});
	});
}

/** The course title kept with the Add documents screen's unsaved work, if any. */
function keptTitle(page: Page) {
	return page.evaluate(
		() =>
			new Promise<string | null>((resolve, reject) => {
				const open = indexedDB.open('flashpoint');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('settings').objectStore('settings').get('pending-documents');
					get.onsuccess = () => {
						db.close();
						resolve((get.result?.value?.title as string | undefined) ?? null);
					};
				};
			})
	);
}

async function paste(page: Page, text: string) {
	await page.getByLabel('Or paste an article').fill(text);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
}

test(
	'paste → generate → review → accept: the accepted questions are the course studied',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		await paste(page, MADE_UP_ARTICLE);
		const entry = page.getByTestId('document-entry');
		await expect(entry.getByLabel('Title')).toHaveValue(
			'Harbour town of Velmora opens a new tidal power station'
		);
		await entry.getByLabel('Outlet or site').fill('Coast Courier');
		await entry.getByLabel(/^Date/).fill('2024-03-20');
		await page.getByLabel('Course title').fill('Velmora');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		// What was made, by type, before the review (outsider, issue 12).
		await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused();
		await expect(page.getByTestId('drafts-made')).toHaveText(/^\d+ draft questions were made\./);
		const made = Number((await page.getByTestId('drafts-made').textContent())!.match(/\d+/)![0]);
		const byType = page.getByRole('list', { name: 'Drafts by type' }).getByRole('listitem');
		const typeCounts = (await byType.allTextContents()).map((t) => Number(t.match(/\d+/)![0]));
		expect(typeCounts.reduce((a, b) => a + b, 0)).toBe(made);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: `Review ${made} drafts` }).click();
		await page.waitForURL(/\/courses\/review\?course=u-/);
		await expect(page.getByRole('heading', { name: 'Review drafts' })).toBeVisible();
		await expect(page.getByTestId('count-accepted')).toHaveText('0');
		const drafts = page.getByTestId('draft');
		await expect(drafts.first()).toBeVisible();
		const total = await drafts.count();
		// Precision over number: the made-up news report gives two drafts (the year of its first
		// sentence's event, its prime minister's office), enough to accept and reject.
		expect(total).toBeGreaterThanOrEqual(2);
		await expect(page.getByTestId('count-draft')).toHaveText(String(total));
		// The sentence is shown once per group in a short context (not its whole paragraph above
		// every draft: outsider teacher, issue 14), the paragraph on request; each draft says what
		// it tests.
		await expect(page.locator('mark').first()).toBeVisible();
		for (const context of await page.getByTestId('draft-context').all()) {
			expect(await context.locator('mark').count()).toBe(1);
			expect(((await context.textContent()) ?? '').length).toBeLessThan(
				((await context.locator('mark').textContent()) ?? '').length + 2 * 120 + 10
			);
		}
		await expect(drafts.first().getByText(/^Tests /)).toBeVisible();
		await expect(page.getByTestId('study-course')).toHaveCount(0);

		// By keyboard: each decision's button makes way for its way back, which takes focus, so
		// the next draft is a Tab or two on, not the page's start (outsider teacher, session 22).
		await drafts.first().getByRole('button', { name: 'Accept' }).focus();
		await page.keyboard.press('Enter');
		await expect(drafts.first()).toHaveAttribute('data-status', 'accepted');
		// No toggle: an accepted draft offers no second Accept that would silently undo it; taking
		// the decision back is its own button (outsider teacher).
		await expect(drafts.first().getByRole('button', { name: 'Accept' })).toHaveCount(0);
		await expect(drafts.first().getByRole('button', { name: 'Back to draft' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(drafts.first()).toHaveAttribute('data-status', 'draft');
		await expect(drafts.first().getByRole('button', { name: 'Accept' })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(drafts.first()).toHaveAttribute('data-status', 'accepted');
		await drafts.nth(1).getByRole('button', { name: 'Reject' }).click();
		await expect(drafts.nth(1)).toHaveAttribute('data-status', 'rejected');
		await expect(drafts.nth(1).getByRole('button', { name: 'Back to draft' })).toBeFocused();
		// Accept all of one type: whichever type the generator drafted first.
		await page
			.getByRole('button', { name: /^Accept (all \d+|the only) / })
			.first()
			.click();
		// One draft was accepted before, so the notice counts these as more and gives the total:
		// "1 more flashcard accepted; 2 accepted in all." (fix31: "13 questions accepted" beside
		// the tile's 15 read as a miscount).
		await expect(
			page.getByRole('status').filter({ hasText: /^\d+ more .*accepted; \d+ accepted in all\.$/ })
		).toBeVisible();

		// The cards' status and the count update in separate renders: read both once they agree
		// (read at once, the cards lagged the count in one CI run).
		const acceptedCards = page.locator('[data-testid="draft"][data-status="accepted"]');
		const countAccepted = page.getByTestId('count-accepted');
		await expect
			.poll(async () => (await acceptedCards.count()) === Number(await countAccepted.textContent()))
			.toBe(true);
		const accepted = await acceptedCards.count();
		const [course] = await userCourses(page);
		expect(course.title).toBe('Velmora');
		expect(course.queue.length).toBe(accepted);
		const study = page.getByTestId('study-course');
		await expect(study).toHaveAttribute('href', `/study?course=${encodeURIComponent(course.id)}`);
		await expectNoAxeViolations(page);
	}
);

test(
	'an edit is checked field by field, and a question can be written from a sentence',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		await paste(page, MADE_UP_ARTICLE);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('link', { name: /^Review \d+ drafts?$/ }).click();
		await page.waitForURL(/\/courses\/review\?course=u-/);
		const draft = page.getByTestId('draft').first();
		await draft.getByRole('button', { name: 'Edit' }).click();
		const prompt = draft.getByRole('textbox', { name: /Question|Statement|Front/ });
		await prompt.fill('');
		await draft.getByRole('button', { name: 'Save' }).click();
		await expect(prompt).toHaveAttribute('aria-invalid', 'true');
		await expect(prompt).toBeFocused();
		await expect(prompt).toHaveAccessibleDescription(/Write the (question|front of the card)\./);
		await prompt.fill('Edited: when did the station begin supplying electricity, ____?');
		// Saving a draft's edit accepts it, and the button says so (an outsider's saved edit stayed
		// a draft that would never be studied).
		await draft.getByRole('button', { name: 'Save and accept' }).click();
		await expect(draft.getByText(/^Edited: when did/)).toBeVisible();
		await expect(draft).toHaveAttribute('data-status', 'accepted');
		await expect(draft.getByRole('button', { name: 'Edit' })).toBeFocused();

		const write = await writeFromSentence(page, /^Construction began in 2018/);
		await write.getByLabel('Type').selectOption({ label: 'Multiple choice' });
		await write
			.getByRole('textbox', { name: 'Question' })
			.fill('When did construction of the Velmora station begin?');
		await write.getByLabel('Right choice').fill('2018');
		// Each wrong choice has a visible label of its own (issue 12: they had none).
		for (const [i, year] of ['2012', '2015', '2021'].entries()) {
			await expect(write.locator('label', { hasText: `Wrong choice ${i + 1}` })).toBeVisible();
			await write.getByLabel(`Wrong choice ${i + 1}`).fill(year);
		}
		await write.getByRole('button', { name: 'Save' }).click();
		await expect(write.getByText('Saved: your question is accepted.')).toBeVisible();
		// The edited draft above and this one.
		await expect(page.getByTestId('count-accepted')).toHaveText('2');
		const mine = page
			.getByTestId('draft')
			.filter({ hasText: 'When did construction of the Velmora station begin?' });
		await expect(mine.getByText('Accepted · written by you')).toBeVisible();
		// Accepted when saved: no Accept to press, and no Back to draft (a written question is
		// never a draft to review; Reject takes it out of study).
		await expect(mine.getByRole('button', { name: 'Accept' })).toHaveCount(0);
		await expect(mine.getByRole('button', { name: 'Back to draft' })).toHaveCount(0);
		await expect(mine.getByRole('button', { name: 'Edit' })).toBeVisible();
	}
);

test(
	'tapping two adjacent words of a sentence makes a fill-the-blank question, accepted on save',
	{ tag: '@phone' },
	async ({ page }) => {
		// Generate, write in Review drafts, then again in the Sources reader: two screens' loads.
		test.setTimeout(60_000);
		await gotoApp(page, '/courses/new');
		await paste(page, MADE_UP_ARTICLE);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await page.getByRole('link', { name: /^Review \d+ drafts?$/ }).click();
		await page.waitForURL(/\/courses\/review\?course=u-/);
		const write = await writeFromSentence(page, /^Mayor Ilse Marquardt said the station/);
		const words = write.getByRole('group', { name: 'Tap the words to hide' });
		// Before any word is tapped: a fill-the-blank form and one line saying how to start.
		await expect(write.getByText(/^Start here: tap the words that are the answer/)).toBeVisible();
		await expect(write.getByLabel('Type')).toHaveValue('cloze');
		await words.getByRole('button', { name: 'Ilse', exact: true }).click();
		// The second word joins the first: one blank for the run, shown live in the form. The
		// words are buttons in reading order, so Tab reaches the next and Enter hides it.
		await page.keyboard.press('Tab');
		await expect(words.getByRole('button', { name: 'Marquardt', exact: true })).toBeFocused();
		await page.keyboard.press('Enter');
		await expect(words.getByRole('button', { name: 'Ilse', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(write.getByLabel('Type')).toHaveValue('cloze');
		const prompt = write.getByRole('textbox', { name: 'Question' });
		await expect(prompt).toHaveValue(/^Mayor ____ said the station would cover the needs/);
		await expect(write.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue(
			'Ilse Marquardt'
		);
		// The generator's checks advise, and never block: "Mayor ____" gives the answer away.
		await expect(write.getByTestId('advice')).toContainText('before the blank');
		await expectNoAxeViolations(page);
		await write.getByRole('button', { name: 'Save' }).click();
		await expect(write.getByText('Saved: your question is accepted.')).toBeVisible();
		const mine = page
			.getByTestId('draft')
			.filter({ hasText: /^.*Mayor ____ said the station would cover the needs/ });
		await expect(mine.getByText('Accepted · written by you')).toBeVisible();
		await expect(page.getByTestId('count-accepted')).toHaveText('1');

		// The same panel opens from the document in the Sources reader; Suggest a blank picks the
		// year the sentence carries.
		const [course] = await userCourses(page);
		await gotoApp(page, `/sources/${course.id}:d-1`);
		const reader = await writeFromSentence(page, /^Construction began in 2018/);
		await reader.getByRole('button', { name: 'Suggest a blank' }).click();
		await expect(reader.getByRole('button', { name: '2018,', exact: true })).toHaveAttribute(
			'aria-pressed',
			'true'
		);
		await expect(reader.getByRole('textbox', { name: 'Answer', exact: true })).toHaveValue('2018');
		await reader.getByRole('button', { name: 'Save' }).click();
		await expect(reader.getByText('Saved: your question is accepted.')).toBeVisible();
		await expect(page.getByText('Questions from this article (2)')).toBeVisible();
	}
);

test(
	'Generate pressed while a pasted text is still on its way waits for it',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		// The text reader loads on first use: holding every later script back makes Generate come
		// first (an outsider's quick press said "Add a document first" and made nothing).
		let release = () => {};
		const held = new Promise<void>((resolve) => (release = resolve));
		await page.route('**/_app/immutable/**/*.js', async (route) => {
			await held;
			await route.continue();
		});
		await page.getByLabel('Or paste an article').fill(MADE_UP_ARTICLE);
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		await page.getByRole('button', { name: 'Generate questions' }).click();
		release();
		await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused({
			timeout: 20_000
		});
		await expect(page.locator('#form-error')).toHaveCount(0);
	}
);

// Outsider teacher, issue 12: a picked file was gone after a reload.
test(
	'a picked file, its details and half-pasted text survive a reload until used or discarded',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/courses/new');
		await page
			.getByTestId('file-input')
			.setInputFiles([
				{ name: 'velmora.txt', mimeType: 'text/plain', buffer: Buffer.from(MADE_UP_ARTICLE) }
			]);
		const entry = page.getByTestId('document-entry');
		await entry.getByLabel('Outlet or site').fill('Coast Courier');
		await page.getByLabel('Or paste an article').fill('A second article, half pasted');
		await page.getByLabel('Course title').fill('Velmora');
		// Kept once typing pauses: wait for the row, then reload.
		await expect.poll(() => keptTitle(page)).toBe('Velmora');
		await page.reload();
		// Above the course title it filled, on screen as the page opens, naming the title and when
		// (outsider teacher, issue 12: an abandoned attempt's wrong title came back unnoticed).
		const note = page.getByTestId('pending-restored');
		await expect(note.locator('p')).toHaveText(
			/^Restored from your unfinished attempt of .+: the course title “Velmora”, 1 document \(“.+”\) and your pasted text\. Check it, or start afresh\./
		);
		await expect(note).toBeInViewport();
		await expect(page.getByLabel('Course title')).toBeInViewport();
		await expect(entry.getByRole('heading', { name: 'velmora.txt' })).toBeVisible();
		await expect(entry.getByLabel('Outlet or site')).toHaveValue('Coast Courier');
		await expect(page.getByLabel('Or paste an article')).toHaveValue(
			'A second article, half pasted'
		);
		await expect(page.getByLabel('Course title')).toHaveValue('Velmora');
		await shotForPeople(page, testInfo.outputPath('restored.png'));

		// Start afresh clears it all, with an Undo that brings it all back.
		await page.getByRole('button', { name: 'Start afresh' }).click();
		await expect(page.getByTestId('document-entry')).toHaveCount(0);
		await expect(page.getByLabel('Course title')).toHaveValue('');
		await expect(page.getByLabel('Course title')).toBeFocused();
		await expect(page.getByTestId('pending-cleared')).toContainText('Started afresh');
		await expect.poll(() => keptTitle(page)).toBeNull();
		await page.getByRole('button', { name: 'Undo' }).click();
		await expect(page.getByLabel('Course title')).toHaveValue('Velmora');
		await expect(entry.getByLabel('Outlet or site')).toHaveValue('Coast Courier');
		await expect(note).toContainText('the course title “Velmora”');
		await expect.poll(() => keptTitle(page)).toBe('Velmora');

		// Started afresh, then anything typed: the Undo goes (it would overwrite what was typed).
		await page.getByRole('button', { name: 'Start afresh' }).click();
		await page.getByLabel('Course title').fill('Year 9 rivers');
		await expect(page.getByTestId('pending-cleared')).toHaveCount(0);
		await page.getByLabel('Course title').fill('');
		await expect.poll(() => keptTitle(page)).toBeNull();
		await page.reload();
		await expect(page.locator('#docs-title')).toBeVisible();
		await expect(page.getByTestId('pending-restored')).toHaveCount(0);
		await expect(page.getByTestId('document-entry')).toHaveCount(0);

		// Used in a course, it is not brought back either.
		await paste(page, MADE_UP_ARTICLE);
		await page.getByLabel('Course title').fill('Velmora');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused();
		await gotoApp(page, '/courses/new');
		await expect(page.locator('#docs-title')).toBeVisible();
		await expect(page.getByTestId('pending-restored')).toHaveCount(0);
		await expect(page.getByTestId('document-entry')).toHaveCount(0);
	}
);

test(
	'bad files each show their own message, and nothing is stored',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		const binary = Buffer.from([
			0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0, 0, 0, 0, 0, 0, 0, 0, 0
		]);
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) },
			{ name: 'program.txt', mimeType: 'text/plain', buffer: binary }
		]);
		const entries = page.getByTestId('document-entry');
		await expect(entries).toHaveCount(2);
		await expect(entries.nth(0).getByRole('alert')).toHaveText(/“empty\.txt” is empty/);
		await expect(entries.nth(1).getByRole('alert')).toHaveText(/This file is not text/);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.locator('#form-error')).toHaveText(/Add a document first/);
		expect(await userCourses(page)).toEqual([]);
		// Once a document is added the message goes (it stayed above an outsider's new files).
		await paste(page, MADE_UP_ARTICLE);
		await expect(page.locator('#form-error')).toHaveCount(0);
	}
);

test(
	'a document in another language or with no usable sentence says so; Cancel saves nothing',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		// Long enough (about 300 KB) that Cancel comes before the end.
		await paste(page, Array.from({ length: 40 }, () => MADE_UP_ARTICLE).join('\n\n'));
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByTestId('generation-progress').locator('progress')).toBeVisible();
		await page.getByRole('button', { name: 'Cancel' }).click();
		await expect(page.locator('#form-error')).toHaveText(
			'Generation cancelled. Nothing was saved.'
		);
		expect(await userCourses(page)).toEqual([]);

		await page.getByRole('button', { name: /^Remove/ }).click();
		await paste(
			page,
			'El puerto de Velmora abrió una central mareomotriz. La obra costó mucho dinero y tardó seis años en terminarse, según el alcalde de la ciudad.'
		);
		await expect(page.getByTestId('document-note')).toHaveText(/does not look like English/);
		await paste(page, 'It was a lovely day. We walked along the beach and talked about the sea.');
		await page.getByLabel('Course title').fill('Two notes');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused();
		const notes = page.getByTestId('no-questions');
		await expect(notes.nth(0)).toHaveText(/English only.*flashcards/);
		await expect(notes.nth(1)).toHaveText(
			/not sure enough of any sentence of this document.*sentences suggested.*write your own/
		);
		await expect(page.getByTestId('drafts-made')).toHaveText(
			'No draft questions were made from these documents.'
		);
		await expect(page.getByRole('link', { name: /^Review/ })).toHaveCount(0);
		// Each document leads on (docs40): the one the generator cannot read to writing by hand,
		// the other to its suggested sentences, which are also the main way on: never a dead end.
		// Which documents it means, not "from 2 documents" (outsider teacher, session 38).
		await expect(page.getByTestId('few-drafts').locator('strong')).toHaveText(
			'No questions so far from these 2 documents.'
		);
		const leads = page.getByTestId('few-drafts').getByRole('listitem');
		await expect(leads).toHaveCount(2);
		await expect(leads.nth(0)).toContainText(/No question yet from these \d+ words\./);
		await expect(leads.nth(0).getByRole('link')).toHaveText('Write from its sentences by hand');
		await expect(leads.nth(0).getByRole('link')).toHaveAttribute('href', /#write-0$/);
		await expect(leads.nth(1).getByRole('link')).toHaveAttribute('href', /#suggest-1$/);
		const main = page.locator('.actions .button.primary');
		await expect(main).toHaveText('Write questions from suggested sentences');
		await expect(main).toHaveAttribute('href', /#suggest-1$/);
		await expectNoAxeViolations(page);
		await page.getByRole('link', { name: 'Write questions by hand from a sentence' }).click();
		await page.waitForURL(/\/courses\/review\?course=u-.*&write=1/);
		await expect(page.getByTestId('few-questions').first()).toContainText(
			/No question yet from these \d+ words\./
		);
		// The first document's sentences are offered at once.
		await expect(page.getByTestId('write-by-hand').first()).toHaveAttribute('open', '');
		await expect(page.getByTestId('write-by-hand').nth(1)).not.toHaveAttribute('open', '');
	}
);

/**
 * docs40, issue 12: a teacher pasted an article of her own, got a few drafts, and "Course saved"
 * counted them without pointing to the sentences suggested for more. It always leads there for
 * one document, and says "few" only by the rule (`fewDraftsLeads`); the link lands on the
 * suggestions, focused. The generator changes: no draft count from it is assumed.
 */
test(
	'Course saved leads to the suggested sentences of her own article, landing on them',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		await gotoApp(page, '/courses/new');
		await paste(page, PANAMA_CANAL.text);
		await page.getByLabel('Course title').fill('Panama Canal');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused({
			timeout: 30_000
		});
		const made = Number(
			(await page.getByTestId('drafts-made').textContent())!.match(/^\d+/)?.[0] ?? 0
		);
		const words = PANAMA_CANAL.text.split(/\s+/).length;
		const few = page.getByTestId('few-drafts');
		// Few by the rule (under 3 a 1,000 words) when some came; none is said by its own note.
		if (made > 0 && made * 1000 < 3 * words)
			await expect(few).toContainText(/Only \d+ questions? so far from these [\d,]+ words\./);
		else await expect(few).toHaveCount(0);
		const suggestions = page.getByRole('link', {
			name: 'Write questions from suggested sentences'
		});
		await expect(suggestions).toBeVisible();
		if (made > 0)
			await expect(page.getByRole('link', { name: /^Review \d+ drafts?$/ })).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('course-saved-few.png'), true);
		await suggestions.click();
		await page.waitForURL(/\/courses\/review\?course=u-.*#suggest-0$/);
		const heading = page
			.getByTestId('suggested-sentences')
			.getByRole('heading', { name: 'More sentences to ask about' });
		await expect(heading).toBeFocused();
		await expect(heading).toBeInViewport();
		await expect(page.getByTestId('suggested-sentences').getByRole('listitem').first()).toBeVisible(
			{
				timeout: 30_000
			}
		);
		await shotForPeople(page, testInfo.outputPath('landed-on-suggestions.png'));
	}
);

test(
	'a 1 MB paste opening with invisible characters gets a visible title',
	{ tag: '@phone' },
	async ({ page }) => {
		// Outsider teacher, issue 12: a 1 MB paste showed an empty title. Text copied from a web page
		// can open with zero-width spaces; they named the document before.
		await gotoApp(page, '/courses/new');
		const para =
			'The harbour of Velmora was rebuilt in stone after the storm of 1871, when the old quays were carried away. ';
		const text = `\u200b\u200b\n\n${`${para.repeat(5)}\n\n`.repeat(1900)}`;
		expect(text.length).toBeGreaterThan(1_000_000);
		// `fill` types 1 MB too slowly; a paste sets the box's value at once, as this does.
		await page.getByLabel('Or paste an article').evaluate((box: HTMLTextAreaElement, value) => {
			box.value = value;
			box.dispatchEvent(new Event('input', { bubbles: true }));
		}, text);
		await page.getByRole('button', { name: 'Add pasted text' }).click();
		const entry = page.getByTestId('document-entry');
		await expect(entry.getByLabel('Title')).toHaveValue(
			'The harbour of Velmora was rebuilt in stone…',
			{ timeout: 30_000 }
		);
		await expect(page.getByLabel('Course title')).toHaveValue(
			'The harbour of Velmora was rebuilt in stone…'
		);
	}
);

test(
	'two documents with the same title: the later one is warned at and can be renamed',
	{ tag: '@phone' },
	async ({ page }) => {
		// Outsider teacher, issue 12: two different texts called "Notes" were kept silently.
		await gotoApp(page, '/courses/new');
		await paste(page, `Notes\n\n${MADE_UP_ARTICLE}`);
		await paste(page, 'Notes\n\nThe lighthouse keeper rowed out at dawn to mend the lamp.');
		const entries = page.getByTestId('document-entry');
		await expect(entries).toHaveCount(2);
		await expect(entries.nth(1).getByLabel('Title')).toHaveValue('Notes');
		await expect(entries.nth(0).getByTestId('same-title')).toHaveCount(0);
		const warning = entries.nth(1).getByTestId('same-title');
		await expect(warning).toContainText('“Pasted text 1” in this list has this title too');
		await expectNoAxeViolations(page);
		await warning.getByRole('button', { name: 'Rename to “Notes (2)”' }).click();
		await expect(entries.nth(1).getByLabel('Title')).toHaveValue('Notes (2)');
		await expect(page.getByTestId('same-title')).toHaveCount(0);
		// Typing the same title again brings the warning back; both texts stay listed.
		await entries.nth(1).getByLabel('Title').fill('notes');
		await expect(entries.nth(1).getByTestId('same-title')).toBeVisible();
		await expect(entries).toHaveCount(2);
	}
);

// Outsider teacher, issue 12: each document's "Title" sat above the one "Course title", and she
// filled the wrong one. The course is named first, in its own step; a document's field says it
// is the document's. Layout: both projects, and a 320 px phone.
test('the course title comes first and apart from the documents’ titles', async ({
	page
}, testInfo) => {
	await gotoApp(page, '/courses/new');
	await paste(page, MADE_UP_ARTICLE);
	await paste(page, 'Notes on tides\n\nThe lighthouse keeper rowed out at dawn to mend the lamp.');
	const entries = page.getByTestId('document-entry');
	await expect(entries).toHaveCount(2);
	const course = page.getByRole('textbox', { name: 'Course title' });
	await expect(course).toHaveAccessibleDescription(/One name for the whole course/);
	await expect(page.getByRole('textbox', { name: 'Title', exact: true })).toHaveCount(0);
	for (const width of [320, testInfo.project.use.viewport?.width ?? 320]) {
		await page.setViewportSize({ width, height: 800 });
		const courseBox = (await course.boundingBox())!;
		for (const entry of await entries.all()) {
			const field = entry.getByRole('textbox', { name: 'Document title', exact: true });
			expect((await field.boundingBox())!.y, `${width} px`).toBeGreaterThan(courseBox.y);
		}
		// The course's section is its own, above the documents' (not only its field).
		const courseSection = (await page
			.getByRole('region', { name: '1. Name the course' })
			.boundingBox())!;
		const docsSection = (await page
			.getByRole('region', { name: '2. Add its documents' })
			.boundingBox())!;
		expect(courseSection.y + courseSection.height).toBeLessThanOrEqual(docsSection.y);
		expect(
			await page.evaluate(() => document.documentElement.scrollWidth),
			`${width} px`
		).toBeLessThanOrEqual(width);
		await shotForPeople(page, testInfo.outputPath(`titles-${width}.png`), true);
	}
	await expectNoAxeViolations(page);
});

test(
	'a question file chosen in Add documents opens in Import questions with the course title typed',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		// A teacher chose her GIFT file here, was sent on to Import questions and had to choose it
		// again there, her course title lost (outsider teacher, issue 12).
		await gotoApp(page, '/courses/new');
		await page.getByLabel('Course title').fill('Year 9 rivers');
		await page.getByTestId('file-input').setInputFiles({
			name: 'rivers.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from(
				'::Q1:: Which river flows through Vienna? {=Danube ~Rhine ~Elbe}\n\n::Q2:: The Nile flows north.{TRUE}\n'
			)
		});
		const entry = page.getByTestId('document-entry');
		await expect(entry.getByRole('alert')).toContainText('is a file of questions (Moodle GIFT)');
		await entry.getByRole('link', { name: 'Import questions' }).click();
		await expect(page.getByRole('heading', { name: '2. How to read “rivers.gift”' })).toBeVisible();
		await expect(page.getByText('2 questions will be imported')).toBeVisible();
		await expect(page.getByLabel('Title of the new course')).toHaveValue('Year 9 rivers');
		await shotForPeople(page, testInfo.outputPath('question-file-carried.png'), true);
		await expectNoAxeViolations(page);

		// A reload loses the file (memory only): the screen says so, naming it, not blank.
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(page.getByRole('alert')).toContainText(
			'“rivers.gift”, chosen in Add documents, could not be brought here'
		);
		await shotForPeople(page, testInfo.outputPath('question-file-not-carried.png'), true);

		// Chosen again, it imports under its title; the address no longer names a lost file.
		await page.getByLabel('Open a question file', { exact: true }).setInputFiles({
			name: 'rivers.gift',
			mimeType: 'text/plain',
			buffer: Buffer.from('::Q1:: Which river flows through Vienna? {=Danube ~Rhine ~Elbe}\n')
		});
		await expect(page.getByRole('alert')).toHaveCount(0);
		await page.getByRole('button', { name: 'Import 1 question' }).click();
		await expect(page.getByText('They are in Rivers, ready to study.')).toBeVisible();
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(page.getByRole('alert')).toHaveCount(0);
		// The title went with the file: Add documents does not bring it back as unfinished work.
		await gotoApp(page, '/courses/new');
		await expect(page.getByLabel('Course title')).toHaveValue('');
		await expect(page.getByTestId('pending-restored')).toHaveCount(0);
	}
);

// Outsider teacher from Kahoot and Moodle: after a reload the note listed her article but not the
// GIFT file she had chosen beside it.
test(
	'a question file chosen beside a document is named after a reload, to be chosen again',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await gotoApp(page, '/courses/new');
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'velmora.txt', mimeType: 'text/plain', buffer: Buffer.from(MADE_UP_ARTICLE) },
			{
				name: 'rivers.gift',
				mimeType: 'text/plain',
				buffer: Buffer.from('::Q1:: Which river flows through Vienna? {=Danube ~Rhine ~Elbe}\n')
			}
		]);
		await expect(page.getByRole('alert')).toContainText('is a file of questions (Moodle GIFT)');
		await page.getByLabel('Course title').fill('Velmora');
		await expect.poll(() => keptTitle(page)).toBe('Velmora');
		await page.reload();
		const note = page.getByTestId('pending-restored');
		await expect(note.locator('p')).toHaveText(
			/: the course title “Velmora”, 1 document \(“.+”\) and the question file “rivers\.gift” \(choose it again in Import questions\)\. Check it, or start afresh\./
		);
		const gift = page.getByTestId('document-entry').filter({ hasText: 'rivers.gift' });
		await expect(gift.getByRole('alert')).toContainText('choose it again in Import questions');
		await expect(gift.getByRole('link', { name: 'Import questions' })).toHaveAttribute(
			'href',
			'/courses/import'
		);
		await shotForPeople(page, testInfo.outputPath('question-file-restored.png'), true);
		await expectNoAxeViolations(page);
	}
);

// A student from Anki, session 37: three "- **Term** – meaning" lines pasted with no "# heading"
// gave 0 cards and the title "- **Enzyme** – a biological catalyst made of…"; under "# Biology"
// the same lines gave 3 cards.
test(
	'pasted notes with bold terms and no heading are titled by their terms and give their cards',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		await paste(
			page,
			'- **Enzyme** – a biological catalyst made of protein\n- **Diffusion** – the net movement of particles from high to low concentration\n- **Osmosis** – the diffusion of water across a partially permeable membrane\n'
		);
		const entry = page.getByTestId('document-entry');
		await expect(entry.getByLabel('Title')).toHaveValue('Enzyme, Diffusion, Osmosis');
		await page.getByLabel('Course title').fill('Pasted biology');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused();
		await expect(page.getByTestId('drafts-made')).toHaveText(/^3 draft questions were made\./);
	}
);

test(
	'a timetable is said to have no sentences, and no empty course is saved from it (session 38)',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		// The outsider teacher's timetable.txt: it was called "not English" and became a course of 0.
		const timetable =
			'Period | Mon | Tue | Wed | Thu | Fri\n1 | Maths | Eng | Sci | Geog | PE\n2 | Maths | Eng | Sci | Geog | PE\n3 | Maths | Eng | Sci | Geog | PE\n4 | Maths | Eng | Sci | Geog | PE\n5 | Maths | Eng | Sci | Geog | PE\n6 | Maths | Eng | Sci | Geog | PE\n\nRoom 12\nBring: pencil, ruler, calculator\n\nok\nsee you\nTODO\n1. ...\n2. ...\n3. ...';
		await page.getByTestId('file-input').setInputFiles({
			name: 'timetable.txt',
			mimeType: 'text/plain',
			buffer: Buffer.from(timetable)
		});
		await expect(page.getByTestId('document-note')).toHaveText(
			/no sentences to make questions from/
		);
		await expect(page.getByTestId('document-note')).not.toHaveText(/English/);
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.locator('#form-error')).toHaveText(
			/^Nothing was saved\. “.+” has no sentences to make questions from/
		);
		expect(await userCourses(page)).toEqual([]);
	}
);

test(
	'each document entry keeps its Remove button in the same place, whatever its name (session 38)',
	{ tag: '@phone' },
	async ({ page }) => {
		await gotoApp(page, '/courses/new');
		const text = (topic: string) =>
			Buffer.from(
				`${topic} shape the land they cross. ${MADE_UP_ARTICLE}`.replace(/Velmora/g, topic)
			);
		await page.getByTestId('file-input').setInputFiles([
			{ name: 'a.txt', mimeType: 'text/plain', buffer: text('Rivers') },
			{
				name: 'volcanoes-and-earthquakes-revision.txt',
				mimeType: 'text/plain',
				buffer: text('Volcanoes')
			}
		]);
		const entries = page.getByTestId('document-entry');
		// Both read (a reading entry has no fields yet), then measured in one go.
		await expect(entries.getByLabel('Document title')).toHaveCount(2);
		for (const width of [390, 320]) {
			await page.setViewportSize({ width, height: 844 });
			const boxes = await entries.evaluateAll((cards) =>
				cards.map((card) => {
					const box = card.getBoundingClientRect();
					const remove = card.querySelector('button.remove')!.getBoundingClientRect();
					return { right: box.right - remove.right, top: remove.top - box.top };
				})
			);
			// The same distance from each card's right edge, on the card's first row.
			expect(Math.abs(boxes[0].right - boxes[1].right), `${width} px`).toBeLessThan(1);
			expect(Math.abs(boxes[0].top - boxes[1].top), `${width} px`).toBeLessThan(12);
		}
		await shotForPeople(page, 'test-results/entries-remove-320.png', true);
	}
);
