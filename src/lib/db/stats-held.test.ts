import { describe, expect, it } from 'vitest';
import { CARD_STATE } from './records';
import { NO_CARD, type ItemRecord } from './index-records';
import { withoutSuspended } from './stats-held';
import type { StateCounts } from './tallies';

/** A made-up item of `state`, due on `dueDay`. */
const item = (id: string, state: number, dueDay = '2026-12-07'): ItemRecord => ({
	id,
	courseId: 'u-1',
	fact: id,
	rank: 0,
	courseKey: 0,
	position: 0,
	state,
	due: state === NO_CARD ? 0 : Date.UTC(2026, 11, 7, 9),
	leech: false,
	...(state === NO_CARD ? {} : { dueDay })
});

const STATES: StateCounts = {
	fresh: 5,
	learning: 2,
	review: 4,
	relearning: 1,
	leeches: 1,
	suspended: 0,
	total: 11
};

describe('withoutSuspended', () => {
	it('moves each suspended card to its own state and out of its due day and the window', () => {
		const due = new Map([
			['2026-12-07', 3],
			['2026-12-09', 2]
		]);
		const relearning = item('b', CARD_STATE.relearning, '2026-12-09');
		const window = [item('a', CARD_STATE.review), relearning, item('c', CARD_STATE.review)];
		const out = withoutSuspended(STATES, due, window, [
			item('a', CARD_STATE.review),
			relearning,
			item('n', NO_CARD)
		]);
		expect(out.states).toEqual({
			fresh: 4,
			learning: 1,
			review: 3,
			relearning: 0,
			leeches: 1,
			suspended: 3,
			total: 11
		});
		expect([...out.due]).toEqual([
			['2026-12-07', 2],
			['2026-12-09', 1]
		]);
		expect(out.window.map((w) => w.id)).toEqual(['c']);
	});

	it('changes nothing with none suspended, and never counts below 0', () => {
		const due = new Map([['2026-12-07', 1]]);
		expect(withoutSuspended(STATES, due, [], []).states).toEqual(STATES);
		const none = { ...STATES, review: 0 };
		const out = withoutSuspended(none, new Map(), [], [item('a', CARD_STATE.review)]);
		expect(out.states.review).toBe(0);
		expect([...out.due]).toEqual([]);
	});
});
