import { describe, expect, it } from 'vitest';
import { fileQuestions, readQuizFile } from '$lib/quiz/file-quiz';
import { readMoodleXml } from './moodle-xml';
import { defaultGrade, weightsNote } from './moodle-grades';

/** Moodle XML of three questions, their default marks (`<defaultgrade>`) as given. */
function xmlOf(grades: readonly (string | null)[]): string {
	const questions = grades.map(
		(grade, i) => `<question type="truefalse"><name><text>Q${i + 1}</text></name>
<questiontext format="html"><text>Statement ${i + 1} is true.</text></questiontext>
${grade === null ? '' : `<defaultgrade>${grade}</defaultgrade>`}
<answer fraction="100"><text>true</text></answer><answer fraction="0"><text>false</text></answer>
</question>`
	);
	return `<?xml version="1.0" encoding="UTF-8"?>\n<quiz>\n${questions.join('\n')}\n</quiz>\n`;
}

describe('question weights (<defaultgrade>) a class quiz does not keep', () => {
	it('a class quiz import says so, naming the questions and their default marks', () => {
		// Outsider teacher: a question of default mark 2 counted 1 and exported as 1, unsaid.
		const file = readQuizFile('quiz.xml', xmlOf(['1.0000000', '2.0000000', null]))!;
		const made = fileQuestions(file.read);
		if ('error' in made) throw new Error(made.error);
		expect(made.questions).toHaveLength(3);
		expect(made.notes).toContain(
			'Weights are not kept: every question counts 1. 1 question of this file has another default mark (<defaultgrade>): “Q2” 2.'
		);
	});

	it('says nothing when every question counts 1, and a course import says nothing', () => {
		const file = readQuizFile('quiz.xml', xmlOf(['1.0000000', '1', null]))!;
		expect(file.read.notes.join(' ')).not.toMatch(/Weights/);
		expect(readMoodleXml(xmlOf(['2', '3', '0.5'])).notes.join(' ')).not.toMatch(/Weights/);
	});

	it('names three and counts the rest', () => {
		const many = [2, 3, 0.5, 4, 5].map((grade, i) => ({
			name: i ? `Q${i + 1}` : '',
			number: i + 1,
			grade
		}));
		expect(weightsNote(many)).toBe(
			'Weights are not kept: every question counts 1. 5 questions of this file have another default mark (<defaultgrade>): question 1 2, “Q2” 3, “Q3” 0.5 and 2 more.'
		);
		expect(weightsNote([])).toBe('');
	});

	it('reads a default mark only as a number', () => {
		expect(defaultGrade('2.0000000')).toBe(2);
		expect(defaultGrade(' 0.5 ')).toBe(0.5);
		expect(defaultGrade('')).toBeUndefined();
		expect(defaultGrade('two')).toBeUndefined();
		expect(defaultGrade('-1')).toBeUndefined();
	});
});
