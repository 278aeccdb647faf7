import { readFileSync } from 'node:fs';
import { type Locator } from '@playwright/test';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { expect, test } from './page-errors';
import { newDeviceContext } from './contexts';
import {
	CELLS,
	definitionPrompt,
	GLOSSARY,
	TYPED,
	wrongFor
} from '../../src/lib/quiz/glossary.test-helpers';
import { courseFile, importCourse } from './course-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * Teacher outsider of session 35 (Kahoot, Moodle, Quizlet; three handouts of her own): a quiz of
 * 14 of her own questions needed two QR codes. Now 14 go in one code (format 4's short rows and
 * dictionary, drawn at level L where that keeps it at version 19), which a phone's decoder reads:
 * the Share panel's and the projector's drawings are read back here with zxing (the app's own
 * scanner library), and the projector's size is measured at 1280 and 320 px.
 *
 * No step waits for time to pass: each waits for what a person would see next.
 */

const COURSE_ID = 'u-0e2e0000-0000-4000-8000-0000000000e5';
/** The handout's text: her glossary and typed questions, the unit tests' own (`GLOSSARY_QUIZ`). */
const sentences = [
	...GLOSSARY.map(([term, definition]) => `${term}: ${definition.toLowerCase()}.`),
	...TYPED.map(({ prompt, answer }) => `${prompt.replace(/\?$/, '')}: ${answer}.`)
];
const question = (n: number, fields: Record<string, unknown>) => ({
	id: `q-${n + 1}`,
	source: { doc: 'd-1', quote: sentences[n] },
	explanation: `The handout says: “${sentences[n]}”`,
	fact: `fact-${n + 1}`,
	topics: [],
	difficulty: 1,
	origin: 'written',
	...fields
});
const biology = courseFile(
	{ id: COURSE_ID, title: 'Year 8 biology' },
	[
		{
			id: 'd-1',
			title: CELLS,
			outlet: 'Class handout',
			date: '2026-09-01',
			dateApproximate: false,
			text: sentences.join(' ')
		}
	],
	[
		...GLOSSARY.map(([term, definition], i) =>
			question(i, {
				type: 'mcq',
				prompt: definitionPrompt(term),
				answer: definition,
				choices: [definition, ...wrongFor(i)]
			})
		),
		...TYPED.map(({ prompt, answer }, i) => question(8 + i, { type: 'short', prompt, answer }))
	]
);
const KEYS = new Map<string, string>([
	...GLOSSARY.map(([term, definition]): [string, string] => [definitionPrompt(term), definition]),
	...TYPED.map(({ prompt, answer }): [string, string] => [prompt, answer])
]);

let zxingReady = false;
/**
 * The text of the QR code `svg` draws, read by zxing (the app's own scanner library) with its
 * version and level: the drawing itself (its SVG, module for module) rasterised 800 px wide, as
 * a camera sees a code in one piece; a screenshot at 2–3 screen pixels a module has modules of
 * 2 and 3 pixels side by side, which no camera frame has.
 */
async function readQr(svg: Locator) {
	if (!zxingReady) {
		const wasm = readFileSync('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm');
		prepareZXingModule({
			overrides: {
				wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength)
			},
			fireImmediately: true
		});
		zxingReady = true;
	}
	const drawing = await svg.evaluate((element) => element.outerHTML);
	const sheet = await svg.page().context().newPage();
	await sheet.setContent(`<body style="margin:0;background:#fff">${drawing}</body>`);
	const large = sheet.locator('svg');
	await large.evaluate((element) => element.setAttribute('style', 'width:800px;display:block'));
	const png = await large.screenshot();
	await sheet.close();
	const [read] = await readBarcodes(new Uint8Array(png), { formats: ['QRCode'] });
	return read;
}

