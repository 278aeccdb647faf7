import { describe, expect, it } from 'vitest';
import {
	datedKey,
	ranksSubject,
	uncontradicted,
	unexplainedAcronym,
	withoutKeyAliases
} from './idea-faith';
import { leadIdeas } from './idea-lead';
import { madeUpArticle } from './ideas.test-helpers';

describe('a key the article stands by (blind review U10: S01, S06, S13)', () => {
	it('sees a ranking at the key’s start, after "is", or as "one of the most …"', () => {
		expect(ranksSubject('one of the most wide-ranging efforts promoting trust')).toBe(true);
		expect(ranksSubject('the oldest bridge over the river')).toBe(true);
		expect(ranksSubject('a pact that is perhaps the best known of its kind')).toBe(true);
		expect(ranksSubject('a market that gives the largest supplier an advantage')).toBe(false);
		expect(ranksSubject('a reserve that protects the forest of the northern hills')).toBe(false);
		// H21 S43: a possessive in place of "the".
		expect(ranksSubject("one of Ostra's best-loved wild animals")).toBe(true);
		expect(ranksSubject("Ostra's largest port")).toBe(true);
		expect(ranksSubject("One of Ostra's best-loved wild animals")).toBe(true);
		expect(ranksSubject('The oldest bridge over the river')).toBe(true);
		expect(ranksSubject("a port on Ostra's west coast")).toBe(false);
	});

	it('sees time words that only the article’s date resolves', () => {
		expect(datedKey('an effort that has to date brought 30 states together')).toBe(true);
		expect(datedKey('a pact that currently binds 34 states')).toBe(true);
		expect(datedKey('a state in what is now northern Ostra')).toBe(false);
	});

	it('drops an alias inside a key', () => {
		expect(
			withoutKeyAliases('a movement, also known as the open movement, that asks for repair')
		).toBe('a movement, that asks for repair');
	});

	it('keeps the end of a list that opens on "or", never cuts it as an alias (U13 S07)', () => {
		const key =
			'a family of games played with small stones, pebbles, or seeds and rows of pits, a board';
		expect(withoutKeyAliases(key)).toBe(key);
		expect(withoutKeyAliases('a loom, or weaving frame, that reads cards')).toBe(
			'a loom that reads cards'
		);
	});

	it('cuts a start date the body contradicts, keeps one it does not', () => {
		const key = 'a series of strikes that spread through Ostra from November 1998 to March 1999';
		expect(uncontradicted(key, 'The first strike began on October 26, 1998, at the docks.')).toBe(
			'a series of strikes that spread through Ostra'
		);
		expect(uncontradicted(key, 'The first strike began on November 3, 1998.')).toBe(key);
		expect(
			uncontradicted(
				'a strike from November 1998 that closed the docks',
				'In October 1998 it began.'
			)
		).toBeUndefined();
	});

	it('refuses a ranked or dated definition card', () => {
		const { article } = madeUpArticle('Pact on Quiet Seas', [
			'The Pact on Quiet Seas is one of the most wide-ranging efforts to date promoting calm and openness of navies.'
		]);
		expect(leadIdeas(article)).toEqual([]);
	});
});

describe('a prompt a student can read (blind review U11 S13)', () => {
	it('sees an acronym the prompt does not expand', () => {
		expect(unexplainedAcronym('Varn College was founded in ____ by a minister of the RPCO.')).toBe(
			true
		);
		expect(
			unexplainedAcronym('The pact was signed in ____ by the Ostran Navy (ON) and the UN.')
		).toBe(false);
		expect(unexplainedAcronym('World War II ended in ____.')).toBe(false);
	});
});
