import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { formatInterval, intervalLabels } from './interval-label';
import { GRADES, Scheduler, newCardRecord } from './scheduler';
import { DEFAULT_STUDY_SETTINGS } from './settings';
import { CARD_STATE, type CardRecord } from '$lib/db/records';

const SECOND = 1_000;
const MINUTE = 60 * SECOND;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const MONTH = (365 * DAY) / 12;

describe('formatInterval: Anki’s answer-button units and decimals', () => {
	it('minutes and days whole; hours, months and years to one decimal', () => {
		// Anki's own test (rslib timespan.rs): 70 s → "1m", 1.1 months → "1.1mo".
		expect(formatInterval(70 * SECOND)).toBe('1 min');
		expect(formatInterval(1.1 * MONTH)).toBe('1.1 mo');
		expect(formatInterval(10 * MINUTE)).toBe('10 min');
		expect(formatInterval(90 * MINUTE)).toBe('1.5 h');
		expect(formatInterval(5 * HOUR)).toBe('5 h');
		expect(formatInterval(3 * DAY)).toBe('3 d');
		expect(formatInterval(30 * DAY)).toBe('30 d');
		expect(formatInterval(45 * DAY)).toBe('1.5 mo');
		expect(formatInterval(90 * DAY)).toBe('3 mo');
		expect(formatInterval(364 * DAY)).toBe('12 mo');
		expect(formatInterval(365 * DAY)).toBe('1 y');
		expect(formatInterval(548 * DAY)).toBe('1.5 y');
		expect(formatInterval(4000 * DAY)).toBe('11 y');
	});

	it('reads an interval under a minute as "1 min", Flashpoint’s shortest step', () => {
		expect(formatInterval(59_990)).toBe('1 min');
		expect(formatInterval(0)).toBe('1 min');
	});
});

describe('intervalLabels: buttons whose intervals differ never read the same', () => {
	it('tells Good from Easy on an imported Anki review card (outsider: "1 mo / 2 mo / 2 mo")', () => {
		expect(intervalLabels([10 * MINUTE, 40 * DAY, 48 * DAY, 64 * DAY])).toEqual([
			'10 min',
			'1.3 mo',
			'1.6 mo',
			'2.1 mo'
		]);
	});

	it('shows a smaller unit where Anki’s one decimal still reads alike', () => {
		// 60 and 61 days are both 2.0 months: days tell them apart; the others keep Anki's label.
		expect(intervalLabels([10 * MINUTE, 45 * DAY, 60 * DAY, 61 * DAY])).toEqual([
			'10 min',
			'1.5 mo',
			'60 d',
			'61 d'
		]);
		expect(intervalLabels([20 * SECOND, 40 * SECOND, 10 * MINUTE, DAY])).toEqual([
			'20 s',
			'40 s',
			'10 min',
			'1 d'
		]);
		expect(intervalLabels([3 * DAY, 3 * DAY])).toEqual(['3 d', '3 d']);
	});

	it('any four intervals a second or more apart read differently (property)', () => {
		fc.assert(
			fc.property(
				fc.uniqueArray(fc.integer({ min: 0, max: 100 * 365 * 86_400 }), {
					minLength: 2,
					maxLength: 4
				}),
				(seconds) => {
					const labels = intervalLabels(seconds.map((s) => s * SECOND));
					expect(new Set(labels).size).toBe(labels.length);
				}
			),
			{ numRuns: 2_000 }
		);
	});

	it('for any card state, its grade buttons’ distinct intervals read differently (property)', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		const t0 = Date.UTC(2026, 4, 12, 9);
		// A history of answers, each after a gap, or an imported review card of any memory state.
		const history = fc.array(
			fc.record({
				gapMinutes: fc.integer({ min: 0, max: 400 * 24 * 60 }),
				rating: fc.constantFrom(...GRADES)
			}),
			{ maxLength: 12 }
		);
		const imported = fc.record({
			stability: fc.double({ min: 0.1, max: 36_500, noNaN: true }),
			difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
			scheduledDays: fc.integer({ min: 1, max: 3_650 }),
			elapsedFraction: fc.double({ min: 0, max: 3, noNaN: true })
		});
		fc.assert(
			fc.property(history, fc.option(imported), (steps, review) => {
				let card: CardRecord = newCardRecord('q', t0);
				let now = t0;
				if (review) {
					card = {
						...card,
						state: CARD_STATE.review,
						stability: review.stability,
						difficulty: review.difficulty,
						scheduledDays: review.scheduledDays,
						reps: 5,
						lastReview: t0 - review.scheduledDays * DAY,
						due: t0
					};
					now = t0 + Math.round(review.elapsedFraction * review.scheduledDays) * DAY;
				}
				for (const { gapMinutes, rating } of steps) {
					now += gapMinutes * MINUTE;
					card = scheduler.answer('q', card, now, rating);
				}
				const preview = scheduler.preview(card, now);
				const intervals = GRADES.map((grade) => preview[grade] - now);
				const labels = intervalLabels(intervals);
				for (let i = 0; i < 4; i++)
					for (let j = i + 1; j < 4; j++)
						if (Math.abs(intervals[i] - intervals[j]) >= SECOND)
							expect(labels[i], `${labels} for ${intervals}`).not.toBe(labels[j]);
			}),
			{ numRuns: 300 }
		);
	});
});
