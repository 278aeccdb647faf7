import { expect, type Page } from '@playwright/test';
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