test(
	'14 questions of a teacher’s own handout go in one QR code a phone reads, and a student answers them',
	{ tag: '@desktop' },
	async ({ page, browser }, testInfo) => {
		// A teacher and a student's phone on a busy 2-core machine.
		test.setTimeout(240_000);
		await importCourse(page, biology);
		await gotoApp(page, '/classroom/new');
		await page.getByRole('radio', { name: 'Year 8 biology' }).check();
		await expect(page.getByLabel('Number of questions')).toHaveValue('10', { timeout: 30_000 });
		await page.getByLabel('Number of questions').fill('14');
		await page.getByLabel('Title').fill('Cells, digestion and food chains');
		// Before: "QR codes: these 14 questions fit in 2 QR codes". Now one code holds them all.
		const hint = page.getByText(/questions travel inside the quiz link/);
		await expect(hint).toContainText('One QR code holds all 14 questions a quiz of it can ask.');
		await expect(page.getByTestId('qr-fit')).toHaveCount(0);
		await page.getByRole('button', { name: 'Create quiz and share' }).click();
		await expect(
			page.getByRole('heading', { level: 1, name: 'Cells, digestion and food chains' })
		).toBeVisible({ timeout: 30_000 });

		const qr = page.getByRole('img', { name: 'QR code of the quiz link' });
		await expect(qr).toBeVisible();
		await expect(page.getByTestId('qr-series')).toHaveCount(0);
		// Version 19 at most (93 modules a side), at level L: what a seat reads off a projector.
		expect(Number(await qr.getAttribute('data-qr-version'))).toBeLessThanOrEqual(19);
		await expect(qr).toHaveAttribute('data-qr-level', 'L');
		// Why no join code, and what to share instead.
		await expect(
			page.getByText(
				/^A quiz from your own course has no short join code: a join code only names questions your students’ devices already have .* Share the QR code or the link instead\.$/
			)
		).toBeVisible();
		await expectNoAxeViolations(page);
		const read = await readQr(qr);
		expect(read?.text).toMatch(/\/quiz#Q4\.\d+$/);
		expect(Number(read?.version)).toBeLessThanOrEqual(19);
		expect(read?.ecLevel).toBe('L');
		const scanned = read!.text;
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			await qr.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`share-${width}.png`));
		}

		// The projector: the code large; how big it is drawn at 1280 × 720.
		await page.setViewportSize({ width: 1280, height: 720 });
		await page.getByRole('link', { name: 'Projector mode' }).click();
		const projected = page.getByRole('img', { name: 'QR code of the quiz link' });
		await expect(projected).toBeVisible();
		expect((await readQr(projected))?.text).toBe(scanned);
		const modules = 17 + 4 * Number(await projected.getAttribute('data-qr-version')) + 8;
		for (const [width, height] of [
			[1280, 720],
			[320, 640]
		]) {
			await page.setViewportSize({ width, height });
			const box = (await projected.boundingBox())!;
			testInfo.annotations.push({
				type: `projector QR at ${width}×${height}`,
				description: `${Math.round(box.width)} px wide, ${(box.width / modules).toFixed(1)} px a module`
			});
			// At least 2 pixels a module, as a phone's decoder wants in its own frame.
			expect(box.width / modules).toBeGreaterThanOrEqual(2);
			await shotForPeople(page, testInfo.outputPath(`projector-${width}.png`));
		}

		// A student's phone that has never had the course opens what the code says.
		const context = await newDeviceContext(browser, testInfo, { project: 'phone' });
		const student = await context.newPage();
		await gotoApp(student, scanned);
		await student.getByLabel('Your name').fill('Ana');
		await student.getByRole('button', { name: /^Start/ }).click();
		for (let i = 0; i < 14; i++) {
			await expect(student.getByText(`Question ${i + 1} of 14`)).toBeVisible();
			const prompt = ((await student.locator('#question-heading').textContent()) ?? '').trim();
			const key = KEYS.get(prompt);
			expect(key, prompt).toBeDefined();
			if (TYPED.some(({ answer }) => answer === key)) await student.getByRole('textbox').fill(key!);
			else await student.getByRole('radio', { name: key, exact: true }).check();
			if (i === 0) await shotForPeople(student, testInfo.outputPath('student-question-phone.png'));
			await student
				.getByRole('button', { name: i === 13 ? 'Finish and see my score' : 'Next' })
				.click();
		}
		await expect(student.getByRole('heading', { name: /Ana, you scored 14 of 14/ })).toBeVisible();
		await context.close();
	}
);
