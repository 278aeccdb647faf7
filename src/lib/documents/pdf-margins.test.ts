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

	it('drops page counters in every common form', () => {
		const counters = ['3', '- 3 -', '3/10', '3 of 10', 'Page 3', 'Page 3 of 10', 'p. 3'];
		expect(dropMarginLines([['Text.', ...counters]])).toEqual([['Text.']]);
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
