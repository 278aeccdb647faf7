import { describe, expect, it } from 'vitest';
import { bareName, storyBound } from './idea-story';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';

const whole =
	'King Varn of Ostra lost his northern lands in 1204. The barons invited Prince Ivo of Vesta to take the crown. Varn quarrelled with the Pope. Tomas Brel wrote the charter.';

describe('statements bound to the story around them (blind reviews 12a/12b)', () => {
	it('refuses a bare name the text gives with a title or a fuller form', () => {
		expect(bareName('Varn submitted to the Pope in 1213.', whole)).toBe(true);
		expect(bareName('Ivo landed in 1216 and held much of the coast.', whole)).toBe(true);
	});

	it('keeps a name given whole, and a place', () => {
		expect(bareName('King Varn submitted to the Pope in 1213.', whole)).toBe(false);
		expect(bareName('Prince Ivo of Vesta landed in 1216.', whole)).toBe(false);
		expect(bareName('The barons met at Lumen in 1215.', whole)).toBe(false);
		expect(bareName('Tomas wrote the charter in 1215 for the Ostra barons.', whole)).toBe(false);
	});

	it('refuses a word of sequence and a step of the story', () => {
		expect(storyBound('The barons eventually rebelled against the crown in 1215.', whole)).toBe(
			true
		);
		expect(
			storyBound('The final blow came in July 1214, when the barons were defeated at Lumen.', whole)
		).toBe(true);
		expect(storyBound('The barons rebelled against the crown in 1215.', whole)).toBe(false);
		expect(storyBound('The new and last regent, Tomas Brel, arrived in March 1217.', whole)).toBe(
			false
		);
	});

	it('refuses a comparison with an earlier sentence, not a sentence that says what it compares (gen30)', () => {
		for (const text of [
			'Velmor and Tarsh reached a similar agreement, the Northern Pact, in 1907.',
			'In 1794 the council in Lumen went further and freed every serf of the realm.',
			'Quen formally recognised the control of Velmor over that western third in the Treaty of Arn in 1697.'
		])
			expect([text, storyBound(text, whole)]).toEqual([text, true]);
		for (const text of [
			'Velmor and Tarsh signed the Northern Pact in 1907.',
			'The council of Lumen declared in 1794 that every serf of the realm was free.',
			'The fleet of Velmor was similar in size to the fleet of Tarsh in 1907.'
		])
			expect([text, storyBound(text, whole)]).toEqual([text, false]);
	});

	it('gives no true-or-false statement bound to the story', () => {
		const { article } = madeUpArticle('The Varn Charter', [
			'King Varn of Ostra lost his northern lands to the Vestans in 1204 after a long siege.',
			'Varn eventually submitted to the Pope of Lumen in 1213 after a long quarrel.',
			'The barons of Ostra sealed the Varn Charter at Lumen meadow in 1215 with the king.',
			'The charter of the barons was annulled by the Pope of Lumen in 1216 within ten weeks.'
		]);
		const statements = truthIdeas(article).map((i) => i.prompt);
		expect(statements.length).toBeGreaterThan(0);
		expect(statements.filter((s) => /Varn eventually/u.test(s))).toEqual([]);
	});
});
