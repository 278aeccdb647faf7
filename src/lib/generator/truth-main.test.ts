import { describe, expect, it } from 'vitest';
import { birthStatement, datedShare, datesAreMain } from './truth-main';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';

/** A made-up science handout: its one dated sentence is a side note of who first saw the thing. */
const glowstone = [
	'Glowstone is a pale mineral that shines faintly after it has been heated in a fire.',
	'The glow comes from tiny crystals of velmite trapped inside the rock when it cooled.',
	'Heating the rock to about 400 degrees frees the stored light as a soft green glow.',
	'Thin slices glow for about 20 minutes before the light fades away completely.',
	'The Varnish miner Ada Kell first described glowing rocks from the Elsby hills in 1792.',
	'Miners once used small glowstone lamps in the dark tunnels of the Elsby hills.',
	'Today the mineral is used to date old hearths and the pottery fired on them.'
];

/** A made-up history handout: its events are dated throughout. */
const ostra = [
	'The Ostra Rising was a revolt of the salt workers of Ostra against the Varn crown in 1688.',
	'The salt tax was doubled by King Arvid of Varnland in 1685 to pay for his fleet.',
	'Marta Kell led the salt workers of Ostra out of the pans in March 1688.',
	'The rebels of Ostra took the harbour fort of Elsby in 1689 after a short siege.',
	'King Arvid of Varnland abolished the salt tax of Ostra in 1691 to end the revolt.',
	'Jonas Berg was born in Ostra on 2 May 1660 into a family of salt boilers.'
];

describe('true/false only on main content (gen56)', () => {
	it('measures how much of a handout is dated', () => {
		expect(datedShare(madeUpArticle('Glowstone', glowstone).article)).toBeLessThan(0.15);
		expect(datedShare(madeUpArticle('The Ostra Rising', ostra).article)).toBeGreaterThan(0.5);
		expect(datesAreMain(madeUpArticle('Glowstone', glowstone).article)).toBe(false);
		expect(datesAreMain(madeUpArticle('The Ostra Rising', ostra).article)).toBe(true);
	});

	it("states no year of a handout that dates little: the discoverer's year is a side note", () => {
		const said = truthIdeas(madeUpArticle('Glowstone', glowstone).article).map((i) => i.context);
		expect(said.filter((s) => /1792/u.test(s ?? ''))).toEqual([]);
	});

	it('states the dated events of a history handout, but no birth date', () => {
		const said = truthIdeas(madeUpArticle('The Ostra Rising', ostra).article).map(
			(i) => i.context ?? ''
		);
		expect(said.some((s) => /took the harbour fort/u.test(s))).toBe(true);
		expect(said.filter((s) => /born/u.test(s))).toEqual([]);
	});

	it('reads a birth, not a birth year in parentheses', () => {
		expect(birthStatement('Jonas Berg was born in Ostra on 2 May 1660.')).toBe(true);
		expect(birthStatement('Jonas Berg (born 1660) took the fort in 1689.')).toBe(false);
		expect(birthStatement('The newborn state of Ostra fell in 1691.')).toBe(false);
	});
});
