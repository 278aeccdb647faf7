/**
 * Property-based test (fast-check): random sequences of answers, undos, reloads and clock
 * moves (forward, back, across 4 AM and DST) in several time zones, checking after every step
 * the invariants of issue 10: elapsed time never negative, Again ≤ Hard ≤ Good ≤ Easy, the
 * saved card is the previewed one, counts agree (cached and fresh reads, day totals and the
 * log), no answer lost.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countQueue, countTotal, pickNext } from '$lib/srs/queue';
import { Scheduler } from '$lib/srs/scheduler';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '$lib/srs/settings';
import { studyDay } from '$lib/srs/day';
import { inZone } from '$lib/srs/zone.test-helpers';
import { recordAnswer, undoLastAnswer } from './answers';
import { createDb, type FlashpointDb } from './schema';
import { loadTodayQueue } from './today-queue';
import type { RatingValue } from './records';

const ZONES = ['Europe/Istanbul', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];
const minute = 60_000;
const hour = 60 * minute;
const bank = Array.from({ length: 12 }, (_, i) => ({
	id: `q${i}`,
	fact: `f${i >> 1}`,
	type: i % 3 ? 'mcq' : 'short',
	source: { doc: 'd', quote: `sentence ${i}` }
}));

type Action =
	| { kind: 'answer'; rating: RatingValue; thinkMs: number }
	| { kind: 'undo' }
	| { kind: 'reload' }
	| { kind: 'forward'; ms: number }
	| { kind: 'back'; ms: number }
	| { kind: 'rollover'; before: boolean };

const action: fc.Arbitrary<Action> = fc.oneof(
	{
		weight: 6,
		arbitrary: fc.record({
			kind: fc.constant('answer' as const),
			rating: fc.constantFrom<RatingValue>(1, 2, 3, 4),
			thinkMs: fc.integer({ min: 0, max: 90_000 })
		})
	},
	{ weight: 1, arbitrary: fc.constant({ kind: 'undo' as const }) },
	{ weight: 1, arbitrary: fc.constant({ kind: 'reload' as const }) },
	{
		weight: 2,
		arbitrary: fc.record({
			kind: fc.constant('forward' as const),
			ms: fc.oneof(
				fc.integer({ min: minute, max: 30 * minute }),
				fc.integer({ min: hour, max: 3 * 24 * hour })
			)
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({
			kind: fc.constant('back' as const),
			ms: fc.integer({ min: minute, max: 2 * 24 * hour })
		})
	},
	{
		weight: 1,
		arbitrary: fc.record({ kind: fc.constant('rollover' as const), before: fc.boolean() })
	}
);

const STEP_SETS = [[], ['1m'], ['1m', '10m'], ['10m', '1h', '6h'], ['23h']] as const;

async function run(zone: string, steps: readonly string[], actions: Action[]): Promise<void> {
	const settings: StudySettings = {
		...DEFAULT_STUDY_SETTINGS,
		newPerDay: 4,
		learningSteps: [...steps] as StudySettings['learningSteps'],
		relearningSteps: ['10m']
	};
	const scheduler = new Scheduler(settings);
	const name = `property-${Math.random()}`;
	let tab: FlashpointDb = createDb(name);
	// 7 March 2026, 21:00: DST starts in New York the next night, Auckland's ends in April.
	let clock = new Date(2026, 2, 7, 21, 0).getTime();
	let saved = 0;
	try {
		for (const step of actions) {
			if (step.kind === 'forward') clock += step.ms;
			else if (step.kind === 'back') clock -= step.ms;
			else if (step.kind === 'rollover') {
				const at = new Date(clock);
				at.setHours(step.before ? 3 : 4, step.before ? 59 : 1, 0, 0);
				if (at.getTime() <= clock) at.setDate(at.getDate() + 1);
				clock = at.getTime();
			} else if (step.kind === 'reload') {
				tab.close();
				tab = createDb(name);
			} else if (step.kind === 'undo') {
				if (await undoLastAnswer(undefined, tab)) saved--;
			} else {
				const queue = await loadTodayQueue(bank, settings, clock, tab);
				const item = pickNext(queue, clock, settings.learnAheadMinutes);
				if (!item) continue;
				const card = item.card ?? (await tab.cards.get(item.questionId));
				const preview = scheduler.preview(card, clock, item.questionId);
				expect(preview[1]).toBeLessThanOrEqual(preview[2]);
				expect(preview[2]).toBeLessThanOrEqual(preview[3]);
				expect(preview[3]).toBeLessThanOrEqual(preview[4]);
				const answeredAt = clock + step.thinkMs;
				const review = await recordAnswer(
					{
						questionId: item.questionId,
						rating: step.rating,
						answeredAt,
						durationMs: step.thinkMs,
						grading: 'self',
						correct: null,
						seenLastReview: card?.lastReview ?? null,
						previewAt: clock
					},
					settings,
					tab
				);
				saved++;
				clock = answeredAt;
				const stored = await tab.cards.get(item.questionId);
				// What the button showed is what was saved.
				expect(stored!.due - answeredAt).toBe(preview[step.rating] - review.previewAt!);
				expect(stored!.elapsedDays).toBeGreaterThanOrEqual(0);
				expect(stored!.due).toBeGreaterThanOrEqual(answeredAt);
			}
			// No answer lost; totals agree with the log.
			const reviews = await tab.reviews.toArray();
			expect(reviews.length).toBe(saved);
			const today = studyDay(clock);
			const totals = await tab.days.get(today);
			expect(totals?.answers ?? 0).toBe(reviews.filter((r) => r.studyDay === today).length);
			// This tab's cached queue and counts equal a fresh read (another tab, a reload).
			const cached = await loadTodayQueue(bank, settings, clock, tab);
			const cold = createDb(name);
			const fresh = await loadTodayQueue(bank, settings, clock, cold);
			cold.close();
			expect(cached).toEqual(fresh);
			// One definition of each count: every item is counted once, in one kind.
			const counts = countQueue(cached, clock, settings.learnAheadMinutes);
			expect(countTotal(counts)).toBe(cached.length);
			expect(counts.fresh).toBe(cached.filter((item) => item.isNew).length);
		}
	} finally {
		tab.close();
	}
}

describe('study under random answers, undos, reloads and clock moves', () => {
	it('keeps every invariant after every step, in several time zones', async () => {
		await fc.assert(
			fc.asyncProperty(
				fc.constantFrom(...ZONES),
				fc.constantFrom(...STEP_SETS),
				fc.array(action, { minLength: 5, maxLength: 40 }),
				(zone, steps, actions) => inZone(zone, () => run(zone, steps, actions))
			),
			{ numRuns: 25 }
		);
	}, 120_000);

	it('gives the same card for two answers in one study day, whatever the hours and zone', () => {
		fc.assert(
			fc.property(
				fc.constantFrom(...ZONES),
				fc.integer({ min: 0, max: 23 * 60 + 40 }),
				fc.integer({ min: 0, max: 23 * 60 + 40 }),
				fc.integer({ min: 1, max: 18 }),
				(zone, startA, startB, gapMinutes) => {
					inZone(zone, () => {
						const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
						// Minutes after the 4 AM rollover on 12 May, so both answers stay in that day.
						const pair = (start: number) => {
							const first = new Date(2026, 4, 12, 4, start).getTime();
							const learning = scheduler.answer('q', undefined, first, 3);
							const next = scheduler.answer('q', learning, first + gapMinutes * minute, 3);
							return [next.scheduledDays, next.stability, next.difficulty, next.state];
						};
						expect(pair(startA)).toEqual(pair(startB));
					});
				}
			),
			{ numRuns: 200 }
		);
	});
});
