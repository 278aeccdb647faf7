import { readFileSync } from 'node:fs';
import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import { buildQuiz } from './classroom-helpers';
import { expectNoAxeViolations, gotoApp, shotForPeople } from './helpers';

/**
 * A result under a name already counted waits for the teacher's choice (Keep both / Replace),
 * and a reload, a closed tab or a crash in between loses it not: the choice is back.
 */
test(
	'a same-name result waiting for a choice survives a reload',
	{ tag: '@desktop' },
	async ({ page }) => {
		test.setTimeout(90_000);
		const { id: quizId } = await buildQuiz(page, 'Names', 3, { allDocuments: true });
		const result = (attemptId: string, name: string, finishedAt: number) =>
			encodeResult({
				quizId,
				attemptId,
				name,
				answers: [null, null, null],
				seconds: 40,
				finishedAt
			});

		const paste = page.getByLabel('Paste result codes');
		const first = result('firstAttempt1', 'Ana', Date.now() - 60 * 60_000);
		const second = result('secondAttemp2', 'ána ', Date.now());
		await paste.fill(first);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/^Ana: added, 0 of 3\.$/)).toBeVisible();
		await paste.fill(second);
		await page.getByRole('button', { name: 'Add results' }).click();
		const waiting = page.getByRole('region', { name: '1 result needs your choice' });
		await expect(waiting).toContainText('Two students with the same name');

		// The Classroom list says the quiz waits for her, and where (outsider teacher).
		await gotoApp(page, '/classroom');
		const waitingLink = page.getByRole('link', {
			name: '1 waiting for you under Collect results (same name)'
		});
		if (process.env.SHOTS)
			for (const width of [320, 390, 1280]) {
				await page.setViewportSize({ width, height: 800 });
				await page.screenshot({ path: `${process.env.SHOTS}/list-${width}.png` });
			}
		await waitingLink.click();
		await expect(page.getByRole('heading', { name: 'Collect results' })).toBeFocused();
		await expect(waiting).toContainText('Two students with the same name');
		await expect(
			waiting.getByText(/^Earlier: \u2068Ana\u2069 \(attempt first\), 0 of 3/)
		).toBeVisible();
		// Exporting grades now would leave the waiting result out: the export says so first.
		const report = page.getByRole('region', { name: 'Class report' });
		await expect(report.getByTestId('pending-warning')).toHaveText(
			/1 result waits for your choice under Collect results.*not in these grades until you decide/s
		);
		await expectNoAxeViolations(page);
		await waiting.getByRole('button', { name: /^Keep both/ }).press('Enter');
		await expect(page.getByText(/^ána: kept both results, as two students\.$/)).toBeVisible();
		// No choice is left: the focus goes to the log line that replaced it, not the panel's
		// heading nor the page body (outsider teachers).
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toBe('Done: ána: kept both results, as two students.');
		await expect(waiting).toHaveCount(0);
		await expect(report.getByText(/^2\s+students/)).toBeVisible();
		await expect(report.getByTestId('pending-warning')).toHaveCount(0);
		// Decided: the list says nothing extra.
		await gotoApp(page, '/classroom');
		await expect(page.getByRole('link', { name: /^Names/ })).toBeVisible();
		await expect(page.getByText(/waiting for you/)).toHaveCount(0);
		await page.goBack();
		await page.locator('body[data-hydrated="true"]').waitFor();

		// Two kept namesakes are told apart by their finish time, and the teacher renames one.
		const names = report.locator('tbody th');
		await expect(names.filter({ hasText: /finished/ })).toHaveCount(2);
		await report.getByRole('button', { name: /^Rename ána/ }).click();
		await expectNoAxeViolations(page);
		await report.getByLabel('New name for ána').fill('\u200b ');
		await report.getByRole('button', { name: 'Save name' }).click();
		await expect(report.getByRole('alert')).toHaveText(/letters that show\. Nothing was changed/);
		await report.getByLabel('New name for ána').fill('Ana Petrović');
		await report.getByRole('button', { name: 'Save name' }).click();
		await expect(names.filter({ hasText: 'Ana Petrović' })).toHaveCount(1);
		await expect(names.filter({ hasText: /finished/ })).toHaveCount(0);
		// Renamed to a name another result has: asked first, with the same-name choice (outsider).
		await report.getByRole('button', { name: 'Rename Ana', exact: true }).click();
		await report.getByLabel('New name for Ana', { exact: true }).fill('ana petrovic');
		await report.getByRole('button', { name: 'Save name' }).click();
		const clash = report.getByTestId('rename-clash');
		await expect(clash.getByRole('alert')).toHaveText(
			/^Another result is already named “ana petrovic” \(0 of 3, finished .*\)\. Two pupils of one name, or a retake\?$/
		);
		await expect(clash.getByRole('button')).toHaveText(
			['Keep both results for', 'Replace', 'Keep only'].map((t) => new RegExp(`^${t}`))
		);
		await expect
			.poll(() => page.evaluate(() => document.activeElement?.textContent?.trim()))
			.toMatch(/^Keep both/);
		await report.getByRole('button', { name: 'Cancel' }).click();
		await expect(names.filter({ hasText: 'Ana Petrović' })).toHaveCount(1);
		// Pasting the same codes again changes nothing and asks nothing.
		await paste.fill(`${first}\n${second}`);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByText(/Found 2 result codes: 2 already counted\./)).toBeVisible();
		// One box for the paste, not one per code (outsider teacher).
		const log = page.getByTestId('collect-log');
		await expect(log.locator(':scope > li')).toHaveCount(1);
		// Only this paste's notes: the earlier "kept both" line is not shown among them.
		await expect(page.getByText(/kept both results/)).toHaveCount(0);
		await expect(page.getByRole('region', { name: /needs? your choice/ })).toHaveCount(0);

		// Decided once, it stays decided, renamed too.
		await page.reload();
		await page.locator('body[data-hydrated="true"]').waitFor();
		await expect(report.getByText(/^2\s+students/)).toBeVisible();
		await expect(names.filter({ hasText: 'Ana Petrović' })).toHaveCount(1);
		await expect(page.getByRole('region', { name: /needs? your choice/ })).toHaveCount(0);

		// A result the teacher removed does not come back silently when the thread is pasted again.
		await report.getByRole('button', { name: /^Remove Ana Petrović/ }).click();
		const asking = page.getByRole('dialog', { name: /Ana Petrović.*’s result\?$/ });
		await expect(asking).toContainText(/pasted again, you will be asked/);
		await asking.getByRole('button', { name: 'Remove result' }).click();
		await expect(report.getByText(/^1\s+student\b/)).toBeVisible();
		await paste.fill(`${first}\n${second}`);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(
			page.getByText(/1 you removed earlier \(asked below: add it back\?\)/)
		).toBeVisible();
		const removed = page.getByRole('region', { name: '1 result you removed earlier' });
		await expect(removed).toContainText(/Ana Petrović: removed earlier; add it back\?/);
		await expect(report.getByText(/^1\s+student\b/)).toBeVisible();
		await expectNoAxeViolations(page);
		await removed.getByRole('button', { name: /^Add it back/ }).click();
		await expect(page.getByText(/^Ana Petrović: added back, 0 of 3\.$/)).toBeVisible();
		await expect(removed).toHaveCount(0);
		// The button left with its result: focus is on the log line saying what it did, not lost.
		const addedBack = log.getByRole('listitem').first();
		await expect(addedBack).toBeFocused();
		await expect(addedBack).toContainText('Ana Petrović: added back');
		await expect(report.getByText(/^2\s+students/)).toBeVisible();

		// A refused code says whose it was, when it can be read.
		const otherQuiz = encodeResult({
			quizId: 'otherQuiz01',
			attemptId: 'markoAttempt',
			name: 'Marko',
			answers: [null, null, null],
			seconds: 5,
			finishedAt: Date.now()
		});
		const damaged = result('zoeAttempt01', 'Zoë', Date.now());
		const at = damaged.length - 2;
		// A re-pasted thread: one code already counted, then two refused ones.
		await paste.fill(
			`${first}\n${otherQuiz}\n${damaged.slice(0, at)}${damaged[at] === 'A' ? 'B' : 'A'}${damaged.slice(at + 1)}`
		);
		await page.getByRole('button', { name: 'Add results' }).click();
		// ...and where it was in the paste (outsider teacher: which of several codes was refused).
		await expect(page.getByText(/^Line 2, code 2 of 3 · Marko: /)).toBeVisible();
		await expect(
			page.getByText(/^Line 3, code 3 of 3 · Zoë: This result code is damaged/)
		).toBeVisible();
		// In one box: the refusals first, in the paste's line order, then what changed nothing
		// (outsider teacher: on a re-paste the refused codes sat below the "already counted" ones).
		await expect(log.locator(':scope > li')).toHaveCount(1);
		await expect(log.locator('.lines > li')).toHaveText([
			/Line 2, code 2 of 3/,
			/Line 3, code 3 of 3/,
			/already counted/
		]);
	}
);

