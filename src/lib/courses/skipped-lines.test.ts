import { describe, expect, it } from 'vitest';
import { SKIP_WORDS, skippedHeading, skippedLinesOf } from './skipped-lines';
import type { SkippedLine } from '$lib/generator/glossary-skips';

const line = (quote: string, term: string, reason: SkippedLine['reason']): SkippedLine => ({
	doc: 'd-1',
	quote,
	term,
	reason
});

describe('skippedLinesOf: the lines that gave no card, in words (gen83)', () => {
	it('says each reason and blanks the meaning after the dash or colon', () => {
		const lines = skippedLinesOf(
			[
				line('Velm cell – a small cell that stores lumite.', 'Velm cell', 'same-term'),
				line('Lumen ratio: a measure that grows as velms shrink.', 'Lumen ratio', 'cut-off')
			],
			new Set()
		);
		expect(lines.map((l) => l.reason)).toEqual([
			'the same term already has a card',
			'the meaning is cut off'
		]);
		const [first, second] = lines;
		expect(first.quote.slice(first.blank.start, first.blank.end)).toBe(
			'a small cell that stores lumite'
		);
		expect(second.quote.slice(second.blank.start, second.blank.end)).toBe(
			'a measure that grows as velms shrink'
		);
	});

	it('opens a “Term – meaning” line as the glossary’s flashcard, its meaning the back', () => {
		const [dash, colon, bare] = skippedLinesOf(
			[
				line('Velm cell – a small cell that stores lumite.', 'Velm cell', 'same-term'),
				line('Lumen ratio: a measure that grows as velms shrink…', 'Lumen ratio', 'cut-off'),
				line('Ostrin a tough fibre', 'Ostrin', 'not-a-term')
			],
			new Set()
		);
		expect(dash.card).toEqual({
			prompt: 'What is meant by the term “Velm cell”?',
			answer: 'A small cell that stores lumite'
		});
		expect(colon.card).toEqual({
			prompt: 'What is meant by the term “Lumen ratio”?',
			answer: 'A measure that grows as velms shrink…'
		});
		// No dash or colon: the whole line would be the back, so it stays a fill-in-the-blank.
		expect(bare.card).toBeUndefined();
	});

	it('leaves out a line that has a question now, and reads no data as none', () => {
		const quote = 'Velm cell – a small cell that stores lumite.';
		expect(skippedLinesOf([line(quote, 'Velm cell', 'failed-check')], new Set([quote]))).toEqual(
			[]
		);
		expect(skippedLinesOf(undefined, new Set())).toEqual([]);
	});

	it('counts through the plural helper', () => {
		expect(skippedHeading(1)).toBe('1 line gave no card');
		expect(skippedHeading(14)).toBe('14 lines gave no card');
		expect(SKIP_WORDS['over-cap']).toMatch(/^more than \d+ cards from one list$/u);
	});
});
