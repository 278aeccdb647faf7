// What a screen's simulated Largest Contentful Paint waits for: one Lighthouse run (mobile,
// simulated throttling) on the production build, then Lighthouse's own simulation (Lantern) of
// the LCP, each node of its graph with its simulated start and end (ms): every request, and
// each main-thread task over 20 ms. Lighthouse's LCP is the simulated time of the last of them.
// `npx tsx scripts/lighthouse-graph.ts /study [build]` (run `npm run build` first;
// LIGHTHOUSE_PORT picks the port, 4186). bench/README.md (perf49) says what it showed.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { LanternLargestContentfulPaint } from 'lighthouse/core/computed/metrics/lantern-largest-contentful-paint.js';
import { startServer } from './lighthouse';

/** A node of Lantern's graph, as far as this script reads it. */
interface GraphNode {
	type: 'network' | 'cpu';
	request?: { url: string; transferSize: number };
}

/** A node's simulated timing (ms from navigation start). */
interface NodeTiming {
	startTime: number;
	endTime: number;
	duration: number;
}

/** The part of Lantern's LCP estimate read here (the pessimistic graph: every node before it). */
interface LanternLcp {
	timing: number;
	pessimisticEstimate: { nodeTimings: Map<GraphNode, NodeTiming> };
}

const [path = '/', dir = 'build'] = process.argv.slice(2);
const server = await startServer(Number(process.env.LIGHTHOUSE_PORT ?? 4186), dir);
const chrome = await chromeLauncher.launch({
	chromePath: existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined,
	chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu']
});
try {
	const result = await lighthouse(`${server.url}${path}`, {
		port: chrome.port,
		output: 'json',
		logLevel: 'error',
		onlyCategories: ['performance']
	});
	if (!result) throw new Error(`Lighthouse returned nothing for ${path}`);
	const { lhr, artifacts } = result;
	const data = {
		trace: artifacts.Trace,
		devtoolsLog: artifacts.DevtoolsLog,
		gatherContext: artifacts.GatherContext,
		settings: lhr.configSettings,
		simulator: null,
		URL: artifacts.URL
	};
	// Lighthouse's computed artifacts take a cache; a fresh one recomputes what the run did.
	const context = { computedCache: new Map(), settings: lhr.configSettings };
	const lcp = (await LanternLargestContentfulPaint.request(
		data as never,
		context as never
	)) as unknown as LanternLcp;
	const observed = (lhr.audits.metrics?.details as { items?: Record<string, number>[] })
		?.items?.[0];
	console.log(
		`${path}: performance ${Math.round((lhr.categories.performance?.score ?? 0) * 100)}, ` +
			`LCP ${Math.round(lcp.timing)} ms simulated (observed ${observed?.observedLargestContentfulPaint} ms)`
	);
	const nodes = [...lcp.pessimisticEstimate.nodeTimings].sort(
		([, a], [, b]) => a.endTime - b.endTime
	);
	let requests = 0;
	let cpuMs = 0;
	for (const [node, timing] of nodes) {
		const span = `${Math.round(timing.startTime)}–${Math.round(timing.endTime)} ms`;
		if (node.type === 'network' && node.request) {
			requests++;
			const url = node.request.url.replace(server.url, '');
			console.log(`  ${span} ${url} (${node.request.transferSize} B)`);
		} else {
			cpuMs += timing.duration;
			if (timing.duration > 20) console.log(`  ${span} main-thread task`);
		}
	}
	console.log(
		`  ${requests} requests and ${Math.round(cpuMs)} ms of main-thread work (simulated) in the graph`
	);
} finally {
	chrome.kill();
	server.stop();
}
