import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { MADE_UP_ARTICLE } from '../../src/lib/courses/test-article';
import { PANAMA_CANAL } from '../../src/lib/courses/teacher-article.test-helpers';
import { pastedCourseInReview } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * Next week's handout into the course it belongs to (outsider teacher, session 38: "Add
 * documents" always started a new course and Sources had no add button).
 */

/** The course's questions as stored: id, status and document, in course order. */
function storedQuestions(page: Page, courseId: string) {
	return page.evaluate(
		(courseId) =>
			new Promise<{ id: string; status: string; doc: string; fact: string }[]>(
				(resolve, reject) => {
					const open = indexedDB.open('flashpoint');
					open.onerror = () => reject(open.error);
					open.onsuccess = () => {
						const db = open.result;
						const all = db.transaction('questions').objectStore('questions').getAll();
						all.onsuccess = () => {
							db.close();
							type Row = {
								id: string;
								courseId: string;
								position: number;
								status: string;
								fact: string;
								source: { doc: string };
							};
							resolve(
								(all.result as Row[])
									.filter((q) => q.courseId === courseId)
									.sort((a, b) => a.position - b.position)
									.map((q) => ({ id: q.id, status: q.status, doc: q.source.doc, fact: q.fact }))
							);
						};
					};
				}
			),
		courseId
	);
}

/** `shotForPeople` at 320, 390 and 1280 px wide (E2E_SHOTS=1 only), back at 390 after. */
async function shotsAtWidths(page: Page, name: string) {
	if (process.env.E2E_SHOTS !== '1') return;
	for (const width of [320, 1280, 390]) {
		await page.setViewportSize({ width, height: 844 });
		await shotForPeople(page, `test-results/${name}-${width}.png`, true);
	}
}

/** The title of document `id` as stored. */
function storedTitle(page: Page, id: string) {
	return page.evaluate(
		(id) =>
			new Promise<string>((resolve, reject) => {
				const open = indexedDB.open('flashpoint');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const db = open.result;
					const get = db.transaction('documents').objectStore('documents').get(id);
					get.onsuccess = () => {
						db.close();
						resolve(get.result.title as string);
					};
				};
			}),
		id
	);
}

async function paste(page: Page, text: string) {
	await page.getByLabel('Or paste an article').fill(text);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
}

test(
	'Sources → Add documents puts a second document into the course: its drafts in its Review, nothing studied changed',
	{ tag: '@phone' },
	async ({ page }) => {
		await pastedCourseInReview(page, MADE_UP_ARTICLE, 'Velmora');
		const courseId = new URL(page.url()).searchParams.get('course')!;
		// One decision made before: it must stay as it was.
		const first = page.getByTestId('draft').first();
		await first.getByRole('button', { name: 'Accept' }).click();
		await expect(first).toHaveAttribute('data-status', 'accepted');
		const before = await storedQuestions(page, courseId);

		await gotoApp(page, `/sources?course=${encodeURIComponent(courseId)}`);
		const add = page.getByRole('link', { name: 'Add documents to Velmora' });
		await expect(add).toBeVisible();
		await shotsAtWidths(page, 'add-to-course-sources');
		await add.click();
		await page.waitForURL(/\/courses\/new\?course=/);
		await expect(page.getByTestId('adding-to')).toContainText('Adding to “Velmora”');
		await expect(page.getByLabel('Course title')).toHaveCount(0);

		// The same text again is caught as in a new course, naming the course's document.
		await paste(page, MADE_UP_ARTICLE);
		await expect(page.getByTestId('document-entry').first()).toContainText(
			/same text as “.+”, already in this course/
		);
		await page
			.getByTestId('document-entry')
			.first()
			.getByRole('button', { name: /Remove/ })
			.click();
		await paste(page, PANAMA_CANAL.text);
		await expect(page.getByTestId('document-entry').getByLabel('Title')).not.toHaveValue('');
		// A title the course already has is warned at, as a repeat in the list is.
		const firstTitle = await storedTitle(page, `${courseId}:d-1`);
		const title = page.getByTestId('document-entry').getByLabel('Title');
		const typed = await title.inputValue();
		await title.fill(firstTitle);
		await expect(page.getByTestId('same-title')).toContainText(
			`“${firstTitle}” in this course has this title too`
		);
		await title.fill(typed);
		await expect(page.getByTestId('same-title')).toHaveCount(0);
		await expectNoAxeViolations(page);
		await shotsAtWidths(page, 'add-to-course-form');
		await page.getByRole('button', { name: 'Generate questions' }).click();
		await expect(page.getByRole('heading', { name: 'Added to “Velmora”' })).toBeFocused();
		await shotsAtWidths(page, 'add-to-course-done');
		await expectNoAxeViolations(page);

		const after = await storedQuestions(page, courseId);
		// What was there is unchanged, decisions and all; the new ones are drafts of a new document.
		expect(after.slice(0, before.length)).toEqual(before);
		const added = after.slice(before.length);
		expect(added.length).toBeGreaterThan(0);
		expect(new Set(added.map((q) => q.status))).toEqual(new Set(['draft']));
		expect(new Set(added.map((q) => q.doc))).toEqual(new Set([`${courseId}:d-2`]));
		expect(new Set(after.map((q) => q.id)).size).toBe(after.length);
		const oldFacts = new Set(before.map((q) => q.fact));
		expect(added.filter((q) => oldFacts.has(q.fact))).toEqual([]);

		await page.getByRole('link', { name: /^Review \d+ drafts?$/ }).click();
		await page.waitForURL(/\/courses\/review\?course=/);
		expect(new URL(page.url()).searchParams.get('course')).toBe(courseId);
		await expect(page.getByTestId('count-accepted')).toHaveText('1');
		await expect(page.getByTestId('count-draft')).toHaveText(String(after.length - 1));
		// Review drafts leads to the next document too.
		await expect(page.getByTestId('add-documents')).toHaveAttribute(
			'href',
			`/courses/new?course=${encodeURIComponent(courseId)}`
		);
	}
);

test(
	'a course card on Courses offers Add documents into that course',
	{ tag: '@phone' },
	async ({ page }) => {
		await pastedCourseInReview(page, MADE_UP_ARTICLE, 'Velmora');
		const courseId = new URL(page.url()).searchParams.get('course')!;
		await gotoApp(page, '/courses');
		await page.getByTestId('add-documents').click();
		await page.waitForURL(/\/courses\/new\?course=/);
		expect(new URL(page.url()).searchParams.get('course')).toBe(courseId);
		await expect(page.getByTestId('adding-to')).toContainText('Velmora');
		// A course that is gone says so and takes nothing.
		await gotoApp(page, '/courses/new?course=u-gone');
		await expect(page.getByTestId('target-problem')).toContainText('not on this device');
		await expect(page.getByRole('button', { name: 'Generate questions' })).toHaveCount(0);
	}
);
