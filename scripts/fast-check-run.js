// How Vitest runs the fast-check properties (issue 14): one fixed seed in `npm test`, so CI is
// deterministic, and a longer fuzz run (`npm run fuzz`, FC_RUNS and FC_SEED) with a random seed
// and many more runs. vite.config.ts reads this once and hands it to every test worker
// (`provide`, read back by scripts/fast-check-setup.ts).
// Plain JavaScript (types in JSDoc), as vite.config.ts's other imports: Vite's config loader
// wants a file extension on a relative import, and a `.ts` one needs a compiler option.

/**
 * The seed of every property in `npm test` that does not set its own (fast-check's
 * `configureGlobal`). Before it, those properties drew a new seed each run (`Date.now()`), and
 * CI of 6af27fef failed on a counterexample no later run met again.
 */
export const FAST_CHECK_SEED = 20261205;

/** fast-check's own default number of runs of a property, when neither it nor we set one. */
export const FAST_CHECK_DEFAULT_RUNS = 100;

/**
 * What the properties of this Vitest run use.
 * - `fuzz: false` (`npm test`): `seed` is {@link FAST_CHECK_SEED}, a global default; a property
 *   that sets its own seed or runs keeps them.
 * - `fuzz: true` (FC_RUNS or FC_SEED set): every property, its own seed or not, runs with `seed`
 *   and `runs` times its own number of runs (fast-check's 100 when it sets none).
 *
 * @typedef {object} FastCheckRun
 * @property {boolean} fuzz
 * @property {number} seed A 32-bit integer, as fast-check takes it.
 * @property {number} runs Multiplier of each property's number of runs, ≥ 1; 1 outside a fuzz run.
 */

/** Name of the environment variables: a multiplier of runs, and a seed to replay. */
export const FC_RUNS = 'FC_RUNS';
export const FC_SEED = 'FC_SEED';

/**
 * The run the environment asks for. FC_RUNS is a multiplier (`20` runs each property twenty
 * times its own number of runs), FC_SEED an integer. A fuzz run without FC_SEED draws one and
 * writes it into `env`, so every later read in this process (Vitest loads the config again for
 * each project that extends it) gets the same seed, and a failure can be replayed with it.
 *
 * @param {Record<string, string | undefined>} env `process.env`, written to (FC_SEED)
 * @param {() => number} [random] in [0, 1)
 * @returns {FastCheckRun}
 * @throws Error when FC_RUNS is not a whole number ≥ 1 or FC_SEED not a 32-bit integer: a typo
 *   must not silently run the short, fixed-seed suite.
 */
export function fastCheckRunOf(env, random = Math.random) {
	const runsText = env[FC_RUNS]?.trim() || undefined;
	const seedText = env[FC_SEED]?.trim() || undefined;
	if (runsText === undefined && seedText === undefined)
		return { fuzz: false, seed: FAST_CHECK_SEED, runs: 1 };
	const runs = runsText === undefined ? 1 : Number(runsText);
	if (!Number.isInteger(runs) || runs < 1)
		throw new Error(`${FC_RUNS} must be a whole number ≥ 1 (a multiplier of runs): ${runsText}`);
	if (seedText === undefined) env[FC_SEED] = String(Math.floor(random() * 0x7fffffff));
	const seed = Number(env[FC_SEED]);
	if (!Number.isInteger(seed) || seed < -0x80000000 || seed > 0xffffffff)
		throw new Error(`${FC_SEED} must be a 32-bit integer: ${env[FC_SEED]}`);
	return { fuzz: true, seed, runs };
}

/**
 * A property's parameters in a fuzz run: the run's seed instead of its own, and `runs` times its
 * number of runs (its own, else fast-check's 100). A property given a `path` (replaying one
 * counterexample) is left alone, as a path only means something with the seed it was found with.
 *
 * @template {{ seed?: number; numRuns?: number; path?: string }} P fast-check's `Parameters`
 * @param {P | undefined} params
 * @param {FastCheckRun} run
 * @returns {P}
 */
export function fuzzParameters(params, run) {
	if (!run.fuzz) return /** @type {P} */ (params ?? {});
	if (params?.path !== undefined) return params;
	const own = params?.numRuns ?? FAST_CHECK_DEFAULT_RUNS;
	return /** @type {P} */ ({ ...(params ?? {}), seed: run.seed, numRuns: own * run.runs });
}

/**
 * In a fuzz run, every `import … from 'fast-check'` of the code Vite transforms (tests, the app's
 * fuzzers) gets scripts/fast-check-fuzz.ts instead, which passes each property through
 * {@link fuzzParameters}: fast-check's `configureGlobal` gives defaults only, and a property's own
 * `seed`/`numRuns` would win over it. The wrapper's own import is the real fast-check. Not used in
 * `npm test`, where every import is fast-check itself.
 *
 * @returns {import('vite').Plugin}
 */
export function fastCheckFuzz() {
	const wrapper = new URL('./fast-check-fuzz.ts', import.meta.url).pathname;
	return {
		name: 'flashpoint-fast-check-fuzz',
		enforce: 'pre',
		resolveId(source, importer) {
			if (source !== 'fast-check' || importer === wrapper) return null;
			return wrapper;
		}
	};
}
