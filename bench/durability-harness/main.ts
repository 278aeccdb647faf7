// Runs inside Chromium for `bench/durability.ts`: the app's real `recordAnswer` against real
// IndexedDB, on a connection whose answer-log writes are strict or relaxed.
import { recordAnswer } from '$lib/db/answers';
import type { LogDurability } from '$lib/db/durability';
import { createDb } from '$lib/db/schema';
import { answer } from '$lib/db/test-helpers';
import { DEFAULT_STUDY_SETTINGS } from '$lib/srs/settings';

const settings = { ...DEFAULT_STUDY_SETTINGS, newPerDay: 10_000 };

/** Times (ms) of `count` answers to new questions, one after another, each awaited. */
async function answerWrites(durability: LogDurability, count: number, round: number) {
	const db = createDb(`durability-${durability}-${round}`, undefined, durability);
	await db.open();
	const times: number[] = [];
	const start = Date.now();
	for (let i = 0; i < count; i++) {
		const at = start + i * 1000;
		const before = performance.now();
		await recordAnswer(answer(`q${i}`, 3, at, null, 4000), settings, db);
		times.push(performance.now() - before);
	}
	db.close();
	return times;
}

(window as unknown as { durabilityBench: unknown }).durabilityBench = { answerWrites };
document.body.dataset.ready = 'true';
