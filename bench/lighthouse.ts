// Lighthouse scores (mobile settings) of the production build, from scripts/lighthouse.ts.
// Home is always measured and reported as `lighthouse.<category>`; more screens with
// LIGHTHOUSE_PATHS="/study /settings" (reported as `lighthouse.<screen>.<category>`).
// The server uses LIGHTHOUSE_PORT (default 4184).
import { CATEGORIES, runLighthouse } from '../scripts/lighthouse';
import type { Bench } from './types';

const bench: Bench = {
	name: 'lighthouse',
	async run(report) {
		const extra = (process.env.LIGHTHOUSE_PATHS ?? '').split(/\s+/).filter(Boolean);
		const paths = ['/', ...extra.filter((path) => path !== '/')];
		const runs = await runLighthouse(paths, Number(process.env.LIGHTHOUSE_PORT ?? 4184));
		for (const run of runs) {
			const prefix = run.path === '/' ? 'lighthouse' : `lighthouse.${run.path.slice(1)}`;
			for (const category of CATEGORIES)
				report(`${prefix}.${category}`, run.scores[category], 'score');
			report(`${prefix}.lcp`, Math.round(run.metrics.lcpMs), 'ms (simulated mobile)');
			report(`${prefix}.tbt`, Math.round(run.metrics.tbtMs), 'ms (simulated mobile)');
			report(`${prefix}.cls`, run.metrics.cls, 'score');
		}
	}
};

export default bench;
