import { describe, expect, it } from 'vitest';
import { Scheduler, formatInterval, newCardRecord } from './scheduler';
import { DEFAULT_STUDY_SETTINGS } from './settings';

const t0 = new Date(2026, 4, 12, 9, 0).getTime();

describe('Scheduler', () => {
	it('follows the learning steps for a new card', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		const preview = scheduler.preview(undefined, t0);
		expect(preview[1] - t0).toBe(60_000); // Again: 1 min
		expect(preview[3] - t0).toBe(10 * 60_000); // Good: 10 min
		expect(preview[4] - t0).toBeGreaterThanOrEqual(86_400_000); // Easy: days
		const card = scheduler.answer('q', undefined, t0, 3);
		expect(card).toMatchObject({ questionId: 'q', state: 1, reps: 1, due: preview[3] });
	});

	it('gives longer intervals at lower desired retention', () => {
		const strict = new Scheduler({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.97 });
		const relaxed = new Scheduler({ ...DEFAULT_STUDY_SETTINGS, desiredRetention: 0.8 });
		const graduate = (s: Scheduler) => {
			let card = s.answer('q', newCardRecord('q', t0), t0, 3);
			card = s.answer('q', card, card.due, 3);
			return s.answer('q', card, card.due, 3);
		};
		const a = graduate(strict);
		const b = graduate(relaxed);
		expect(b.scheduledDays).toBeGreaterThan(a.scheduledDays);
	});

	it('formats intervals for the grade buttons', () => {
		expect(formatInterval(60_000)).toBe('1 min');
		expect(formatInterval(10 * 60_000)).toBe('10 min');
		expect(formatInterval(5 * 3_600_000)).toBe('5 h');
		expect(formatInterval(3 * 86_400_000)).toBe('3 d');
		expect(formatInterval(90 * 86_400_000)).toBe('3 mo');
		expect(formatInterval(548 * 86_400_000)).toBe('1.5 y');
	});
});
