import { describe, expect, it } from 'vitest';
import { copyTitle, unusedTitle } from './titles';
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
