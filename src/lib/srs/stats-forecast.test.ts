import { describe, expect, it } from 'vitest';
import { dueCountsByDay, talliesFromItems } from '$lib/db/tallies';
import { axisTicks, forecastFromCounts } from './stats-forecast';

const at = (y: number, m: number, d: number, h = 12, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();

describe('due forecast', () => {
	const now = at(2026, 11, 21, 10);
	const card = (due: number, state: number = 2) => ({ courseId: 'c', due, state, leech: false });
	/** What Stats does: the `due:` tallies of the items, summed per day. */
	const buildForecast = (items: ReturnType<typeof card>[], at: number) =>
		forecastFromCounts(dueCountsByDay(talliesFromItems(items)), at);

	it('counts cards per study day for 30 days, overdue ones today', () => {
		const forecast = buildForecast(
			[
				card(at(2026, 11, 10)), // overdue
				card(at(2026, 11, 20, 23)), // overdue (yesterday)
				card(at(2026, 11, 21, 18)),
				card(at(2026, 11, 22, 3, 30)), // before tomorrow's 4 AM: still today
				card(at(2026, 11, 22, 9)),
				card(at(2026, 12, 20, 9)), // day 30
				card(at(2026, 12, 21, 9)), // beyond the window
				card(at(2026, 11, 21, 18), 0), // queued, never answered: not due
				card(0, -1) // no card yet: not due
			],
			now
		);
		expect(forecast.days).toHaveLength(30);
		expect(forecast.days[0]).toEqual({ day: '2026-11-21', count: 4, overdue: 2 });
		expect(forecast.days[1]).toEqual({ day: '2026-11-22', count: 1, overdue: 0 });
		expect(forecast.days[29]).toMatchObject({ day: '2026-12-20', count: 1 });
		expect(forecast.total).toBe(6);
		expect(forecast.week).toBe(5);
		expect(forecast.overdue).toBe(2);
		expect(forecast.busiest?.day).toBe('2026-11-21');
	});

	it('gives round axis ticks', () => {
		expect(axisTicks(8)).toEqual([0, 5, 10]);
		expect(axisTicks(4)).toEqual([0, 2, 4]);
		expect(axisTicks(0)).toEqual([0, 1]);
		expect(axisTicks(1)).toEqual([0, 1]);
		expect(axisTicks(2)).toEqual([0, 1, 2]);
		expect(axisTicks(3)).toEqual([0, 2, 4]);
		expect(axisTicks(130)).toEqual([0, 100, 200]);
		for (let max = 0; max <= 300; max++) {
			const ticks = axisTicks(max);
			expect(new Set(ticks).size, `ticks for ${max}`).toBe(ticks.length);
			expect(ticks.at(-1)).toBeGreaterThanOrEqual(max);
		}
	});
});
