import { describe, expect, it } from 'vitest';
import { sentenceCard } from './ideas.test-helpers';
import { comparesWithUnseen, measureOfNoOne, refersByComparison } from './unseen-comparison';

/** Blind review H11 (2027-01-18): comparisons and measures whose other term the card never gives. */
describe('references into the text by comparison (gen44)', () => {
	it('finds a comparative with nothing to compare with', () => {
		expect(comparesWithUnseen('In 1901 the Velm council built a much bigger harbour.')).toBe(true);
		expect(comparesWithUnseen('Who designed an even faster loom in Ostra?')).toBe(true);
		expect(comparesWithUnseen('The new harbour was a far larger one than the old.')).toBe(false);
		expect(comparesWithUnseen('The Velm river is longer than the Ostra.')).toBe(false);
		expect(comparesWithUnseen('In 1901 the Velm council built a harbour.')).toBe(false);
	});

	it('finds a measure said of no one', () => {
		expect(measureOfNoOne('Sailor numbers rose each winter, peaking in 1846.')).toBe(true);
		expect(measureOfNoOne('Sea levels rose each winter.')).toBe(false);
		expect(measureOfNoOne('Casualties mounted through the spring.')).toBe(true);
		expect(measureOfNoOne('Numbers of sailors rose each winter.')).toBe(false);
		expect(measureOfNoOne('The Velm army grew each winter.')).toBe(false);
	});

	it('reads the prompt only, never a definition key', () => {
		expect(
			refersByComparison(
				sentenceCard('Who built a much larger loom in Ostra?', 'Anna Lorsk', undefined, 'short')
			)
		).toBe(true);
		expect(
			refersByComparison(
				sentenceCard(
					'What is a relay?',
					'A switch in which a small current controls a much larger one'
				)
			)
		).toBe(false);
	});
});
