import { describe, expect, it } from 'vitest';
import { IMPORT_FORMATS } from '$lib/formats/detect';
import { questionFileFormat, sourcesLegend } from './question-file';

describe('question files among a course’s documents (outsider teacher: “kosovo.gift (3)”)', () => {
	it('knows an imported file by its format label, for every format', () => {
		for (const format of IMPORT_FORMATS)
			expect(questionFileFormat({ outlet: format.label })).toBe(format.label);
		expect(questionFileFormat({ outlet: 'Balkan Insight' })).toBeNull();
		expect(questionFileFormat({ outlet: '' })).toBeNull();
		expect(questionFileFormat({})).toBeNull();
	});

	it('names the list by what it holds', () => {
		const gift = { outlet: 'Moodle GIFT' };
		const article = { outlet: 'Balkan Insight' };
		expect(sourcesLegend([article])).toBe('Documents');
		expect(sourcesLegend([gift])).toBe('Question files');
		expect(sourcesLegend([article, gift])).toBe('Documents and question files');
		expect(sourcesLegend([])).toBe('Documents');
	});
});
