import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect';
import { readTwoColumn } from './two-column';
import { guessMapping, readTable, tableToQuestions } from './table';
import { parseQuoted } from './quoted-fields';

const bytes = (text: string) => new TextEncoder().encode(text);

/**
 * Real export shapes, each read by the reader format detection picks, with the term and
 * definition (or question and answer) a person expects. A comma file with quoted fields was
 * read as Quizlet and its quoted term cut at the comma (outsider, session 29:
 * `"Erdoğan, Recep Tayyip","President of Turkey, since 2014"` became the question `"Erdoğan`).
 */
const SHAPES: {
	shape: string;
	name: string;
	text: string;
	format: 'two-column' | 'table';
	pairs: [string, string][];
}[] = [
	{
		shape: 'Quizlet export, tab between term and definition',
		name: 'set.txt',
		text: 'KFOR\tNATO-led force in Kosovo\nTİKA\tTurkish aid agency\n',
		format: 'two-column',
		pairs: [
			['KFOR', 'NATO-led force in Kosovo'],
			['TİKA', 'Turkish aid agency']
		]
	},
	{
		shape: 'Quizlet export, comma between term and definition (no quoting)',
		name: 'set.txt',
		text: 'Bosphorus,Strait that divides Istanbul\nPrizren,City in Kosovo, on the Bistrica\n',
		format: 'two-column',
		pairs: [
			['Bosphorus', 'Strait that divides Istanbul'],
			['Prizren', 'City in Kosovo, on the Bistrica']
		]
	},
	{
		shape: 'Quizlet export, a term with quotation marks of its own',
		name: 'set.txt',
		text: 'KFOR\tNATO-led force in Kosovo\n"Merhaba"\tHello, said in Turkish\nGüle güle\tGoodbye, said by the one staying\n',
		format: 'two-column',
		pairs: [
			['KFOR', 'NATO-led force in Kosovo'],
			['"Merhaba"', 'Hello, said in Turkish'],
			['Güle güle', 'Goodbye, said by the one staying']
		]
	},
	{
		shape: 'Quizlet export, a definition with a quote inside',
		name: 'set.txt',
		text: 'Tito\tSaid "we are all Yugoslavs"\nBrotherhood\tA slogan\n',
		format: 'two-column',
		pairs: [
			['Tito', 'Said "we are all Yugoslavs"'],
			['Brotherhood', 'A slogan']
		]
	},
	{
		shape: 'CSV with quoted fields holding commas (the outsider’s file)',
		name: 'quizlet-comma.txt',
		text:
			'Bosphorus,Strait that divides Istanbul\nDanube,River flowing through Belgrade\n' +
			'"Erdoğan, Recep Tayyip","President of Turkey, since 2014"\n',
		format: 'table',
		pairs: [
			['Bosphorus', 'Strait that divides Istanbul'],
			['Danube', 'River flowing through Belgrade'],
			['Erdoğan, Recep Tayyip', 'President of Turkey, since 2014']
		]
	},
	{
		shape: 'Excel CSV, comma, a quoted cell with doubled quotes',
		name: 'sheet.txt',
		text: 'Tito,"Said ""we are all Yugoslavs"""\r\nKFOR,NATO force\r\n',
		format: 'table',
		pairs: [
			['Tito', 'Said "we are all Yugoslavs"'],
			['KFOR', 'NATO force']
		]
	},
	{
		shape: 'Excel CSV (European), semicolon, quoted cells holding semicolons',
		name: 'sheet.txt',
		text: '"Population; 2020";"1 430"\nArea;"10 887 km²; landlocked"\n',
		format: 'table',
		pairs: [
			['Population; 2020', '1 430'],
			['Area', '10 887 km²; landlocked']
		]
	},
	{
		shape: 'LibreOffice, tab, every text cell quoted',
		name: 'sheet.txt',
		text: '"Pristina"\t"Capital of Kosovo"\n"Ankara"\t"Capital of Turkey"\n',
		format: 'table',
		pairs: [
			['Pristina', 'Capital of Kosovo'],
			['Ankara', 'Capital of Turkey']
		]
	},
	{
		shape: 'CSV with a line break inside a quoted cell',
		name: 'sheet.txt',
		text: '"Serbia, capital","Belgrade\non the Danube"\nKosovo,Pristina\n',
		format: 'table',
		pairs: [
			['Serbia, capital', 'Belgrade\non the Danube'],
			['Kosovo', 'Pristina']
		]
	},
	{
		shape: 'CSV named .csv, quoted header and cells',
		name: 'sheet.csv',
		text: '"Question","Answer"\n"Capital of Kosovo, since 2008","Pristina"\n',
		format: 'table',
		pairs: [['Capital of Kosovo, since 2008', 'Pristina']]
	}
];

/** What the reader of `format` reads: term/question and definition/answer of each row. */
function read(format: 'two-column' | 'table', text: string): [string, string][] {
	if (format === 'two-column')
		return readTwoColumn(text).questions.map((q) => [q.prompt, q.answer ?? '']);
	const table = readTable(text);
	const mapping = guessMapping(table);
	// Without a header the mapping step proposes question, then answer.
	return tableToQuestions(table, mapping).questions.map((q) => [q.prompt, q.answer ?? '']);
}

describe('format detection over real export shapes', () => {
	for (const { shape, name, text, format, pairs } of SHAPES)
		it(`${shape}: ${format}`, () => {
			expect(detectFormat(name, bytes(text))).toMatchObject({ ok: true, format });
			expect(read(format, text)).toEqual(pairs);
		});
});

describe('the Quizlet reader given quoted CSV (Format chosen by hand)', () => {
	for (const { shape, text, pairs } of SHAPES.filter((s) => s.format === 'table'))
		it(`reads ${shape} by its fields, no quote marks left`, () => {
			const questions = readTwoColumn(text).questions.map((q) => [q.prompt, q.answer]);
			// A line break inside quotes is kept, as the spreadsheet reader keeps it; a header row
			// is a card here (the person chose this format).
			expect(questions.slice(-pairs.length)).toEqual(pairs);
		});

	it('names the line a quoted row starts on after a line break inside quotes', () => {
		const { problems } = readTwoColumn('"a,\nb","c"\nno separator here\n');
		expect(problems).toEqual([{ line: 3, message: 'no “,” between term and definition' }]);
	});
});

describe('parseQuoted', () => {
	it('reads doubled quotes, separators and line breaks inside quotes, and their lines', () => {
		expect(parseQuoted('"a ""b""",c\r\n"d\ne",f\n', ',')).toEqual({
			records: [
				{ fields: ['a "b"', 'c'], line: 1 },
				{ fields: ['d\ne', 'f'], line: 2 }
			],
			quoted: true
		});
	});

	it('is not quoted CSV when a quote opens a field and text follows its close, or never closes', () => {
		expect(parseQuoted('"Hi" she said\tgreeting\n', '\t')).toBeNull();
		expect(parseQuoted('"open\tnever closed\n', '\t')).toBeNull();
	});

	it('keeps a quote inside an unquoted field, and says a lone quoted word is no CSV quoting', () => {
		expect(parseQuoted('Tito\tSaid "yes"\n"Hola"\tHello\n', '\t')).toEqual({
			records: [
				{ fields: ['Tito', 'Said "yes"'], line: 1 },
				{ fields: ['Hola', 'Hello'], line: 2 }
			],
			quoted: false
		});
	});
});
