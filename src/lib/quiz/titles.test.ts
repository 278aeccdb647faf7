import { describe, expect, it } from 'vitest';
import { copyTitle, subjectQuizTitle, unusedTitle } from './titles';
import { LIMITS } from './types';

describe('one title a quiz in the list', () => {
	it('names a copy “(copy)”, then “(copy 2)”, and a copy’s copy the same way', () => {
		expect(copyTitle('Week 3', ['Week 3'])).toBe('Week 3 (copy)');
		expect(copyTitle('Week 3', ['Week 3', 'week 3 (COPY)'])).toBe('Week 3 (copy 2)');
		expect(copyTitle('Week 3 (copy)', ['Week 3', 'Week 3 (copy)'])).toBe('Week 3 (copy 2)');
	});

	it('numbers a taken title “(2)”, “(3)”, and leaves a free one as it is', () => {
		expect(unusedTitle('Week 3', ['Week 4'])).toBe('Week 3');
		expect(unusedTitle('Week 3', ['week 3 '])).toBe('Week 3 (2)');
		expect(unusedTitle('Week 3', ['Week 3', 'Week 3 (2)'])).toBe('Week 3 (3)');
		expect(unusedTitle('Week 3 (2)', ['Week 3', 'Week 3 (2)'])).toBe('Week 3 (3)');
	});

	it('never goes past the longest title: the title before the suffix is cut', () => {
		const long = 'x'.repeat(LIMITS.titleChars);
		const copy = copyTitle(long, [long]);
		expect(copy).toHaveLength(LIMITS.titleChars);
		expect(copy.endsWith(' (copy)')).toBe(true);
		expect(unusedTitle(long, [long])).toHaveLength(LIMITS.titleChars);
	});
});

describe('a new quiz is titled by its subject, as Kahoot titles one (issue 12)', () => {
	const course = 'Panama Canal (Year 10)';
	it('names the course, or the one document or topic chosen', () => {
		// Before: "Class quiz, 10 questions", whatever the course.
		expect(subjectQuizTitle(course, [], [])).toBe('Panama Canal (Year 10) quiz');
		expect(subjectQuizTitle(course, ['The locks'], [])).toBe('The locks quiz');
		expect(subjectQuizTitle(course, ['The locks', 'The dam'], [])).toBe(
			'Panama Canal (Year 10) quiz'
		);
		expect(subjectQuizTitle(course, [], ['Engineering'])).toBe(
			'Panama Canal (Year 10): Engineering quiz'
		);
	});

	it('a second quiz of one subject is numbered, and a long subject is cut before “quiz”', () => {
		const first = subjectQuizTitle(course, [], []);
		expect(unusedTitle(first, [first])).toBe('Panama Canal (Year 10) quiz (2)');
		const long = subjectQuizTitle('y'.repeat(200), [], []);
		expect(long).toHaveLength(LIMITS.titleChars);
		expect(long.endsWith('… quiz')).toBe(true);
		expect(subjectQuizTitle('  ', [], [])).toBe('Class quiz');
	});
});
