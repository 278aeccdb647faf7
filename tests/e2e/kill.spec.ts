import { readFileSync } from 'node:fs';
import { expect, test } from './page-errors';
import { runKills } from '../../bench/kill-run';
import { firstOfTypes, pressSettled, stored, studyTheseFirst } from './study-helpers';

const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
	questions: { id: string }[];
};

// The kill harness's short run (`npm run bench kill` runs 200): the tab and the browser killed
// mid-answer, then reopened; no confirmed answer is lost and no card disagrees with its log.
// No trace: tracing follows every browser the test connects to, and this one is killed on purpose.
test.use({ trace: 'off' });

test(
	'killing the tab or the browser mid-session loses no confirmed answer',
	{ tag: '@desktop' },
	async ({ baseURL }) => {
		test.setTimeout(240_000);
		const figures = await runKills({
			url: baseURL!,
			kills: 6,
			browserEvery: 3,
			questionIds: bank.questions.map((q) => q.id),
			seed: 7
		});
		expect(figures.kills).toBe(6);
		expect(figures.browserKills).toBe(2);
		expect(figures.confirmed).toBeGreaterThan(0);
		expect(figures.lost).toBe(0);
		expect(figures.inconsistent).toBe(0);
	}
);

// Issue 14 (nothing lost): an answer tapped as the tab closed was lost, since its write is one
// IndexedDB transaction that a closed page aborts. It is journaled in `localStorage` at the tap
// and replayed at the next start (`answer-journal.ts`): counted once, whichever way it went.
test(
	'an answer tapped as the tab closes is in the log after reopening, once',
	{ tag: '@phone' },
	async ({ page, context }) => {
		const [card] = firstOfTypes(['flashcard']);
		await studyTheseFirst(page, [card.id]);
		const before = await stored(page);
		await pressSettled(page, 'Space');
		const grades = page.getByRole('group', { name: 'How well did you remember it?' });
		await grades.getByRole('button', { name: /Good/ }).click();
		// No wait at all: the page goes in the same instant the answer was tapped.
		await page.close({ runBeforeUnload: false });

		const again = await context.newPage();
		await again.goto('/study');
		await again.locator('body[data-hydrated="true"]').waitFor();
		await expect.poll(() => stored(again)).toEqual({ ...before, reviews: before.reviews + 1 });
		await expect(again.getByTestId('answered-count')).toHaveText('1');
		expect(
			await again.evaluate(() =>
				Object.keys(localStorage).filter((k) => k.includes('pending-answer'))
			)
		).toEqual([]);
		// Reopened once more: the replay does not count it a second time.
		await again.reload();
		await again.locator('body[data-hydrated="true"]').waitFor();
		await expect(again.getByTestId('answered-count')).toHaveText('1');
		expect(await stored(again)).toEqual({ ...before, reviews: before.reviews + 1 });
		await again.close();
	}
);
