import { defineConfig, devices } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { TEST_CHROMIUM } from './scripts/test-chromium.js';

// Debian's headless shell or Chromium where installed (CI, our machines): scripts/test-chromium.js.
const executablePath = TEST_CHROMIUM;

/**
 * A port no one is listening on, asked of the OS in a child process (the config must be
 * synchronous). `npm start` on 4173 in another terminal must not break `npm test`.
 */
function freePort(): number {
	const script =
		"const s=require('node:net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
	return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

// E2E_PORT chooses the port; E2E_REUSE=1 tests a server already running there (default 4173).
// Otherwise the suite starts its own server on a free port. The choice is put in the
// environment, which Playwright's workers inherit, so every process uses the same one.
const reuse = process.env.E2E_REUSE === '1';
process.env.E2E_PORT ??= String(reuse ? 4173 : freePort());
const port = Number(process.env.E2E_PORT);

const launchOptions = {
	executablePath,
	args: [
		'--no-sandbox',
		'--disable-gpu',
		'--disable-quic',
		'--disable-background-networking',
		'--disable-component-update',
		'--disable-sync',
		'--no-first-run'
	]
};

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Four workers in CI on two cores: most of a test's time is waiting (a service worker
	// installing, a page loading, a timer), not CPU. With two, the quiet CI of 92309a7 took 17.7
	// min for 2,010 s of test time; a whole run with four used about 1,200 s of CPU (sampled at
	// load 35-42 on the shared machine, which inflates it): 10 min of two cores, so with two
	// workers the cores were about half idle, and CPU is the floor. Cutting work is what helps:
	// after the class of 30 went from 30 student browsers to 4 (8dafd65), a whole run of 178
	// tests used 542 s of CPU (user+sys of Playwright and its browsers; 18.4 min wall at load
	// 22-28, 3,799 s of test time), and the three builds before it 140 s more.
	workers: process.env.CI ? 4 : undefined,
	retries: process.env.CI ? 1 : 0,
	// CI also writes a JSON report that .ci/run sums up in one closing line.
	reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : [['list']],
	// A long flow (courses, classroom report) takes 12 s on a quiet 2-core machine and over 30 s at
	// load 19; a step that never comes still fails at actionTimeout or the expect timeout. In CI
	// four workers share the two cores, half the CPU each of two: five long flows (offline, a
	// user course, add documents, quiz at 320 px, an update) passed 60 s at load 35-42.
	timeout: process.env.CI ? 120_000 : 60_000,
	expect: { timeout: 7_000 },
	use: {
		baseURL: `http://127.0.0.1:${port}`,
		serviceWorkers: 'block',
		// No click or fill waits for ever: an element that never comes fails the step, with its
		// name, long before the test's own timeout (class30 once sat idle for 15 min).
		actionTimeout: 30_000,
		// Recording a trace of every test costs about a tenth of the run (measured on shell and
		// source-links); in CI a failure is retried once, and the retry records one.
		trace: process.env.CI ? 'on-first-retry' : 'retain-on-failure'
	},
	// Both projects run a test only when what it checks is layout or touch (what a phone or a
	// wide screen shows): the screens' shell, study-layout, sources and source links, the
	// feedback and double-tap checks. A test of logic (import, backup, database, quiz codes,
	// updates, offline) runs once: tagged `@phone` (the student's device, so every screen keeps
	// a phone pass) or `@desktop` (a teacher's laptop, a projector, keyboard shortcuts, tabs).
	// The fresh-clone CI must stay under 15 minutes on two cores (11 is the aim on a quiet one);
	// README, Testing, lists them.
	projects: [
		{
			name: 'phone',
			grepInvert: /@desktop/,
			use: {
				...devices['Pixel 7'],
				viewport: { width: 390, height: 844 },
				browserName: 'chromium',
				launchOptions
			}
		},
		{
			name: 'desktop',
			grepInvert: /@phone/,
			use: {
				...devices['Desktop Chrome'],
				viewport: { width: 1280, height: 800 },
				launchOptions
			}
		}
	],
	webServer: {
		command: `node scripts/serve.js --port ${port}`,
		url: `http://127.0.0.1:${port}/`,
		reuseExistingServer: reuse,
		stdout: 'ignore'
	}
});
