import { readFileSync } from 'node:fs';
import { expect, test } from './page-errors';
import { runKills } from '../../bench/kill-run';

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
