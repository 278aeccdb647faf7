import { type Locator, type Page } from '@playwright/test';
import { expect, test } from './page-errors';
import { encodeResult } from '../../src/lib/quiz/result-code';
import type { Answer, QuizQuestion } from '../../src/lib/quiz/types';
import { gotoApp, shotForPeople } from './helpers';
import { buildQuiz } from './classroom-helpers';

/**
 * The classroom flow for a keyboard and a screen reader (outsider teacher, 12 questions, ten
 * phones): a button that leaves with what it acted on gives focus to where the teacher goes on,
 * never to the page's start; a pair shown apart on screen (a name and its finish time) is two
 * words to a screen reader; an id given twice is flagged on its rows; "Keep earlier only" keeps
 * the earlier result and refuses the later as a retake (not a Remove); the student's retake
 * button says what it does.
 */

const wrong = (q: QuizQuestion): Answer => (q.type === 'short' ? 'Zzyzx Road' : 'Yonder Town');

function code(quizId: string, name: string, answers: Answer[], finishedAt: number) {
	const attemptId = `attempt${name}${finishedAt}`.replace(/\W/g, '');
	return encodeResult({ quizId, attemptId, name, answers, seconds: 60, finishedAt });
}

/**
 * An element's text as the DOM has it, spaces collapsed: what a screen reader reading the page
 * meets (Svelte drops the spaces at the start of an element, so "2<span> right</span>" read
 * "2right"; Playwright's own accessible names hide that by spacing out-of-flow elements).
 */
async function domText(locator: Locator): Promise<string> {
	return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Pastes codes with the keyboard only, as a screen-reader user would. */
async function pasteByKeyboard(page: Page, codes: string) {
	// As a person would, the next paste waits for the last one's adding to end: meanwhile Add
	// results is disabled and Tab passes it (CI, session 30, on a loaded machine).
	await expect(page.getByRole('button', { name: 'Add results' })).toBeEnabled();
	await page.getByLabel('Paste result codes').fill(codes);
	await page.getByLabel('Paste result codes').press('Tab');
	await expect(page.getByRole('button', { name: 'Add results' })).toBeFocused();
	await page.keyboard.press('Enter');
}

test(
	'focus follows the teacher through Add results, Keep both, Accept this answer and Remove',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		const { id, questions } = await buildQuiz(page, 'Focus check', 2, { types: ['Short answer'] });
		const start = Date.UTC(2026, 11, 2, 9, 0);
		const answers = questions.map(wrong);

		// Add results: focus goes to what the paste did (it fell to the page's body).
		await pasteByKeyboard(page, code(id, 'Mia', answers, start));
		const log = page.getByTestId('collect-log');
		await expect(log.getByRole('listitem').first()).toBeFocused();
		await expect(log.getByRole('listitem').first()).toContainText('Mia: added');

		// A same-name result waits: focus goes to its choice, and after it to what it did.
		await pasteByKeyboard(page, code(id, 'ana', answers, start + 60_000));
		await pasteByKeyboard(page, code(id, 'Ána', answers, start + 120_000));
		const keepBoth = page.getByRole('button', { name: /^Keep both/ });
		await expect(keepBoth).toBeFocused();
		await expect
			.poll(() => domText(keepBoth))
			// The earlier result is ana's, the new one Ána's: the button names both spellings.
			.toBe('Keep both results, as \u2068ana\u2069 and \u2068Ána\u2069 (as separate students)');
		await page.keyboard.press('Enter');
		// Focus goes to the log line that replaced the choice, not the panel's heading.
		await expect(log.getByRole('listitem').first()).toBeFocused();
		await expect(log.getByRole('listitem').first()).toContainText('kept both results');

		// Two kept "ana"s: the name and its finish time are two words to a screen reader.
		const report = page.getByRole('region', { name: 'Class report' });
		// The class figure from its totals, named for what it is (outsider teacher, issue 12).
		await expect(report.locator('p.summary')).toHaveText(
			/^\d+ students · \d+% of answers right \(\d+ of \d+\)$/
		);
		await shotForPeople(page, 'test-results/class-report-summary.png');
		const summaries = report.locator('summary');
		await expect
			.poll(() => domText(summaries.filter({ hasText: /^ana/ })))
			.toMatch(/^ana \(finished [^)]+\): 0 \/ 2 right; show answers$/);
		await expect
			.poll(() => domText(report.getByRole('rowheader').filter({ hasText: /^ana/ })))
			.toMatch(
				/^ana, finished [\d:APM ]+ Rename ana, finished [\d:APM ]+ Remove ana, finished [\d:APM ]+$/
			);
		// As a screen reader gets it: no space before the comma ("ana , finished", outsider).
		await expect(
			report.getByRole('rowheader').filter({ hasText: /^ana/ }).first()
		).toHaveAccessibleName(/^ana, finished /);
		await expect
			.poll(() => domText(report.getByRole('rowheader').filter({ hasText: /^Mia/ })))
			.toBe('Mia Rename Mia Remove Mia');

		// Accept this answer: focus goes to the next answer to judge, then to what changed.
		const first = report.getByRole('list', { name: 'Answers to question 1' });
		await first.getByRole('button', { name: /Accept this answer/ }).focus();
		await page.keyboard.press('Enter');
		await expect(report.getByText(/3 more students marked right/)).toBeVisible();
		await expect(
			report.getByRole('status').filter({ hasText: 'now counts as right' })
		).toBeFocused();
		await first.getByRole('button', { name: /Stop accepting/ }).focus();
		await page.keyboard.press('Enter');
		// The answer is wrong again, so it is the next one to judge: its Accept button has focus.
		await expect(report.getByText(/no longer counts as right/)).toBeVisible();
		await expect(first.getByRole('button', { name: /Accept this answer/ })).toBeFocused();

		// Remove asks in the app's own dialog (not the browser's confirm): it opens on Cancel,
		// Escape cancels and focus goes back to Remove; confirmed, focus goes to the row that
		// takes the removed one's place.
		const removeMia = report.getByRole('button', { name: /^Remove Mia/ });
		await removeMia.focus();
		await page.keyboard.press('Enter');
		const asking = page.getByRole('dialog', { name: /^Remove .*Mia.*’s result\?$/ });
		await expect(asking).toBeVisible();
		await expect(asking.getByRole('button', { name: 'Cancel' })).toBeFocused();
		await page.keyboard.press('Escape');
		await expect(asking).toBeHidden();
		await expect(removeMia).toBeFocused();
		await page.keyboard.press('Enter');
		await asking.getByRole('button', { name: 'Remove result' }).click();
		await expect(report.getByRole('rowheader', { name: /^Mia/ })).toHaveCount(0);
		await expect(page.locator(':focus')).toHaveAttribute('data-rename', /./);

		for (const [width, height] of [
			[320, 640],
			[390, 844],
			[1280, 720],
			[1920, 1080]
		]) {
			await page.setViewportSize({ width, height });
			await report.locator('summary').first().scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`focus-report-${width}.png`));
		}
	}
);

