import { describe, expect, it } from 'vitest';
import { paddedScrollportHeight } from './scroll';

describe('paddedScrollportHeight', () => {
	it('takes the root scroll-padding off the window (640×400 phone: 400 − 72 = 328)', () => {
		expect(paddedScrollportHeight(400, 'auto', '72px')).toBe(328);
		expect(paddedScrollportHeight(844, '12.5px', '168px')).toBe(663.5);
	});

	it('counts auto, empty, negative and unparsable paddings as 0', () => {
		for (const value of ['auto', '', '-20px', 'NaN', 'calc(1px)'])
			expect(paddedScrollportHeight(400, value, value)).toBe(400);
	});

	it('is never negative when the padding is taller than the window', () => {
		expect(paddedScrollportHeight(200, '64px', '160px')).toBe(0);
	});
});
