// Lighthouse (mobile settings, Lighthouse's default) on the production build, driving Debian's
// Chromium. `npx tsx scripts/lighthouse.ts [paths…]` builds nothing: run `npm run build` first.
// Prints each category's score and, for anything below 100, the audits that cost points.
// `npm run bench` reports the same scores through bench/lighthouse.ts.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

export interface LighthouseRun {
	path: string;
	scores: Record<(typeof CATEGORIES)[number], number>;
	metrics: { lcpMs: number; tbtMs: number; cls: number; fcpMs: number };
	/** Audits that lost points: `category: audit id (title)`. */
	failures: string[];
	/**
	 * What blocks the main thread: per script (its file name; `document` for the page itself,
	 * `unattributable` where Lighthouse names none), the time of its long tasks beyond 50 ms each
	 * (ms, simulated mobile), as Total Blocking Time counts them; from the `long-tasks` audit.
	 */
	blocking: Record<string, number>;
}

/** `blocking` of a run, from the `long-tasks` audit's items (`{ url, duration }`, ms). */
export function blockingByScript(items: readonly { url?: string; duration?: number }[]) {
	const blocking: Record<string, number> = {};
	for (const { url = '', duration = 0 } of items) {
		if (duration <= 50) continue;
		const path = url.startsWith('http') ? new URL(url).pathname : '';
		const name = path.endsWith('.js')
			? path.split('/').pop()!
			: path
				? 'document'
				: 'unattributable';
		blocking[name] = (blocking[name] ?? 0) + duration - 50;
	}
	return blocking;
}

/** Serves ./build with `scripts/serve.js` on `port`; resolves once it answers. */
export async function startServer(port: number) {
	const server = spawn('node', ['scripts/serve.js', '--port', String(port)], { stdio: 'ignore' });
	const url = `http://127.0.0.1:${port}`;
	for (;;) {
		if (server.exitCode !== null) throw new Error('the production server did not start');
		const up = await fetch(`${url}/`).then(
			(response) => response.ok,
			() => false
		);
		if (up) return { url, stop: () => server.kill() };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
}

/** Serves ./build on `port` and runs Lighthouse on each path, one after another. */
export async function runLighthouse(paths: string[], port: number): Promise<LighthouseRun[]> {
	if (!existsSync('build/index.html')) throw new Error('no build: run `npm run build` first');
	const server = await startServer(port);
	const chrome = await chromeLauncher.launch({
		chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
		chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
	});
	const runs: LighthouseRun[] = [];
	try {
		for (const path of paths) {
			const result = await lighthouse(`${server.url}${path}`, {
				port: chrome.port,
				output: 'json',
				logLevel: 'error',
				onlyCategories: [...CATEGORIES]
			});
			if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
			const { lhr } = result;
			if (lhr.runtimeError) throw new Error(`${path}: ${lhr.runtimeError.message}`);
			const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
			const numeric = (id: string) => lhr.audits[id]?.numericValue ?? NaN;
			const failures: string[] = [];
			for (const id of CATEGORIES) {
				for (const ref of lhr.categories[id]?.auditRefs ?? []) {
					const audit = lhr.audits[ref.id];
					if (ref.weight > 0 && audit.score !== null && audit.score < 1)
						failures.push(`${id}: ${audit.id} (${audit.title}) score ${audit.score}`);
				}
			}
			runs.push({
				path,
				scores: {
					performance: score('performance'),
					accessibility: score('accessibility'),
					'best-practices': score('best-practices'),
					seo: score('seo')
				},
				metrics: {
					fcpMs: numeric('first-contentful-paint'),
					lcpMs: numeric('largest-contentful-paint'),
					tbtMs: numeric('total-blocking-time'),
					cls: numeric('cumulative-layout-shift')
				},
				failures,
				blocking: blockingByScript(
					((lhr.audits['long-tasks']?.details as { items?: unknown[] } | undefined)?.items ??
						[]) as { url?: string; duration?: number }[]
				)
			});
		}
	} finally {
		chrome.kill();
		server.stop();
	}
	return runs;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const paths = process.argv.slice(2);
	const port = Number(process.env.LIGHTHOUSE_PORT ?? 4184);
	for (const run of await runLighthouse(paths.length ? paths : ['/'], port)) {
		console.log(`${run.path}: ${JSON.stringify(run.scores)} ${JSON.stringify(run.metrics)}`);
		console.log(
			`  blocking (ms beyond 50 per long task, by script): ${JSON.stringify(run.blocking)}`
		);
		for (const failure of run.failures) console.log(`  ${failure}`);
	}
}
