import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recordAnswer } from '$lib/db/answers';
import { readGeneration } from '$lib/db/generation';
import { getDb } from '$lib/db/schema';
import { answer } from '$lib/db/test-helpers';
import { loadTodaySummary } from '$lib/db/today-summary';
import { StudySession } from './session.svelte';
import { answerWrongOrGood, clearProgress, shippedBank } from './session.test-helpers';
import { DEFAULT_STUDY_SETTINGS } from './settings';
import { TodayQueue } from './today-queue.svelte';

// Counts the reads of today's summary (an index range over today's answers and the log's last
// key) while the real one runs on the shared fake-indexeddb database.
vi.mock('$lib/db/today-summary', async (importOriginal) => {
	const actual = await importOriginal<typeof import('$lib/db/today-summary')>();
	return { ...actual, loadTodaySummary: vi.fn(actual.loadTodaySummary) };
});

const bank = shippedBank();
const summaryReads = () => vi.mocked(loadTodaySummary).mock.calls.length;

/**
 * Every live change the session handled, with its marker, once the session's own handling of it
 * (the summary read it may start) has finished: an event to wait for, not a timer.
 */
const handled: string[] = [];
let wake: () => void = () => {};
const realWatch = TodayQueue.prototype.watch;

/** Waits until the live read has seen the database at the current `cards-generation` marker. */
async function liveCaughtUp(): Promise<void> {
	const token = await readGeneration(getDb());
	while (!handled.includes(token)) await new Promise<void>((resolve) => (wake = resolve));
}

beforeEach(async () => {
	await clearProgress();
	handled.length = 0;
	vi.spyOn(TodayQueue.prototype, 'watch').mockImplementation(function (this: TodayQueue, on) {
		realWatch.call(this, {
			...on,
			changed: async (token: string) => {
				await on.changed(token);
				handled.push(token);
				wake();
			}
		});
	});
});

afterEach(() => vi.restoreAllMocks());

describe('Study reads today’s summary once per answer', () => {
	it('reads it back after its own answer, not again when the live read sees that answer', async () => {
		const session = new StudySession(bank);
		await session.start();
		await liveCaughtUp();
		vi.mocked(loadTodaySummary).mockClear();
		for (let i = 0; i < 3; i++) {
			await answerWrongOrGood(session);
			await liveCaughtUp();
		}
		// Before: two per answer (the write's read back, and the live change's).
		expect(summaryReads()).toBe(3);
		expect(session.summary.answered).toBe(3);
		session.stop();
	});

	it('still reads another tab’s answer, which moves "answered today" here too', async () => {
		const session = new StudySession(bank);
		await session.start();
		await liveCaughtUp();
		const undoable = session.lastReviewId;
		vi.mocked(loadTodaySummary).mockClear();
		const other = bank.bank.questions.find((q) => q.id !== session.question?.id)!;
		await recordAnswer(answer(other.id, 3, Date.now()), DEFAULT_STUDY_SETTINGS);
		await liveCaughtUp();
		expect(summaryReads()).toBe(1);
		expect(session.summary.answered).toBe(1);
		// Undo keeps meaning this tab's last answer (none here), not the other tab's.
		expect(session.lastReviewId).toBe(undoable);
		session.stop();
	});
});
