import { describe, expect, it } from 'vitest';
import { inZone } from './zone.test-helpers';
import { GRADES, Scheduler, newCardRecord } from './scheduler';
import { formatInterval } from './interval-label';
import { cardProblems, repairCard } from '$lib/db/sanity';
import { DEFAULT_STUDY_SETTINGS } from './settings';
import type { CardRecord } from '$lib/db/records';

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

const minute = 60_000;
const hour = 60 * minute;
const day = 24 * hour;
const ZONES = ['Europe/Istanbul', 'America/New_York', 'Pacific/Auckland', 'Asia/Kolkata', 'UTC'];

/** A new question answered Good twice, `gap` apart, starting at local `hh:mm` on 12 May. */
function goodTwice(hh: number, mm: number, gap: number) {
	const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
	const first = new Date(2026, 4, 12, hh, mm).getTime();
	const learning = scheduler.answer('q', undefined, first, 3);
	const graduated = scheduler.answer('q', learning, first + gap, 3);
	const { scheduledDays, stability, difficulty, state } = graduated;
	return { scheduledDays, stability, difficulty, state };
}

describe('elapsed days are study days', () => {
	it('gives the same card for a pair in one study day, whatever the hour and zone', () => {
		for (const zone of ZONES)
			inZone(zone, () => {
				const reference = goodTwice(7, 0, 10 * minute);
				// 02:55 and 03:05 belong to the study day before (4 AM rollover), like 07:00/07:10.
				for (const [hh, mm] of [
					[2, 55],
					[3, 40],
					[12, 0],
					[23, 55],
					[4, 0]
				])
					expect(goodTwice(hh, mm, 10 * minute), `${zone} ${hh}:${mm}`).toEqual(reference);
			});
	});

	it('counts a review a study day later as one elapsed day, even 20 minutes apart', () => {
		inZone('Europe/Istanbul', () => {
			const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
			const at = new Date(2026, 4, 12, 3, 50).getTime();
			const card = scheduler.answer('q', undefined, at, 4);
			expect(scheduler.answer('q', card, at + 20 * minute, 3).elapsedDays).toBe(1);
			expect(scheduler.answer('q', card, at + 5 * minute, 3).elapsedDays).toBe(0);
		});
	});

	it('puts a card due in n days on the n-th study day, across a DST change', () => {
		inZone('America/New_York', () => {
			const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
			// 7 March 2026 at 04:30: DST starts on 8 March at 2 AM.
			const at = new Date(2026, 2, 7, 4, 30).getTime();
			const card = scheduler.answer('q', undefined, at, 4);
			const due = new Date(card.due);
			expect(due.getHours()).toBe(4);
			expect(due.getMinutes()).toBe(30);
			expect(Math.round((card.due - at) / day)).toBe(card.scheduledDays);
		});
	});
});

describe('a clock that went back', () => {
	it('answers a card last reviewed "in the future" with no negative elapsed time', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		let card = scheduler.answer('q', undefined, t0, 4);
		card = scheduler.answer('q', card, card.due, 3);
		const corrected = card.lastReview! - 3 * day;
		for (const rating of [1, 2, 3, 4] as const) {
			const next = scheduler.answer('q', card, corrected, rating);
			expect(next.elapsedDays).toBe(0);
			expect(next.lastReview).toBe(corrected);
			expect(next.due).toBeGreaterThan(corrected);
		}
		expect(() => scheduler.preview(card, corrected)).not.toThrow();
	});
});

describe('what a grade button shows is what is saved', () => {
	it('saves the previewed interval, fuzz included, however long the student took', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		let card = scheduler.answer('q', undefined, t0, 4);
		for (let i = 0; i < 4; i++) card = scheduler.answer('q', card, card.due + i * hour, 3);
		const shownAt = card.due + 2 * day;
		const preview = scheduler.preview(card, shownAt);
		for (const rating of [1, 2, 3, 4] as const) {
			const answeredAt = shownAt + 7_000 * rating;
			const saved = scheduler.answer('q', card, answeredAt, rating, shownAt);
			expect(saved.due - answeredAt).toBe(preview[rating] - shownAt);
		}
	});
});

