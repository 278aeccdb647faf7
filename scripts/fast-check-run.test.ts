import { describe, expect, it } from 'vitest';
import { FAST_CHECK_SEED, fastCheckRunOf, fuzzParameters } from './fast-check-run';
import { propertyFiles, replayLine } from './fuzz';

describe('fast-check runs (issue 14)', () => {
	it('npm test: the fixed seed, the properties’ own runs', () => {
		const env = {};
		expect(fastCheckRunOf(env)).toEqual({ fuzz: false, seed: FAST_CHECK_SEED, runs: 1 });
		expect(env).toEqual({});
		// A property's own seed and runs are kept outside a fuzz run.
		const run = fastCheckRunOf({});
		expect(fuzzParameters({ seed: 18, numRuns: 600 }, run)).toEqual({ seed: 18, numRuns: 600 });
	});

	it('a fuzz run draws one seed, keeps it in the environment, and multiplies every property’s runs', () => {
		const env: Record<string, string | undefined> = { FC_RUNS: '20' };
		const run = fastCheckRunOf(env, () => 0.5);
		expect(run).toEqual({ fuzz: true, seed: 0x3fffffff, runs: 20 });
		expect(env.FC_SEED).toBe(String(0x3fffffff));
		// Read again (Vitest loads the config once a project): the same seed.
		expect(fastCheckRunOf(env, () => 0.1).seed).toBe(0x3fffffff);
		expect(fuzzParameters({ seed: 18, numRuns: 600, endOnFailure: true }, run)).toEqual({
			seed: 0x3fffffff,
			numRuns: 12_000,
			endOnFailure: true
		});
		expect(fuzzParameters(undefined, run)).toEqual({ seed: 0x3fffffff, numRuns: 2_000 });
		// Replaying one counterexample: left as it is.
		expect(fuzzParameters({ seed: 3, path: '4:1' }, run)).toEqual({ seed: 3, path: '4:1' });
	});

	it('FC_SEED alone replays a seed with the properties’ own runs', () => {
		expect(fastCheckRunOf({ FC_SEED: '-7' })).toEqual({ fuzz: true, seed: -7, runs: 1 });
	});

	it('refuses a multiplier or seed that is no whole number, rather than run the short suite', () => {
		expect(() => fastCheckRunOf({ FC_RUNS: 'x20' })).toThrow(/FC_RUNS/);
		expect(() => fastCheckRunOf({ FC_RUNS: '0' })).toThrow(/FC_RUNS/);
		expect(() => fastCheckRunOf({ FC_SEED: '1.5' })).toThrow(/FC_SEED/);
	});

	it('finds the property files and says how to replay a failure', () => {
		const files = propertyFiles();
		expect(files).toContain('src/lib/formats/roundtrip.property.test.ts');
		expect(files.every((file) => file.endsWith('.test.ts'))).toBe(true);
		expect(replayLine(42, 20, 'src/a.test.ts', "it's right (property)")).toBe(
			`FC_SEED=42 FC_RUNS=20 npx vitest run src/a.test.ts --testTimeout=0 -t 'it'\\''s right \\(property\\)'`
		);
	});
});
