// The backup fuzzer's long run (issue 14): 10,000 mutated backups through the real reader, and
// every accepted one imported, studied and exported in fake-indexeddb. Prints
// `fuzz-backup: N cases, U uncaught, B accepted-then-broken` (and hangs, partial writes,
// accepted). `npm test` runs 1,000 with another seed (src/lib/db/backup-fuzz.test.ts).
import 'fake-indexeddb/auto';
import { fuzzBackups } from '../src/lib/db/backup-fuzz';
import { sampleBackup } from '../src/lib/db/backup-fuzz-sample';
import { freshDb } from '../src/lib/db/test-helpers';
import type { Bench } from './types';

const CASES = 10_000;

const bench: Bench = {
	name: 'fuzz',
	async run(report) {
		const { text, now } = await sampleBackup();
		const figures = await fuzzBackups(text, { cases: CASES, seed: 2026, now, freshDb });
		report(
			'fuzz-backup',
			figures.cases,
			`cases, ${figures.uncaught} uncaught, ${figures.acceptedThenBroken} accepted-then-broken`
		);
		report('fuzz-backup.accepted', figures.accepted, 'cases');
		report('fuzz-backup.hangs-over-2s', figures.hangs, 'cases');
		report('fuzz-backup.partial-writes', figures.partialWrites, 'cases');
		for (const failure of figures.failures.slice(0, 5)) console.error(`fuzz-backup: ${failure}`);
	}
};

export default bench;
