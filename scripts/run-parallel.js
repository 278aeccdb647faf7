// Runs npm scripts side by side and prints each one's output, whole, when it ends, with its time:
// `node scripts/run-parallel.js check lint:eslint lint:prettier`. Exits with the first failing
// script's code, after all have ended. `npm test` uses it for the static checks: svelte-check,
// ESLint and Prettier each keep one core busy, so on a 2-core CI machine they take about half the
// time side by side. The tests do not go through it: Vitest and Playwright use both cores already.
import { spawn } from 'node:child_process';

const scripts = process.argv.slice(2);
if (!scripts.length) {
	console.error('usage: node scripts/run-parallel.js <npm script>…');
	process.exit(2);
}

/**
 * Runs one npm script with its output kept in memory.
 * @param {string} name
 * @returns {Promise<{ name: string, code: number, output: string, seconds: number }>}
 */
function run(name) {
	const started = Date.now();
	return new Promise((resolve) => {
		const child = spawn('npm', ['run', '--silent', name], {
			env: { ...process.env, FORCE_COLOR: process.env.FORCE_COLOR ?? '0' }
		});
		/** @type {Buffer[]} */
		const chunks = [];
		child.stdout.on('data', (chunk) => chunks.push(chunk));
		child.stderr.on('data', (chunk) => chunks.push(chunk));
		child.on('close', (code, signal) =>
			resolve({
				name,
				code: code ?? (signal ? 1 : 0),
				output: Buffer.concat(chunks).toString('utf8'),
				seconds: (Date.now() - started) / 1000
			})
		);
	});
}

const results = await Promise.all(
	scripts.map((name) =>
		run(name).then((result) => {
			const verdict = result.code === 0 ? 'ok' : `failed (exit ${result.code})`;
			process.stdout.write(`\n── ${name}: ${verdict}, ${result.seconds.toFixed(1)} s\n`);
			process.stdout.write(result.output);
			return result;
		})
	)
);
const failed = results.find((result) => result.code !== 0);
process.exit(failed ? failed.code : 0);
