import { describe, expect, it } from 'vitest';
import { bylineOf } from './byline';
import { firstPageHeading, layoutLines, type PdfLine } from './pdf-heading';

const body = (text: string, y: number): PdfLine => ({ text, size: 12, y });

describe('firstPageHeading and layoutLines', () => {
	const page: PdfLine[] = [
		{ text: 'The French Revolution, 1789 to', size: 24, y: 680 },
		{ text: '1799', size: 24, y: 645 },
		body('Ms. R. Okafor · History Department · September 2026', 607),
		body('By the late 1780s the Kingdom of France was one of the richest and most', 577),
		body('populous states in Europe, yet its government was close to bankruptcy. King', 559),
		body('Louis XVI ruled from Versailles.', 541),
		body('Several long-term causes made this system unstable, and the ideas of the', 511),
		body('Enlightenment spread.', 493)
	];

	it('takes the title from the largest type at the top and the byline under it', () => {
		expect(firstPageHeading(page)).toEqual({
			title: 'The French Revolution, 1789 to 1799',
			author: 'Ms. R. Okafor',
			date: '2026-09',
			index: 2
		});
	});

	// Outsider teacher (issue 12): her handout's header line, above the title, named her and the
	// date; the app took neither.
	it('takes the author and date from a header line above the title', () => {
		const handout: PdfLine[] = [
			body('Geography Year 10 — Ms Helen Garth — March 2026', 760),
			{ text: 'Coastal Landforms of Erosion and Deposition', size: 22, y: 720 },
			...page.slice(3)
		];
		expect(firstPageHeading(handout)).toEqual({
			title: 'Coastal Landforms of Erosion and Deposition',
			author: 'Ms Helen Garth',
			date: '2026-03',
			index: 0
		});
		// A later part is a name only with a courtesy title.
		expect(bylineOf('Coasts — Erosion Landforms — Spring 2026')).toBeUndefined();
		expect(bylineOf('Year 10 Geography — Coasts — Spring 2026')).toBeUndefined();
	});

	it('finds no title on a page in one type size', () => {
		expect(firstPageHeading(page.slice(2))).toEqual({});
	});

	it('ends a paragraph where the type size changes or the gap between lines grows', () => {
		expect(layoutLines(page)).toEqual([
			'The French Revolution, 1789 to',
			'1799',
			'',
			'Ms. R. Okafor · History Department · September 2026',
			'',
			page[3].text,
			page[4].text,
			page[5].text,
			'',
			page[6].text,
			page[7].text
		]);
	});
});
