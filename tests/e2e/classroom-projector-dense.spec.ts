import { type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
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
	'a code too dense to read is not drawn: the projector shows the quiz as a series of codes',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		// Seven viewports and full-page screenshots: over 120 s at load 50 on the 2-core machine.
		test.setTimeout(180_000);
		await page.setViewportSize({ width: 1280, height: 720 });
		await seedQuiz(page);
		await gotoApp(page, `/classroom/quiz?id=${quiz.id}`);
		// Never a code phones cannot read (outsider teacher, issue 14): a series of readable ones,
		// said so (issue 12), where the dense warning was.
		const shared = page.getByTestId('series-note');
		await expect(shared).toHaveText(
			/^This quiz is too long for one QR code that phones read reliably, so it is shown as [2-4] QR codes, one after another/
		);
		await expect(page.getByTestId('dense')).toHaveCount(0);
		await expect(page.getByRole('img', { name: 'QR code of the quiz link' })).toHaveCount(0);
		const warning = (await shared.textContent())?.trim();

		await gotoApp(page, `/classroom/project?id=${quiz.id}`);
		await expect(page.getByTestId('no-qr')).toHaveCount(0);
		await expect(
			page.getByRole('heading', { name: /^Scan (both|all \d) codes to join$/ })
		).toBeVisible();
		const which = page.getByTestId('qr-series-which');
		const code = page.getByRole('img', { name: /^QR code \d of \d of the quiz link$/ });
		const next = page.getByRole('button', { name: 'Next' });
		// A clicker's Page Down moves the series on the join screen (nothing else moves there).
		await page.getByRole('button', { name: /^(Pause|Play \(every)/ }).click();
		const first = await which.textContent();
		await page.keyboard.press('PageDown');
		await expect(which).not.toHaveText(first!);
		// The teacher's note and the link are a tap away.
		await page.getByText('For the teacher').click();
		await expect(page.getByTestId('series-note')).toHaveText(warning!);
		const link = page.getByLabel('Quiz link', { exact: true });
		await expect(link).toHaveValue(new RegExp(`/quiz#Q1\\.${noise.slice(0, 20)}`));
		await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
		// On a projector without full screen, the whole code, which code it is and Next show
		// without scrolling (outsider teacher: the join screen's parts were below the fold).
		for (const [width, height] of [
			[1280, 720],
			[1920, 1080]
		]) {
			await page.setViewportSize({ width, height });
			await page.evaluate(() => window.scrollTo(0, 0));
			for (const shown of [which, code, next]) await expect(shown).toBeInViewport({ ratio: 1 });
			await shotForPeople(page, testInfo.outputPath(`projector-series-${width}x${height}.png`));
		}
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await shotForPeople(page, testInfo.outputPath(`projector-series-${width}.png`), true);
		}
	}
);

// Teacher outsider of session 36: her two codes were 375 px at 1280×800, the side navigation
// beside them. The projector hides the navigation; the code is read back at a third of its size
// on screen, as a phone at the back of the room sees it.
test(
	'the projector gives its series code the screen: no navigation, larger, read at 1/3 scale',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(120_000);
		await page.setViewportSize({ width: 1280, height: 800 });
		await seedQuiz(page);
		await gotoApp(page, `/classroom/project?id=${quiz.id}`);
		const code = page.getByRole('img', { name: /^QR code \d of \d of the quiz link$/ });
		await expect(code).toBeVisible();
		await expect(page.getByRole('navigation', { name: /main|app/i })).toBeHidden();
		await page.getByRole('button', { name: /^(Pause|Play \(every)/ }).click();
		const box = (await code.boundingBox())!;
		console.log(`projector series code at 1280×800: ${Math.round(box.width)} px`);
		expect(box.width).toBeGreaterThanOrEqual(420);
		await expect(code).toBeInViewport({ ratio: 1 });
		const png = await code.screenshot();
		const sheet = await page.context().newPage();
		const third = Math.round(box.width / 3);
		await sheet.setContent(
			`<body style="margin:0;background:#fff;padding:12px"><img style="width:${third}px;display:block" src="data:image/png;base64,${png.toString('base64')}"></body>`
		);
		const small = await sheet.locator('body').screenshot();
		await sheet.close();
		const wasm = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
		prepareZXingModule({
			overrides: {
				wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)
			},
			fireImmediately: true
		});
		const [read] = await readBarcodes(new Uint8Array(small), { formats: ['QRCode'] });
		expect(read?.isValid).toBe(true);
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			await shotForPeople(page, testInfo.outputPath(`projector-nonav-${width}.png`), true);
		}
	}
);
