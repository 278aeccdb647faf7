import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '$lib/content/sources';
import { sourceOf } from '$lib/courses/generate';
import { sentencesOf } from '$lib/generator/text';
import { markdownToText } from './plain';
import { readDocument, readPastedText, type Readers } from './read';

const readers = {
	parseHtml: (html: string) => parseHTML(html).document as unknown as Document
} as Readers;
const enc = (text: string) => new TextEncoder().encode(text);

const HANDOUT = `# Rivers

Rivers shape the land they flow through. This handout explains how.
## Key terms
- **Discharge**: the volume of water passing a point in a given time.
- **Load**: the material a river carries.

### Why it matters ###

Floods happen when discharge rises quickly.
`;

describe('Markdown section headings (gen35, issue 12)', () => {
	it('keeps each heading as a `## ` paragraph of its own, and the title line plain', () => {
		// A `###` under `##` is a level-3 heading; list items keep their mark (`text-marks.ts`).
		expect(textBlocks(markdownToText(HANDOUT).text)).toEqual([
			{ kind: 'paragraph', text: 'Rivers' },
			{
				kind: 'paragraph',
				text: 'Rivers shape the land they flow through. This handout explains how.'
			},
			{ kind: 'heading', text: 'Key terms' },
			{
				kind: 'paragraph',
				text: 'Discharge: the volume of water passing a point in a given time.',
				item: { ordered: false }
			},
			{ kind: 'paragraph', text: 'Load: the material a river carries.', item: { ordered: false } },
			{ kind: 'heading', text: 'Why it matters', level: 3 },
			{ kind: 'paragraph', text: 'Floods happen when discharge rises quickly.' }
		]);
		// With no `# ` title, a heading that opens the text is the title line.
		expect(textBlocks(markdownToText('## Rivers\n\nBody.\n\n## Floods\n\nMore.').text)).toEqual([
			{ kind: 'paragraph', text: 'Rivers' },
			{ kind: 'paragraph', text: 'Body.' },
			{ kind: 'heading', text: 'Floods' },
			{ kind: 'paragraph', text: 'More.' }
		]);
		// A hashtag in prose is no heading.
		expect(textBlocks(markdownToText('# T\n\nSee #rivers today.').text)[1].kind).toBe('paragraph');
	});

	it('gives every sentence its section on each way a text arrives: .md, .txt, pasted', async () => {
		const drafts = [
			await readDocument({ name: 'rivers.md', bytes: enc(HANDOUT) }, readers),
			await readDocument({ name: 'rivers.txt', bytes: enc(HANDOUT) }, readers),
			readPastedText(HANDOUT)
		];
		for (const draft of drafts) {
			expect(draft.title).toBe('Rivers');
			const sentences = sentencesOf('d-1', sourceOf(draft, 0, 0).blocks);
			const section = (start: string) => sentences.find((s) => s.text.startsWith(start))?.section;
			expect(section('Rivers shape')).toBe('');
			expect(section('Discharge:')).toBe('Key terms');
			expect(section('Floods happen')).toBe('Why it matters');
		}
	});
});

describe('Markdown tables (blind check H21)', () => {
	const blocks = (markdown: string) =>
		textBlocks(markdownToText(markdown).text).map((block) => block.text);

	it('reads each row a paragraph: sentences as sentences, short cells joined by a dash', () => {
		const table = [
			'# Velm ovens',
			'',
			'| Myth | Fact |',
			'|---|:---:|',
			'| "Velm ovens are loud." | They hum. A thin rod can cause sparks called **flaring**. |',
			'| 1804 | The first velm oven was built in Ostra |',
			'| A \\| pipe | kept |',
			'',
			'After the table.'
		].join('\n');
		expect(blocks(table)).toEqual([
			'Velm ovens',
			'Myth – Fact',
			'"Velm ovens are loud." They hum. A thin rod can cause sparks called flaring.',
			'1804 – The first velm oven was built in Ostra',
			'A | pipe – kept',
			'After the table.'
		]);
	});

	it('leaves a line with a pipe inside a sentence alone', () => {
		expect(blocks('# T\n\nUse a | b here.')).toEqual(['T', 'Use a | b here.']);
	});

	it('keeps the table for the reader: its header row and each row’s cells', () => {
		const rows = textBlocks(markdownToText('# T\n\n| A | B |\n|---|---|\n| 1 | 2 |').text)
			.map((block) => block.row)
			.filter(Boolean);
		expect(rows).toEqual([{ cells: ['A', 'B'], header: true }, { cells: ['1', '2'] }]);
	});

	// Outsider teacher, session 34: a pasted handout's table showed as pipes in the reader.
	it('reads a pasted table and list with no Markdown heading above them', () => {
		const pasted = readPastedText(
			[
				'Electric circuits',
				'Current is the rate of flow of electric charge. It is measured in amps.',
				'Comparing series and parallel',
				'',
				'| Quantity | Series circuit | Parallel circuit |',
				'|---|---|---|',
				'| Current | Same everywhere | Shared between branches |',
				'',
				'Key terms',
				'- Current: the rate of flow of electric charge.',
				'- Diode: a component that lets current flow in one direction only.'
			].join('\n')
		);
		expect(textBlocks(pasted.text)[2]).toEqual({
			kind: 'heading',
			text: 'Comparing series and parallel'
		});
		expect(textBlocks(pasted.text).slice(3)).toEqual([
			{
				kind: 'paragraph',
				text: 'Quantity – Series circuit – Parallel circuit',
				row: { cells: ['Quantity', 'Series circuit', 'Parallel circuit'], header: true }
			},
			{
				kind: 'paragraph',
				text: 'Current – Same everywhere – Shared between branches',
				row: { cells: ['Current', 'Same everywhere', 'Shared between branches'] }
			},
			// Its heading lines are headings (two of them: session 35's `plainHeadings`).
			{ kind: 'heading', text: 'Key terms' },
			{
				kind: 'paragraph',
				text: 'Current: the rate of flow of electric charge.',
				item: { ordered: false }
			},
			{
				kind: 'paragraph',
				text: 'Diode: a component that lets current flow in one direction only.',
				item: { ordered: false }
			}
		]);
	});
});

describe('Markdown italics (blind check H19)', () => {
	const plain = (markdown: string) => markdownToText(markdown).text.trim();

	it('removes each italic run of a formula on its own, leaving no stray asterisk', () => {
		expect(plain('Repeat *x* → *x*³ − *k* until *x* settles.')).toBe(
			'Repeat x → x³ − k until x settles.'
		);
		expect(plain('The set of numbers *k* for which *y* = *k*² stays small.')).toBe(
			'The set of numbers k for which y = k² stays small.'
		);
	});

	it('still removes italic words, phrases and underscores around a word', () => {
		expect(plain('A *very* old bridge and _two_ towers, *built in stone*.')).toBe(
			'A very old bridge and two towers, built in stone.'
		);
		expect(plain('Bold **and** *italic*.')).toBe('Bold and italic.');
	});

	it('keeps an underscore inside a word and a lone asterisk', () => {
		expect(plain('Save it as field_notes_week2 today.')).toBe(
			'Save it as field_notes_week2 today.'
		);
		expect(plain('Compute 4 * 5 and 6 * 7.')).toBe('Compute 4 * 5 and 6 * 7.');
	});
});
