import { describe, expect, it } from 'vitest';
import {
	addTallyDeltas,
	applyTallyDeltas,
	stateTally,
	talliesFromItems,
	type TallyDeltas
} from './tallies';
import { NO_CARD, type TallyRecord } from './index-records';

const item = (courseId: string, state: number, leech = false, due = 0) => ({
	courseId,
	state,
	due,
	leech
});

describe('cards by state (tallies)', () => {
	it('splits the studied questions by state; no card or a queued one is new; leeches counted too', () => {
		// Questions no course has have no item, so they are never counted.
		const rows = talliesFromItems([
			item('a', 1),
			item('a', 2),
			item('a', 2, true),
			item('b', 3),
			item('b', 0), // queued, never answered
			item('b', NO_CARD)
		]);
		// Learning holds the relearning card too (`isLearningState`, as Home counts it).
		expect(stateTally(rows)).toEqual({
			fresh: 2,
			learning: 2,
			review: 2,
			relearning: 1,
			leeches: 1,
			suspended: 0,
			total: 6
		});
		// Per course: only that course's rows.
		expect(stateTally(rows.filter((row) => row.courseId === 'b')).total).toBe(3);
	});

	it('moves a question between buckets and drops a bucket that reaches 0', () => {
		const stored = new Map<string, TallyRecord>(
			talliesFromItems([item('a', 2, false, 1000)]).map((row) => [row.id, row])
		);
		const deltas: TallyDeltas = new Map();
		addTallyDeltas(deltas, item('a', 2, false, 1000), item('a', 3, true, 1000));
		const { put, drop } = applyTallyDeltas(stored, deltas);
		expect(stateTally(put)).toMatchObject({ relearning: 1, leeches: 1, review: 0 });
		expect(drop).toEqual(['a\u0000state:2']);
	});
});
