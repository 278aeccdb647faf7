import { describe, expect, it } from 'vitest';
import { bylineOf, datelineDate, readHeader } from './byline';

// Made-up articles: every name, outlet and date here is invented.
const BODY =
	'The harbour of Velmora was rebuilt in stone after the storm of 1871, when the old wooden quays were carried away in a single night and the town lost most of its fishing fleet.';

describe('datelineDate', () => {
	it.each([
		['12 March 2024', '2024-03-12'],
		['March 12, 2024', '2024-03-12'],
		['Published: 3 Feb 2021', '2021-02-03'],
		['Updated on Sept. 9, 2019', '2019-09-09'],
		['Tue 12 Mar 2024 14.00 GMT', '2024-03-12'],
		['Posted March 1st, 2020 at 9:30 a.m. EST', '2020-03-01'],
		['2023-11-05', '2023-11-05'],
		['October 2022', '2022-10']
	])('reads “%s” as %s', (line, date) => {
		expect(datelineDate(line)).toBe(date);
	});

	it.each([
		'03/04/2024', // day and month cannot be told apart
		'31 February 2024',
		'12 March 2024 was the day the bridge opened',
		'In 2024',
		'March'
	])('refuses “%s”', (line) => {
		expect(datelineDate(line)).toBeUndefined();
	});
});