/**
 * The retake case (outsider teachers): "ana" and "Ána" already kept apart as two pupils, and an
 * "Ana" result comes in. The three spellings say why they are listed together; each earlier
 * result has its own Replace button naming it on screen with its attempt ("Replace ana’s result
 * (attempt anaFi)"); replacing one leaves the other, and the replaced one stays in the report's
 * set-aside list with Add it back. A refused retake says whose result was kept instead, a
 * removed result is listed as removed, and an export made while a result waits names it.
 */
test(
	'a third same-name result names the one it replaces; set-aside results stay listed',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		const { id: quizId } = await buildQuiz(page, 'Retake', 3, { allDocuments: true });
		const hour = 60 * 60_000;
		const start = new Date();
		start.setHours(9, 5, 0, 0);
		// Three finish times an hour apart and three durations, so each result reads differently.
		const ana = [
			{ name: 'ana', attemptId: 'anaFirstTry1', seconds: 40, finishedAt: start.getTime() },
			{ name: 'Ána', attemptId: 'anaOtherPup2', seconds: 70, finishedAt: start.getTime() + hour },
			{
				name: 'Ana',
				attemptId: 'anaRetaken03',
				seconds: 125,
				finishedAt: start.getTime() + 2 * hour
			},
			{
				name: 'ANA',
				attemptId: 'anaFourth004',
				seconds: 30,
				finishedAt: start.getTime() + 3 * hour
			}
		].map((r) => encodeResult({ quizId, answers: [null, null, null], ...r }));
		const clock = (ms: number) =>
			page.evaluate(
				(t) => new Date(t).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }),
				ms
			);
		const [first, second] = await Promise.all([0, 1].map((i) => clock(start.getTime() + i * hour)));
		const said = (name: string) => `\u2068${name}\u2069`;

		const paste = page.getByLabel('Paste result codes');
		const add = page.getByRole('button', { name: 'Add results' });
		await paste.fill(ana[0]);
		await add.click();
		await expect(page.getByText(/^ana: added, 0 of 3\.$/)).toBeVisible();
		await paste.fill(ana[1]);
		await add.click();
		await page
			.getByRole('region', { name: '1 result needs your choice' })
			.getByRole('button', { name: /^Keep both/ })
			.click();
		await expect(page.getByText(/^Ána: kept both results, as two students\.$/)).toBeVisible();

		await paste.fill(ana[2]);
		await add.click();
		const waiting = page.getByRole('region', { name: '1 result needs your choice' });
		// Spelled otherwise than the earlier two: says whose they are, not "Ana already has".
		await expect(waiting).toContainText('Ana: 2 results are already here for');
		await expect(waiting).toContainText(
			`Listed together because these names are the same once case and accents are ignored: ${said('Ana')}, ${said('ana')}, ${said('Ána')}.`
		);
		await expect(waiting.getByRole('listitem').filter({ hasText: /^Earlier:/ })).toHaveText([
			new RegExp(
				`^Earlier: ${said('ana')} \\(attempt anaFi\\), 0 of 3, finished ${first}, took 0:40`
			),
			new RegExp(
				`^Earlier: ${said('Ána')} \\(attempt anaOt\\), 0 of 3, finished ${second}, took 1:10`
			)
		]);
		// Each Replace button says whose result it replaces on screen, not only to a screen reader.
		const replace = waiting.getByRole('button', { name: /^Replace / });
		await expect(replace).toHaveCount(2);
		/** What the button shows, without the words only a screen reader hears. */
		const shown = (n: number) =>
			replace.nth(n).evaluate((el) => {
				const copy = el.cloneNode(true) as HTMLElement;
				copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
				return copy.textContent;
			});
		expect(await shown(0)).toBe(`Replace ${said('ana')}’s result (attempt anaFi)`);
		expect(await shown(1)).toBe(`Replace ${said('Ána')}’s result (attempt anaOt)`);
		await expect(replace.nth(0)).toHaveAccessibleName(
			`Replace ${said('ana')}’s result (attempt anaFi) (finished ${first}, took 0:40) with the new one`
		);
		await expect(
			waiting.getByRole('button', { name: /^Keep all 3 results for \u2068Ana/ })
		).toBeVisible();
		await expectNoAxeViolations(page);

		// While it waits, a saved grades file lacks it, and the screen says so by name.
		const report = page.getByRole('region', { name: 'Class report' });
		const download = page.waitForEvent('download');
		await report.getByRole('button', { name: 'Grades CSV' }).click();
		const csv = await (await download).path().then((path) => readFileSync(path, 'utf8'));
		expect(csv).not.toContain('Ana,');
		await expect(report.getByTestId('export-message')).toHaveText(
			`Not in this file: ${said('Ana')} (attempt anaRe). It waits for your choice under Collect results (same name); export again after you decide.`
		);
		for (const [width, height] of [
			[320, 640],
			[1280, 720]
		]) {
			await page.setViewportSize({ width, height });
			await waiting.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`retake-${width}.png`));
		}
		await page.setViewportSize({ width: 1280, height: 800 });

		// The first pupil retook it: her result is replaced, the other pupil's stays, and the
		// replaced one is listed under the report with Add it back.
		await replace.nth(0).click();
		await expect(
			page.getByText(
				new RegExp(
					`^Ana: replaced ${said('ana')}’s earlier result \\(attempt anaFi\\), finished ${first}, took 0:40\\.$`
				)
			)
		).toBeVisible();
		await expect(waiting).toHaveCount(0);
		await expect(report.getByText(/^2\s+students/)).toBeVisible();
		const aside = report.getByRole('region', { name: /set aside, not counted/ });
		await expect(aside.getByRole('listitem')).toHaveText([
			new RegExp(
				`^Replaced by a later result: ${said('ana')} \\(attempt anaFi\\); 0 of 3, finished ${first}`
			)
		]);

		// The retake kept the earlier result's spelling, "ana" (outsider teacher, session 37).
		// A fourth "ANA" refused as a retake says whose results were kept instead.
		await paste.fill(ana[3]);
		await add.click();
		await page.getByRole('button', { name: /^Keep only/ }).click();
		await expect(aside.getByRole('listitem').filter({ hasText: /^Refused retake/ })).toHaveText(
			new RegExp(
				`^Refused retake: ${said('ANA')} \\(attempt anaFo\\); kept instead: ${said('Ána')} \\(attempt anaOt\\), ${said('ana')} \\(attempt anaRe\\)`
			)
		);

		// A removed result leaves a trace, and comes back with Add it back.
		await report.getByRole('button', { name: /^Remove Ána/ }).click();
		await page.getByRole('dialog').getByRole('button', { name: 'Remove result' }).click();
		await expect(report.getByText(/^1\s+student\b/)).toBeVisible();
		await expect(aside.getByText(`Removed: ${said('Ána')} (attempt anaOt)`)).toBeVisible();
		await shotForPeople(page, testInfo.outputPath('set-aside-1280.png'), true);
		await aside
			.getByRole('button', { name: `Add ${said('Ána')}’s result back (attempt anaOt)` })
			.click();
		await expect(aside.getByRole('status')).toBeFocused();
		// "Ana" is in the report: it comes back as any new result would, waiting for a choice,
		// and Collect results shows that choice at once.
		await expect(aside.getByRole('status')).toHaveText(
			`${said('Ána')} (attempt anaOt): back, and waiting for your choice under Collect results, as another result has the same name.`
		);
		await expect(aside.getByText(/^Removed:/)).toHaveCount(0);
		await waiting.getByRole('button', { name: /^Keep both/ }).click();
		await expect(report.getByText(/^2\s+students/)).toBeVisible();
	}
);
