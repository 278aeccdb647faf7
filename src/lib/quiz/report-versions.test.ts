import { describe, expect, it } from 'vitest';
import { buildReport } from './report';
import { askedItems, earlierQuestionRows, shareWords } from './report-versions';
import { allRight, edited, original } from './versions.test-helpers';

/**
 * Issue 14 (outsider teachers from Kahoot and Moodle): after Q1 was reworded and Q3 swapped, the
 * report said "0% right (0 of 0)" for them, and a student's listed marks did not add up to the
 * score.
 */
describe('a report of a quiz edited after students answered', () => {
	const quiz = edited();
	const early = ['Ana', 'Ben', 'Cem'].map((name) => allRight(original, name));

	it('says what happened to a question no result has answered yet, never “0 of 0”', () => {
		const report = buildReport(quiz, early);
		const words = report.questions.map(shareWords);
		expect(words[0]).toBe('Changed after 3 answers; new version not answered yet');
		expect(words[2]).toBe('Changed after 3 answers; new version not answered yet');
		expect(words[1]).toBe('100% right (3 of 3)');
		expect(words.join(' ')).not.toContain('0 of 0');
		// One result of the current version, with Q1 wrong: counted as such, with what came before.
		const now = allRight(quiz, 'Dan');
		now.answers[0] = null;
		const mixed = buildReport(quiz, [...early, now]).questions.map(shareWords);
		expect(mixed[0]).toBe('0% right (0 of 1 since it changed after 3 answers)');
	});

	it('lists each student’s answers as their phone asked them, so the marks add up to the score', () => {
		const report = buildReport(quiz, [allRight(original, 'Ana')]);
		const row = report.students[0];
		const items = askedItems(quiz, row);
		expect(items.map((i) => i.label)).toEqual([
			'Q1 before your last 2 edits',
			'Q2',
			'Q3 before your last 2 edits',
			'Q4',
			'Q5'
		]);
		expect(items.map((i) => i.question.id)).toEqual(original.questions.map((q) => q.id));
		expect(items.filter((i) => i.right)).toHaveLength(row.correct);
		expect(items).toHaveLength(row.total);
		// A result of the current version lists the quiz as it is.
		const current = buildReport(quiz, [allRight(quiz, 'Ben')]).students[0];
		expect(askedItems(quiz, current).map((i) => [i.label, i.changed])).toEqual(
			quiz.questions.map((_, i) => [`Q${i + 1}`, false])
		);
	});

	it('shows the questions edited away with what the class answered to them', () => {
		const ben = allRight(original, 'Ben');
		ben.answers[0] = null;
		const report = buildReport(quiz, [allRight(original, 'Ana'), ben, allRight(quiz, 'Cem')]);
		const rows = earlierQuestionRows(report);
		expect(rows.map((r) => [r.label, r.question.id, r.correct, r.asked, r.percent])).toEqual([
			['Q1 before your last 2 edits', original.questions[0].id, 1, 2, 50],
			['Q3 before your last 2 edits', original.questions[2].id, 2, 2, 100]
		]);
		expect(rows[0].names).toEqual(['Ana', 'Ben']);
		expect(rows[0].answers[1]).toBeNull();
	});
});
