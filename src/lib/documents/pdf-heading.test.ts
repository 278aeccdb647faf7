import { describe, expect, it } from 'vitest';
import { bylineName, firstPageHeading, layoutLines, type PdfLine } from './pdf-heading';

const body = (text: string, y: number): PdfLine => ({ text, size: 12, y });

describe('bylineName', () => {
	it('reads a byline with or without "By", a courtesy title kept, a date after it', () => {
		expect(bylineName('By Marie Dupont')).toEqual({ author: 'Marie Dupont' });
		expect(bylineName('Marie Dupont, Lycée Victor Hugo')).toEqual({ author: 'Marie Dupont' });
		expect(bylineName('Ms. R. Okafor · History Department · September 2026')).toEqual({
			author: 'Ms. R. Okafor',
			date: '2026-09'
		});
		expect(bylineName('Jean de La Fontaine')).toEqual({ author: 'Jean de La Fontaine' });
	});

	it('keeps every title-case courtesy title as written, not counted among the name words', () => {
		for (const title of ['Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs.', 'Dr', 'Dr.', 'Prof.', 'Professor'])
			expect(bylineName(`By ${title} Helen Carter, Year 9 History, September 2025`), title).toEqual(
				{
					author: `${title} Helen Carter`,
					date: '2025-09'
				}
			);
		// A title is no name: "Dr. Carter" is still two words of name at least.
		expect(bylineName('Dr. Carter')).toBeUndefined();
		expect(bylineName('Ms. Helen Carter')).toEqual({ author: 'Ms. Helen Carter' });
	});

	it('reads no author in a subtitle, a handout’s label or a sentence', () => {
		for (const line of [
			'Causes and Consequences',
			'Revision Notes, Unit 3',
			'Year 9 History',
			'September 2026',
			'By the late 1780s the Kingdom of France was rich.',
			'The Revolution',
			'Louis XVI'
		])
			expect(bylineName(line), line).toBeUndefined();
	});
});

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
		expect(bylineName('Coasts — Erosion Landforms — Spring 2026')).toBeUndefined();
		expect(bylineName('Year 10 Geography — Coasts — Spring 2026')).toBeUndefined();
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
