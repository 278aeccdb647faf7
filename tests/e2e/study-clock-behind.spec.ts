import { expect, test } from './page-errors';
import { gotoApp, shotForPeople } from './helpers';
import { answerOne } from './study-helpers';

/**
 * The clock set forward, a question answered, then set back (an outsider from Anki): answers
 * count for the later day until the clock reaches it (`answerStudyDay`), and Study now says so
 * in a calm note, not a dialog, that can be put away for the session.
 */
test.use({ timezoneId: 'Europe/Berlin', locale: 'en-GB' });

const at = (iso: string) => new Date(`${iso}+01:00`);

test(
	'with the clock behind the last answer’s day, Study says which day answers count for',
	{ tag: '@phone' },
	async ({ page }, testInfo) => {
		await page.clock.install({ time: at('2026-12-05T12:00:00') });
		await gotoApp(page, '/study');
		expect(await answerOne(page)).not.toBeNull();
		// Nothing to say while the clock is where the answer was given.
		await expect(page.getByTestId('clock-filed-ahead')).toHaveCount(0);

		await page.clock.setSystemTime(at('2026-12-04T12:00:00'));
		await gotoApp(page, '/study');
		const note = page.getByTestId('clock-filed-ahead');
		await expect(note.locator('p')).toHaveText(
			/^Your device's clock says 4 Dec 2026, 12:0\d, earlier than your last answer \(5 Dec 2026, 12:0\d\)\. Answers count for Sat 5 Dec until the clock catches up\.$/
		);
		await expect(note).toHaveRole('note');
		await expect(page.getByRole('alert')).toHaveCount(0);
		await expect(page.getByRole('dialog')).toHaveCount(0);
		// Studying goes on, and answers still count for 5 December.
		await expect(page.locator('article.question')).toBeVisible();
		for (const width of [320, 390, 1280]) {
			await page.setViewportSize({ width, height: 800 });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
				width
			);
			await shotForPeople(page, testInfo.outputPath(`clock-behind-${width}.png`));
		}
		await page.setViewportSize({ width: 320, height: 800 });
		await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
			320
		);
		await shotForPeople(page, testInfo.outputPath('clock-behind-320-200pct.png'));
		await page.evaluate(() => (document.documentElement.style.fontSize = ''));

		// Put away for the session: not back after a reload in this tab.
		await note.getByRole('button', { name: 'Dismiss' }).click();
		await expect(note).toHaveCount(0);
		await gotoApp(page, '/study');
		await expect(page.locator('article.question')).toBeVisible();
		await expect(note).toHaveCount(0);

		// Once the clock is right again, there is nothing to say (a new tab, so no dismissal).
		const again = await page.context().newPage();
		await again.clock.install({ time: at('2026-12-05T13:00:00') });
		await gotoApp(again, '/study');
		await expect(again.locator('article.question')).toBeVisible();
		await expect(again.getByTestId('clock-filed-ahead')).toHaveCount(0);
	}
);
