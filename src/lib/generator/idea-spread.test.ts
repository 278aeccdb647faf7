import { describe, expect, it } from 'vitest';
import type { Candidate } from './candidates';
import { keyBreaksPattern, SPREAD_FAR, spreadRanks } from './idea-spread';
import { balanceYearRanks } from './year-rank';

/**
 * Made-up key years: every fourth year from 1520 to 1899 that can be asked at all (a key in or
 * beside a known war, such as 1776, has too few believable years and is typed).
 */
const KEYS = Array.from({ length: 95 }, (_, i) => 1520 + 4 * i).filter((y) =>
	spreadRanks(y, [], new Set(), 2026).some(Boolean)
);

/** A made-up year question of `year`, as the selection hands it to `balanceYearRanks`. */
function asked(year: number, i: number): Candidate {
	const ranks = spreadRanks(year, [], new Set(), 2026);
	return {
		question: {
			id: `g-made-up-${i}`,
			type: 'mcq',
			prompt: `Ostra was founded in ____.`,
			answer: String(year),
			choices: []
		},
		distractors: [],
		ranks
	} as unknown as Candidate;
}

describe('spread year choices put the key at any rank (blind review H26: always a middle year)', () => {
	it('can make the key the earliest or the latest choice, within SPREAD_FAR years', () => {
		const ranks = spreadRanks(1850, [], new Set(), 2026);
		expect(ranks.every(Boolean)).toBe(true);
		// Not 1853, 1855, 1857: a two-year run the key is off (H30 S08).
		expect(ranks[0]).toEqual(['1852', '1855', '1857']);
		expect(ranks[3]).toEqual(['1843', '1845', '1848']);
		for (const wrong of ranks)
			expect(wrong!.every((y) => Math.abs(Number(y) - 1850) <= SPREAD_FAR)).toBe(true);
	});

	it('keeps the middle ranks as near as before (3 and 5 years off)', () => {
		expect(spreadRanks(1850, [], new Set(), 2026)[1]).toEqual(['1847', '1853', '1855']);
	});

	it('stays in the century: a key of 1803 is never the latest of four', () => {
		expect(spreadRanks(1803, [], new Set(), 2026)[3]).toBeUndefined();
	});

	it('spreads a batch of made-up questions evenly over the four ranks', () => {
		const batch = KEYS.map(asked);
		balanceYearRanks(batch);
		const at = [0, 0, 0, 0];
		for (const c of batch) {
			const sorted = c.question.choices!.map(Number).sort((a, b) => a - b);
			expect(sorted).toHaveLength(4);
			at[sorted.indexOf(Number(c.question.answer))]++;
		}
		// 94 questions (74 of them can take any rank; the rest sit near a century's turn or a
		// war): each rank 23 or 24 times, the earliest and latest as often as the middle ones,
		// so no position gives the key away (chance 1 in 4 each).
		expect(KEYS).toHaveLength(94);
		expect(at.reduce((a, b) => a + b)).toBe(94);
		expect(Math.max(...at) - Math.min(...at)).toBeLessThanOrEqual(1);
	});
});
describe('keyBreaksPattern: wrong years in a pattern only the key breaks (H30 S08)', () => {
	it('reads a step the key is off', () => {
		expect(keyBreaksPattern(1653, [1646, 1648, 1650])).toBe(true);
		expect(keyBreaksPattern(1653, [1650, 1655, 1658])).toBe(false);
		// On the step: the key is one of a run, no odd one out.
		expect(keyBreaksPattern(1652, [1646, 1648, 1650])).toBe(false);
		// A run of single years the key is two off (1925 beside 1927, 1928, 1929).
		expect(keyBreaksPattern(1625, [1627, 1628, 1629])).toBe(true);
		expect(keyBreaksPattern(1626, [1627, 1628, 1629])).toBe(false);
	});

	it('leaves no rank whose wrong years the key breaks', () => {
		for (const year of [1653, 1702, 1811, 1944]) {
			for (const wrong of spreadRanks(year, [], new Set(), 2026)) {
				if (wrong) expect(keyBreaksPattern(year, wrong.map(Number))).toBe(false);
			}
		}
	});
});
