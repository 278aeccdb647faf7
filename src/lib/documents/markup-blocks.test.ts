import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { markedBlocks } from './markup-blocks';

const body = (html: string) =>
	parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body as unknown as Element;

describe('markedBlocks', () => {
	it('keeps the title line plain and gives sections level 2, subsections 3', () => {
		const html =
			'<h1>Rivers</h1><p>Rivers shape land.</p><h2>Erosion</h2><p>Water wears rock.</p><h3>Abrasion</h3><p>Rocks grind.</p>';
		expect(markedBlocks(body(html), { titleFirst: true })).toEqual([
			'Rivers',
			'Rivers shape land.',
			'## Erosion',
			'Water wears rock.',
			'### Abrasion',
			'Rocks grind.'
		]);
		// An e-book's chapter has no title line: its heading is a section's.
		expect(markedBlocks(body('<h1>One</h1><p>Text.</p>'), { titleFirst: false })).toEqual([
			'## One',
			'Text.'
		]);
	});

	it('keeps a first heading that names the page plain, its sections then level 2', () => {
		// Readability makes the article's <h1> an <h2>; the page's sections were <h3>.
		const html = '<h2>Rivers at work</h2><p>A.</p><h3>Erosion</h3><p>B.</p>';
		expect(markedBlocks(body(html), { titleFirst: true, titles: ['Rivers  at Work'] })).toEqual([
			'Rivers at work',
			'A.',
			'## Erosion',
			'B.'
		]);
		expect(markedBlocks(body(html), { titleFirst: true })).toEqual([
			'## Rivers at work',
			'A.',
			'### Erosion',
			'B.'
		]);
	});

	it('reads several <h1> as sections, unless the first is Word’s Title', () => {
		expect(
			markedBlocks(body('<h1>Part one</h1><p>A.</p><h1>Part two</h1><p>B.</p>'), {
				titleFirst: true
			})
		).toEqual(['## Part one', 'A.', '## Part two', 'B.']);
		expect(
			markedBlocks(body('<h1 class="title">Cells</h1><h1>Parts</h1><p>A.</p><h2>Nucleus</h2>'), {
				titleFirst: true
			})
		).toEqual(['Cells', '## Parts', 'A.', '### Nucleus']);
	});

	it('marks list items, numbered from the list’s start, a nested list’s after its parent', () => {
		const html =
			'<ul><li>Current<ul><li>measured in amps</li></ul></li><li>Voltage</li></ul><ol start="3"><li>Boil</li><li value="7">Rinse</li><li>Dry</li></ol>';
		expect(markedBlocks(body(html), { titleFirst: true })).toEqual([
			'- Current',
			'- measured in amps',
			'- Voltage',
			'3. Boil',
			'7. Rinse',
			'8. Dry'
		]);
	});

	it('writes a table as rows, its header from <th>, <thead> or a first row of names', () => {
		const th =
			'<table><tr><th>Factor</th><th>Effect</th></tr><tr><td><p>Light</p></td><td><p>Rate</p><p>rises</p></td></tr></table>';
		expect(markedBlocks(body(th), { titleFirst: true })).toEqual([
			'| Factor | Effect |\n|---|---|\n| Light | Rate rises |'
		]);
		const named =
			'<table><tr><td>Date</td><td>Event</td></tr><tr><td>1804</td><td>Uprising</td></tr></table>';
		expect(markedBlocks(body(named), { titleFirst: true })).toEqual([
			'| Date | Event |\n|---|---|\n| 1804 | Uprising |'
		]);
		const data =
			'<table><tr><td>1804</td><td>First uprising</td></tr><tr><td>1815</td><td>Second uprising</td></tr></table>';
		expect(markedBlocks(body(data), { titleFirst: true })).toEqual([
			'| 1804 | First uprising |\n| 1815 | Second uprising |'
		]);
		// One column is no table: its cells are paragraphs.
		expect(
			markedBlocks(body('<table><tr><td>Only this.</td></tr><tr><td>And this.</td></tr></table>'), {
				titleFirst: true
			})
		).toEqual(['Only this.', 'And this.']);
	});

	it('keeps a definition list’s term with its definition and a line break a space', () => {
		expect(
			markedBlocks(
				body('<dl><dt>Bourgeoisie</dt><dd>the wealthy middle class</dd></dl><p>One<br>two</p>'),
				{
					titleFirst: true
				}
			)
		).toEqual(['Bourgeoisie: the wealthy middle class', 'One two']);
	});
});
