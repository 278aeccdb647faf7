import { afterEach, describe, expect, it } from 'vitest';
import {
	dismissFiledAhead,
	filedAhead,
	filedAheadDismissed,
	filedAheadSentence
} from './clock-filed-ahead';
import { answerStudyDay, type LatestAnswer } from './today';
import { moveTo, restoreZone } from './zone.test-helpers';

const at = (iso: string) => Date.parse(iso);
const hour = 3_600_000;
const day = 24 * hour;

/** An answer given at `time` (ms), filed as `recordAnswer` files it after `before`. */
function answered(time: number, before?: LatestAnswer): LatestAnswer {
	const { day, dayStart } = answerStudyDay(time, before);
	return { studyDay: day, answeredAt: time, dayStart };
}

describe('Study: answers filed under a later day than the clock', () => {
	afterEach(restoreZone);

	it('says nothing with an empty log, on the same day, or with the clock ahead', () => {
		moveTo('Europe/Berlin');
		const noon = at('2026-12-04T11:00:00Z');
		expect(filedAhead(noon, undefined)).toBeNull();
		const latest = answered(noon);
		expect(filedAhead(noon + hour, latest)).toBeNull();
		expect(filedAhead(noon + day, latest)).toBeNull();
		// Set back an hour within the same study day: nothing is filed ahead.
		expect(filedAhead(noon - hour, latest)).toBeNull();
	});

	it('is set when the clock is set back behind the last answer’s day (a day, two, an hour across 4 AM)', () => {
		moveTo('Europe/Berlin');
		const forward = at('2026-12-05T11:00:00Z'); // the clock set a day forward: 5 Dec
		const latest = answered(forward);
		expect(latest.studyDay).toBe('2026-12-05');
		const back = at('2026-12-04T11:00:00Z');
		expect(filedAhead(back, latest)).toEqual({ now: back, latestAt: forward, day: '2026-12-05' });
		expect(filedAhead(forward - 2 * day, latest)?.day).toBe('2026-12-05');
		// 04:30 on 5 Dec, set back to 03:30: the day before, by the 4 AM rollover.
		const early = answered(at('2026-12-05T03:30:00Z'));
		expect(filedAhead(at('2026-12-05T02:30:00Z'), early)?.day).toBe('2026-12-05');
	});

	it('stays set after an answer given with the clock behind (it is filed ahead too)', () => {
		moveTo('Europe/Berlin');
		const forward = answered(at('2026-12-05T11:00:00Z'));
		const back = at('2026-12-04T11:00:00Z');
		const next = answered(back, forward);
		expect(next.studyDay).toBe('2026-12-05');
		expect(filedAhead(back + 60_000, next)).toMatchObject({ latestAt: back, day: '2026-12-05' });
	});

	it('says nothing when the clock is further behind than a day may be kept (the clock’s day takes it)', () => {
		moveTo('Europe/Berlin');
		const latest = answered(at('2026-12-08T11:00:00Z'));
		expect(filedAhead(at('2026-12-04T11:00:00Z'), latest)).toBeNull();
	});

	it('words the clock, the last answer and the day answers count for', () => {
		const ahead = {
			now: at('2026-12-04T10:00:00Z'),
			latestAt: at('2026-12-05T09:30:00Z'),
			day: '2026-12-05'
		};
		expect(filedAheadSentence(ahead, 'en-GB', 'UTC')).toBe(
			"Your device's clock says 4 Dec 2026, 10:00, earlier than your last answer (5 Dec 2026, 09:30). Answers count for Sat 5 Dec until the clock catches up."
		);
		expect(filedAheadSentence({ ...ahead, latestAt: ahead.now - 60_000 }, 'en-GB', 'UTC')).toBe(
			"Your device's clock says 4 Dec 2026, 10:00, earlier than the day your last answers count for (Sat 5 Dec). Answers count for Sat 5 Dec until the clock catches up."
		);
	});

	it('is dismissed for the session, per day answers count for', () => {
		const kept = new Map<string, string>();
		const storage = {
			getItem: (key: string) => kept.get(key) ?? null,
			setItem: (key: string, value: string) => void kept.set(key, value)
		} as Storage;
		const ahead = { now: 0, latestAt: 1, day: '2026-12-05' };
		expect(filedAheadDismissed(ahead, storage)).toBe(false);
		dismissFiledAhead(ahead, storage);
		expect(filedAheadDismissed(ahead, storage)).toBe(true);
		expect(filedAheadDismissed({ ...ahead, now: 5 }, storage)).toBe(true);
		expect(filedAheadDismissed({ ...ahead, day: '2026-12-09' }, storage)).toBe(false);
		expect(filedAheadDismissed(ahead, null)).toBe(false);
	});
});
