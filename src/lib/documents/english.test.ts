import { describe, expect, it } from 'vitest';
import { looksEnglish, MIN_WORDS_JUDGED } from './english';

describe('looksEnglish', () => {
	it('judges a text of enough words by its share of English function words', () => {
		const english =
			'A river is a natural flow of water that runs to the sea, and it has a source, a course and a mouth. ';
		const serbian =
			'Reka je prirodni tok vode koji teče prema moru, ima izvor, tok i ušće, a njena dolina je široka. ';
		expect(looksEnglish(english.repeat(3))).toBe(true);
		expect(looksEnglish(serbian.repeat(4))).toBe(false);
	});

	// Outsider teacher (issue 12): a short English paste was refused as "not English".
	it('does not call a text too short to judge anything but English', () => {
		expect(looksEnglish('Rivers are nice. I like geography.')).toBe(true);
		const short = 'Reka je široka. '.repeat(Math.floor((MIN_WORDS_JUDGED - 1) / 3));
		expect(short.split(' ').filter(Boolean).length).toBeLessThan(MIN_WORDS_JUDGED);
		expect(looksEnglish(short)).toBe(true);
	});
});
