// `npm run bench`: runs every bench/*.bench.ts (or the ones named) and prints one figure a line,
// `name: value unit`. Figures are for reading and comparing, never pass/fail in tests.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Bench } from '../bench/types';

const only = process.argv.slice(2);
const files = readdirSync('bench')
	.filter((file) => file.endsWith('.ts') && file !== 'types.ts' && !file.endsWith('.test.ts'))
	.filter((file) => !only.length || only.some((name) => file.startsWith(name)))
	.sort();

let failed = false;
for (const file of files) {
	const module = (await import(pathToFileURL(resolve('bench', file)).href)) as { default?: Bench };
	const bench = module.default;
	if (!bench?.run) continue;
	try {
		await bench.run((name, value, unit) => {
			const shown = Number.isInteger(value) ? value : Number(value.toFixed(3));
			console.log(`${name}: ${shown} ${unit}`);
		});
	} catch (error) {
		failed = true;
		console.error(
			`${bench.name}: failed: ${error instanceof Error ? error.message : String(error)}`
		);
	}
}
process.exitCode = failed ? 1 : 0;