test(
	'an id given twice is flagged on its rows; Keep earlier only refuses the later retake',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		const { id, questions } = await buildQuiz(page, 'Ids check', 2, { types: ['Short answer'] });
		const start = Date.UTC(2026, 11, 2, 9, 0);
		const answers = questions.map(wrong);
		const later = code(id, 'Anna', answers, start + 300_000);
		await pasteByKeyboard(page, code(id, 'Ana', answers, start));
		await pasteByKeyboard(page, later);
		await pasteByKeyboard(page, code(id, 'Zoë', answers, start + 60_000));
		const report = page.getByRole('region', { name: 'Class report' });

		await report.getByLabel('Add an ID number column').check();
		await report.getByLabel('ID number of Ana', { exact: true }).fill('s-001');
		await report.getByLabel('ID number of Zoë').fill('S-001');
		await report.getByLabel('ID number of Zoë').blur();
		// On the rows themselves, in words: each names the other.
		const zoe = report.getByRole('row').filter({ has: page.getByLabel('ID number of Zoë') });
		await expect(zoe).toContainText('Same ID as Ana: left out of the grades file');
		await expect(report.getByLabel('ID number of Zoë')).toHaveAttribute('aria-invalid', 'true');
		await expect(report.getByLabel('ID number of Zoë')).toHaveAccessibleDescription(
			'Same ID as Ana: left out of the grades file'
		);
		const ana = report.getByRole('row').filter({ has: page.getByLabel('ID number of Ana') });
		await expect(ana).toContainText('Same ID as Zoë');
		const anna = report.getByRole('row').filter({ has: page.getByLabel('ID number of Anna') });
		await expect(anna).not.toContainText('Same ID');
		for (const [width, height] of [
			[320, 640],
			[390, 844],
			[1280, 720],
			[1920, 1080]
		]) {
			await page.setViewportSize({ width, height });
			await zoe.scrollIntoViewIfNeeded();
			await shotForPeople(page, testInfo.outputPath(`shared-id-${width}.png`));
		}
		await page.setViewportSize({ width: 1280, height: 800 });

		// "Anna" was Ana's retake under a typo: renamed, the teacher keeps the earlier only.
		await report.getByRole('button', { name: /^Rename Anna/ }).click();
		await report.getByLabel('New name for Anna').fill('Ana');
		await report.getByRole('button', { name: 'Save name' }).click();
		await report.getByRole('button', { name: /^Keep only/ }).click();
		await expect(report.getByRole('rowheader', { name: /^Anna/ })).toHaveCount(0);
		await expect(report.getByRole('button', { name: /^Rename Ana/ })).toBeFocused();
		// Its code pasted again is a refused retake, not a removed result to add back.
		await pasteByKeyboard(page, later);
		await expect(page.getByTestId('collect-log')).toContainText(
			'Anna: this attempt was refused as a retake (you kept the earlier result); nothing changed.'
		);
		await expect(page.getByRole('button', { name: /^Add it back/ })).toHaveCount(0);
		await expect(report.getByRole('rowheader', { name: /^Anna/ })).toHaveCount(0);
	}
);

