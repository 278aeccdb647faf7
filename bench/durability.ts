// The cost of strict durability on answer writes (`src/lib/db/durability.ts`): the same answers
// written through the real `recordAnswer` in real Chromium IndexedDB, on a connection with
// relaxed and one with strict answer-log transactions, alternating rounds in one run so
// machine noise hits both alike. Each answer is awaited, as Study does before the next card.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildHarness, launchChromium, median, openHarness } from './browser-harness';
import type { Bench } from './types';

const ORIGIN = 'http://durability-bench.local';
const ROUNDS = 6;
const ANSWERS_PER_ROUND = 40;

/** What `bench/durability-harness` puts on `window.durabilityBench`. */
interface Harness {
	answerWrites(durability: string, answers: number, round: number): Promise<number[]>;
}

const bench: Bench = {
	name: 'durability',
	async run(report) {
		const files = await buildHarness('bench/durability-harness');
		// A profile on disk: Playwright's default contexts keep IndexedDB in memory, where
		// strict and relaxed cannot differ (nothing is ever flushed to a disk).
		const profile = mkdtempSync(join(tmpdir(), 'flashpoint-durability-'));
		const browser = await launchChromium(profile);
		try {
			const page = await browser.newPage();
			const call = await openHarness<Harness>(page, files, ORIGIN, 'durabilityBench');
			const times = { relaxed: [] as number[], strict: [] as number[] };
			for (let round = 0; round < ROUNDS; round++)
				for (const durability of ['relaxed', 'strict'] as const) {
					const result = await call(
						(h, d: string, n: number, r: number) => h.answerWrites(d, n, r),
						durability,
						ANSWERS_PER_ROUND,
						round
					);
					// The first answer of a round opens the database: left out.
					times[durability].push(...result.slice(1));
				}
			const relaxed = median(times.relaxed);
			const strict = median(times.strict);
			report('answer-write-relaxed', relaxed, 'ms (median)');
			report('answer-write-strict', strict, 'ms (median)');
			report('answer-write-strict-vs-relaxed', strict / relaxed, 'x');
		} finally {
			await browser.close();
			rmSync(profile, { recursive: true, force: true });
		}
	}
};

export default bench;
