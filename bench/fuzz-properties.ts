// The fast-check properties with a random seed and twice their runs (FUZZ_PROPERTIES_RUNS to
// change it): `npm run bench`'s modest share of `npm run fuzz` (scripts/fuzz.ts), whose long
// run is ×20–×50. Prints `fuzz-properties: N runs` and the other figures; each failure goes to
// stderr with its seed and the line that replays it.
import { failureLines, fuzzProperties } from '../scripts/fuzz';
import type { Bench } from './types';

const bench: Bench = {
	name: 'fuzz-properties',
	async run(report) {
		const figures = await fuzzProperties({
			runs: Number(process.env.FUZZ_PROPERTIES_RUNS) || 2,
			// Vitest's own report would drown the figures: only the tally listens.
			reporters: [],
			// Only `name: value unit` lines on stdout.
			log: console.error
		});
		report('fuzz-properties', figures.totalRuns, 'runs');
		report('fuzz-properties.properties', figures.properties, 'properties');
		report('fuzz-properties.cut-short', figures.cutShort, 'properties');
		report('fuzz-properties.seed', figures.seed, 'seed');
		report('fuzz-properties.runs-multiplier', figures.runs, '×');
		report('fuzz-properties.failed', figures.failures.length + figures.errors.length, 'tests');
		report('fuzz-properties.time', figures.seconds, 's');
		for (const line of failureLines(figures)) console.error(`fuzz-properties: ${line}`);
	}
};

export default bench;
