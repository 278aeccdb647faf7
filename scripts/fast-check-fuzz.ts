// fast-check as the tests see it in a fuzz run (`npm run fuzz`; the Vite plugin `fastCheckFuzz`
// of scripts/fast-check-run.js resolves 'fast-check' here): the real module, but `assert` and
// `check` give each property the run's seed and multiplied runs (`fuzzParameters`), and count
// the runs made into the test's metadata, which scripts/fuzz.ts adds up. Never used by
// `npm test`, so a change here cannot change what CI checks.
import fc from 'fast-check';
import { inject, TestRunner } from 'vitest';

import { fuzzParameters } from './fast-check-run';

export * from 'fast-check';

declare module 'vitest' {
	interface TaskMeta {
		/** Runs of fast-check properties made by this test in a fuzz run (failed run included). */
		fastCheckRuns?: number;
		/** fast-check properties this test checked in a fuzz run. */
		fastCheckProperties?: number;
		/** Of them, those stopped short of their runs by the test's own time limit. */
		fastCheckCutShort?: number;
	}
}

/** Adds the property's runs to the test it runs in, once it is over (pass or fail). */
function countRuns<Ts>(): fc.Plugin<Ts> {
	return () => {
		// Taken when the property starts: an asynchronous one ends after awaits.
		const test = TestRunner.getCurrentTest();
		return {
			onAllRunsComplete(details) {
				if (!test) return;
				test.meta.fastCheckRuns = (test.meta.fastCheckRuns ?? 0) + details.numRuns;
				test.meta.fastCheckProperties = (test.meta.fastCheckProperties ?? 0) + 1;
				if (details.interrupted)
					test.meta.fastCheckCutShort = (test.meta.fastCheckCutShort ?? 0) + 1;
			}
		};
	};
}

/**
 * What is left (ms) of the current test's own time limit, less a tenth for what follows the
 * property, or undefined without one. A test that sets its limit (`it(…, 120_000)`) keeps it in
 * a fuzz run (scripts/fuzz.ts lifts only the default one), and ×20 its runs would fail it as a
 * timeout: the property stops generating within it instead, a pass with fewer runs, counted as
 * cut short (seed 2003 ×5: study.property's 120 s, indexes.property's 300 s).
 */
function timeLeft(): number | undefined {
	const test = TestRunner.getCurrentTest();
	if (!test?.timeout) return undefined;
	const spent = Date.now() - (test.result?.startTime ?? Date.now());
	return Math.max(1_000, test.timeout * 0.9 - spent);
}

function fuzzed<Ts>(params: fc.Parameters<Ts> | undefined): fc.Parameters<Ts> {
	const fuzzedParams = fuzzParameters(params, inject('fastCheck'));
	const left = timeLeft();
	return {
		...fuzzedParams,
		...(left !== undefined &&
			fuzzedParams.interruptAfterTimeLimit === undefined && { interruptAfterTimeLimit: left }),
		plugins: [...(fuzzedParams.plugins ?? []), countRuns<Ts>()]
	};
}

/** fast-check's `assert`, with the fuzz run's seed and runs. */
export const assert = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) =>
	fc.assert(property, fuzzed(params))) as typeof fc.assert;

/** fast-check's `check`, with the fuzz run's seed and runs. */
export const check = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) =>
	fc.check(property, fuzzed(params))) as typeof fc.check;

export default { ...fc, assert, check };
