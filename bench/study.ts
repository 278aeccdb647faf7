// Study performance in real Chromium with real IndexedDB: today's queue and answer → next card
// with 10,000 cards and 100,000 review-log rows, each as a ratio against an empty database
// in the same run (goal: at most 1.5), and the scheduler wrapper against raw ts-fsrs.
import { loadavg } from 'node:os';
import { buildHarness, launchChromium, median, openHarness } from './browser-harness';
import type { Bench } from './types';

const ORIGIN = 'http://study-bench.local';
/** Queue builds per round: the first in its tab, then the others timed together. */
const RUNS = 40;
const SETTLE_MS = 8000;
const ANSWERS_PER_ROUND = 6;

interface Harness {
	prepare(
		name: string,
		cards: number,
		reviews: number,
		now: number
	): Promise<{ cards: number; reviews: number; seedMs: number }>;
	queueBuild(
		name: string,
		now: number,
		runs: number
	): Promise<{ first: number; times: number[]; length: number }>;
	answerToNext(name: string, now: number, runs: number): Promise<{ times: number[] }>;
	throughput(iterations: number): { wrapper: number; raw: number };
}

/** Rounds alternate between the two databases, so CPU noise from other work hits both alike. */
const ROUNDS = 8;

const bench: Bench = {
	name: 'study',
	async run(report) {
		// The ms move 2–4× with the machine's load (other work on its cores): say what it was.
		report('study.machine.load-before', loadavg()[0], 'load (1 min)');
		const files = await buildHarness('bench/study-harness');
		const browser = await launchChromium();
		try {
			const page = await browser.newPage();
			const call = await openHarness<Harness>(page, files, ORIGIN, 'studyBench');

			// Mid-morning, so the whole study day lies ahead.
			const now = new Date(2026, 4, 12, 10).getTime();
			const empty = await call((h, n: number) => h.prepare('bench-empty', 0, 0, n), now);
			const full = await call((h, n: number) => h.prepare('bench-full', 10_000, 100_000, n), now);
			report('study.seed.cards', full.cards, 'rows');
			report('study.seed.review-log', full.reviews, 'rows');
			report('study.seed.time', full.seedMs, 'ms');
			// A real database grew over months; this one was just written in one burst, and
			// Chromium's storage compacts it in the background for a few seconds. Let it settle.
			await page.waitForTimeout(SETTLE_MS);
			void empty;

			const queue = { empty: [] as number[], full: [] as number[] };
			const firstInTab = { empty: [] as number[], full: [] as number[] };
			let queueLength = 0;
			for (let round = 0; round < ROUNDS; round++) {
				for (const which of ['empty', 'full'] as const) {
					const result = await call(
						(h, name: string, n: number, r: number) => h.queueBuild(name, n, r),
						`bench-${which}`,
						now,
						RUNS
					);
					queue[which].push(...result.times);
					firstInTab[which].push(result.first);
					if (which === 'full') queueLength = result.length;
				}
			}
			const queueEmpty = median(queue.empty);
			const queueFull = median(queue.full);
			// Each round's figure is the mean of its tab's later builds, timed together.
			report('study.queue-build.empty', queueEmpty, `ms (median of ${ROUNDS} rounds)`);
			report('study.queue-build.full', queueFull, `ms (median of ${ROUNDS} rounds)`);
			report('study.queue-build.full-queue-length', queueLength, 'cards');
			report('study.queue-build.ratio', queueFull / queueEmpty, 'x (goal ≤ 1.2, issue 14)');
			report('study.queue-build.first-in-tab.empty', median(firstInTab.empty), 'ms');
			report('study.queue-build.first-in-tab.full', median(firstInTab.full), 'ms');
			report(
				'study.queue-build.first-in-tab.ratio',
				median(firstInTab.full) / median(firstInTab.empty),
				'x (informative: reads the started list once per tab)'
			);

			const answer = { empty: [] as number[], full: [] as number[] };
			for (let round = 0; round < ROUNDS; round++) {
				for (const which of ['empty', 'full'] as const) {
					const result = await call(
						(h, name: string, n: number, r: number) => h.answerToNext(name, n, r),
						`bench-${which}`,
						// Each round answers later in the same day, as a real session does.
						now + round * 3_600_000,
						ANSWERS_PER_ROUND
					);
					answer[which].push(...result.times.slice(1));
				}
			}
			const answerEmpty = median(answer.empty);
			const answerFull = median(answer.full);
			report('study.answer-to-next.empty', answerEmpty, 'ms');
			report('study.answer-to-next.full', answerFull, 'ms');
			report('study.answer-to-next.ratio', answerFull / answerEmpty, 'x (goal ≤ 1.2, issue 10)');

			const speed = await call((h, n: number) => h.throughput(n), 20_000);
			report('srs.raw-repeat', speed.raw, 'cards/s');
			report('srs.wrapper-preview', speed.wrapper, 'cards/s');
			report('srs.wrapper-vs-raw-repeat', speed.wrapper / speed.raw, 'x throughput');
			report('study.machine.load-after', loadavg()[0], 'load (1 min)');
		} finally {
			await browser.close();
		}
	}
};

export default bench;
