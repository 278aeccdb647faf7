import { describe, expect, it } from 'vitest';
import { paddedScrollportHeight, questionStartScroll, revealKeepingHeading } from './scroll';

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

describe('revealKeepingHeading', () => {
	it('brings a code up whole when the heading stays in view (a tall phone)', () => {
		// Heading at 80, code ends at 700, the padded view ends at 760: nothing to do.
		expect(revealKeepingHeading(80, 700, 0, 760)).toBe(0);
		// Code ends 60 px under the navigation, heading 80 px down: scroll 60.
		expect(revealKeepingHeading(80, 820, 0, 760)).toBe(60);
	});
	it('never scrolls the heading away (the reopened result at 320×640)', () => {
		// The code ends at 900, the view at 560: bringing it up would take 340 px; the heading
		// at 24 allows 24 (it then sits at the top).
		expect(revealKeepingHeading(24, 900, 0, 560)).toBe(24);
	});
	it('scrolls up to the heading when it is above the view already', () => {
		expect(revealKeepingHeading(-300, 400, 0, 560)).toBe(-300);
		expect(revealKeepingHeading(-300, 900, 8, 560)).toBe(-308);
	});
});

describe('questionStartScroll', () => {
	it('leaves a question whose first lines show; else brings its status bar, or it, to the top', () => {
		// On screen above Next (512 px down a 568 px window): stays.
		expect(questionStartScroll(300, 42, 512, 200)).toBe(0);
		// Below Next at 200% text (the outsider teacher's 320×568): the status bar to the top.
		expect(questionStartScroll(540, 42, 512, 232)).toBe(232);
		// Scrolled past its start: back up to the status bar.
		expect(questionStartScroll(-100, 42, 512, -300)).toBe(-300);
		// A status bar so tall that even at the top the question would not show: the heading.
		expect(questionStartScroll(900, 42, 512, 100)).toBe(900);
	});
});
