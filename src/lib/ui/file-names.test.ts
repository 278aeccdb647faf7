import { describe, expect, it } from 'vitest';
import { downloadName, readableFileStem } from './file-names';

/** Outsider teacher, issue 12: an Aiken or Quizlet file's name is all that carries its title. */
describe('readableFileStem', () => {
	it.each([
		['Turkey between Serbia and Kosovo, 2008–2025', 'Turkey between Serbia and Kosovo, 2008–2025'],
		['Week 3: Vučić', 'Week 3 - Vučić'],
		['10:30 lesson', '10 30 lesson'],
		['A/B course', 'A B course'],
		['Is it "true"? <yes|no> *', 'Is it true yes no'],
		['.hidden...', 'hidden'],
		['Кириллица', 'Кириллица'],
		['Line\none\u200b\u202e two', 'Line one two'],
		['CON', 'CON_'],
		['com1.backup', 'com1_.backup'],
		['Console', 'Console'],
		['   ', 'flashpoint-questions'],
		['???', 'flashpoint-questions']
	])('%j → %j', (title, stem) => {
		expect(readableFileStem(title, 'flashpoint-questions')).toBe(stem);
	});

	it('keeps at most 60 characters, cut between words, never half a character', () => {
		const long = readableFileStem(`${'Causes of the First World War '.repeat(4)}`, 'x');
		expect(long).toBe('Causes of the First World War Causes of the First World War');
		const wide = readableFileStem('𠀀'.repeat(70), 'x');
		expect([...wide]).toHaveLength(60);
		expect(new TextEncoder().encode(`${wide}.wayground.xlsx`).length).toBeLessThanOrEqual(255);
	});
});

/** Outsider from Kahoot/Quizlet, issue 12: results and the course file were slugs. */
describe('downloadName', () => {
	it('names every download by its title as it reads, then what it is', () => {
		const title = 'Panama Canal (Year 10)';
		// Before: "flashpoint-course-panama-canal-year-10-2026-12-04.json".
		expect(downloadName(title, 'course 2026-12-04', 'json')).toBe(
			'Panama Canal (Year 10) – course 2026-12-04.json'
		);
		// Before: "class-quiz-10-questions-grades.csv".
		expect(downloadName(`${title} quiz`, 'grades', 'csv')).toBe(
			'Panama Canal (Year 10) quiz – grades.csv'
		);
		// Before: "Panama Canal (Year 10).gift.txt" (final outsider, session 29: which app is it for?).
		expect(downloadName(title, 'GIFT', 'txt')).toBe('Panama Canal (Year 10) – GIFT.txt');
	});

	it('holds nothing a file system refuses, and stays within 255 bytes', () => {
		for (const title of [
			'Week 3: a/b\\c*?"<>|.',
			'CON',
			'...',
			'𠀀'.repeat(90),
			'x '.repeat(200)
		]) {
			const name = downloadName(title, 'results', 'xlsx');
			expect(name).not.toMatch(/[/\\:*?"<>|]/);
			expect(name).not.toMatch(/^[ .]|[ .]\.xlsx$/);
			expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(255);
			expect(name.endsWith(' – results.xlsx')).toBe(true);
		}
		expect(downloadName('???', 'grades', 'csv')).toBe('Flashpoint – grades.csv');
		expect(downloadName('CON', 'grades', 'csv')).toBe('CON_ – grades.csv');
	});
});
