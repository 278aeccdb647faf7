import { describe, expect, it } from 'vitest';
import { appendAll, largest } from './largest';

// Far past any stack's argument limit (V8's is about 120,000 in Node, fewer in a worker).
const MANY = 200_000;

describe('largest', () => {
	it('is the largest value, or the floor for an empty or smaller list', () => {
		expect(largest([3, 9, 2])).toBe(9);
		expect(largest([], 0)).toBe(0);
		expect(largest([-5, -2], 0)).toBe(0);
		expect(largest([], -1)).toBe(-1);
	});

	it('takes a list of 200,000 values', () => {
		const values = Array.from({ length: MANY }, (_, i) => i);
		expect(() => Math.max(...values)).toThrow(RangeError);
		expect(largest(values)).toBe(MANY - 1);
	});
});

describe('appendAll', () => {
	it('appends in order, any number of items', () => {
		expect(appendAll([1], [2, 3])).toEqual([1, 2, 3]);
		const items = Array.from({ length: MANY }, (_, i) => i);
		const target = appendAll<number>([], items);
		expect(target).toHaveLength(MANY);
		expect(target.at(-1)).toBe(MANY - 1);
	});
});
