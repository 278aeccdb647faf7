import { strFromU8, unzipSync } from 'fflate';
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { textBlocks } from '$lib/content/sources';
import { docxStyleMap } from './docx-styles';
import { readDocument, readPastedText, type Readers } from './read';
import { makeDocx, type DocxTestStyle } from './test-files';

const readers = {
	mammoth: async () => mammoth,
	parseHtml: (html: string) => parseHTML(html).document as unknown as Document
} as unknown as Readers;

/** The styles Word writes for a handout (names as Word spells them), and a school's own heading. */
const STYLES: DocxTestStyle[] = [
	{ id: 'Title', name: 'Title' },
	{ id: 'Heading1', name: 'heading 1', outline: 0 },
	{ id: 'Heading2', name: 'heading 2', outline: 1 },
	{ id: 'SectionHeading', name: 'Section heading', basedOn: 'Heading1' },
	{ id: 'ListBullet', name: 'List Bullet' },
	{ id: 'ListNumber', name: 'List Number' }
];

const LEAD =
	'Photosynthesis is the process by which green plants use light energy to make glucose from carbon dioxide and water.';

/** A made-up handout, as a Word file and as the Markdown a teacher would paste. */
const HANDOUT_DOCX = makeDocx(
	[
		{ text: 'Photosynthesis', style: 'Title' },
		{ text: 'Introduction', style: 'Heading1' },
		LEAD,
		{ text: 'Summary table', style: 'SectionHeading' },
		{
			rows: [
				['Factor', 'Effect of increasing it'],
				['Light intensity', 'Rate rises, then levels off'],
				['Temperature', 'Rate rises to an optimum, then falls']
			]
		},
		{ text: 'Key terms', style: 'Heading1' },
		{ text: 'Chloroplast: the organelle where photosynthesis takes place.', style: 'ListBullet' },
		{ text: 'Stomata: pores that allow gas exchange.', style: 'ListBullet' },
		{ text: 'Method', style: 'Heading1' },
		{ text: 'Boil the leaf in water.', style: 'ListNumber' },
		{ text: 'Add iodine solution.', style: 'ListNumber' }
	],
	{},
	STYLES
);

const HANDOUT_MD = `# Photosynthesis

## Introduction

${LEAD}

## Summary table

| Factor | Effect of increasing it |
|---|---|
| Light intensity | Rate rises, then levels off |
| Temperature | Rate rises to an optimum, then falls |

## Key terms

- Chloroplast: the organelle where photosynthesis takes place.
- Stomata: pores that allow gas exchange.

## Method

1. Boil the leaf in water.
2. Add iodine solution.
`;

describe('readDocx: a Word file’s structure (outsider teacher, session 34)', () => {
	it('keeps its Title, headings by style or outline level, lists and table', async () => {
		const draft = await readDocument({ name: 'handout.docx', bytes: HANDOUT_DOCX }, readers);
		expect(draft.title).toBe('Photosynthesis');
		expect(textBlocks(draft.text)).toEqual([
			{ kind: 'paragraph', text: 'Photosynthesis' },
			{ kind: 'heading', text: 'Introduction' },
			{ kind: 'paragraph', text: LEAD },
			{ kind: 'heading', text: 'Summary table' },
			{
				kind: 'paragraph',
				text: 'Factor – Effect of increasing it',
				row: { cells: ['Factor', 'Effect of increasing it'], header: true }
			},
			{
				kind: 'paragraph',
				text: 'Light intensity – Rate rises, then levels off',
				row: { cells: ['Light intensity', 'Rate rises, then levels off'] }
			},
			{
				kind: 'paragraph',
				text: 'Temperature – Rate rises to an optimum, then falls',
				row: { cells: ['Temperature', 'Rate rises to an optimum, then falls'] }
			},
			{ kind: 'heading', text: 'Key terms' },
			{
				kind: 'paragraph',
				text: 'Chloroplast: the organelle where photosynthesis takes place.',
				item: { ordered: false }
			},
			{
				kind: 'paragraph',
				text: 'Stomata: pores that allow gas exchange.',
				item: { ordered: false }
			},
			{ kind: 'heading', text: 'Method' },
			{ kind: 'paragraph', text: 'Boil the leaf in water.', item: { ordered: true, number: 1 } },
			{ kind: 'paragraph', text: 'Add iodine solution.', item: { ordered: true, number: 2 } }
		]);
	});

	it('gives the generator the same blocks as the handout’s Markdown, pasted or as a file', async () => {
		const docx = await readDocument({ name: 'handout.docx', bytes: HANDOUT_DOCX }, readers);
		const md = await readDocument(
			{ name: 'handout.md', bytes: new TextEncoder().encode(HANDOUT_MD) },
			readers
		);
		const pasted = readPastedText(HANDOUT_MD);
		// What the generator reads of a block (`text.ts`): its kind and text.
		const read = (text: string) => textBlocks(text).map(({ kind, text }) => ({ kind, text }));
		expect(read(docx.text)).toEqual(read(md.text));
		expect(read(pasted.text)).toEqual(read(md.text));
		// And what the reader shows, the same.
		expect(textBlocks(docx.text)).toEqual(textBlocks(md.text));
	});

	it('reads a paragraph given an outline level of its own as a heading', async () => {
		const draft = await readDocument(
			{
				name: 'outline.docx',
				bytes: makeDocx(
					[
						{ text: 'Photosynthesis', style: 'Title' },
						{ text: 'Introduction', outline: 0 },
						LEAD,
						{ text: 'In the leaf', style: 'ListBullet', outline: 1 },
						'Chloroplasts hold the chlorophyll.',
						{ text: 'Body text level', outline: 9 }
					],
					{},
					STYLES
				)
			},
			readers
		);
		expect(draft.text).toBe(
			`Photosynthesis\n\n## Introduction\n\n${LEAD}\n\n### In the leaf\n\nChloroplasts hold the chlorophyll.\n\nBody text level`
		);
	});

	it('takes a table’s repeated header row as its header, whatever its words', async () => {
		const draft = await readDocument(
			{
				name: 'dates.docx',
				bytes: makeDocx([
					{
						rows: [
							['Year 1804', 'What happened in Serbia that year'],
							['1815', 'The Second Serbian Uprising']
						],
						headerRow: true
					}
				])
			},
			readers
		);
		expect(draft.text).toBe(
			'| Year 1804 | What happened in Serbia that year |\n|---|---|\n| 1815 | The Second Serbian Uprising |'
		);
	});
});

describe('docxStyleMap', () => {
	it('maps Title, outline levels (inherited too) and the list styles, not what mammoth knows', () => {
		const xml = makeDocxStylesXml([
			...STYLES,
			{ id: 'Sub', name: 'Sub point', basedOn: 'SectionHeading', outline: 2 },
			{ id: 'Body', name: 'Body text', outline: 9 },
			{ id: 'Odd', name: "Teacher's heading", outline: 0 }
		]);
		expect(docxStyleMap(xml)).toEqual([
			"p[style-name='Title'] => h1.title:fresh",
			"p[style-name='Section heading'] => h1:fresh",
			"p[style-name='List Bullet'] => ul > li:fresh",
			"p[style-name='List Number'] => ol > li:fresh",
			"p[style-name='Sub point'] => h3:fresh"
		]);
		expect(docxStyleMap('')).toEqual(["p[style-name='Title'] => h1.title:fresh"]);
	});
});

/** `word/styles.xml` of a file made with `styles`, as `makeDocx` writes it. */
function makeDocxStylesXml(styles: DocxTestStyle[]): string {
	return strFromU8(unzipSync(makeDocx(['x'], {}, styles))['word/styles.xml']);
}
