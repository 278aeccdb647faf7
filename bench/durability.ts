// The cost of strict durability on answer writes (`src/lib/db/durability.ts`): the same answers
// written through the real `recordAnswer` in real Chromium IndexedDB, on a connection with
// relaxed and one with strict answer-log transactions, alternating rounds in one run so
// machine noise hits both alike. Each answer is awaited, as Study does before the next card.
import { chromium } from '@playwright/test';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Rolldown } from 'vite';
import type { Bench } from './types';

const ORIGIN = 'http://durability-bench.local';
const ROUNDS = 6;
const ANSWERS_PER_ROUND = 40;

async function buildHarness(): Promise<Map<string, { body: string | Uint8Array; type: string }>> {
	const output = (await build({
		configFile: false,
		root: resolve('bench/durability-harness'),
		logLevel: 'silent',
		resolve: { alias: { $lib: resolve('src/lib'), $questions: resolve('questions') } },
		build: { write: false, minify: true, modulePreload: false, sourcemap: false }
	})) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
	const files = new Map<string, { body: string | Uint8Array; type: string }>();
	for (const chunk of (Array.isArray(output) ? output : [output]).flatMap((o) => o.output)) {
		const body = chunk.type === 'chunk' ? chunk.code : chunk.source;
		const type = chunk.fileName.endsWith('.html') ? 'text/html' : 'text/javascript';
		files.set(`/${chunk.fileName}`, { body, type });
	}
	return files;
}

function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

const bench: Bench = {
	name: 'durability',
	async run(report) {
		const files = await buildHarness();
		const executablePath = existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
		// A profile on disk: Playwright's default contexts keep IndexedDB in memory, where
		// strict and relaxed cannot differ (nothing is ever flushed to a disk).
		const profile = mkdtempSync(join(tmpdir(), 'flashpoint-durability-'));
		const browser = await chromium.launchPersistentContext(profile, {
			executablePath,
			args: ['--no-sandbox']
		});
		try {
			const page = await browser.newPage();
			await page.route(`${ORIGIN}/**`, (route) => {
				const path = new URL(route.request().url()).pathname;
				const file = files.get(path === '/' ? '/index.html' : path);
				return file
					? route.fulfill({ body: Buffer.from(file.body), contentType: file.type })
					: route.fulfill({ status: 404, body: 'not found' });
			});
			await page.goto(`${ORIGIN}/`);
			await page.locator('body[data-ready="true"]').waitFor({ state: 'attached' });
			const times = { relaxed: [] as number[], strict: [] as number[] };
			for (let round = 0; round < ROUNDS; round++)
				for (const durability of ['relaxed', 'strict'] as const) {
					const result = await page.evaluate(
						([d, n, r]) =>
							(
								window as unknown as {
									durabilityBench: {
										answerWrites(d: string, n: number, r: number): Promise<number[]>;
									};
								}
							).durabilityBench.answerWrites(d, n, r),
						[durability, ANSWERS_PER_ROUND, round] as const
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
