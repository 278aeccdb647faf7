import { describe, expect, it } from 'vitest';
import { explanationRepeatsPassage, quotePassage } from './quote-passage';

describe('quotePassage', () => {
	it('puts a passage in curly quotation marks', () => {
		expect(quotePassage('Turkey sold drones to Kosovo.')).toBe('“Turkey sold drones to Kosovo.”');
	});

	it('leaves a passage that opens on a quotation mark as it is', () => {
		const speech = '“I am horrified by Turkey’s behavior,” Vučić said on X.';
		expect(quotePassage(speech)).toBe(speech);
		expect(quotePassage('"Straight quotes," she said.')).toBe('"Straight quotes," she said.');
	});
});

describe('explanationRepeatsPassage', () => {
	const passage = 'The bridge collapsed on 28 December 1879, taking a train with it.';
	it('is true for the passage itself, quoted or introduced by its outlet', () => {
		expect(explanationRepeatsPassage(passage, passage)).toBe(true);
		expect(explanationRepeatsPassage(`Wikipedia says: “${passage}”`, passage)).toBe(true);
		expect(explanationRepeatsPassage(`“${passage.toUpperCase()}”`, passage)).toBe(true);
	});
	it('is false for an explanation that says more, or for no passage', () => {
		expect(
			explanationRepeatsPassage(
				`${passage} The inquiry blamed its designer, Thomas Bouch, for too little allowance for wind.`,
				passage
			)
		).toBe(false);
		expect(explanationRepeatsPassage('A different sentence altogether.', passage)).toBe(false);
		expect(explanationRepeatsPassage(passage, '')).toBe(false);
	});
});
