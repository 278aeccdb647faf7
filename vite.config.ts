import { sveltekit } from '@sveltejs/kit/vite';
import { playwright } from '@vitest/browser-playwright';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { TEST_CHROMIUM } from './scripts/test-chromium.js';
import { startChunks } from './scripts/start-chunks';
import { precacheSizes } from './scripts/precache-sizes.js';
import { fastCheckFuzz, fastCheckRunOf, type FastCheckRun } from './scripts/fast-check-run.js';

declare module 'vitest' {
	export interface ProvidedContext {
		/** The seed and runs of every fast-check property (scripts/fast-check-setup.ts). */
		fastCheck: FastCheckRun;
	}
}

/**
 * The fast-check properties' seed and runs: fixed in `npm test`, a fuzz run's when FC_RUNS or
 * FC_SEED is set (`npm run fuzz`, scripts/fuzz.ts).
 */
const fastCheck = fastCheckRunOf(process.env);
/** Every project's setup: fast-check's seed. */
const FAST_CHECK_SETUP = './scripts/fast-check-setup.ts';

/**
 * Content hash of the shipped question bank: the app validates and installs the bank into
 * IndexedDB only when this changes (`src/lib/content/bank.ts`), never on every load.
 */
export function bankHash(path = 'questions/bank.json'): string {
	return createHash('sha256').update(readFileSync(path)).digest('hex').slice(0, 16);
}

/**
 * Test files that mock a module (`vi.mock`): they run isolated, each importing its modules
 * afresh. A test to add here is found by `grep -rl "vi.mock(" src scripts`; unit.test of the
 * config (scripts/vitest-projects.test.ts) fails when one is missing.
 */
export const MOCKING_TESTS = [
	'src/lib/srs/session-reads.test.ts',
	'src/lib/courses/import-indexes.test.ts'
];

export default defineConfig({
	// After SvelteKit: the size map is written into the site its adapter wrote. startChunks puts
	// what screens import at start in few chunks, after the two groups below (issue 14, perf50).
	plugins: [
		sveltekit(),
		startChunks(),
		precacheSizes(),
		...(fastCheck.fuzz ? [fastCheckFuzz()] : [])
	],
	define: { FLASHPOINT_BANK_HASH: JSON.stringify(bankHash()) },
	// Module workers (the course installer), as the app's own chunks are modules.
	// One file per worker: SvelteKit's service-worker `build` list has the worker entries but not
	// chunks split off inside a worker, so those were not precached and an import failed offline.
	worker: { format: 'es', rolldownOptions: { output: { codeSplitting: false } } },
	build: {
		// Source maps are not shipped: they would be precached by the service worker.
		// FLASHPOINT_SOURCEMAP=1 makes them for profiling a local build only (bench/README.md).
		sourcemap: process.env.FLASHPOINT_SOURCEMAP === '1',
		// The root layout and everything it imports statically (the navigation, the offline status,
		// SvelteKit's client) in one chunk, and Svelte's runtime in another: every screen loads
		// them. Left to automatic splitting they were 13 files (now 3 with the layout's
		// entry), each module in the chunk of the set of screens and lazy imports sharing it, and
		// Lighthouse's simulated network spends a round trip on each file (bench/README.md,
		// perf49). Two chunks, not one: a single 36 KB file was the last to arrive on its
		// connection. The layout's dependencies come with it (rolldown's default), and
		// `$app/navigation`, which only re-exports SvelteKit's client (in the shell): in a start
		// chunk of its own it was an empty file, `import"./shell.js"`, on Stats', Export's and
		// Study's first load (perf54; startChunks now fails the build on such a chunk).
		rolldownOptions: {
			output: {
				codeSplitting: {
					groups: [
						{
							name: 'svelte',
							test: /node_modules[\\/]svelte[\\/]src[\\/]internal[\\/]/,
							priority: 2
						},
						{
							name: 'shell',
							test: /[\\/]src[\\/]routes[\\/]\+layout\.(svelte|ts)$|[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]app[\\/]navigation\.js$/,
							priority: 1
						}
					]
				}
			}
		},
		// The question bank must stay a file (`?url`): a data: URL would be blocked by the CSP's
		// connect-src and could not be precached as the hashed asset the loader fetches.
		assetsInlineLimit: (file) => (file.endsWith('.json') ? false : undefined)
	},
	test: {
		expect: { requireAssertions: true },
		provide: { fastCheck },
		// Vitest's default is one worker fewer than the cores: on the 2-core CI machine the suite
		// ran in one worker, 194 s (commit 92309a7) for about 240 s of CPU time (measured with two
		// workers, 2026-12-02), so about 1.2 cores busy. Two workers can keep both busy; the
		// database property tests are most of the time.
		maxWorkers: Math.max(2, availableParallelism() - 1),
		reporters: process.env.CI
			? ['default', ['json', { outputFile: 'reports/unit.json' }]]
			: ['default'],
		// Two projects, as in the `sv create` template: logic in Node, components in a browser.
		projects: [
			{
				extends: './vite.config.ts',
				test: {
					name: 'server',
					environment: 'node',
					include: ['src/**/*.{test,spec}.{js,ts}', 'scripts/**/*.test.ts'],
					exclude: ['src/**/*.svelte.{test,spec}.{js,ts}', ...MOCKING_TESTS],
					setupFiles: ['fake-indexeddb/auto', FAST_CHECK_SETUP],
					// Files share a worker's modules instead of importing them afresh (the bank,
					// valibot, Dexie, fake-indexeddb: setup alone was 21 s of the quiet CI's 176 s).
					// Safe because no test file leaves state behind: every database is `freshDb()`'s,
					// under its own name; a file that mocks a module runs in `server-isolated`. Proved
					// by two whole runs in shuffled order (seeds 1 and 2, all passed); the server
					// project then used 145 s of CPU at load 14, where it used about 240 s isolated.
					isolate: false,
					// A guard against a hang, not a speed goal (speed lives in `npm run bench`): the
					// database tests that build large queues took 5–8 s at load 20 on the 2-core CI
					// machine and failed Vitest's default 5 s while passing alone.
					testTimeout: 30_000
				}
			},
			{
				// A module mock (`vi.mock`) only takes hold where the module is imported afresh: in
				// the shared worker another file had already imported the real one, and the fresh
				// clone's CI on a453e90 counted 0 mocked calls in session-reads.test (order-dependent).
				extends: './vite.config.ts',
				test: {
					name: 'server-isolated',
					environment: 'node',
					include: MOCKING_TESTS,
					setupFiles: ['fake-indexeddb/auto', FAST_CHECK_SETUP],
					testTimeout: 30_000
				}
			},
			{
				extends: './vite.config.ts',
				test: {
					name: 'client',
					include: ['src/**/*.svelte.{test,spec}.{js,ts}'],
					setupFiles: [FAST_CHECK_SETUP],
					browser: {
						enabled: true,
						headless: true,
						provider: playwright({
							launchOptions: { executablePath: TEST_CHROMIUM, args: ['--no-sandbox'] }
						}),
						instances: [{ browser: 'chromium' }]
					}
				}
			}
		]
	}
});
