import { type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { gotoApp, shotForPeople } from './helpers';
import { waitForClassroomDb } from './classroom-helpers';

/**
 * An edited quiz on the projector: the join screen says what the Share panel says of a dense
 * QR code, and shows the link (outsider teacher, 2026-12-01: a version-33 code failed at the
 * back of the room and the projector said nothing; an edited quiz has no join code).
 */

// What makes a dense code is its length: 900 characters of link code, as three own questions
// of a 10-question quiz made (version 25 or so, with this origin).
let x = 11;
const noise = Array.from(
	{ length: 1200 },
	() =>
		'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'[
			(x = (x * 48271) % 2147483647) % 64
		]
).join('');

// Prompts of noise: the QR code leaves explanations to the link (its lean link, drawn from the
// questions), so only what a student answers can make it dense.
const own = (i: number) => ({
	id: `own-dense${i}`,
	type: 'short',
	prompt: `Teacher’s own question ${i}: ${noise.slice(i * 280, i * 280 + 280)}?`,
	answer: 'Treaty of Bucharest',
	explanation: 'Written by your teacher.',
	source: { doc: 'teacher', quote: 'Written by your teacher.' }
});

const quiz = {
	id: 'denseQuiz01',
	title: 'Balkan wars, edited',
	createdAt: Date.UTC(2026, 11, 1),
	settings: {
		timer: 'none',
		seconds: 600,
		shuffleQuestions: false,
		shuffleChoices: false,
		allowBack: true,
		showAnswers: true
	},
	questions: [own(1), own(2), own(3)],
	code: `Q1.${noise}`
};

async function seedQuiz(page: Page) {
	await gotoApp(page, '/classroom');
	await waitForClassroomDb(page);
	await page.evaluate(
		(row) =>
			new Promise<void>((resolve, reject) => {
				const open = indexedDB.open('flashpoint-classroom');
				open.onerror = () => reject(open.error);
				open.onsuccess = () => {
					const tx = open.result.transaction('quizzes', 'readwrite');
					tx.objectStore('quizzes').put(row);
					tx.oncomplete = () => {
						open.result.close();
						resolve();
					};
					tx.onerror = () => reject(tx.error);
				};
			}),
		quiz
	);
}

test(
	'a dense code is not drawn: the projector says how many questions fit, why, and shows the link',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		// Seven viewports and full-page screenshots: over 60 s at load 30 on the 2-core machine.
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1280, height: 720 });
		await seedQuiz(page);
		await gotoApp(page, `/classroom/quiz?id=${quiz.id}`);
		const shared = page.getByTestId('dense');
		// Never a code phones cannot read (outsider teacher, issue 14): how many questions would
		// fit one, why, and the link.
		await expect(shared).toHaveText(
			/^This quiz is too long for one QR code that phones read reliably: [0-2] of its 3 questions fits? one; the link still works\. Its QR code would be version \d+ .*your 3 own questions/
		);
		await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toHaveCount(0);
		const warning = (await shared.textContent())?.trim();

		await gotoApp(page, `/classroom/project?id=${quiz.id}`);
		await expect(page.getByTestId('no-qr')).toBeVisible();
		await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toHaveCount(0);
		await expect(page.getByRole('heading', { name: 'Open the link to join' })).toBeVisible();
		await expect(page.getByTestId('dense')).toHaveText(warning!);
		const link = page.getByLabel('Quiz link', { exact: true });
		await expect(link).toHaveValue(new RegExp(`/quiz#Q1\\.${noise.slice(0, 20)}`));
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		// On a projector without full screen, the warning, the link and its Copy button show
		// without scrolling, beside the whole code (outsider teacher: they were below the fold).
		for (const [width, height] of [
			[1280, 720],
			[1920, 1080]
		]) {
			await page.setViewportSize({ width, height });
			await page.evaluate(() => window.scrollTo(0, 0));
			for (const shown of [
				page.getByTestId('dense'),
				link,
				page.getByRole('button', { name: 'Copy link' })
			])
				await expect(shown).toBeInViewport({ ratio: 1 });
			await shotForPeople(page, testInfo.outputPath(`projector-dense-${width}x${height}.png`));
		}
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await shotForPeople(page, testInfo.outputPath(`projector-dense-${width}.png`), true);
		}
	}
);
