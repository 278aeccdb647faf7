import { describe, expect, it } from 'vitest';
import { fuzzBackups } from './backup-fuzz';
import { sampleBackup } from './backup-fuzz-sample';
import { freshDb } from './test-helpers';

describe('backup fuzzer (fixed seed)', () => {
	it('1,000 mutated backups: no uncaught error, no hang, nothing accepted that then breaks', async () => {
		const { text, now } = await sampleBackup();
		// A hang here is a decode that never ends in practice (deep nesting, a 1 MB field read
		// quadratically), not a slow one: the bench holds the 2 s measure, because a loaded
		// 2-core CI machine made single decodes pass 2 s (tbt's report, load 21).
		const figures = await fuzzBackups(text, {
			cases: 1000,
			seed: 14,
			now,
			freshDb,
			hangMs: 20_000
		});
		expect(figures.failures).toEqual([]);
		expect(figures).toMatchObject({
			cases: 1000,
			uncaught: 0,
			hangs: 0,
			partialWrites: 0,
			acceptedThenBroken: 0
		});
		// The mutations must leave some files valid, or the oracle after acceptance never runs.
		expect(figures.accepted).toBeGreaterThan(20);
	}, 120_000);
});
