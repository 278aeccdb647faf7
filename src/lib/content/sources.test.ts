import { describe, expect, it } from 'vitest';
import {
	documentDate,
	formatDocumentDate,
	contextSegments,
	highlightSegments,
	paragraphsOf,
	parseSourceFile,
	quoteInSource,
	textBlocks,
	bodyParagraphs,
	plainEmphasis,
	withoutTitleBlock
} from './sources';
import { sourceHref } from './source-link';

const raw = `---
id: sample-doc
title: A Sample: With a Colon
outlet: Balkan Insight (BIRN)
author: Laszlo Szerencses
date: 2025-10
dateApproximate: true
dateNote: Inferred from the text.
short: Balkan Insight
---

First paragraph. Second sentence.

## A heading

Another
paragraph.
`;

describe('parseSourceFile', () => {
	it('reads the front matter and the blocks', () => {
		const source = parseSourceFile(raw);
		expect(source.document).toEqual({
			id: 'sample-doc',
			title: 'A Sample: With a Colon',
			outlet: 'Balkan Insight (BIRN)',
			author: 'Laszlo Szerencses',
			date: '2025-10',
			dateApproximate: true,
			dateNote: 'Inferred from the text.'
		});
		expect(source.short).toBe('Balkan Insight');
		expect(source.blocks).toEqual([
			{ kind: 'paragraph', text: 'First paragraph. Second sentence.' },
			{ kind: 'heading', text: 'A heading' },
			{ kind: 'paragraph', text: 'Another paragraph.' }
		]);
		expect(quoteInSource(source, 'Second sentence.')).toBe(true);
		expect(quoteInSource(source, 'A heading')).toBe(false);
	});

	it('rejects a file without valid front matter', () => {
		expect(() => parseSourceFile('no front matter')).toThrow(/front-matter/);
		expect(() => parseSourceFile(raw.replace('date: 2025-10', 'date: last year'))).toThrow(/date/);
	});
});

describe('highlightSegments', () => {
	it('marks the quoted sentence and keeps the rest as text', () => {
		expect(highlightSegments('One. Two. Three.', 'Two.')).toEqual([
			{ text: 'One. ', marked: false },
			{ text: 'Two.', marked: true },
			{ text: ' Three.', marked: false }
		]);
		expect(highlightSegments('One.', 'Missing.')).toEqual([{ text: 'One.', marked: false }]);
	});
});

describe('contextSegments', () => {
	it('keeps a short paragraph whole, the sentence marked', () => {
		expect(contextSegments('One. Two. Three.', 'Two.')).toEqual({
			segments: [
				{ text: 'One. ', marked: false },
				{ text: 'Two.', marked: true },
				{ text: ' Three.', marked: false }
			],
			whole: true
		});
	});

	it('cuts a long paragraph at spaces around the sentence, saying where it goes on', () => {
		const before = 'Alpha beta gamma delta epsilon. '.repeat(10);
		const after = ' Zeta eta theta iota kappa.'.repeat(10);
		const { segments, whole } = contextSegments(
			`${before}Quoted sentence.${after}`,
			'Quoted sentence.',
			40
		);
		expect(whole).toBe(false);
		expect(segments[1]).toEqual({ text: 'Quoted sentence.', marked: true });
		expect(segments[0].text).toMatch(/^… \S/);
		expect(segments[0].text.length).toBeLessThanOrEqual(42);
		expect(segments[2].text).toMatch(/\S…$/);
		expect(segments[2].text.length).toBeLessThanOrEqual(41);
		// Whole words only: no word is cut in half.
		expect(before).toContain(segments[0].text.slice(2));
		expect(after).toContain(segments[2].text.slice(0, -1));
	});

	it('gives the quote alone when the paragraph does not hold it', () => {
		expect(contextSegments('One.', 'Missing.')).toEqual({
			segments: [{ text: 'Missing.', marked: true }],
			whole: false
		});
	});
});

