// Scale (issue 14): the same figures on a fresh install (the built-in course, no progress)
// and on a big database (10 courses with 6,500 questions, 10,000 cards, 100,000 answers), in
// one Chromium page with real IndexedDB, printed as ratios (goal: each at most 1.2×):
// Home's counts, the Courses screen's list (and as it read before perf45, from the course rows)
// and the first queue build, each in a new tab (connection); answer → next
// card (the card Study shows next: a review on the full database, a new question on the
// empty one), and answer to a new question → next card on both, each with the bytes it wrote;
// and the Stats screen's update after an answer. Answers are stepped one at a time from here,
// so each answer and each Stats update has its CPU time too (wall time alone moved 0.84–1.53×
// between runs of the same code at load 17–26). SCALE_ROUNDS sets the rounds (8), each
// timing both databases in turn (which goes first alternates); each figure is the median over
// the rounds, printed with the page's CPU time, the IndexedDB requests and rows it read (exact,
// unlike time) and the machine's load over its rounds;
// SCALE_PROFILE_DIR=tmp/scale-profile keeps the seeded database in that browser profile, so
// later runs skip the seeding (minutes on a busy machine); its answers pile up run after run.
// What is compared: the empty database is a fresh install, the built-in course only (157
// questions, no card, no answer), so its Home shows one course and no per-course counts and its
// queue has no review due; the full one's Home also counts each of its ten courses, as the
// screen does, and its queue reads today's due reviews. That work is part of the figure, not
// left out: the ratio says what a big collection costs over a new one. A database seeded in
// one go (and a kept profile) holds none of the stale index entries a year of answers leaves
// in Chromium's `[state+due]` indexes (src/lib/db/README.md, v9), so it flatters those reads.
import type { CDPSession } from '@playwright/test';
import { cpus, loadavg } from 'node:os';
import { buildHarness, launchChromium, median, openHarness } from './browser-harness';
import type { ScaleBench } from './scale-harness/main';
import { phases } from './scale-phases';
import type { Bench, Report } from './types';

const ORIGIN = 'http://scale-bench.local';
const ROUNDS = Number(process.env.SCALE_ROUNDS ?? 8);
const ANSWERS_PER_ROUND = 5;
const SETTLE_MS = 8000;
const PROFILE = process.env.SCALE_PROFILE_DIR;
const GOAL = 'x (goal ≤ 1.2)';

const DBS = { empty: 'scale-empty', full: 'scale-full' } as const;
type Which = keyof typeof DBS;

const bench: Bench = {
	name: 'scale',
	async run(report) {
		// The ms move 2–4× with the machine's load (other work on its 2 cores): say what it was.
		report('scale.machine.cpus', cpus().length, 'cpus');
		report('scale.machine.load-before', loadavg()[0], 'load (1 min)');
		const files = await buildHarness('bench/scale-harness', {
			FLASHPOINT_BANK_HASH: JSON.stringify('bench')
		});
		// A kept profile keeps the big database between runs (for working on the code).
		const browser = PROFILE ? await launchChromium(PROFILE) : await launchChromium();
		try {
			const page = await browser.newPage();
			const call = await openHarness<ScaleBench>(page, files, ORIGIN, 'scaleBench');
			// Mid-morning, so the whole study day lies ahead.
			const now = new Date(2026, 4, 12, 10).getTime();
			const reuse = Boolean(PROFILE);
			const prepare = (name: string, full: boolean) =>
				call(
					(h, d: string, f: boolean, n: number, r: boolean) => h.prepare(d, f, n, r),
					name,
					full,
					now,
					reuse
				);
			await prepare(DBS.empty, false);
			const full = await prepare(DBS.full, true);
			report('scale.seed.courses', full.courses, 'courses');
			report('scale.seed.questions', full.questions, 'questions');
			report('scale.seed.cards', full.cards, 'rows');
			report('scale.seed.answers', full.answers, 'rows');
			report('scale.seed.time', full.seedMs, 'ms');
			// Chromium's storage compacts a database written in one burst for a few seconds.
			await page.waitForTimeout(SETTLE_MS);

			if (process.env.SCALE_PHASES) {
				await phases(page, call, now, report, DBS);
				return;
			}
			const cdp = await page.context().newCDPSession(page);
			await cdp.send('Performance.enable');
			const samples: Record<string, Record<Which, Sample[]>> = {};
			const bytes: Record<string, number[]> = {
				'answer-to-next.empty': [],
				'answer-to-next.full': [],
				'answer-new-to-next.empty': [],
				'answer-new-to-next.full': []
			};
			const add = (figure: string, which: Which, values: Sample[]) => {
				samples[figure] ??= { empty: [], full: [] };
				samples[figure][which].push(...values);
			};
			// The page's main-thread CPU time (`taskSeconds`) around `work`: what other work on the
			// machine's cores inflates far less than wall time.
			const withCpu = async <T>(work: () => Promise<T>): Promise<[T, number]> => {
				const before = await taskSeconds(cdp);
				const result = await work();
				return [result, ((await taskSeconds(cdp)) - before) * 1000];
			};
			// Rounds interleave the databases, and alternate which goes first, so noise from other
			// work (and any order effect) hits both alike.
			for (let round = 0; round < ROUNDS; round++) {
				const at = now + round * 3_600_000;
				const order: Which[] = round % 2 ? ['full', 'empty'] : ['empty', 'full'];
				for (const which of order) {
					const name = DBS[which];
					const load = loadavg()[0];
					const [home, homeCpu] = await withCpu(() =>
						call((h, d: string, n: number) => h.home(d, n), name, at)
					);
					add('home', which, [{ ...home, cpu: homeCpu, load }]);
					await call((h, d: string) => h.storeHome(d), name);
					// The Courses screen: from the tally rows, and from the course rows as before.
					for (const [figure, rows] of [
						['courses', false],
						['courses-from-rows', true]
					] as const) {
						const [list, listCpu] = await withCpu(() =>
							call((h, d: string, n: number, r: boolean) => h.courseList(d, n, r), name, at, rows)
						);
						add(figure, which, [{ ...list, cpu: listCpu, load }]);
					}
					const [queue, queueCpu] = await withCpu(() =>
						call((h, d: string, n: number) => h.firstQueue(d, n), name, at)
					);
					add('first-queue', which, [{ ...queue, cpu: queueCpu, load }]);
					// Answers in one tab, a step at a time, so each step's CPU time is read.
					const answerRound = async (kind: 'next' | 'new', from: number, figure: string) => {
						await call(
							(h, d: string, n: number, k: 'next' | 'new') => h.openAnswers(d, n, k),
							name,
							from,
							kind
						);
						try {
							for (let i = 0; i < ANSWERS_PER_ROUND; i++) {
								const [step, cpu] = await withCpu(() => call((h) => h.answerStep()));
								add(figure, which, [{ ms: step.ms, cpu, load }]);
								bytes[`${figure}.${which}`].push(step.bytes);
								if (kind === 'new') continue;
								const [ms, statsCpu] = await withCpu(() => call((h) => h.statsStep()));
								add('stats-update', which, [{ ms, cpu: statsCpu, load }]);
							}
						} finally {
							await call((h) => h.closeAnswers());
						}
					};
					await answerRound('next', at, 'answer-to-next');
					// An answer to a new question on both: it rewrites the course's head row (v12).
					await answerRound('new', at + 1_800_000, 'answer-new-to-next');
				}
			}
			for (const [figure, { empty, full: big }] of Object.entries(samples))
				reportFigure(report, figure, empty, big);
			// Exact, unlike time: characters of JSON put per answer, every table (median).
			for (const [figure, values] of Object.entries(bytes))
				report(`scale.${figure}.bytes-written`, median(values), 'bytes per answer (JSON)');
			report('scale.machine.load-after', loadavg()[0], 'load (1 min)');
		} finally {
			await browser.close();
		}
	}
};