describe('Hard on a learning step (as Anki’s v3 scheduler)', () => {
	it('averages the first two steps on the first step, and repeats the current step after it', () => {
		const scheduler = new Scheduler({
			...DEFAULT_STUDY_SETTINGS,
			learningSteps: ['1m', '10m', '1h']
		});
		const first = scheduler.preview(undefined, t0);
		expect(first[2] - t0).toBe(6 * minute); // (1 + 10) / 2, rounded: Anki's first-step Hard
		const second = scheduler.answer('q', undefined, t0, 3); // now on the 10-minute step
		expect(second.due - t0).toBe(10 * minute);
		const onSecond = scheduler.preview(second, second.due);
		expect(onSecond[2] - second.due).toBe(10 * minute); // the step again, not 6 min
		const hard = scheduler.answer('q', second, second.due, 2);
		expect(hard).toMatchObject({ state: 1, learningSteps: 1, due: second.due + 10 * minute });
		const third = scheduler.answer('q', second, second.due, 3); // the 1-hour step
		expect(scheduler.preview(third, third.due)[2] - third.due).toBe(hour);
	});

	it('repeats the current relearning step on a later one', () => {
		const scheduler = new Scheduler({ ...DEFAULT_STUDY_SETTINGS, relearningSteps: ['10m', '30m'] });
		let card = scheduler.answer('q', undefined, t0, 4); // graduated at once
		card = scheduler.answer('q', card, card.due, 1); // forgotten: relearning, 10 min
		expect(scheduler.preview(card, card.due)[2] - card.due).toBe(20 * minute); // (10 + 30) / 2
		card = scheduler.answer('q', card, card.due, 3); // the 30-minute step
		expect(card).toMatchObject({ state: 3, learningSteps: 1 });
		expect(scheduler.preview(card, card.due)[2] - card.due).toBe(30 * minute);
	});
});

describe('Again ≤ Hard ≤ Good ≤ Easy', () => {
	const stepSets: string[][] = [
		[],
		['1m'],
		['1m', '10m'],
		['10m', '1h', '6h'],
		['23h'],
		['16h'],
		['12h', '20h'],
		['2d'],
		['3d'],
		['10m', '1d'],
		['10m', '1m'],
		['1h', '1h']
	];
	it('holds for new, learning, review and relearning cards with any steps', () => {
		for (const zone of ['Europe/Istanbul', 'America/New_York'])
			inZone(zone, () => {
				for (const learningSteps of stepSets)
					for (const relearningSteps of [[], ['10m'], ['23h'], ['2d']]) {
						const scheduler = new Scheduler({
							...DEFAULT_STUDY_SETTINGS,
							learningSteps: learningSteps as never,
							relearningSteps: relearningSteps as never
						});
						let card: CardRecord | undefined;
						let now = new Date(2026, 2, 7, 21, 0).getTime();
						for (const rating of [3, 3, 1, 2, 3, 3, 1, 3, 4, 2] as const) {
							const p = scheduler.preview(card, now);
							const label = `${zone} ${learningSteps} / ${relearningSteps} ${card?.state}`;
							expect(p[1], label).toBeLessThanOrEqual(p[2]);
							expect(p[2], label).toBeLessThanOrEqual(p[3]);
							expect(p[3], label).toBeLessThanOrEqual(p[4]);
							card = scheduler.answer('q', card, now, rating);
							now = Math.max(now + minute, card.due);
						}
					}
			});
	});
});

