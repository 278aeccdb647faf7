import { describe, expect, it } from 'vitest';
import { leadTitle } from './lead-title';

describe('leadTitle', () => {
	it('names what a defining first sentence defines', () => {
		// Outsider teacher, session 22: "Glaciers are large masses of ice that…" became the title.
		expect(
			leadTitle(
				'Glaciers are large masses of ice that move slowly downhill under their own weight.'
			)
		).toBe('Glaciers');
		expect(leadTitle('The Great Fire of London was a major conflagration in 1666.')).toBe(
			'The Great Fire of London'
		);
		expect(leadTitle('A corrie is an armchair-shaped hollow high on a mountainside.')).toBe(
			'Corrie'
		);
		expect(
			leadTitle('Comparative advantage refers to the ability to produce at a lower cost.')
		).toBe('Comparative advantage');
		expect(leadTitle('Enzymes are biological catalysts that speed up reactions.')).toBe('Enzymes');
		expect(leadTitle('Photosynthesis is defined as the making of sugar from light.')).toBe(
			'Photosynthesis'
		);
		expect(leadTitle('Monsoons are the seasonal winds of South Asia.')).toBe('Monsoons');
	});

	it('gives nothing for a sentence that defines nothing, so the first words are used', () => {
		for (const sentence of [
			'The harbour of Velmora was rebuilt in stone after the storm of 1871.',
			'The quays were gone.',
			'It is a long way from the coast to the mountains.',
			'In 1871 the harbour was a ruin.',
			'There are many kinds of glacier.',
			'Students are often surprised by how fast ice moves.',
			'Glaciers are not rivers.',
			'The rivers were flooded by the storms.',
			'Glaciers, like rivers, are a force of erosion.',
			'Many historians are sure that the war was avoidable.',
			'the harbour is a ruin.',
			'When the ice melts, the valley is a lake.'
		])
			expect(leadTitle(sentence), sentence).toBeUndefined();
	});

	it('never takes more than six words as the subject', () => {
		expect(
			leadTitle('The long and winding road through the hills of the north is a famous walk.')
		).toBeUndefined();
	});
});
