import { describe, expect, it } from 'vitest';
import { allOf, formatCount, plural, pluralOf } from './plural';

describe('plural', () => {
	it.each([
		['quiz', 'quizzes'],
		['new quiz', 'new quizzes'],
		['result', 'results'],
		['match', 'matches'],
		['box', 'boxes'],
		['entry', 'entries'],
		['day', 'days']
	])('%s → %s', (one, many) => expect(pluralOf(one)).toBe(many));

	it('writes the count with the noun in its number', () => {
		expect(plural(1, 'quiz')).toBe('1 quiz');
		expect(plural(2, 'quiz')).toBe('2 quizzes');
		expect(plural(0, 'result')).toBe('0 results');
		expect(plural(1204, 'card')).toBe('1,204 cards');
		expect(plural(2, 'person', 'people')).toBe('2 people');
	});

	it('groups a count in thousands exactly as toLocaleString("en-GB") does', () => {
		const counts = [0, -0, 7, 999, 1000, -1000, 12_345, 999_999, 1_000_000, -987_654_321];
		counts.push(Number.MAX_SAFE_INTEGER, 1.5, 1234.5678, NaN, Infinity);
		for (const count of counts) expect(formatCount(count)).toBe(count.toLocaleString('en-GB'));
	});
});

describe('allOf', () => {
	it('says “the only” for one and “all N” for more', () => {
		expect(allOf(1, 'multiple-choice question')).toBe('the only multiple-choice question');
		expect(allOf(3, 'flashcard')).toBe('all 3 flashcards');
		expect(allOf(2, 'person', 'people')).toBe('all 2 people');
	});
});
