import { describe, expect, it } from 'vitest';
import { quotePassage } from './quote-passage';

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
