import { describe, expect, it } from 'vitest';
import { plural, pluralOf } from './plural';

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
});
