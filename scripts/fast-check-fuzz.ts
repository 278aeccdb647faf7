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
			}
		};
	};
}

function fuzzed<Ts>(params: fc.Parameters<Ts> | undefined): fc.Parameters<Ts> {
	const fuzzedParams = fuzzParameters(params, inject('fastCheck'));
	return { ...fuzzedParams, plugins: [...(fuzzedParams.plugins ?? []), countRuns<Ts>()] };
}

/** fast-check's `assert`, with the fuzz run's seed and runs. */
export const assert = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) =>
	fc.assert(property, fuzzed(params))) as typeof fc.assert;

/** fast-check's `check`, with the fuzz run's seed and runs. */
export const check = ((property: fc.IRawProperty<unknown>, params?: fc.Parameters<unknown>) =>
	fc.check(property, fuzzed(params))) as typeof fc.check;

export default { ...fc, assert, check };
