// `npm run bench`: runs every bench/*.bench.ts (or the ones named) and prints one figure a line,
// `name: value unit`. Figures are for reading and comparing, never pass/fail in tests.
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { Bench } from '../bench/types';

// Vite defines this constant for the app (vite.config.ts); benches run by tsx import app modules
// directly (bench/fuzz.ts reaches `content/bank.ts`), which failed with "FLASHPOINT_BANK_HASH is
// not defined" and stopped every bench after it.
(globalThis as { FLASHPOINT_BANK_HASH?: string }).FLASHPOINT_BANK_HASH ??= 'bench';

const only = process.argv.slice(2);
const files = readdirSync('bench')
	.filter((file) => file.endsWith('.ts') && file !== 'types.ts' && !file.endsWith('.test.ts'))
	.filter((file) => !only.length || only.some((name) => file.startsWith(name)))
	.sort();

let failed = false;
for (const file of files) {
	// Loading is inside the try: a bench that cannot load is reported and the others still run.
	let name = file;
	try {
		const module = (await import(pathToFileURL(resolve('bench', file)).href)) as {
			default?: Bench;
		};
		const bench = module.default;
		if (!bench?.run) continue;
		name = bench.name;
		await bench.run((figure, value, unit) => {
			const shown = Number.isInteger(value) ? value : Number(value.toFixed(3));
			console.log(`${figure}: ${shown} ${unit}`);
		});
	} catch (error) {
		failed = true;
		console.error(`${name}: failed: ${error instanceof Error ? error.message : String(error)}`);
	}
}
process.exitCode = failed ? 1 : 0;
