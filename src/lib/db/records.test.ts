import { describe, expect, it } from 'vitest';
import { courseIdOf, courseItemId, localItemId, nextItemNumber } from './records';

describe('item ids', () => {
	it('localItemId undoes courseItemId, for a user course and the built-in one', () => {
		expect(localItemId(courseItemId('c-1', 'q-7'))).toBe('q-7');
		expect(localItemId(courseItemId('builtin', 'kosovo-1'))).toBe('kosovo-1');
		expect(courseIdOf(courseItemId('c-1', 'd-2'))).toBe('c-1');
	});

	it('nextItemNumber is one past the largest of its kind, 1 with none', () => {
		const ids = ['c:q-2', 'c:q-10', 'c:d-4', 'c:kept-id', 'c:q-x'].map((id) => ({ id }));
		expect(nextItemNumber('q', ids)).toBe(11);
		expect(nextItemNumber('d', ids)).toBe(5);
		expect(nextItemNumber('q', [])).toBe(1);
		// A document's local id that merely ends like a question's is not one.
		expect(nextItemNumber('q', [{ id: 'c:d-1-q-9' }])).toBe(1);
	});
});
