// `npm run fuzz`: the fast-check properties' long run (issue 14). Every property runs with one
// random seed (or FC_SEED / --seed) and FC_RUNS / --runs times its own number of runs (20 unless
// told), and the run ends with `name: value unit` lines and, for each failure, the line that
// replays it. `npm test` runs the same properties once, with a fixed seed
// (scripts/fast-check-run.js).
//
//   npm run fuzz                                 every property file, server project, ×20
//   npm run fuzz -- --runs 50 --seed 7 src/lib/formats   one folder, ×50, seed 7
//
// Property files: the test files under src/ and scripts/ that use fast-check. A replay needs
// no script: FC_SEED=<seed> FC_RUNS=<runs> npx vitest run <file> --testTimeout=0 -t '<test>'.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Reporter, TestModule } from 'vitest/node';
import { escapeRegExp } from '../src/lib/text/regexp-literal';
import { FC_RUNS, FC_SEED, fastCheckRunOf } from './fast-check-run';

/** Multiplier of runs when neither --runs nor FC_RUNS gives one. */
export const DEFAULT_FUZZ_RUNS = 20;

/** What a fuzz run found. */
export interface FuzzFigures {
	seed: number;
	/** Multiplier of each property's runs. */
	runs: number;
	files: number;
	/** Tests that checked at least one property, and the properties they checked. */
	tests: number;
	properties: number;
	/** Runs of every property, added up (a failed property's runs up to its failure). */
	totalRuns: number;
	/** Properties stopped short of their runs by their test's own time limit. */
	cutShort: number;
	/** Failed tests: where, and fast-check's report (seed, path, counterexample). */
	failures: { file: string; test: string; name: string; message: string }[];
	/** Failures of a whole file (it did not load, an error outside any test). */
	errors: string[];
	seconds: number;
}

/** Every test file under src/ and scripts/ that uses fast-check, from the repository's root. */
export function propertyFiles(root = '.'): string[] {
	return ['src', 'scripts']
		.flatMap((dir) => readdirSync(join(root, dir), { withFileTypes: true, recursive: true }))
		.filter((entry) => entry.isFile() && /\.test\.ts$/.test(entry.name))
		.map((entry) => relative(root, join(entry.parentPath, entry.name)))
		.filter((file) => /\bfrom 'fast-check'/.test(readFileSync(join(root, file), 'utf8')))
		.sort();
}

/**
 * The shell command that replays a failed test: its seed and runs, its file, and its name as
 * Vitest's `-t` takes it (a regular expression, so escaped; quoted for the shell), without
 * `npm test`'s 30 s limit, which a property ×20 passes.
 */
