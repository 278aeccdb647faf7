// Prints one closing line for CI from the JSON reports of Vitest and Playwright:
// `tests: N passed, N failed, N skipped` (flaky end-to-end tests are named on the line before),
// after a line per phase with its time.
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = read('reports/unit.json');

/** @param {number} ms */
const seconds = (ms) => `${Math.round(ms / 1000)} s`;

/**
 * The sum of every end-to-end test's run times in ms (retries included): with two workers the
 * wall time is about half of it, so it is the figure to watch when adding or speeding up tests.
 * @param {any[]} suites Playwright JSON reporter suites, nested
 * @returns {number}
 */
function testTime(suites) {
	let total = 0;
	for (const suite of suites ?? []) {
		for (const spec of suite.specs ?? [])
			for (const test of spec.tests) for (const result of test.results) total += result.duration;
		total += testTime(suite.suites);
	}
	return total;
}
const e2e = read('reports/e2e.json');

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = 0;
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + unit.numTodoTests;
	const ended = Math.max(
		unit.startTime,
		...unit.testResults.map((/** @type {{ endTime?: number }} */ file) => file.endTime ?? 0)
	);
	console.log(
		`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed, ${seconds(ended - unit.startTime)}`
	);
}
if (e2e) {
	const { expected, unexpected, skipped: e2eSkipped, flaky: e2eFlaky } = e2e.stats;
	passed += expected + e2eFlaky;
	failed += unexpected;
	skipped += e2eSkipped;
	flaky += e2eFlaky;
	console.log(
		`e2e: ${expected + e2eFlaky} passed, ${unexpected} failed, ${seconds(e2e.stats.duration)} wall, ${seconds(testTime(e2e.suites))} of test time`
	);
}
if (!unit && !e2e) {
	console.log('tests: 0 passed, 0 failed (no reports found)');
	process.exit(1);
}
console.log(
	`tests: ${passed} passed, ${failed} failed, ${skipped} skipped${flaky ? ` (${flaky} flaky, passed on retry)` : ''}`
);
