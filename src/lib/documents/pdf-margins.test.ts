import { describe, expect, it } from 'vitest';
import { dropMarginLines, printedByBrowser } from './pdf-margins';

describe('what a PDF repeats in its margins', () => {
	it('drops a browser’s print header and footer, even on a one-page PDF', () => {
		const page = [
			'The war began in 1914.',
			'12/2/26, 3:11 PM The Causes and Course of the First World War',
			'file:///tmp/out/ww1.html 1/2'
		];
		expect(dropMarginLines([page])).toEqual([['The war began in 1914.']]);
		expect(dropMarginLines([['02.12.2026, 15:11 Title', 'https://example.org/a 3/3']])).toEqual([
			[]
		]);
	});

	it('drops page counters in every common form, at the start or the end of a page', () => {
		const counters = ['3', '- 3 -', '3/10', '3 of 10', 'Page 3', 'Page 3 of 10', 'p. 3'];
		const body = ['The war began.', 'It spread.', 'It ended.'];
		for (const counter of counters) {
			expect(dropMarginLines([[...body, counter]])).toEqual([body]);
			expect(dropMarginLines([[counter, ...body]])).toEqual([body]);
		}
	});

	it('keeps a timeline: years and counters alone on lines in the body of a page', () => {
		// Issue 14: "1914" alone on a line was dropped as a page number wherever it stood.
		const timeline = [
			'Timeline of the First World War',
			'1914',
			'Archduke Franz Ferdinand is shot in Sarajevo.',
			'1915',
			'The landings at Gallipoli.',
			'7',
			'divisions landed on the first day.',
			'1916',
			'The battles of Verdun and the Somme.',
			'1917',
			'The United States enters the war.',
			'1918',
			'The armistice is signed.',
			'12'
		];
		expect(dropMarginLines([timeline])).toEqual([timeline.slice(0, -1)]);
		// Pages that open and close with a year: a year is never a counter, nor a running head.
		const pages = [
			['1914', 'The war began.', '1915'],
			['1916', 'Verdun and the Somme.', '1917'],
			['1918', 'The armistice.', '1919']
		];
		expect(dropMarginLines(pages)).toEqual(pages);
	});

	it('drops the print header and footer after a timeline page, and keeps its years', () => {
		const page = [
			'1914',
			'The war began.',
			'1918',
			'It ended.',
			'12/2/26, 3:11 PM Timeline',
			'file:///tmp/timeline.html 1/1'
		];
		expect(dropMarginLines([page])).toEqual([page.slice(0, 4)]);
	});

	it('drops a running head on half the pages or more, whatever its page number', () => {
		const prose = ['The war began.', 'It spread.', 'It ended.', 'Empires fell.'];
		const pages = prose.map((line, n) => [`Year 10 History · Ms Harper · page ${n + 1}`, line, '']);
		expect(dropMarginLines(pages)).toEqual(prose.map((line) => [line, '']));
	});

	it('keeps a short line repeated mid-page: it is prose, not a margin', () => {
		const pages = [
			['Head 1', 'The war began.', 'Figure shows the trench.', 'It spread.', 'Foot 1'],
			['Head 2', 'It ended.', 'Figure shows the trench.', 'Empires fell.', 'Foot 2']
		];
		expect(dropMarginLines(pages)).toEqual([
			['The war began.', 'Figure shows the trench.', 'It spread.'],
			['It ended.', 'Figure shows the trench.', 'Empires fell.']
		]);
	});

	it('keeps prose: a sentence that starts with a number, a repeated long line, a one-page line', () => {
		const prose = '1914 was the year the war began, and 1918 the year it ended.';
		expect(dropMarginLines([[prose]])).toEqual([[prose]]);
		const long = 'x'.repeat(151);
		expect(dropMarginLines([[long], [long]])).toEqual([[long], [long]]);
		expect(dropMarginLines([['Chapter one'], ['Chapter two'], ['Something else']])).toEqual([
			['Chapter one'],
			['Chapter two'],
			['Something else']
		]);
	});

	it('knows a browser’s print date from an author’s', () => {
		expect(printedByBrowser({ Producer: 'Skia/PDF m156', Creator: 'HeadlessChrome' })).toBe(true);
		expect(printedByBrowser({ Creator: 'Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0' })).toBe(
			true
		);
		expect(printedByBrowser({ Creator: 'Microsoft® Word for Microsoft 365' })).toBe(false);
		expect(printedByBrowser({})).toBe(false);
	});
});