export function replayLine(seed: number, runs: number, file: string, test: string): string {
	const pattern = escapeRegExp(test);
	const quoted = `'${pattern.replace(/'/g, `'\\''`)}'`;
	return `${FC_SEED}=${seed} ${FC_RUNS}=${runs} npx vitest run ${file} --testTimeout=0 -t ${quoted}`;
}

/**
 * Runs the property files (`filters`, else every one: {@link propertyFiles}) in the Vitest
 * projects named, with the seed and runs given (else FC_SEED/FC_RUNS, else a random seed and
 * {@link DEFAULT_FUZZ_RUNS}). Vitest's own report is printed as usual; the figures come back.
 * Sets FC_SEED and FC_RUNS in this process's environment (vite.config.ts reads them there).
 */
export async function fuzzProperties(options: {
	runs?: number;
	seed?: number;
	filters?: string[];
	projects?: string[];
	/** Vitest's reporters; the default one prints every file and failure. */
	reporters?: string[];
	/** Where the opening line (seed, runs, files) goes: the bench sends it to stderr. */
	log?: (line: string) => void;
}): Promise<FuzzFigures> {
	process.env[FC_RUNS] = String(
		options.runs ?? (Number(process.env[FC_RUNS]) || DEFAULT_FUZZ_RUNS)
	);
	if (options.seed !== undefined) process.env[FC_SEED] = String(options.seed);
	const run = fastCheckRunOf(process.env);
	const all = propertyFiles();
	const files = options.filters?.length
		? all.filter((file) => options.filters!.some((filter) => file.includes(filter)))
		: all;
	const projects =
		options.projects ??
		(files.some((file) => file.endsWith('.svelte.test.ts')) ? ['server', 'client'] : ['server']);
	(options.log ?? console.log)(
		`fuzz: seed ${run.seed}, runs ×${run.runs}, ${files.length} files, projects ${projects.join(' ')}`
	);
	const figures: FuzzFigures = {
		seed: run.seed,
		runs: run.runs,
		files: files.length,
		tests: 0,
		properties: 0,
		totalRuns: 0,
		cutShort: 0,
		failures: [],
		errors: [],
		seconds: 0
	};
	if (!files.length) return figures;
	const tally: Reporter = {
		onTestRunEnd(modules: ReadonlyArray<TestModule>) {
			for (const module of modules) {
				const file = relative(process.cwd(), module.moduleId);
				for (const error of module.errors()) figures.errors.push(`${file}: ${error.message}`);
				for (const test of module.children.allTests()) {
					const meta = test.meta();
					if (meta.fastCheckProperties) {
						figures.tests++;
						figures.properties += meta.fastCheckProperties;
						figures.totalRuns += meta.fastCheckRuns ?? 0;
						figures.cutShort += meta.fastCheckCutShort ?? 0;
					}
					const result = test.result();
					if (result.state !== 'failed') continue;
					const message = result.errors?.map((error) => error.message).join('\n') ?? '';
					figures.failures.push({ file, test: test.fullName, name: test.name, message });
				}
			}
		}
	};
	const started = performance.now();
	const { startVitest } = await import('vitest/node');
	const vitest = await startVitest('test', files, {
		run: true,
		watch: false,
		project: projects,
		// A property ×50 takes minutes; the hang guard of `npm test` (30 s) would fail it.
		testTimeout: 0,
		hookTimeout: 0,
		reporters: [...(options.reporters ?? ['default']), tally]
	});
	await vitest?.close();
	figures.seconds = (performance.now() - started) / 1000;
	return figures;
}

/** The figures as `name: value unit` lines, then each failure and the line that replays it. */
export function printFuzzFigures(figures: FuzzFigures, log = console.log): void {
	log(`fuzz-properties: ${figures.totalRuns} runs`);
	log(`fuzz-properties.properties: ${figures.properties} properties`);
	log(`fuzz-properties.tests: ${figures.tests} tests`);
	log(`fuzz-properties.cut-short: ${figures.cutShort} properties`);
	log(`fuzz-properties.files: ${figures.files} files`);
	log(`fuzz-properties.seed: ${figures.seed} seed`);
	log(`fuzz-properties.runs-multiplier: ${figures.runs} ×`);
	log(`fuzz-properties.failed: ${figures.failures.length + figures.errors.length} tests`);
	log(`fuzz-properties.time: ${figures.seconds.toFixed(1)} s`);
	for (const line of failureLines(figures)) log(line);
}

/** Each failure: its test and fast-check's seed and path, then the command that replays it. */
export function failureLines(figures: FuzzFigures): string[] {
	return [
		...figures.failures.flatMap((failure) => {
			const report = failure.message.match(/\{ seed: .*\}/)?.[0];
			return [
				`FAILED ${failure.file} > ${failure.test}${report ? ` ${report}` : ''}`,
				`  replay: ${replayLine(figures.seed, figures.runs, failure.file, failure.name)}`
			];
		}),
		...figures.errors.map((error) => `FAILED ${error}`)
	];
}

async function main() {
	const { values, positionals } = parseArgs({
		options: {
			runs: { type: 'string' },
			seed: { type: 'string' },
			project: { type: 'string', multiple: true }
		},
		allowPositionals: true
	});
	const figures = await fuzzProperties({
		runs: values.runs === undefined ? undefined : Number(values.runs),
		seed: values.seed === undefined ? undefined : Number(values.seed),
		filters: positionals,
		projects: values.project
	});
	printFuzzFigures(figures);
	process.exitCode = figures.failures.length || figures.errors.length ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href)
	main().catch((error: unknown) => {
		console.error(error);
		process.exitCode = 1;
	});
