import { expect, type Locator, type Page } from '@playwright/test';
import { gotoApp } from './helpers';

/**
 * Setting up a user course, shared by the specs that need one (courses, classroom-course): a
 * course file as Courses → Import course reads it, and the import of a question file (GIFT,
 * Aiken, …) as a new course.
 */

/** A `flashpoint-course` file holding `course`, its documents and questions. */
export function courseFile(
	course: { id: string; title: string },
	documents: Record<string, unknown>[],
	questions: Record<string, unknown>[]
) {
	return {
		format: 'flashpoint-course',
		version: 1,
		exportedAt: '2026-11-30T10:00:00.000Z',
		course,
		documents,
		questions
	};
}

/** Chooses a course file on the Courses screen (the preview dialog opens; nothing is stored). */
export async function chooseCourseFile(page: Page, name: string, buffer: Buffer) {
	await page
		.getByTestId('course-file-input')
		.setInputFiles({ name, mimeType: 'application/json', buffer });
}

/** Imports a course file from the Courses screen and waits until it is stored. */
export async function importCourse(page: Page, file: ReturnType<typeof courseFile>) {
	await gotoApp(page, '/courses');
	await chooseCourseFile(page, 'course.json', Buffer.from(JSON.stringify(file)));
	await page
		.getByRole('dialog', { name: `Import “${file.course.title}”?` })
		.getByRole('button', { name: 'Import course' })
		.click();
	await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toBeVisible();
}

/**
 * Opens "Write a question by hand" on the screen shown (Review drafts, or a document in the
 * Sources reader) and starts a question from the sentence whose text matches `sentence`;
 * returns the writer's panel (`write-by-hand`).
 */
export async function writeFromSentence(page: Page, sentence: RegExp): Promise<Locator> {
	const writer = page.getByTestId('write-by-hand');
	await writer.locator('summary').click();
	await writer.getByRole('button', { name: sentence }).click();
	return writer;
}

/**
 * Makes a course from pasted text on Add documents (`text` as one document, titled `title`),
 * generates its drafts and opens Review drafts, the screen that both of the saved screen's links
 * lead to ("Review N drafts", or "Write questions by hand from a sentence" when none came).
 */
export async function pastedCourseInReview(page: Page, text: string, title: string) {
	await gotoApp(page, '/courses/new');
	await page.getByLabel('Or paste an article').fill(text);
	await page.getByRole('button', { name: 'Add pasted text' }).click();
	await page.getByLabel('Course title').fill(title);
	await page.getByRole('button', { name: 'Generate questions' }).click();
	await expect(page.getByRole('heading', { name: 'Course saved' })).toBeFocused();
	await page
		.getByRole('link', { name: /^(Review \d+ drafts?|Write questions by hand from a sentence)$/ })
		.click();
	await page.waitForURL(/\/courses\/review\?course=u-/);
}

/**
 * Imports a question file (GIFT, Aiken, Moodle XML, Anki text) as a new course titled `title`
 * and waits until it is stored; `count` is how many questions the preview says it will import.
 */
export async function importQuestionFile(
	page: Page,
	file: { name: string; text: string },
	title: string,
	count: number
) {
	await gotoApp(page, '/courses/import');
	await page.getByLabel('Open a question file', { exact: true }).setInputFiles({
		name: file.name,
		mimeType: 'text/plain',
		buffer: Buffer.from(file.text, 'utf8')
	});
	await page.getByLabel('Title of the new course').fill(title);
	await page.getByRole('button', { name: `Import ${count} questions` }).click();
	await expect(page.getByRole('heading', { name: `Imported ${count} questions` })).toBeVisible();
}

/** The sentences of `riversCourse`'s one document, a Year 9 geography handout. */
export const RIVER_SENTENCES = [
	'A meander is a bend in a river channel.',
	'Attrition is when stones carried by the river knock against each other and break into smaller, rounder pieces.',
	'Hydraulic action is the force of the water against the banks and bed of the river.',
	'Water leaves the system through evaporation, transpiration from plants, and river discharge into the sea.',
	'Evaporation and transpiration together are called evapotranspiration.',
	'An ox-bow lake is a curved lake formed when a meander is cut off from the river.'
];

/**
 * A course file of a rivers handout with drafts to review (as Add documents leaves them): the
 * flashcard "What is a meander?" (a term's fact), a fill-the-blank on "evapotranspiration" (a
 * word wider than a 320 px phone at 200% text) and one on "Hydraulic action". `id`: the course id.
 */
export function riversCourse(id: string) {
	const draft = (n: number, quote: number, fields: Record<string, unknown>) => ({
		id: `q-${n}`,
		explanation: `“${RIVER_SENTENCES[quote]}”`,
		source: { doc: 'd-1', quote: RIVER_SENTENCES[quote] },
		fact: `d-1-term-0abcdef${n}`,
		topics: [],
		difficulty: 2,
		origin: 'generated',
		...fields
	});
	return {
		...courseFile(
			{ id, title: 'Rivers and their landforms' },
			[
				{
					id: 'd-1',
					title: 'Rivers',
					outlet: 'GeoKnow Magazine',
					date: '2024-03-03',
					dateApproximate: false,
					text: `Rivers\n\n${RIVER_SENTENCES.slice(0, 3).join(' ')}\n\n${RIVER_SENTENCES.slice(3).join(' ')}`
				}
			],
			[]
		),
		drafts: [
			draft(1, 0, {
				type: 'flashcard',
				prompt: 'What is a meander?',
				answer: 'A bend in a river channel'
			}),
			draft(2, 4, {
				type: 'cloze',
				prompt: 'Evaporation and transpiration together are called ____.',
				answer: 'evapotranspiration'
			}),
			draft(3, 2, {
				type: 'cloze',
				prompt: '____ is the force of the water against the banks and bed of the river.',
				answer: 'Hydraulic action'
			})
		]
	};
}
