// Prints one closing line for CI from the JSON reports of Vitest and Playwright:
// `tests: N passed, N failed, N skipped` (flaky end-to-end tests are named on the line before).
import { existsSync, readFileSync } from 'node:fs';

/** @param {string} path */
const read = (path) => (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : null);
const unit = read('reports/unit.json');
const e2e = read('reports/e2e.json');

let passed = 0;
let failed = 0;
let skipped = 0;
let flaky = 0;
if (unit) {
	passed += unit.numPassedTests;
	failed += unit.numFailedTests;
	skipped += unit.numPendingTests + unit.numTodoTests;
	console.log(`unit: ${unit.numPassedTests} passed, ${unit.numFailedTests} failed`);
}
if (e2e) {
	const { expected, unexpected, skipped: e2eSkipped, flaky: e2eFlaky } = e2e.stats;
	passed += expected + e2eFlaky;
	failed += unexpected;
	skipped += e2eSkipped;
	flaky += e2eFlaky;
	console.log(`e2e: ${expected + e2eFlaky} passed, ${unexpected} failed`);
}
if (!unit && !e2e) {
	console.log('tests: 0 passed, 0 failed (no reports found)');
	process.exit(1);
}
console.log(
	`tests: ${passed} passed, ${failed} failed, ${skipped} skipped${flaky ? ` (${flaky} flaky, passed on retry)` : ''}`
);
