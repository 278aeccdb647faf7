import { describe, expect, it } from 'vitest';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';
import { stateYear, tellsState } from './year-state';

/** A made-up class handout: events at a point in time, and states that held over years. */
const velmor = [
	'The Republic of Velmor was founded in 1871 after the long war with Dunmere ended.',
	'Velmor adopted the northern calendar in 1862, and the old one was dropped in 1904.',
	'In 1880 the Velmor calendar was twelve days behind the Dunmere one.',
	'In 1885 the northern provinces remained loyal to the old royal house.',
	'The Harrow Accord of 1876 cut the river tolls for every barge on the Sallow.',
	'Jonas Berg built the first bridge over the Sallow in 1879 with stone from Elsby.',
	'The old capital of Marren burned down in 1889 and was never rebuilt.'
];

describe('no year swapped into a state that held over a span (blind review H10 S53)', () => {
	it('reads a state in the main clause', () => {
		for (const text of [
			'In 1880 the Velmor calendar was twelve days behind the Dunmere one.',
			'In 1885 the northern provinces remained loyal to the old royal house.',
			'In 1890 the Velmor navy had two harbours on the coast.',
			'In 1890 the town was still the largest port of the north.',
			'By 1900 the capital had been a city of clerks for decades.'
		])
			expect([text, tellsState(text)]).toEqual([text, true]);
	});

	it('reads an event as no state, whatever its tense or voice', () => {
		for (const text of [
			'The Harrow Accord of 1876 cut the river tolls for every barge on the Sallow.',
			'The Republic of Velmor was founded in 1871 after the long war.',
			'The Accord had been signed in 1876 by both kings.',
			'In 1879 Velmor was the first state to build a railway.',
			'The comet had its closest approach to the Earth in 1910.',
			'The mill was rebuilt after a fire in 1874 by Anna Kell.'
		])
			expect([text, tellsState(text)]).toEqual([text, false]);
	});

	it("swaps a state's year only outside a span the sentence states", () => {
		expect(
			stateYear('In 1880 the Velmor calendar was twelve days behind the Dunmere one.', 1880)
		).toBe(true);
		// The year is another event's: the state's end, or a clause the state is dated by.
		expect(
			stateYear('Velmor and Dunmere remained at war until the Peace of Sallow in 1879.', 1879)
		).toBe(false);
		expect(stateYear('Marta Kell was the first mayor, whose term began in 1875.', 1875)).toBe(
			false
		);
		expect(
			stateYear('Between 1862 and 1904 the Velmor calendar was twelve days behind in 1880.', 1880)
		).toBe(false);
	});

	it('makes no false statement of a state, and still one of an event', () => {
		const ideas = truthIdeas(madeUpArticle('Velmor, 1860–1890 (class handout)', velmor).article);
		const said = ideas.map((i) => i.context);
		expect(said.filter((t) => /twelve days|remained loyal/u.test(t ?? ''))).toEqual([]);
		expect(said.some((t) => /Harrow Accord|Jonas Berg|burned down/u.test(t ?? ''))).toBe(true);
	});
});
