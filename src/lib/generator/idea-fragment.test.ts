import { describe, expect, it } from 'vitest';
import { verblessStep } from './idea-fragment';

describe('verblessStep (gen35: list items read as their own paragraphs)', () => {
	it('finds a method step written as a gerund phrase', () => {
		expect(
			verblessStep(
				'Collecting a gas in a gas syringe or upturned measuring cylinder, and recording the volume every 10 seconds.'
			)
		).toBe(true);
		expect(verblessStep('Measuring the loss in mass on a balance as a gas escapes.')).toBe(true);
	});

	it('keeps a claim whose subject is a gerund, and any other sentence', () => {
		expect(verblessStep('Burning fossil fuels releases carbon dioxide into the air.')).toBe(false);
		expect(verblessStep('Smoking is the main cause of lung cancer.')).toBe(false);
		expect(verblessStep('Reading a map takes practice.')).toBe(false);
		expect(verblessStep('The flask is placed over a cross.')).toBe(false);
	});
});
