// The offline badge ("Ready to use offline: N%", issue 14): how evenly it rises on a slow
// classroom network. The build's size map (`precache-sizes.json`, written by `npm run build`) is
// replayed over the network of `scripts/measure-offline-ready.ts` (1.6 Mbit/s shared, 150 ms a
// request, 6 at once) and a faster one, in the worker's order (the screens, then the tools), and
// each weighting is printed against the share of the time gone: files counted (before
// session 32), bytes (session 32) and bytes plus a cost per request (`REQUEST_COST_BYTES`, and
// costs around it). A model, not a browser: the figures compare weightings, the seconds are the
// model's.
import { existsSync, readFileSync } from 'node:fs';
import { planPrecache } from '../src/lib/pwa/precache-plan';
import { REQUEST_COST_BYTES } from '../src/lib/pwa/precache-progress';
import { evenness, type Network } from './offline-progress-model';
import type { Bench } from './types';

const MAP = 'build/_app/precache-sizes.json';

const NETWORKS: Record<string, Network> = {
	classroom: { bytesPerSecond: 1_600_000 / 8, delayMs: 150, parallel: 6 },
	'4g': { bytesPerSecond: 10_000_000 / 8, delayMs: 80, parallel: 6 }
};

const bench: Bench = {
	name: 'offline-progress',
	async run(report) {
		if (!existsSync(MAP)) throw new Error(`${MAP} is missing: run npm run build first`);
		const { sizes: bytes } = JSON.parse(readFileSync(MAP, 'utf8')) as {
			sizes: Record<string, number>;
		};
		// The worker's list holds pages by address (`/quiz`) as well as their files (`quiz.html`):
		// the map names both, and the worker stores the address.
		const paths = Object.keys(bytes).filter(
			(path) => !/\.html$/.test(path) || path === '/200.html'
		);
		const sizes = new Map(paths.map((path) => [path, bytes[path]]));
		const plan = planPrecache(paths);
		const order = [...plan.first, ...plan.later];
		report('offline-progress.files', order.length, 'files');
		report(
			'offline-progress.bytes',
			[...sizes.values()].reduce((a, b) => a + b, 0),
			'bytes'
		);
		const costs = [...new Set([0, 2_000, REQUEST_COST_BYTES, 10_000, 20_000])].sort(
			(a, b) => a - b
		);
		for (const [name, network] of Object.entries(NETWORKS)) {
			const files = evenness(order, sizes, network, { sizes: null, requestCost: 0 });
			report(`offline-progress.${name}.seconds`, files.seconds, 's (model)');
			report(`offline-progress.${name}.files.worst-gap`, files.worstGap, 'points from the time');
			report(`offline-progress.${name}.files.biggest-step`, files.biggestStep, 'points');
			for (const cost of costs) {
				const label = cost === 0 ? 'bytes' : `bytes+${cost}`;
				const weighed = evenness(order, sizes, network, { sizes, requestCost: cost });
				const mark = cost === REQUEST_COST_BYTES ? ' (shipped)' : '';
				report(
					`offline-progress.${name}.${label}.worst-gap`,
					weighed.worstGap,
					`points from the time${mark}`
				);
				report(`offline-progress.${name}.${label}.biggest-step`, weighed.biggestStep, 'points');
			}
		}
	}
};

export default bench;
