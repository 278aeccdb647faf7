import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { describe, expect, it } from 'vitest';
import { boldRuns } from './docx';
import { emphasisedTerms } from './emphasis';
import { readDocument, readPastedText, type Readers } from './read';
import { makeDocx } from './test-files';

const readers: Readers = {
	pdfjs: async () => pdfjs,
	mammoth: async () => mammoth,
	parseHtml: (html) => parseHTML(html).document as unknown as Document
};
const enc = (s: string) => new TextEncoder().encode(s);

/** A made-up handout paragraph with two bolded terms, as a teacher writes one. */
const BODY =
	'Plants lose water through tiny pores in their leaves. **Transpiration** is the loss of water vapour from the leaves of a plant. Water moves into the roots by a process called **osmosis**, the movement of water through a membrane.';

describe('emphasised terms: what a teacher bolded reaches the generator as data (gen50, issue 12)', () => {
	it('keeps terms of one to five words the text holds, trimmed, once each, in reading order', () => {
		const text = 'Key words\n\nOsmosis is a process. The Concert of Europe met. Osmosis again.';
		expect(
			emphasisedTerms(
				[
					'Osmosis:',
					'the Concert of Europe',
					'osmosis',
					'a bold sentence of far more than five words',
					'Key words',
					'—',
					'absent'
				],
				text
			)
		).toEqual(['Osmosis']);
		expect(emphasisedTerms(['Concert of Europe'], text)).toEqual(['Concert of Europe']);
		// A timeline's bold dates mark its lines, not terms (outsider teacher's web page, issue 12).
		const timeline =
			'January 1959 – Castro takes power.\n\n14 October 1962 – A U-2 photographs missile sites. Black Saturday followed.';
		expect(
			emphasisedTerms(['January 1959', '14 October 1962', 'Black Saturday'], timeline)
		).toEqual(['Black Saturday']);
	});

	it('reads bold in a Markdown file and in pasted Markdown, never a bold heading line', async () => {
		const md = `# Water in plants\n\n**How water moves**\n\n${BODY}\n`;
		const draft = await readDocument({ name: 'plants.md', bytes: enc(md) }, readers);
		expect(draft.emphasis).toEqual(['Transpiration', 'osmosis']);
		expect(draft.text).not.toContain('**');
		expect(readPastedText(md).emphasis).toEqual(['Transpiration', 'osmosis']);
	});

	it('reads a web page’s <strong>, <b> and <dfn> as text', async () => {
		const body = BODY.replace('**Transpiration**', '<strong>Transpiration</strong>').replace(
			'**osmosis**',
			'<dfn>osmosis</dfn>'
		);
		const html = `<!doctype html><html><head><title>Water in plants</title></head><body><article><h1>Water in plants</h1><p>${body}</p><p>${body.replace(/<[^>]+>/g, '')} Roots take up <b>mineral ions</b> too.</p></article></body></html>`;
		const draft = await readDocument({ name: 'plants.html', bytes: enc(html) }, readers);
		expect(draft.emphasis).toEqual(['Transpiration', 'osmosis', 'mineral ions']);
	});

	it('reads a Word file’s bold runs', async () => {
		const draft = await readDocument(
			{ name: 'plants.docx', bytes: makeDocx(['Water in plants', BODY]) },
			readers
		);
		expect(draft.emphasis).toEqual(['Transpiration', 'osmosis']);
		expect(boldRuns('<p><strong>A &amp; <em>B</em></strong></p>')).toEqual(['A & B']);
	});

	it('never reads a table’s bold column names as terms, but a bold term in a row is one', async () => {
		const draft = await readDocument(
			{
				name: 'plants.docx',
				bytes: makeDocx([
					'Water in plants',
					BODY,
					{
						rows: [
							['**Process**', '**Where**'],
							['**Xylem**', 'Carries water up from the roots.']
						]
					}
				])
			},
			readers
		);
		expect(draft.text).toContain('| Process | Where |\n|---|---|');
		expect(draft.emphasis).toEqual(['Transpiration', 'osmosis', 'Xylem']);
	});

	it('gives no list for a file that bolds nothing', async () => {
		const draft = await readDocument(
			{ name: 'plants.md', bytes: enc(`# Water\n\n${BODY.replace(/\*\*/g, '')}`) },
			readers
		);
		expect(draft.emphasis).toBeUndefined();
	});
});