test(
	'the retake button says what it does and puts focus on the name field',
	{ tag: '@desktop' },
	async ({ page }) => {
		const { link } = await buildQuiz(page, 'Retake check', 2, { types: ['True or false'] });
		await gotoApp(page, link);
		await page.getByLabel('Your name').fill('Ana');
		await page.getByRole('button', { name: 'Start the quiz' }).click();
		for (let i = 0; i < 2; i++) {
			await page.getByRole('radio').first().check();
			const finish = page.getByRole('button', { name: 'Finish and see my score' });
			if (await finish.isVisible()) await finish.click();
			else await page.getByRole('button', { name: 'Next' }).click();
		}
		const again = page.getByRole('region', { name: /Ana, you scored/ });
		await expect(page.getByRole('heading', { name: 'Take it again' })).toBeVisible();
		await again.getByRole('button', { name: 'Retake the quiz' }).click();
		await expect(page.getByLabel('Your name')).toBeFocused();
		await expect(page.getByRole('button', { name: 'Start a new attempt' })).toBeVisible();
	}
);

/** The focused element's ring as drawn: its outline style and width (CSS px), and its text. */
async function focusRing(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		const style = el ? getComputedStyle(el) : null;
		return {
			text: (el?.textContent ?? '').replace(/\s+/g, ' ').trim(),
			tag: el?.tagName ?? '',
			ring: style && style.outlineStyle !== 'none' ? Number.parseFloat(style.outlineWidth) : 0
		};
	});
}

test(
	'every control the teacher reaches shows a focus ring, and Tab stays in the confirm dialog',
	{ tag: '@desktop' },
	async ({ page }, testInfo) => {
		test.setTimeout(90_000);
		const { id, questions } = await buildQuiz(page, 'Ring check', 2, { types: ['Short answer'] });
		const start = Date.UTC(2026, 11, 2, 9, 0);
		const answers = questions.map(wrong);
		// Three alike names in one paste, Add results pressed with the mouse: the app moves focus
		// to the first choice, where the browser's own heuristic drew no ring (outsider teacher).
		await page
			.getByLabel('Paste result codes')
			.fill(
				['ana', 'Ána', 'Ana'].map((n, i) => code(id, n, answers, start + i * 60_000)).join('\n')
			);
		await page.getByRole('button', { name: 'Add results' }).click();
		await expect(page.getByRole('region', { name: /results? needs? your choice/ })).toBeVisible();
		await expect.poll(async () => (await focusRing(page)).text).toMatch(/^Keep/);
		expect((await focusRing(page)).ring).toBeGreaterThanOrEqual(2);
		await shotForPeople(page, testInfo.outputPath('ring-after-paste.png'));

		// Kind-wide: every stop of the keyboard on the page has a ring of at least 2 px.
		await page.locator('body').click({ position: { x: 5, y: 5 } });
		const seen: string[] = [];
		for (let i = 0; i < 80; i++) {
			await page.keyboard.press('Tab');
			const focused = await focusRing(page);
			if (focused.tag === 'BODY') break;
			seen.push(`${focused.tag} ${focused.text.slice(0, 30)}: ${focused.ring}`);
		}
		expect(seen.length).toBeGreaterThan(20);
		expect(seen.filter((line) => line.endsWith(': 0'))).toEqual([]);

		// The confirm dialog, opened with the mouse: Cancel has focus and a ring; Tab and
		// Shift+Tab go round its two buttons and never leave it.
		const report = page.getByRole('region', { name: 'Class report' });
		await report
			.getByRole('button', { name: /^Remove ana/ })
			.first()
			.click();
		const asking = page.getByRole('dialog', { name: /^Remove .*’s result\?$/ });
		const cancel = asking.getByRole('button', { name: 'Cancel' });
		const remove = asking.getByRole('button', { name: 'Remove result' });
		await expect(cancel).toBeFocused();
		expect((await focusRing(page)).ring).toBeGreaterThanOrEqual(2);
		await shotForPeople(page, testInfo.outputPath('ring-dialog.png'));
		for (const [key, next] of [
			['Tab', remove],
			['Tab', cancel],
			['Tab', remove],
			['Shift+Tab', cancel],
			['Shift+Tab', remove],
			['Shift+Tab', cancel]
		] as const) {
			await page.keyboard.press(key);
			await expect(next).toBeFocused();
		}
		await page.keyboard.press('Escape');
		await expect(asking).toBeHidden();
	}
);
