// Issue 14, "stale due-date index entries per answer": whether an answer leaves an index entry
// behind that later reads must skip. A course of 4,000 review questions all due, then N of them
// answered in one open connection; the figure is the time to read the first 20 due review
// questions (`items` `[state+due]`, as today's queue reads them) after N answers over before
// them (median of five reads each). Chromium keeps an index entry whose value changed until a
// later sweep, so every answer leaves one at the card's old due time, inside that range:
// a ratio that grows with N means the read walks them. The `cards` `[state+due]` ranges (learning
// cards) are affected the same way. STALE_ANSWERS="0 1000" picks N (default 0, 1000, 3000).
import { buildHarness, launchChromium, openHarness } from './browser-harness';
import type { Bench } from './types';

interface Harness {
	staleDue(size: number, answers: number, now: number): Promise<{ before: number; after: number }>;
}

const bench: Bench = {
	name: 'stale-index',
	async run(report) {
		const counts = (process.env.STALE_ANSWERS ?? '0 1000 3000').split(/\s+/).map(Number);
		const files = await buildHarness('bench/scale-harness', {
			FLASHPOINT_BANK_HASH: JSON.stringify('bench')
		});
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const call = await openHarness<Harness>(
				page,
				files,
				'http://stale-bench.local',
				'scaleBench'
			);
			const now = new Date(2026, 4, 12, 10).getTime();
			for (const answers of counts) {
				const { before, after } = await call(
					(h, a: number, n: number) => h.staleDue(4000, a, n),
					answers,
					now
				);
				report(`stale-index.first-due.after-${answers}-answers`, after, 'ms');
				report(
					`stale-index.first-due.after-${answers}-answers.ratio`,
					after / before,
					'x (after/before)'
				);
			}
		} finally {
			await browser.close();
		}
	}
};

export default bench;
