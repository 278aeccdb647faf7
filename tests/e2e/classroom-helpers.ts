import { expect, type Locator, type Page } from '@playwright/test';
import type { QuizQuestion } from '../../src/lib/quiz/types';
import { gotoApp } from './helpers';

/**
 * Makes a quiz as a teacher does on New quiz: a title, the first document (with `allDocuments`,
 * none ticked: all of them), `count` questions and, with `types` (the builder's labels, e.g. 'Short answer'), only those question types
 * ticked; it waits for the quiz's share screen. `fromClassroom` opens New quiz by its link on
 * Classroom instead of by address. Returns the quiz's id, its questions as stored in the
 * classroom database (in the teacher's order) and its link (`…/quiz#Q1.…`).
 */
export async function buildQuiz(
	page: Page,
	title: string,
	count: number,
	{
		types,
		fromClassroom = false,
		allDocuments = false
	}: { types?: string[]; fromClassroom?: boolean; allDocuments?: boolean } = {}
): Promise<{ id: string; questions: QuizQuestion[]; link: string }> {
	if (fromClassroom) {
		await gotoApp(page, '/classroom');
		await page.getByRole('link', { name: 'New quiz' }).click();
		await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible();
	} else {
		await gotoApp(page, '/classroom/new');
	}
	await page.getByLabel('Title').fill(title);
	if (!allDocuments)
		await page.getByRole('group', { name: 'Documents' }).getByRole('checkbox').first().check();
	if (types) {
		const group = page.getByRole('group', { name: 'Question types' });
		for (const box of await group.getByRole('checkbox').all()) await box.uncheck();
		for (const type of types) await group.getByLabel(type).check();
	}
	await page.getByLabel('Number of questions').fill(String(count));
	await page.getByRole('button', { name: 'Create quiz and share' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	const id = new URL(page.url()).searchParams.get('id')!;
	const questions = await storedQuestions(page, id);
	const link = await page.getByLabel('Quiz link', { exact: true }).inputValue();
	return { id, questions, link };
}

/** The questions of quiz `id` as stored in the classroom database (`flashpoint-classroom`). */
export async function storedQuestions(page: Page, id: string): Promise<QuizQuestion[]> {
	return page.evaluate(
		(id) =>
			new Promise<QuizQuestion[]>((resolve, reject) => {
				const open = indexedDB.open('flashpoint-classroom');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const get = open.result.transaction('quizzes').objectStore('quizzes').get(id);
					get.onsuccess = () => {
						resolve(get.result.questions);
						open.result.close();
					};
					get.onerror = () => reject(get.error);
				};
			}),
		id
	);
}

/**
 * Waits until the Classroom screen has made its database (Dexie's versions are ×10, so ≥ 10),
 * before a test writes rows into it by hand: the screen opens it after hydration (perf34), and a
 * bare `indexedDB.open` that comes first makes an empty version 1 with no `quizzes` store (a
 * fresh-clone CI hung there on three projector tests).
 */
export async function waitForClassroomDb(page: Page): Promise<void> {
	await expect
		.poll(() =>
			page.evaluate(async () =>
				(await indexedDB.databases()).some(
					(db) => db.name === 'flashpoint-classroom' && (db.version ?? 0) >= 10
				)
			)
		)
		.toBe(true);
}

/**
 * "Import a quiz file" on Classroom with a GIFT file of `lines`, named `name`: New quiz opens
 * with the file's questions chosen (teacher outsider, session 37: the title is asked there, and
 * a course's questions can join them). Returns the file's section of New quiz; with `create`,
 * Create is pressed too and the quiz's id returned once its share screen shows.
 */
export async function importQuizFile(
	page: Page,
	name: string,
	lines: string[]
): Promise<{ section: Locator; create: () => Promise<string> }> {
	await gotoApp(page, '/classroom');
	await page.getByLabel('Import a quiz file').setInputFiles({
		name,
		mimeType: 'text/plain',
		buffer: Buffer.from(lines.join('\n'))
	});
	await expect(page.getByRole('heading', { level: 1, name: 'New quiz' })).toBeVisible();
	const section = page.getByRole('region', { name: 'Questions from a file' });
	await expect(section.getByRole('status')).toContainText('chosen below');
	return {
		section,
		create: async () => {
			await page.getByRole('button', { name: 'Create quiz and share' }).click();
			await page.waitForURL(/\/classroom\/quiz\?id=/);
			return new URL(page.url()).searchParams.get('id')!;
		}
	};
}
