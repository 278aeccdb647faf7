import { describe, expect, it } from 'vitest';
import { cellTags, guessMapping, readTable, tableToQuestions } from './table';

describe('readTable and guessMapping', () => {
	it('guesses wrong-choice columns by their common names (outsider, issue 12)', () => {
		const headers = [
			'question,answer,wrong1,wrong2,wrong3,explanation',
			'Question,Correct,Incorrect 1,Incorrect answer 2,Distractor 3,Wrong choice 4',
			'Term,Definition,Option A,Choice 2,Wrong answer no 3,False answer 4'
		];
		const guesses = headers.map((h) => guessMapping(readTable(`${h}\nQ,A,b,c,d,e\n`)));
		expect(guesses[0]).toEqual(['prompt', 'answer', 'choice', 'choice', 'choice', 'explanation']);
		expect(guesses[1].slice(2)).toEqual(['choice', 'choice', 'choice', 'choice']);
		expect(guesses[2]).toEqual(['prompt', 'answer', 'choice', 'choice', 'choice', 'choice']);
	});

	it('maps a teacher sheet with headers, semicolons and a BOM', () => {
		const table = readTable(
			'\uFEFFQuestion;Correct answer;Answer 1;Answer 2;Answer 3;Explanation;Tags\n' +
				'Capital of Kosovo?;2;Prizren;Pristina;Peja;Since 2008;geo, capitals\n' +
				'Kosovo is in NATO.;False;;;;;\n' +
				'KFOR is led by ____ in 2025.;Turkey;;;;;\n'
		);
		expect(table.delimiter).toBe(';');
		const mapping = guessMapping(table);
		expect(mapping).toEqual([
			'prompt',
			'answer',
			'choice',
			'choice',
			'choice',
			'explanation',
			'topics'
		]);
		const { questions, problems } = tableToQuestions(table, mapping);
		expect(problems).toEqual([]);
		expect(questions).toEqual([
			{
				type: 'mcq',
				prompt: 'Capital of Kosovo?',
				answer: 'Pristina',
				choices: ['Prizren', 'Pristina', 'Peja'],
				explanation: 'Since 2008',
				topics: ['geo', 'capitals']
			},
			{ type: 'truefalse', prompt: 'Kosovo is in NATO.', answer: 'false', topics: [] },
			// No column for other accepted answers: a re-import keeps the course's (issue 12).
			{
				type: 'cloze',
				prompt: 'KFOR is led by ____ in 2025.',
				answer: 'Turkey',
				topics: [],
				keepAnswers: true
			}
		]);
	});

	it('reads a headerless TSV as term and definition', () => {
		const table = readTable('KFOR\tNATO-led force\nTİKA\tTurkish aid agency\n');
		expect(table.hasHeader).toBe(false);
		const { questions } = tableToQuestions(table, guessMapping(table));
		expect(questions.map((q) => [q.type, q.prompt, q.answer])).toEqual([
			['flashcard', 'KFOR', 'NATO-led force'],
			['flashcard', 'TİKA', 'Turkish aid agency']
		]);
	});

	it('honours a type column and a corrected mapping, and reports bad rows by line', () => {
		const table = readTable(
			'Type,Front,Back,Other\nshort answer,Year of independence?,2008,2008.\nmcq,Pick one,x,\n,,,\n,No answer,,\n'
		);
		const mapping = guessMapping(table);
		mapping[3] = 'accept';
		const { questions, problems } = tableToQuestions(table, mapping);
		expect(questions).toEqual([
			{
				type: 'short',
				prompt: 'Year of independence?',
				answer: '2008',
				accept: ['2008.'],
				topics: []
			}
		]);
		expect(problems.map((p) => p.line)).toEqual([3, 5]);
	});

	it('never throws on junk', () => {
		for (const junk of ['', '"', ',,,', '\u0000', 'a\n"b'])
			expect(() => {
				const table = readTable(junk);
				tableToQuestions(table, guessMapping(table));
			}).not.toThrow();
	});

	it('splits a quoted tags cell on spaces, as Anki and Quizlet do, keeping `::` hierarchies whole', () => {
		const table = readTable(
			'Front,Back,Tags\n' +
				'KFOR,NATO-led force,"balkans nato::missions World_War_II"\n' +
				'TİKA,Turkish aid agency,"aid, soft power"\n'
		);
		const { questions } = tableToQuestions(table, guessMapping(table));
		expect(questions.map((q) => q.topics)).toEqual([
			['balkans', 'nato::missions', 'World War II'],
			['aid', 'soft power']
		]);
	});

	it('reads tags cells by one rule: commas or semicolons if present, else spaces', () => {
		expect(cellTags('a b  c')).toEqual(['a', 'b', 'c']);
		expect(cellTags('  ')).toEqual([]);
		expect(cellTags('a b; c')).toEqual(['a b', 'c']);
		expect(cellTags('one')).toEqual(['one']);
	});
});

describe('readTable on a long sheet', () => {
	// Outsider student (issue 12): a 10 MB sheet of 79,740 rows failed with "Maximum call stack
	// size exceeded" (the widest row was found by spreading every row into Math.max). 150,000
	// rows is past Node's argument limit too, so this fails the way the browser's worker did.
	it('reads 150,000 rows', () => {
		const lines = ['term,definition'];
		for (let i = 0; i < 150_000; i++) lines.push(`t${i},d${i}`);
		const table = readTable(lines.join('\n'));
		expect(table.hasHeader).toBe(true);
		expect(table.rows).toHaveLength(150_000);
		expect(table.headers).toEqual(['term', 'definition']);
		expect(tableToQuestions(table, guessMapping(table)).questions).toHaveLength(150_000);
	});
});
