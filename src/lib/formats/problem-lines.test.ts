import { describe, expect, it } from 'vitest';
import { readAnkiText } from './anki-text';
import { readTwoColumn } from './two-column';
import { readAiken } from './aiken';
import { readGift } from './gift';

/**
 * Outsider teacher: a pasted list's problems were numbered by position among the file's notes,
 * not where a person finds them. Every reader names the line the item starts on in the paste.
 */
describe('a problem names the line its item starts on', () => {
	it('Anki text with blank lines between notes and a note spanning lines', () => {
		const paste = [
			'#separator:tab', // 1
			'', // 2
			'Q1\tA1', // 3
			'', // 4
			'"Q2', // 5
			'more"\tA2', // 6
			'', // 7
			'Q3\t', // 8: no back
			'\t', // 9: blank
			'Q4' // 10: no back
		].join('\n');
		const { problems, questions } = readAnkiText(paste);
		expect(questions).toHaveLength(2);
		expect(problems.map((p) => p.line)).toEqual([8, 10]);
	});

	it('Anki text with Windows line ends', () => {
		const { problems } = readAnkiText('#separator:tab\r\n\r\nQ1\tA1\r\n\r\nQ2\t\r\n');
		expect(problems.map((p) => p.line)).toEqual([5]);
	});

	it('a Quizlet set whose rows are split by ";" or a custom separator', () => {
		const { problems } = readTwoColumn('a,b;c,d;\nno separator;e,f', {
			rowSeparator: ';',
			termSeparator: ','
		});
		expect(problems).toEqual([{ line: 2, message: 'no “,” between term and definition' }]);
		const custom = readTwoColumn('a\tb\n\n\nbad\n\n\nc\td', { rowSeparator: '\n\n\n' });
		expect(custom.problems.map((p) => p.line)).toEqual([4]);
	});

	it('Aiken and GIFT count the lines of the paste too', () => {
		expect(readAiken('\n\nQ1?\nA. x\nB. y\nANSWER: C\n').problems[0].line).toBe(3);
		expect(readGift('::Q1:: a {=b ~c}\n\n\n::Q2:: d {=e ~%50%f =g}\n').problems[0]?.line).toBe(4);
	});
});
