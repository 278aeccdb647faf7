import { describe, expect, it } from 'vitest';
import { datedAfter, datedAheadSentence } from './stats-heatmap';

describe('answers dated after today', () => {
	it('sums the days after today, naming the latest', () => {
		const counts = new Map([
			['2026-11-12', 4],
			['2026-11-14', 2],
			['2026-11-17', 1],
			['2026-11-15', 0]
		]);
		expect(datedAfter(counts, '2026-11-13')).toEqual({
			answers: 3,
			days: 2,
			latest: '2026-11-17'
		});
		expect(datedAfter(counts, '2026-11-17')).toBeNull();
	});

	it('says why the calendar and the total differ', () => {
		expect(datedAheadSentence({ answers: 2, days: 1, latest: '2026-11-17' })).toMatch(
			/^2 reviews are dated after today \(up to .*17 Nov.*\): this device's clock was set back since they were given\. They count in the total, and on the calendar once that day comes; Settings → Check database lists them\.$/
		);
		expect(datedAheadSentence({ answers: 1, days: 1, latest: '2026-11-17' })).toMatch(
			/^1 review is dated after today .* since it was given\. It counts/
		);
	});
});
