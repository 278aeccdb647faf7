import { describe, expect, it } from 'vitest';
import { isHeritageListing } from './heritage-listing';
import { milestoneIdeas } from './idea-milestone';
import { madeUpArticle } from './ideas.test-helpers';

describe('a heritage listing is no milestone (gen40)', () => {
	it('tells a listing from a founding or a World Heritage inscription', () => {
		expect(isHeritageListing('designated as a Category B listed building in 1971')).toBe(true);
		expect(isHeritageListing('added to the National Register of Historic Places in 1982')).toBe(
			true
		);
		expect(isHeritageListing('listed at Grade II in 1950')).toBe(true);
		expect(isHeritageListing('built for the Lumen Salt Company in 1906')).toBe(false);
		expect(isHeritageListing('inscribed as a World Heritage Site in 1987')).toBe(false);
	});

	it('asks no year a building was listed', () => {
		const { article } = madeUpArticle('Varn Chambers', [
			'Varn Chambers is an office building in Ostra. It was built in 1906 by the Lumen Salt Company. It was designated as a Category B listed building in 1971.'
		]);
		const prompts = milestoneIdeas(article).map((i) => i.prompt);
		expect(prompts.some((p) => /listed/u.test(p))).toBe(false);
	});
});
