import { describe, expect, it } from 'vitest';
import type { CardRecord, ReviewRecord } from '$lib/db/records';
import {
	axisTicks,
	buildForecast,
	buildHeatmap,
	countStates,
	rankHardest,
	retentionRate,
	tallyByQuestion,
	tallyRetention
} from './stats';

const at = (y: number, m: number, d: number, h = 12, min = 0) =>
	new Date(y, m - 1, d, h, min).getTime();

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

describe('due forecast', () => {
	const now = at(2026, 11, 21, 10);
	const card = (due: number, state: CardRecord['state'] = 2) => ({ due, state });

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
				card(at(2026, 11, 21, 18), 0) // unstarted: not due
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

describe('true retention', () => {
	const review = (rating: 1 | 2 | 3 | 4, beforeState: 0 | 1 | 2 | 3 | null) =>
		({
			rating,
			before: beforeState === null ? null : ({ state: beforeState } as CardRecord)
		}) satisfies Pick<ReviewRecord, 'before' | 'rating'>;

	it('counts only answers to cards in review state; Again is forgotten', () => {
		const tally = tallyRetention([
			review(3, 2),
			review(2, 2),
			review(4, 2),
			review(1, 2),
			review(1, null), // first answer: new
			review(1, 1), // learning step
			review(3, 3) // relearning step
		]);
		expect(tally).toEqual({ answers: 4, retained: 3 });
		expect(retentionRate(tally)).toBe(0.75);
	});

	it('has no figure without review answers', () => {
		expect(retentionRate(tallyRetention([review(3, null)]))).toBeNull();
	});

	it('adds to a previous tally', () => {
		expect(tallyRetention([review(1, 2)], { answers: 3, retained: 3 })).toEqual({
			answers: 4,
			retained: 3
		});
	});
});

describe('cards by state', () => {
	it('splits the bank by state; unstarted questions are new; old cards are left out', () => {
		const counts = countStates(
			['a', 'b', 'c', 'd', 'e', 'f'],
			[
				{ questionId: 'a', state: 1, leech: false },
				{ questionId: 'b', state: 2, leech: false },
				{ questionId: 'c', state: 2, leech: true },
				{ questionId: 'd', state: 3, leech: false },
				{ questionId: 'e', state: 0, leech: false }, // queued, never answered
				{ questionId: 'gone', state: 2, leech: false }
			]
		);
		expect(counts).toEqual({
			fresh: 2,
			learning: 1,
			review: 2,
			relearning: 1,
			leeches: 1,
			total: 6
		});
	});
});

describe('hardest questions', () => {
	it('ranks by lapses, then lowest success; never-failed questions are not hard', () => {
		const reviews = [
			...Array.from({ length: 4 }, () => ({ questionId: 'a', rating: 3 as const })),
			{ questionId: 'a', rating: 1 as const },
			{ questionId: 'b', rating: 1 as const },
			{ questionId: 'b', rating: 3 as const },
			{ questionId: 'c', rating: 1 as const },
			{ questionId: 'c', rating: 1 as const },
			{ questionId: 'c', rating: 3 as const },
			{ questionId: 'd', rating: 3 as const },
			{ questionId: 'gone', rating: 1 as const }
		];
		const hardest = rankHardest(
			[
				{ questionId: 'a', lapses: 1 },
				{ questionId: 'b', lapses: 0 },
				{ questionId: 'c', lapses: 0 },
				{ questionId: 'd', lapses: 0 },
				{ questionId: 'gone', lapses: 5 }
			],
			tallyByQuestion(reviews),
			(id) => id !== 'gone'
		);
		expect(hardest.map((q) => q.questionId)).toEqual(['a', 'c', 'b']);
		expect(hardest[0]).toEqual({ questionId: 'a', lapses: 1, answers: 5, again: 1, success: 0.8 });
		expect(hardest[1].success).toBeCloseTo(1 / 3);
	});
});
