// How long a first visit takes, and how many bytes, from opening a quiz link to the service
// worker controlling the page (a reload with no network then opens the quiz) and to "Ready to
// use offline" (everything stored), on a slow classroom network. Not a test and not in
// `npm run bench`: a figure to compare two builds by hand (issue 14, first visit offline).
// The network is a local proxy in front of scripts/serve.js that shares one 1.6 Mbit/s downlink
// among every request, the page's and the service worker's (DevTools throttling of the page
// does not slow its worker), and adds 150 ms to each request.
// Usage: npm run build && npx tsx scripts/measure-offline-ready.ts [build dir] [--offline]
// (--offline: instead of waiting for ready, go offline as soon as the worker controls the page
// and reload: the quiz must open). Without it, it also prints how evenly the badge's
// percentage rose: its worst gap from the share of the time gone, and its biggest rise.
import { chromium } from 'playwright';
import { spawn } from 'node:child_process';
import { createServer, request as forward } from 'node:http';
import { TEST_CHROMIUM } from './test-chromium.js';
import { bankMcqs, inlineQuizCode } from '../tests/e2e/quiz-helpers';

const BYTES_PER_SECOND = 1_600_000 / 8;
const DELAY_MS = 150;
const dir = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'build';
const goOffline = process.argv.includes('--offline');
const upstream = 4700 + Math.floor(Math.random() * 200);
const port = upstream + 300;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

const server = spawn('node', ['scripts/serve.js', '--port', String(upstream), '--dir', dir], {
	stdio: 'ignore'
});
let bytes = 0;
let linkFreeAt = Date.now();
const proxy = createServer(async (request, response) => {
	await sleep(DELAY_MS);
	const upward = forward(
		{
			host: '127.0.0.1',
			port: upstream,
			path: request.url,
			method: request.method,
			headers: request.headers
		},
		(answer) => {
			response.writeHead(answer.statusCode ?? 502, answer.headers);
			// Each response's chunks in order, each when the shared downlink has carried it.
			let sent = Promise.resolve();
			answer.on('data', (chunk: Buffer) => {
				linkFreeAt = Math.max(Date.now(), linkFreeAt) + (chunk.length / BYTES_PER_SECOND) * 1000;
				const due = linkFreeAt;
				bytes += chunk.length;
				sent = sent.then(() => sleep(due - Date.now())).then(() => void response.write(chunk));
			});
			answer.on('end', () => void sent.then(() => response.end()));
		}
	);
	upward.on('error', () => response.destroy());
	request.on('error', () => upward.destroy());
	response.on('error', () => upward.destroy());
	request.pipe(upward);
});
proxy.listen(port);
await sleep(1500);

const code = inlineQuizCode('timing', 'Timing quiz', bankMcqs.slice(0, 3));
const browser = await chromium.launch({ executablePath: TEST_CHROMIUM, args: ['--no-sandbox'] });
const context = await browser.newContext({
	viewport: { width: 390, height: 844 },
	serviceWorkers: 'allow'
});
const page = await context.newPage();
const start = Date.now();
const at = () => `${((Date.now() - start) / 1000).toFixed(1)} s, ${(bytes / 1024).toFixed(0)} kB`;
const long = { timeout: 180_000 };

await page.goto(`http://127.0.0.1:${port}/quiz#${code}`, long);
await page.locator('body[data-hydrated="true"]').waitFor(long);
console.log('quiz on screen', at());
await page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, long);
console.log('worker controls the page', at());
if (goOffline) {
	await context.setOffline(true);
	await page.reload();
	const opened = await page
		.getByText('Timing quiz')
		.first()
		.waitFor({ timeout: 15_000 })
		.then(
			() => 'opened',
			() => 'did NOT open'
		);
	console.log(`offline reload: the quiz ${opened}`);
} else {
	// The badge's percentage every 100 ms until ready: how evenly it rose (issue 14).
	const curve: [number, number][] = [];
	for (;;) {
		const text = (await page.locator('[data-testid=offline-readiness]').textContent()) ?? '';
		if (text.trim() === 'Ready to use offline') break;
		const percent = /(\d+)%/.exec(text)?.[1];
		if (percent !== undefined) curve.push([Date.now(), Number(percent)]);
		if (Date.now() - start > long.timeout) throw new Error('not ready in time');
		await sleep(100);
	}
	const ready = Date.now();
	console.log('ready to use offline', at());
	if (curve.length) {
		// Against a steady rise from the first reading to 100% at ready.
		const [first, from] = curve[0];
		const steady = (when: number) => from + ((100 - from) * (when - first)) / (ready - first);
		let worst = 0;
		let step = 0;
		for (const [i, [when, percent]] of curve.entries()) {
			worst = Math.max(worst, Math.abs(percent - steady(when)));
			if (i) step = Math.max(step, percent - curve[i - 1][1]);
		}
		const tenths = [1, 2, 3, 4, 5, 6, 7, 8, 9].map(
			(k) => curve.find(([when]) => when >= first + ((ready - first) * k) / 10)?.[1]
		);
		console.log(
			`badge: ${curve.length} readings over ${((ready - first) / 1000).toFixed(1)} s, from ${from}%; at each tenth of the time ${tenths.join(' ')}; worst gap from a steady rise ${worst.toFixed(1)} points; biggest rise in 100 ms ${step} points`
		);
	}
}
await browser.close();
proxy.close();
server.kill();
