// Kill harness (issue 14), long run: 200 kills of the tab or the browser during a study session
// of the production build (`bench/kill-run.ts`). KILLS and KILL_PORT (4187) change it.
import { readFileSync } from 'node:fs';
import { startServer } from '../scripts/lighthouse';
import { runKills } from './kill-run';
import type { Bench } from './types';

const bench: Bench = {
	name: 'kill',
	async run(report) {
		const bank = JSON.parse(readFileSync('questions/bank.json', 'utf8')) as {
			questions: { id: string }[];
		};
		const server = await startServer(Number(process.env.KILL_PORT ?? 4187));
		try {
			const figures = await runKills({
				url: server.url,
				kills: Number(process.env.KILLS ?? 200),
				browserEvery: 10,
				questionIds: bank.questions.map((q) => q.id)
			});
			report(
				'kill',
				figures.kills,
				`kills (${figures.browserKills} of the browser), ${figures.confirmed} confirmed answers, ` +
					`${figures.lost} lost, ${figures.inconsistent} inconsistent cards`
			);
			report('kill.lost-answers', figures.lost, 'answers');
			report('kill.inconsistent-cards', figures.inconsistent, 'cards');
		} finally {
			server.stop();
		}
	}
};

export default bench;