/** One timing of a figure: wall ms, the page's CPU ms, requests and rows read, the load. */
interface Sample {
	ms: number;
	cpu?: number;
	requests?: number;
	rows?: number;
	load: number;
}

/**
 * The renderer main thread's CPU time so far (s): `Performance.getMetrics`' ThreadTime.
 * (TaskDuration, the tasks' wall time, counts the time other processes hold the cores: a
 * 200 ms busy loop at load 19 read 237 ms of TaskDuration and 28 ms of ThreadTime.)
 */
async function taskSeconds(cdp: CDPSession): Promise<number> {
	const { metrics } = (await cdp.send('Performance.getMetrics')) as {
		metrics: { name: string; value: number }[];
	};
	return metrics.find((metric) => metric.name === 'ThreadTime')?.value ?? 0;
}

/**
 * Prints a figure's medians on both databases, each with its CPU time, IndexedDB requests and
 * rows read and the machine's load beside it, then the ratios (wall time, CPU time, rows).
 * The requests and rows are exact (the same every run); the times are medians over the rounds.
 */
function reportFigure(report: Report, figure: string, empty: Sample[], big: Sample[]) {
	const of = (samples: Sample[], pick: (s: Sample) => number | undefined) => {
		const values = samples.map(pick).filter((value): value is number => value !== undefined);
		return values.length ? median(values) : undefined;
	};
	const load = (samples: Sample[]) =>
		`${Math.min(...samples.map((s) => s.load)).toFixed(1)}–${Math.max(...samples.map((s) => s.load)).toFixed(1)}`;
	for (const [which, samples] of [
		['empty', empty],
		['full', big]
	] as const) {
		const cpu = of(samples, (s) => s.cpu);
		const requests = of(samples, (s) => s.requests);
		const rows = of(samples, (s) => s.rows);
		const parts = [
			`median of ${samples.length}`,
			cpu === undefined ? '' : `CPU ${cpu.toFixed(1)} ms`,
			requests === undefined ? '' : `${requests} requests, ${rows} rows read`,
			`load ${load(samples)}`
		].filter(Boolean);
		report(
			`scale.${figure}.${which}`,
			of(samples, (s) => s.ms)!,
			`ms (${parts.join('; ')})`
		);
	}
	report(`scale.${figure}.ratio`, of(big, (s) => s.ms)! / of(empty, (s) => s.ms)!, GOAL);
	const cpuBig = of(big, (s) => s.cpu);
	const cpuEmpty = of(empty, (s) => s.cpu);
	if (cpuBig !== undefined && cpuEmpty)
		report(`scale.${figure}.cpu-ratio`, cpuBig / cpuEmpty, `${GOAL}, CPU time`);
	const rowsBig = of(big, (s) => s.rows);
	const rowsEmpty = of(empty, (s) => s.rows);
	if (rowsBig !== undefined && rowsEmpty)
		report(`scale.${figure}.rows-ratio`, rowsBig / rowsEmpty, `${GOAL}, rows read`);
}

export default bench;
