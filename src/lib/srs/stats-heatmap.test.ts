import { describe, expect, it } from 'vitest';
import { buildHeatmap } from './stats-heatmap';

describe('calendar heatmap', () => {
	// Saturday 21 November 2026.
	const today = '2026-11-21';

	it('lays out 26 week columns, Monday first, ending with the week of today', () => {
		const heatmap = buildHeatmap(new Map(), today);
		expect(heatmap.weeks).toHaveLength(26);
		expect(heatmap.weeks.every((week) => week.cells.length === 7)).toBe(true);
		const last = heatmap.weeks[25];
		expect(last.start).toBe('2026-11-16');
		expect(last.cells[5]).toMatchObject({ day: today, future: false });
		expect(last.cells[6]).toMatchObject({ day: '2026-11-22', future: true });
		expect(heatmap.weeks[0].start).toBe('2026-05-25');
	});

	it('names every day with its count and date, and totals the window', () => {
		const counts = new Map([
			[today, 12],
			['2026-11-03', 1],
			['2026-11-04', 4],
			['2026-01-01', 99] // outside the window
		]);
		const heatmap = buildHeatmap(counts, today);
		const cells = heatmap.weeks.flatMap((week) => week.cells);
		expect(cells.find((cell) => cell.day === today)?.label).toBe('12 reviews on 21 Nov');
		expect(cells.find((cell) => cell.day === '2026-11-03')?.label).toBe('1 review on 3 Nov');
		expect(cells.find((cell) => cell.day === '2026-11-05')?.label).toBe('0 reviews on 5 Nov');
		expect(heatmap.total).toBe(17);
		expect(heatmap.studyDays).toBe(3);
		expect(heatmap.busiest).toEqual({ day: today, count: 12 });
	});

	it('shades in four even steps up to the busiest day and says so in the legend', () => {
		const heatmap = buildHeatmap(
			new Map([
				[today, 12],
				['2026-11-20', 3],
				['2026-11-19', 4],
				['2026-11-18', 7]
			]),
			today
		);
		const level = (day: string) =>
			heatmap.weeks.flatMap((week) => week.cells).find((cell) => cell.day === day)?.level;
		expect([level('2026-11-17'), level('2026-11-20'), level('2026-11-19')]).toEqual([0, 1, 2]);
		expect([level('2026-11-18'), level(today)]).toEqual([3, 4]);
		expect(heatmap.legend.map((item) => item.range)).toEqual(['0', '1–3', '4–6', '7–9', '10+']);
	});

	it('labels the columns where months begin', () => {
		const heatmap = buildHeatmap(new Map(), today);
		const labelled = heatmap.weeks.filter((week) => week.month).map((week) => week.month);
		// The first column (25 May) is unlabelled: June's label follows right after it.
		expect(labelled).toEqual(['Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov']);
		const november = heatmap.weeks.find((week) => week.month === 'Nov');
		expect(november?.cells.some((cell) => cell.day === '2026-11-01')).toBe(true);
	});
});
