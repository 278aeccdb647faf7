import { describe, expect, it } from 'vitest';
import { fuzzBackups } from './backup-fuzz';
import { sampleBackup } from './backup-fuzz-sample';
import { freshDb } from './test-helpers';

describe('backup fuzzer (fixed seed)', () => {
	it('1,000 mutated backups: no uncaught error, no hang, nothing accepted that then breaks', async () => {
		const { text, now } = await sampleBackup();
		const figures = await fuzzBackups(text, { cases: 1000, seed: 14, now, freshDb });
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
