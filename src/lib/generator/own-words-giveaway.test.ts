import { describe, expect, it } from 'vitest';
import {
	isBound,
	nameSpellsKey,
	nameYear,
	quantityOf,
	yearImpossibleByName
} from './own-words-giveaway';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';

/** Blind review H10 (2027-01-17): a card's own words give the key away or keep "false" true. */
describe("a card's own words (gen43)", () => {
	it('reads the year a name carries (H10 S03)', () => {
		const text = 'In 2020 the Varn-19 outbreak closed the ports.';
		expect(nameYear(text, 2020)).toBe(2019);
		expect(yearImpossibleByName(text, 2020, 2018)).toBe(true);
		expect(yearImpossibleByName(text, 2020, 2022)).toBe(false);
		// No name with a year; a number range is no name.
		expect(yearImpossibleByName('In 2020 the ports closed.', 2020, 2018)).toBe(false);
		expect(nameYear('Pages 12-19 of the 1990 report', 1990)).toBeUndefined();
	});

	it('keeps a swapped year inside a decade the statement names', () => {
		expect(
			yearImpossibleByName('In the 1930s, in 1934, dust storms swept Ostra.', 1934, 1929)
		).toBe(true);
		expect(
			yearImpossibleByName('In the 1930s, in 1934, dust storms swept Ostra.', 1934, 1937)
		).toBe(false);
	});

	it('tells numbers of one unit word but another quantity apart (H10 S67)', () => {
		const cold = 'The coldest day was minus 89.2 degrees Celsius at Varn.';
		const circle = 'Ostra lies south of the circle, at about 66.5 degrees south.';
		expect(quantityOf(cold, cold.indexOf('89.2'), 4)).toBe('-celsius');
		expect(quantityOf(circle, circle.indexOf('66.5'), 4)).toBe('+south');
		expect(quantityOf('It took 40 degrees of arc.', 8, 2)).toBe('+');
	});

	it('sees a bound, which another number may leave true (H10 S36)', () => {
		const text = 'Seals survive temperatures well below minus 30 degrees.';
		expect(isBound(text, text.indexOf('30'))).toBe(true);
		expect(isBound('More than 200 ships sailed.', 10)).toBe(true);
		expect(isBound('About 98 per cent of Ostra is ice.', 6)).toBe(false);
	});

	it('sees a name spelling its key (H10 S24)', () => {
		expect(nameSpellsKey('Coalite', 'An alloy of cobalt and aluminium')).toBe(true);
		expect(nameSpellsKey('Nitinol', 'An alloy of nickel and titanium')).toBe(true);
		expect(nameSpellsKey('brass', 'A mixture of copper and zinc')).toBe(false);
		expect(nameSpellsKey('Varn steel', 'An alloy of vanadium and iron')).toBe(false);
	});

	it('makes no false statement from another quantity or a bound in a handout', () => {
		for (const order of [0, 1, 2, 3]) {
			const { article } = madeUpArticle(`Varnland ${'x'.repeat(order)}`, [
				'Varnland lies almost entirely south of the Ostra Circle, at about 66.5 degrees south.',
				'The coldest day recorded at Kell Station reached minus 89.2 degrees Celsius.',
				'Seals survive temperatures well below minus 30 degrees on the ice.',
				'Kell Station stands on the plateau at about 78.5 degrees south.'
			]);
			const ideas = truthIdeas(article);
			const prompts = ideas.map((i) => i.prompt).join(' | ');
			// Only the two latitudes swap for each other; the temperature and the bound are not swapped.
			expect(prompts).not.toMatch(
				/89\.2 degrees south|66\.5 degrees Celsius|minus 66\.5|minus 78\.5/u
			);
			for (const idea of ideas.filter((i) => /^(?:The coldest|Seals)/u.test(i.prompt)))
				expect(idea.answer).toBe('true');
		}
	});
});
