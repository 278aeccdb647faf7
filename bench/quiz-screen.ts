// The class quiz's screen (issue 14): when its heading, its QR code and its questions reach the
// screen, opening a 50-question quiz of the built-in course in the production build (Chromium,
// 390 × 844). Each time is the first animation frame after the element is in the page (the frame
// that paints it), in ms from the navigation; beside them the longest task and the task that
// inserted the heading. QUIZ_SCREEN_BUILDS="build-before,build" compares builds in one run, their
// openings interleaved (each its own server and origin, so its own quiz); QUIZ_SCREEN_ROUNDS sets
// the openings per build (6); figures are medians.
import { chromium, type Page } from 'playwright';
import { spawn, type ChildProcess } from 'node:child_process';
import { loadavg } from 'node:os';
import { TEST_CHROMIUM } from '../scripts/test-chromium.js';
import { median } from './browser-harness';
import type { Bench } from './types';

const TITLE = 'Screen timing quiz';
const QUESTIONS = 50;

/** What one opening measured (ms from the navigation). */
interface Opening {
	heading: number;
	qr: number;
	questions: number;
	longestTask: number;
	headingTask: number;
}

/**
 * Runs in the page before its scripts (`TITLE`, `QUESTIONS` put in): notes the frame that paints
 * each element, and the long tasks. A string, not a function: tsx's transform adds helpers to a
 * function's text that the page does not have.
 */
const WATCH_SCREEN = `(() => {
	const title = ${JSON.stringify(TITLE)};
	const questions = ${QUESTIONS};
	const seen = {};
	const inserted = {};
	const tasks = [];
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			tasks.push({ start: entry.startTime, end: entry.startTime + entry.duration });
	}).observe({ type: 'longtask', buffered: true });
	const note = (name, present) => {
		if (!present || name in inserted) return;
		inserted[name] = performance.now();
		requestAnimationFrame((frame) => (seen[name] = frame));
	};
	new MutationObserver(() => {
		note('heading', (document.querySelector('h1')?.textContent ?? '').includes(title));
		note('qr', !!document.querySelector('svg[role="img"][aria-label^="QR code"] path'));
		note(
			'questions',
			document.querySelectorAll('section[aria-labelledby="questions-heading"] ol > li').length >=
				questions
		);
	}).observe(document, { childList: true, subtree: true });
	window.screenTimes = () => {
		const at = inserted.heading;
		const task = tasks.find((t) => t.start <= at && at <= t.end);
		return {
			...seen,
			longestTask: Math.max(0, ...tasks.map((t) => t.end - t.start)),
			headingTask: task ? task.end - task.start : 0
		};
	};
})();`;

/** Serves `dir` on a free port; resolves its origin and the server. */
async function serve(dir: string): Promise<{ origin: string; server: ChildProcess }> {
	const port = 5200 + Math.floor(Math.random() * 600);
	const server = spawn('node', ['scripts/serve.js', '--port', String(port), '--dir', dir], {
		stdio: 'ignore'
	});
	const origin = `http://127.0.0.1:${port}`;
	for (let tries = 0; tries < 100; tries++) {
		if (
			await fetch(origin).then(
				(r) => r.ok,
				() => false
			)
		)
			return { origin, server };
		await new Promise((resolve) => setTimeout(resolve, 100));
	}
	server.kill();
	throw new Error(`${dir}: the server did not start on ${port}`);
}

/** Makes the quiz as a teacher does on New quiz; resolves the quiz screen's address. */
async function makeQuiz(page: Page, origin: string): Promise<string> {
	await page.goto(`${origin}/classroom/new`);
	await page.locator('body[data-hydrated="true"]').waitFor({ timeout: 60_000 });
	await page.getByLabel('Title').fill(TITLE);
	await page.getByLabel('Number of questions').fill(String(QUESTIONS));
	await page.getByRole('button', { name: 'Create quiz and share' }).click();
	await page.getByRole('heading', { level: 1, name: TITLE }).waitFor({ timeout: 120_000 });
	return page.url();
}

/** Opens the quiz screen afresh and reads its times once the questions are all there. */
async function open(page: Page, address: string): Promise<Opening> {
	await page.goto('about:blank');
	await page.goto(address);
	await page.waitForFunction(
		() => {
			const times = (
				window as unknown as { screenTimes?: () => Record<string, number> }
			).screenTimes?.();
			return times && 'heading' in times && 'questions' in times;
		},
		null,
		{ timeout: 120_000, polling: 100 }
	);
	// A quiz whose link fits no code a phone reads shows none (`shareNote`): its time is absent.
	await page.waitForTimeout(1000);
	return page.evaluate(() => (window as unknown as { screenTimes: () => Opening }).screenTimes());
}

const bench: Bench = {
	name: 'quiz-screen',
	async run(report) {
		const dirs = (process.env.QUIZ_SCREEN_BUILDS ?? 'build').split(',').filter(Boolean);
		const rounds = Number(process.env.QUIZ_SCREEN_ROUNDS ?? 6);
		report('quiz-screen.load-before', loadavg()[0], 'load (1 min)');
		const servers: ChildProcess[] = [];
		const browser = await chromium.launch({
			executablePath: TEST_CHROMIUM,
			args: ['--no-sandbox']
		});
		try {
			const runs = [];
			for (const dir of dirs) {
				const { origin, server } = await serve(dir);
				servers.push(server);
				const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
				const page = await context.newPage();
				const address = await makeQuiz(page, origin);
				await page.addInitScript({ content: WATCH_SCREEN });
				runs.push({ dir, page, address, openings: [] as Opening[] });
			}
			for (let round = 0; round < rounds; round++)
				for (const run of round % 2 ? [...runs].reverse() : runs)
					run.openings.push(await open(run.page, run.address));
			for (const { dir, openings } of runs) {
				const name = `quiz-screen.${dir.replace(/[^a-z0-9]+/gi, '-')}`;
				for (const figure of [
					'heading',
					'qr',
					'questions',
					'longestTask',
					'headingTask'
				] as const) {
					const values = openings
						.map((opening) => opening[figure])
						.filter((value) => typeof value === 'number');
					if (values.length)
						report(`${name}.${figure}`, median(values), `ms (median of ${values.length})`);
				}
			}
			report('quiz-screen.load-after', loadavg()[0], 'load (1 min)');
		} finally {
			await browser.close();
			for (const server of servers) server.kill();
		}
	}
};

export default bench;