describe('readHeader', () => {
	it('reads a byline and a date line under the title, and takes them out of the text', () => {
		const read = readHeader(
			`The stones of Velmora\nBy Ada Brennick\n14 June 2023\n\n${BODY}\n\nBy 1900, the harbour was full again.`
		);
		expect(read).toMatchObject({ author: 'Ada Brennick', date: '2023-06-14' });
		expect(read.outlet).toBeUndefined();
		expect(read.text).toBe(
			`The stones of Velmora\n\n${BODY}\n\nBy 1900, the harbour was full again.`
		);
	});

	it('reads an outlet and a date after the byline’s separator', () => {
		expect(
			readHeader(`Title\nBy Ada Brennick | The Coastal Review | 2 May 2022\n\n${BODY}`)
		).toMatchObject({ author: 'Ada Brennick', outlet: 'The Coastal Review', date: '2022-05-02' });
		expect(
			readHeader(`Title\nBy Ada Brennick, The Coastal Review\nMay 2, 2022\n\n${BODY}`)
		).toMatchObject({ author: 'Ada Brennick', outlet: 'The Coastal Review', date: '2022-05-02' });
		expect(
			readHeader(`Title\nWritten by Ada Brennick for Harbour Weekly\n\n${BODY}`)
		).toMatchObject({
			author: 'Ada Brennick',
			outlet: 'Harbour Weekly'
		});
	});

	it('keeps a courtesy title in the author, its full stop no end of the byline', () => {
		for (const title of ['Mr', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']) {
			const read = readHeader(`Title\nBy ${title} John Smith. Published 3 March 2024\n\n${BODY}`);
			expect([read.author, read.date], title).toEqual([`${title} John Smith`, '2024-03-03']);
		}
		expect(
			readHeader(`Title\nBy Ms. Helen Carter, Year 9 History, September 2025\n\n${BODY}`)
		).toMatchObject({
			author: 'Ms. Helen Carter',
			date: '2025-09'
		});
	});

	it('keeps several authors together', () => {
		expect(readHeader(`Title\nBy Ada Brennick, Tomas Ferrel and Li Wen\n\n${BODY}`).author).toBe(
			'Ada Brennick, Tomas Ferrel and Li Wen'
		);
		expect(readHeader(`Title\nBY ADA BRENNICK & TOMAS FERREL\n\n${BODY}`).author).toBe(
			'ADA BRENNICK & TOMAS FERREL'
		);
	});

	it('reads labelled header lines', () => {
		const read = readHeader(
			`Title: The stones of Velmora\nAuthor: Ada Brennick\nSource: Coastal Review\nDate: 2021-07-30\n\n${BODY}`
		);
		expect(read).toEqual({
			title: 'The stones of Velmora',
			author: 'Ada Brennick',
			outlet: 'Coastal Review',
			date: '2021-07-30',
			text: BODY
		});
	});

	it('reads a dateline with the outlet after it, and a “Published in” line', () => {
		expect(readHeader(`Title\nPublished 9 January 2020 · Harbour Weekly\n\n${BODY}`)).toMatchObject(
			{
				date: '2020-01-09',
				outlet: 'Harbour Weekly'
			}
		);
		expect(readHeader(`Title\nFrom Wikipedia, the free encyclopedia\n\n${BODY}`)).toMatchObject({
			outlet: 'Wikipedia'
		});
	});

	// Outsider, issue 12: "By Jane Doe, 3 March 2024" atop a .txt left the course's date empty.
	it.each([
		['By Ada Brennick, 3 March 2024', { author: 'Ada Brennick', date: '2024-03-03' }],
		['By Ada Brennick on 3 March 2024', { author: 'Ada Brennick', date: '2024-03-03' }],
		['By Ada Brennick (March 3, 2024)', { author: 'Ada Brennick', date: '2024-03-03' }],
		['By Ada Brennick. Published 3 March 2024.', { author: 'Ada Brennick', date: '2024-03-03' }],
		['By Ada Brennick 2024-03-03', { author: 'Ada Brennick', date: '2024-03-03' }],
		['Published 2024-03-03', { date: '2024-03-03' }],
		[
			'Published on March 3rd, 2024 by Ada Brennick',
			{ author: 'Ada Brennick', date: '2024-03-03' }
		],
		['Posted on 3/3/2024 by Ada Brennick', { author: 'Ada Brennick', date: '2024-03-03' }],
		['3 March 2024 | By Ada Brennick', { author: 'Ada Brennick', date: '2024-03-03' }],
		['Ada Brennick | 3 March 2024', { author: 'Ada Brennick', date: '2024-03-03' }],
		['Ada Brennick · 5 min read · Mar 3, 2024', { author: 'Ada Brennick', date: '2024-03-03' }],
		['Harbour Weekly — 3 March 2024', { outlet: 'Harbour Weekly', date: '2024-03-03' }],
		['Updated: 2024-03-03T10:00:00Z', { date: '2024-03-03' }]
	])('reads the byline or date line “%s”', (line, details) => {
		for (const text of [`${line}\n\n${BODY}`, `The stones of Velmora\n${line}\n\n${BODY}`]) {
			const { text: rest, ...read } = readHeader(text);
			expect(read).toEqual(
				text.startsWith('The') ? { ...details, title: 'The stones of Velmora' } : details
			);
			expect(rest).not.toContain(line);
			expect(rest).toContain(BODY);
		}
	});

	it('reads no author from a headline beside a date', () => {
		const read = readHeader(`Velmora harbour reopens | 3 March 2024\n\n${BODY}`);
		expect(read.author).toBeUndefined();
		expect(read.title).toBe('Velmora harbour reopens | 3 March 2024');
	});

	it('never takes a sentence of the article for a byline or a date', () => {
		for (const text of [
			`By the end of the war, Velmora had no harbour left.\n\n${BODY}`,
			`By Monday the quays were under water\n\n${BODY}`,
			`By 2030, the town hopes to double its fleet.\n\n${BODY}`,
			`12 March 2024 was the day the new bridge opened.\n\n${BODY}`,
			`By March, the harbour was full again.\n\n${BODY}`,
			`By Monday, the troops had left the town.\n\n${BODY}`,
			`By March 3, 2024, the quays were rebuilt.\n\n${BODY}`,
			`On 3 March 2024, the harbour reopened.\n\n${BODY}`,
			`${BODY}\n\nBy Ada Brennick\n\n12 March 2024`
		])
			expect(readHeader(text)).toEqual({ text });
	});

	it('takes a headline on the first line as the title, and keeps it in the text', () => {
		for (const [text, title] of [
			[`The stones of Velmora\n\n${BODY}`, 'The stones of Velmora'],
			[`  “Never again”: the storm of 1871\n\n${BODY}`, '“Never again”: the storm of 1871']
		])
			expect(readHeader(text)).toEqual({ title, text });
		// A headline the text runs on under stays its own paragraph, never glued to the first
		// sentence (outsider, issue 12: "The Great Fire of London The Great Fire of London began").
		const fire = 'The Great Fire of London\nThe Great Fire of London began on 2 September 1666.';
		expect(readHeader(fire)).toEqual({
			title: 'The Great Fire of London',
			text: 'The Great Fire of London\n\nThe Great Fire of London began on 2 September 1666.'
		});
		expect(readHeader(`Why did Velmora rebuild in stone?\nBy Ada Brennick\n${BODY}`)).toEqual({
			title: 'Why did Velmora rebuild in stone?',
			author: 'Ada Brennick',
			text: `Why did Velmora rebuild in stone?\n\n${BODY}`
		});
		// Initials and titles are no sentence break; a short headline over wrapped prose is a title.
		expect(readHeader(`Dr. Ada Brennick and the U.S. Navy\n\n${BODY}`).title).toBe(
			'Dr. Ada Brennick and the U.S. Navy'
		);
		expect(
			readHeader(
				'The stones of Velmora\nThe harbour of Velmora was rebuilt in stone after the storm of\n1871.'
			).title
		).toBe('The stones of Velmora');
		// A labelled title wins over the first line.
		expect(readHeader(`Harbour notes\nTitle: The stones of Velmora\n\n${BODY}`).title).toBe(
			'The stones of Velmora'
		);
	});

	it('never takes a sentence, a lone line or a lower-case start for a title', () => {
		for (const text of [
			`The harbour was rebuilt.\n\n${BODY}`,
			`In short, the harbour was rebuilt,\n${BODY}`,
			`the stones of velmora\n\n${BODY}`,
			'The stones of Velmora',
			`${'Velmora '.repeat(30)}\n\n${BODY}`,
			// A pasted paragraph (outsider, issue 12): a quote closing the sentence, two sentences.
			`The mayor said the harbour “would rise again.”\n\n${BODY}`,
			`The quays were gone by morning. Nobody rebuilt them that year\n\n${BODY}`,
			// The first line of hard-wrapped prose, followed by a line of about its length.
			`The harbour of Velmora was rebuilt in stone after the storm of 1871, when\nthe old wooden quays were carried away in a single night and the town lost\nmost of its fishing fleet.`
		])
			expect(readHeader(text).title).toBeUndefined();
	});

	it('gives a text with no header back unchanged', () => {
		expect(readHeader(BODY)).toEqual({ text: BODY });
		expect(readHeader('')).toEqual({ text: '' });
	});
});

describe('a headline with its byline on one line (outsider, issue 12: shown again in the reader)', () => {
	it('splits the title from the author, and the text keeps the title alone', () => {
		const read = readHeader(
			'The Tay Bridge disaster by Jane Doe\n\nOn the evening of 28 December 1879, the bridge fell.'
		);
		expect(read.title).toBe('The Tay Bridge disaster');
		expect(read.author).toBe('Jane Doe');
		expect(read.text.split('\n')[0]).toBe('The Tay Bridge disaster');
	});
	it('keeps a headline whose “by” is not followed by a name', () => {
		const read = readHeader('A Day by the Sea\n\nWe went to the coast on a warm morning in May.');
		expect(read.title).toBe('A Day by the Sea');
		expect(read.author).toBeUndefined();
	});
});

describe('bylineOf: a name without “By”', () => {
	it('reads a byline with or without "By", a courtesy title kept, a date after it', () => {
		expect(bylineOf('By Marie Dupont')).toEqual({ author: 'Marie Dupont' });
		expect(bylineOf('Marie Dupont, Lycée Victor Hugo')).toEqual({ author: 'Marie Dupont' });
		expect(bylineOf('Ms. R. Okafor · History Department · September 2026')).toEqual({
			author: 'Ms. R. Okafor',
			date: '2026-09'
		});
		expect(bylineOf('Jean de La Fontaine')).toEqual({ author: 'Jean de La Fontaine' });
	});

	it('keeps every title-case courtesy title as written, not counted among the name words', () => {
		for (const title of ['Mr', 'Mr.', 'Ms', 'Ms.', 'Mrs.', 'Dr', 'Dr.', 'Prof.', 'Professor'])
			expect(
				bylineOf(`By ${title} Helen Carter, Year 9 History, September 2025`),
				title
			).toMatchObject({
				author: `${title} Helen Carter`,
				date: '2025-09'
			});
		// A title is no name: "Dr. Carter" is still two words of name at least.
		expect(bylineOf('Dr. Carter')).toBeUndefined();
		expect(bylineOf('Ms. Helen Carter')).toEqual({ author: 'Ms. Helen Carter' });
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
			expect(bylineOf(line), line).toBeUndefined();
	});
});

// Outsider teacher, issue 12: the PDF's "Prepared by Anna Keller, Ridgeway School, 14 September
// 2026" gave no author and no date, while the Word file's properties named her. One reader for
// every kind; these are real forms from teachers' handouts and web pages.
describe('bylineOf: the one byline reader', () => {
	it('reads "By", "Prepared by", "Written by …, date", "Author:" and a described byline', () => {
		expect(bylineOf('By Jonas Berg | 22 May 2025')).toEqual({
			author: 'Jonas Berg',
			date: '2025-05-22'
		});
		expect(bylineOf('Prepared by Anna Keller, Ridgeway School, 14 September 2026')).toEqual({
			author: 'Anna Keller',
			outlet: 'Ridgeway School',
			date: '2026-09-14'
		});
		expect(
			bylineOf(
				'Year 9 Geography handout. Prepared by Anna Keller, Ridgeway School, 14 September 2026'
			)
		).toEqual({ author: 'Anna Keller', outlet: 'Ridgeway School', date: '2026-09-14' });
		expect(bylineOf('Written by Jane Doe, 3 March 2024')).toEqual({
			author: 'Jane Doe',
			date: '2024-03-03'
		});
		expect(bylineOf('written by Jane Doe')).toEqual({ author: 'Jane Doe' });
		expect(bylineOf('Compiled by Mr. Tom Reyes')).toEqual({ author: 'Mr. Tom Reyes' });
		expect(bylineOf('Author: Jane Doe')).toEqual({ author: 'Jane Doe' });
		expect(bylineOf('Revision notes for Year 10 History. Anna Keller, 3 October 2026')).toEqual({
			author: 'Anna Keller',
			date: '2026-10-03'
		});
	});

	it('reads a role or class after the name as neither author nor outlet (issue 12)', () => {
		// The outsider teacher's PDF: every explanation began "Year 9 History says: …".
		expect(bylineOf('By Ms Helen Carter, Year 9 History — 14 October 2026')).toEqual({
			author: 'Ms Helen Carter',
			date: '2026-10-14'
		});
		for (const role of [
			'Grade 8 Science',
			'Class 7B',
			'KS3 Geography',
			'Head of Science',
			'Teacher of History',
			'Science Lead'
		])
			expect(bylineOf(`Prepared by Tom Reyes, ${role}, 3 March 2026`), role).toEqual({
				author: 'Tom Reyes',
				date: '2026-03-03'
			});
		expect(bylineOf('Ms Helen Carter | Year 9 History | 14 October 2026')).toEqual({
			author: 'Ms Helen Carter',
			date: '2026-10-14'
		});
		// A school or a site is still the outlet.
		expect(bylineOf('By Tom Reyes, Headington School — 3 March 2026')).toEqual({
			author: 'Tom Reyes',
			outlet: 'Headington School',
			date: '2026-03-03'
		});
		expect(
			readHeader('Title\n\nBy Ms Helen Carter, Year 9 History — 14 October 2026\n\nText.')
		).toMatchObject({
			author: 'Ms Helen Carter',
			date: '2026-10-14'
		});
		expect(
			readHeader('Title\n\nBy Ms Helen Carter, Year 9 History\n\nText.').outlet
		).toBeUndefined();
	});

	it('reads a name alone only as allowed: never on a first line, with a date on a later one', () => {
		expect(bylineOf('Anna Keller, 3 October 2026', 'dated')).toEqual({
			author: 'Anna Keller',
			date: '2026-10-03'
		});
		expect(bylineOf('Ancient Egypt', 'dated')).toBeUndefined();
		expect(bylineOf('Anna Keller, 3 October 2026', 'never')).toBeUndefined();
		// "By" is a byline even on a first line.
		expect(bylineOf('By Jane Doe', 'never')).toEqual({ author: 'Jane Doe' });
	});

	it('reads no byline in a sentence of the text', () => {
		for (const line of [
			'By 2030 the dam will be full.',
			'Prepared by hand, the maps took years.',
			'The dam was built in 1970. By then the river had changed.',
			'Year 9 Geography handout. Answer every question.'
		])
			expect(bylineOf(line, 'dated'), line).toBeUndefined();
	});
});

describe('readHeader: a byline under the title, as a PDF or Word file gives it', () => {
	it('takes the author, school and date out of the text', () => {
		const read = readHeader(
			'The Nile and the Aswan High Dam\n\nYear 9 Geography handout. Prepared by Anna Keller, Ridgeway School, 14 September 2026\n\nThe Nile is the longest river in Africa, flowing north through eleven countries to the Mediterranean Sea.'
		);
		expect(read).toMatchObject({
			title: 'The Nile and the Aswan High Dam',
			author: 'Anna Keller',
			outlet: 'Ridgeway School',
			date: '2026-09-14'
		});
		expect(read.text).not.toMatch(/Prepared by/);
		const notes = readHeader(
			'The Congress of Vienna, 1814–1815\n\nRevision notes for Year 10 History. Anna Keller, 3 October 2026\n\nBetween 1814 and 1815 the great powers of Europe met in Vienna to redraw the map of the continent after the defeat of Napoleon.'
		);
		expect(notes).toMatchObject({ author: 'Anna Keller', date: '2026-10-03' });
	});
});
