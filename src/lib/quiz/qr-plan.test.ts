import { describe, expect, it } from 'vitest';
import { createFitWords, ownCourseWords } from './qr-plan';

describe('what New quiz says about QR codes for a course of the teacher’s own', () => {
	it('under the course: why no join code, and how many of its questions one code holds', () => {
		expect(ownCourseWords(5, 10)).toContain('a quiz from it has no short join code');
		expect(ownCourseWords(5, 10)).toContain(
			'One QR code that phones read reliably holds about 5 questions of it (of 10)'
		);
		expect(ownCourseWords(10, 10)).toContain('One QR code holds all 10 questions it has.');
		expect(ownCourseWords(null, 10)).not.toContain('QR code holds');
	});

	it('above Create: the quiz’s own counts and what happens to the rest, nothing when all fit', () => {
		expect(createFitWords(8, 10)).toBe(
			'QR code: 8 of these 10 questions fit one. When you create it, you choose: 8 questions with a QR code, or all 10 shared by link.'
		);
		expect(createFitWords(1, 6)).toMatch(/^QR code: 1 of these 6 questions fits one\./);
		expect(createFitWords(10, 10)).toBe('');
		expect(createFitWords(0, 3)).toContain('not one of these 3 questions fits one');
	});
});
