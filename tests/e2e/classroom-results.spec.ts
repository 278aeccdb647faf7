import { expect, test } from './page-errors';
import { newDeviceContext } from './contexts';
import { expectNoAxeViolations } from './helpers';
import { buildQuiz } from './classroom-helpers';

/** No result is lost: a flaky first visit, long typed answers, and names that hide things. */

test(
	'a first visit whose questions fail to download says so and retries',
	{ tag: '@phone' },
	async ({ page, browser }, testInfo) => {
		test.slow();
		const { link } = await buildQuiz(page, 'Flaky network', 3);
		const context = await newDeviceContext(browser, testInfo);
		const student = await context.newPage();
		await student.route('**/bank.*.json', (route) => route.abort('connectionreset'));
		await student.goto(link);
		await expect(student.getByRole('heading', { name: 'The quiz did not load' })).toBeVisible();
		await expect(student.getByRole('alert')).toContainText('did not finish downloading');
		await expect(student.getByRole('alert')).not.toContainText(/version|up to date|500/);
		await expectNoAxeViolations(student);
		await student.unroute('**/bank.*.json');
		await student.getByRole('button', { name: 'Try again' }).click();
		await expect(student.getByLabel('Your name')).toBeVisible();
		await context.close();
	}
);

test(
	'a phone offline before the questions came opens the quiz by itself when back online',
	{ tag: '@phone' },
	async ({ page, browser }, testInfo) => {
		test.slow();
		// Outsider classroom teacher, session 23: Wi-Fi dropped a second after the link opened.
		const { link } = await buildQuiz(page, 'Dropped Wi-Fi', 3);
		const context = await newDeviceContext(browser, testInfo);
		const student = await context.newPage();
		await student.route('**/bank.*.json', async (route) => {
			await context.setOffline(true);
			await route.abort('internetdisconnected');
		});
		await student.goto(link);
		await expect(student.getByRole('alert')).toContainText('opens by itself');
		await student.unroute('**/bank.*.json');
		await context.setOffline(false);
		await expect(student.getByLabel('Your name')).toBeVisible();
		await context.close();
	}
);

test(
	'long typed answers still give a code, in several QR codes; a hidden-character name is cleaned',
	{ tag: '@phone' },
	async ({ page, browser }, testInfo) => {
		test.setTimeout(180_000);
		const { link } = await buildQuiz(page, 'Long answers', 12, {
			types: ['Short answer', 'Fill in the blank']
		});
		// The student's phone as the project's phone is (a page wider than a mobile viewport
		// widens the layout there, where a desktop window only scrolls).
		const context = await newDeviceContext(browser, testInfo);
		const student = await context.newPage();
		await student.goto(link);
		await student.getByLabel('Your name').fill('\u202Eevil\u200b Ana');
		await student.getByRole('button', { name: 'Start the quiz' }).click();
		let seed = 1;
		for (let i = 0; i < 12; i++) {
			// Text that barely compresses, longer than the limit: the field keeps it and says that
			// only the first 200 characters are kept (outsider: a paste was cut silently).
			const text = Array.from({ length: 260 }, () =>
				String.fromCodePoint(0x430 + ((seed = (seed * 48271) % 2147483647) % 32))
			).join('');
			const box = student.getByRole('textbox');
			await box.fill(text);
			await expect(box).toHaveValue(text);
			await expect(
				student.getByText(
					/^260 of 200 characters: 60 characters too many; only the first 200 are kept/
				)
			).toBeVisible();
			const finish = student.getByRole('button', { name: 'Finish and see my score' });
			// The bank may hold fewer than 12 typed questions on distinct facts: the quiz is shorter.
			if (await finish.isVisible()) {
				await finish.click();
				break;
			}
			await student.getByRole('button', { name: 'Next' }).click();
		}
		await expect(student.getByRole('heading', { name: /evil Ana, you scored/ })).toBeVisible();
		const counter = student.getByText(/^QR code 1 of \d+$/);
		await expect(counter).toBeVisible();
		const parts = Number((await counter.textContent())!.match(/of (\d+)/)![1]);
		expect(parts).toBeGreaterThan(1);
		for (let i = 2; i <= parts; i++) {
			await student.getByRole('button', { name: 'Next QR code' }).click();
			await expect(student.getByText(`QR code ${i} of ${parts}`)).toBeVisible();
			await expect(
				student.getByRole('img', { name: new RegExp(`QR code ${i} of ${parts}`) })
			).toBeVisible();
		}
		await expectNoAxeViolations(student);
		// Several QR codes never widen the page past a phone (it became 1,035-1,794 px wide at
		// 320 and 390 px, the name, help and "Save as a file" cut off: outsider teacher).
		for (const width of [320, 390]) {
			await student.setViewportSize({ width, height: 640 });
			const wide = await student.evaluate(() => document.documentElement.scrollWidth);
			expect(wide, `page width at ${width} px`).toBeLessThanOrEqual(width);
			const save = student.getByRole('button', { name: 'Save as a file' });
			await save.scrollIntoViewIfNeeded();
			await expect(save).toBeInViewport({ ratio: 1 });
		}
		const code = await student.getByLabel('Result code').inputValue();
		expect(code).toMatch(/^R2\./);
		await context.close();

		// The teacher pastes it inside a chat message: found, added, the name shown cleaned.
		await page.getByLabel('Paste result codes').fill(`09:14 evil Ana: here you go ${code} thanks`);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^evil Ana: added, \d+ of \d+\.$/)).toBeVisible();
		await expect(
			page.getByText(/Found 1 result code: 1 added\. Ignored \d+ other words\./)
		).toBeVisible();
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByRole('rowheader', { name: 'evil Ana' })).toBeVisible();
	}
);

test(
	'Open result files names the file it could not read, never a paste',
	{ tag: '@desktop' },
	async ({ page }) => {
		test.slow();
		// Outsider, session 29: an empty .csv got "Paste result codes first." and a binary file
		// "No result code found in the pasted text."
		await buildQuiz(page, 'Result files', 3);
		const open = page.getByLabel('Open result files');
		await open.setInputFiles({ name: 'empty.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) });
		await expect(page.getByText('empty.csv is empty: it holds no result code.')).toBeVisible();
		const binary = Buffer.from(Array.from({ length: 3000 }, (_, i) => (i * 37 + 11) % 256));
		await open.setInputFiles({ name: 'fake.csv', mimeType: 'text/csv', buffer: binary });
		await expect(page.getByText(/^fake\.csv holds no result code\./)).toBeVisible();
		await expect(page.getByText(/in the pasted text|Paste result codes first/)).toHaveCount(0);
	}
);
