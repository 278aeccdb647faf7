import { describe, expect, it } from 'vitest';
import { fuzzBackups } from './backup-fuzz';
import { MAX_BACKUP_DEPTH, MAX_LISTED_PROBLEMS } from './backup-file';
import { sampleBackup } from './backup-fuzz-sample';
import { freshDb } from './test-helpers';

describe('backup fuzzer (fixed seed)', () => {
	it('1,000 mutated backups: no uncaught error, bounded work, nothing accepted that then breaks', async () => {
		const { text, now } = await sampleBackup();
		// Counted work, not time (the guide: no timed assertions; bench/fuzz.ts times each decode
		// against 2 s): a decode that never ends fails by the test's own timeout.
		const figures = await fuzzBackups(text, { cases: 1000, seed: 14, now, freshDb });
		expect(figures.failures).toEqual([]);
		expect(figures).toMatchObject({
			cases: 1000,
			uncaught: 0,
			partialWrites: 0,
			acceptedThenBroken: 0
		});
		// Each decode parses the text at most once, never deeper than the cap (the 10,000-deep
		// values are refused by a linear scan first), and a refusal stays a few short lines
		// whatever the input holds (a 1 MB field is not repeated on screen).
		expect(figures.work.mostParses).toBeLessThanOrEqual(1);
		expect(figures.work.mostCharsPerInputChar).toBeLessThanOrEqual(1);
		expect(figures.work.deepestParsed).toBeLessThanOrEqual(MAX_BACKUP_DEPTH);
		expect(figures.work.longestRefusal).toBeLessThanOrEqual((MAX_LISTED_PROBLEMS + 1) * 200);
		// The mutations must leave some files valid, or the oracle after acceptance never runs.
		expect(figures.accepted).toBeGreaterThan(20);
	}, 120_000);
});