describe('formatDocumentDate and sourceHref', () => {
	it('formats exact and approximate dates', () => {
		expect(formatDocumentDate({ date: '2023-12-20', dateApproximate: false })).toBe(
			'20 December 2023'
		);
		expect(formatDocumentDate({ date: '2025-10', dateApproximate: true })).toBe(
			'October 2025 (approx.)'
		);
	});

	it('says "No date" for a document without one, never the day it was added (issue 12)', () => {
		expect(formatDocumentDate({ dateApproximate: false })).toBe('No date');
		// What older versions stored for an undated document: the day it was added, marked approx.
		const invented = {
			date: '2026-11-30',
			dateApproximate: true,
			dateNote: 'No date given; this is the day it was imported.'
		};
		expect(documentDate(invented)).toBeUndefined();
		expect(formatDocumentDate(invented)).toBe('No date');
		expect(documentDate({ date: '2025-10', dateNote: 'From the text.' })).toBe('2025-10');
	});

	it('links a question to its passage', () => {
		expect(sourceHref({ id: 'g-x-cloze-1', source: { doc: 'kfor-command' } })).toBe(
			'/sources/kfor-command?q=g-x-cloze-1'
		);
	});
});

describe('paragraphsOf and textBlocks', () => {
	it('split on blank lines and join the lines of one paragraph, one way for every text', () => {
		const text = 'One\r\nline.\n\n\n  Two.  \n \n## Three';
		expect(paragraphsOf(text)).toEqual(['One line.', 'Two.', '## Three']);
		// A stored text (paragraphs joined by a blank line) reads back as the same paragraphs.
		expect(paragraphsOf(paragraphsOf(text).join('\n\n'))).toEqual(paragraphsOf(text));
		expect(textBlocks(text)).toEqual([
			{ kind: 'paragraph', text: 'One line.' },
			{ kind: 'paragraph', text: 'Two.' },
			{ kind: 'heading', text: 'Three' }
		]);
	});
});

describe('bodyParagraphs and withoutTitleBlock (issue 12, outsider)', () => {
	const text = [
		'The Long Drought: How a Dry Spring Remade Ostby\nBy Anna Berg\n3 May 2023',
		'In the spring of 1871, the wells of Ostby ran dry.',
		'The summer of 1872',
		'## Aftermath',
		'The council built a reservoir.'
	].join('\n\n');

	it('leaves out the title, byline, date and headings', () => {
		expect(bodyParagraphs(text)).toEqual([
			'In the spring of 1871, the wells of Ostby ran dry.',
			'The council built a reservoir.'
		]);
	});

	it('leaves out a long first paragraph opening on the title', () => {
		const long =
			'Drought Notes and a much longer line that goes on, with a full stop at the end of it all.';
		expect(bodyParagraphs(`${long}\n\nIt rained.`, 'Drought Notes')).toEqual(['It rained.']);
	});

	it('keeps a lead that opens on the title with a verb (suggest2: a biography lost its lead)', () => {
		const lead = 'Ostrid Malm (1702–1760) was an Estavian writer who argued against tariffs.';
		expect(bodyParagraphs(`Ostrid Malm\n\n${lead}`, 'Ostrid Malm')).toEqual([lead]);
		const plain = 'Verlandism is an economic doctrine of the Estavian kingdoms.';
		expect(bodyParagraphs(plain, 'Verlandism')).toEqual([plain]);
		// courses9: an event's lead on any verb ("started"), not only "is"/"was".
		const event = 'The Kalby Flood started on 2 May 1852 in the mill race above the town.';
		expect(bodyParagraphs(`The Kalby Flood\n\n${event}`, 'The Kalby Flood')).toEqual([event]);
	});

	it('drops a first block that repeats the title, and only that', () => {
		const blocks = textBlocks('The Kalby Dam\n\nThe dam failed in 1880.');
		expect(withoutTitleBlock(blocks, 'The  kalby dam')).toEqual([
			{ kind: 'paragraph', text: 'The dam failed in 1880.' }
		]);
		expect(withoutTitleBlock(blocks, 'Another title')).toEqual(blocks);
	});
});

describe('plainEmphasis (outsider, issue 12: “_underscores_” in the reader)', () => {
	it('takes Markdown emphasis marks away and keeps the words', () => {
		expect(plainEmphasis('the _Tay_ bridge and **its** *fall*, __then__.')).toBe(
			'the Tay bridge and its fall, then.'
		);
		expect(plainEmphasis('(_italic words here_)')).toBe('(italic words here)');
	});
	it('keeps a lone mark that is not emphasis', () => {
		expect(plainEmphasis('file_name and 2 * 3 * 4, snake_case_word')).toBe(
			'file_name and 2 * 3 * 4, snake_case_word'
		);
	});
});
