import { describe, expect, it } from 'vitest';
import { sentenceCard } from './ideas.test-helpers';
import { keyDoesNotDefine } from './key-defines';
import { keySignifies, onlyEtymology, onlyRanks } from './key-signifies';

/** Blind review H11 (2027-01-18) S44, S92: keys that say what a thing signified, not what it was. */
describe('keys that say what a thing was (gen44)', () => {
	it('finds a key that only ranks its event in an era', () => {
		expect(onlyRanks('The first serious crisis of the Velm League')).toBe(true);
		expect(onlyRanks('A major Ostran victory in the Salt War')).toBe(true);
		expect(onlyRanks('The first major battle of the Salt War, fought at Lorn in 1412')).toBe(false);
		expect(onlyRanks('The first plastic made from coal tar')).toBe(false);
	});

	it('finds a key that gives only what the name means', () => {
		expect(onlyEtymology('A Velmish word meaning “stillness”')).toBe(true);
		expect(onlyEtymology('From the Greek for “dry land”')).toBe(true);
		expect(onlyEtymology('A system of laws that kept the two peoples apart')).toBe(false);
	});

	it('refuses such a definition card', () => {
		expect(keySignifies('The first great crisis of the Salt War')).toBe(true);
		expect(
			keyDoesNotDefine(
				sentenceCard(
					'What was the Lorn Blockade?',
					'The first great crisis of the Salt War',
					'The Lorn Blockade (1412) was the first great crisis of the Salt War.'
				)
			)
		).toBe(true);
	});
});
