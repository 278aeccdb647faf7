// Lighthouse scores (mobile settings) of the production build on every screen, from
// scripts/lighthouse.ts: each prerendered page of `build/` (one source article stands for all),
// LIGHTHOUSE_RUNS times (3), screens interleaved so machine noise spreads over all; the median
// of each figure is reported, as `lighthouse.<category>` for Home and
// `lighthouse.<screen>.<category>` for the others, with the machine's load average before and
// after, and what blocks the main thread by script (`blocking`: each long task's time beyond
// 50 ms); `tbt-cpu` and `cpu-blocking` count the same from CPU time, which the machine's load
// does not inflate (the wall-time figures at load 24 were 5–20× the quiet ones). LIGHTHOUSE_PATHS="/ /study" picks screens; LIGHTHOUSE_PORT (4184) the server's port.
// LIGHTHOUSE_BUILDS="build-before,build" compares builds in one run, each screen on every build
// in turn (so both see the same load), each figure named with its build (`…performance@build`).
import { readdirSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join, relative } from 'node:path';
import { CATEGORIES, runLighthouse, type LighthouseRun } from '../scripts/lighthouse';
import { median } from './browser-harness';
import type { Bench } from './types';

/** Every prerendered screen of the build as a path (`build/study/leeches.html` → `/study/leeches`). */
export function screensOf(dir = 'build'): string[] {
	const pages: string[] = [];
	const walk = (folder: string) => {
		for (const entry of readdirSync(folder, { withFileTypes: true })) {
			const path = join(folder, entry.name);
			if (entry.isDirectory() && entry.name !== '_app') walk(path);
			else if (entry.name.endsWith('.html') && entry.name !== '200.html') {
				const route = `/${relative(dir, path).replace(/\.html$/, '')}`;
				pages.push(route === '/index' ? '/' : route);
			}
		}
	};
	walk(dir);
	// The source articles share one screen: measure the first.
	const articles = pages.filter((path) => path.startsWith('/sources/')).sort();
	return pages.filter((path) => !path.startsWith('/sources/') || path === articles[0]).sort();
}

const bench: Bench = {
	name: 'lighthouse',
	async run(reportFigure) {
		const chosen = (process.env.LIGHTHOUSE_PATHS ?? '').split(/\s+/).filter(Boolean);
		const paths = chosen.length ? chosen : screensOf();
		const times = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
		reportFigure('lighthouse.machine.cpus', cpus().length, 'cpus');
		reportFigure('lighthouse.machine.load-before', loadavg()[0], 'load (1 min)');
		const builds = (process.env.LIGHTHOUSE_BUILDS ?? 'build').split(',').filter(Boolean);
		const runs: LighthouseRun[] = await runLighthouse(
			Array.from({ length: times }, () => paths).flat(),
			Number(process.env.LIGHTHOUSE_PORT ?? 4184),
			builds
		);
		reportFigure('lighthouse.machine.load-after', loadavg()[0], 'load (1 min)');
		for (const [path, build] of paths.flatMap((path) => builds.map((b) => [path, b] as const))) {
			const mine = runs.filter((run) => run.path === path && run.build === build);
			const prefix =
				path === '/' ? 'lighthouse' : `lighthouse.${path.slice(1).replace(/\//g, '.')}`;
			// Each figure of this build: named with it when builds are compared.
			const report = (figure: string, value: number, unit: string) =>
				reportFigure(builds.length > 1 ? `${figure}@${build}` : figure, value, unit);
			const of = (pick: (run: LighthouseRun) => number) => median(mine.map(pick));
			for (const category of CATEGORIES)
				report(
					`${prefix}.${category}`,
					of((run) => run.scores[category]),
					`score (median of ${mine.length})`
				);
			report(`${prefix}.lcp`, Math.round(of((run) => run.metrics.lcpMs)), 'ms (simulated mobile)');
			report(`${prefix}.tbt`, Math.round(of((run) => run.metrics.tbtMs)), 'ms (simulated mobile)');
			// The same from CPU time (scripts/lighthouse.ts `cpuBlocking`): what a loaded machine
			// does not inflate; compare it with the target when the load is high.
			report(
				`${prefix}.tbt-cpu`,
				Math.round(of((run) => run.cpu.tbtMs)),
				'ms (CPU time ×4, goal ≤ 50)'
			);
			report(
				`${prefix}.cls`,
				of((run) => run.metrics.cls),
				'score'
			);
			// What blocks (TBT's parts) by script: the median over runs, each script that blocked.
			const scripts = new Set(mine.flatMap((run) => Object.keys(run.blocking)));
			for (const script of [...scripts].sort())
				report(
					`${prefix}.blocking.${script}`,
					Math.round(of((run) => run.blocking[script] ?? 0)),
					'ms beyond 50 in long tasks (simulated mobile)'
				);
			const cpuScripts = new Set(mine.flatMap((run) => Object.keys(run.cpu.blocking)));
			for (const script of [...cpuScripts].sort())
				report(
					`${prefix}.cpu-blocking.${script}`,
					Math.round(of((run) => run.cpu.blocking[script] ?? 0)),
					'ms beyond 50 in long tasks (CPU time ×4)'
				);
		}
	}
};

export default bench;
