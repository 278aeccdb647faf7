import { describe, expect, it } from 'vitest';
import { plainWords } from './idea-term-words';

describe('a plain definition key', () => {
	it('is no size or capacity: that is a property, not what sets a term apart (H2 S03)', () => {
		expect(plainWords('a stretchy, muscular bag that can hold over a litre of food')).toBe(false);
		expect(plainWords('a muscular organ about the size of a clenched fist')).toBe(false);
		expect(plainWords('a muscular bag that churns food with acid')).toBe(true);
	});
});