describe('Easy graduates a learning card later than Good (as Anki)', () => {
	it('gives Easy at least a day more than Good on every learning and relearning card', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		let checked = 0;
		// Every path of up to four grades, each next answer when the card is due.
		const walk = (card: CardRecord | undefined, now: number, depth: number) => {
			if (depth === 4) return;
			const p = scheduler.preview(card, now, 'q');
			if (card && card.state !== 2 && p[3] - now >= day) {
				// Both graduate: Easy comes at least a whole day after Good.
				expect(p[4] - p[3], `state ${card.state}`).toBeGreaterThanOrEqual(day);
				checked++;
			}
			for (const rating of [1, 2, 3, 4] as const) {
				const next = scheduler.answer('q', card, now, rating);
				if (rating === 4) expect(next.due - now).toBe(p[4] - now);
				walk(next, Math.max(now + minute, next.due), depth + 1);
			}
		};
		walk(undefined, t0, 0);
		expect(checked).toBeGreaterThan(10);
	});

	it('fixes the outsider’s case: after Again, then Good, Good read 1 d and Easy 1 d', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		const again = scheduler.answer('q', undefined, t0, 1);
		const step = scheduler.answer('q', again, again.due, 3);
		const p = scheduler.preview(step, step.due);
		expect(formatInterval(p[3] - step.due)).toBe('1 d');
		expect(formatInterval(p[4] - step.due)).toBe('2 d');
		// Memory state is ts-fsrs's own: only the interval moved.
		const easy = scheduler.answer('q', step, step.due, 4);
		expect(easy).toMatchObject({ state: 2, scheduledDays: 2 });
	});
});

describe('Scheduler with a damaged card row', () => {
	const now = new Date(2026, 4, 12, 10).getTime();
	const good: CardRecord = {
		questionId: 'q',
		due: now - 86_400_000,
		stability: 3,
		difficulty: 5,
		elapsedDays: 3,
		scheduledDays: 3,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state: 2,
		lastReview: now - 3 * 86_400_000,
		leech: false
	};
	it.each([
		['stability 0 on a review card', { stability: 0 }],
		['stability −1', { stability: -1 }],
		['difficulty NaN', { difficulty: Number.NaN }],
		['a last review in the year 2286', { lastReview: 1e13 }],
		['a last review of 1e300', { lastReview: 1e300 }],
		['a due date of 1e300', { due: 1e300 }],
		['negative counts', { reps: -4, lapses: 9 }]
	])('previews and answers %s instead of throwing, giving a sane card', (_name, damage) => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		const card = { ...good, ...damage } as CardRecord;
		expect(() => scheduler.preview(card, now)).not.toThrow();
		for (const rating of GRADES) {
			const next = scheduler.answer('q', card, now, rating);
			expect(cardProblems(next, now)).toEqual([]);
		}
	});

	it('leaves a sound card exactly as it was', () => {
		expect(repairCard(good, now)).toEqual({ card: good, problems: [] });
	});
});

describe('fuzz is seeded from the card, as Anki seeds it from the card id and reps', () => {
	it('shows the same intervals for one card however often and whenever it is shown that day', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		// A review card several weeks out, where fuzz spans days (outsider: Easy 6, 9, 7, 8 d).
		let card = scheduler.answer('q-fuzz', undefined, t0, 4);
		card = scheduler.answer('q-fuzz', card, card.due, 3);
		const at = card.due;
		const first = scheduler.preview(card, at);
		for (const later of [1, 7, 31, 59].map((m) => at + m * minute)) {
			const again = scheduler.preview(card, later);
			for (const grade of [2, 3, 4] as const)
				expect(again[grade] - later, `grade ${grade}`).toBe(first[grade] - at);
		}
		// A new card too: its Easy interval is the same on every showing.
		const easy = (now: number) => scheduler.preview(undefined, now, 'q-new')[4] - now;
		expect(easy(t0 + 5 * minute)).toBe(easy(t0));
	});

	it('still spreads cards learned together: different cards get different fuzz', () => {
		const scheduler = new Scheduler(DEFAULT_STUDY_SETTINGS);
		const intervals = new Set<number>();
		for (let i = 0; i < 30; i++) {
			let card = scheduler.answer(`q${i}`, undefined, t0, 4);
			card = scheduler.answer(`q${i}`, card, card.due, 4);
			intervals.add(Math.round((card.due - card.lastReview!) / day));
		}
		expect(intervals.size).toBeGreaterThan(3);
	});
});
