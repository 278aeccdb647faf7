import { describe, expect, it } from 'vitest';
import { sentenceCard } from './ideas.test-helpers';
import { keySpanRefuses, keyStartsInPhrase } from './idea-key-span';

/** Blind check H24's failure kinds (session 34), on made-up sentences. */
describe('H24 kinds', () => {
	it('refuses a key that is a list label and its gloss', () => {
		const text =
			'Trouble with farmers – when deer are scarce, varn cats take lambs and farmers shoot them.';
		const card = sentenceCard(
			'What is meant by the term “revenge shooting”?',
			'Trouble with farmers – when deer are scarce, varn cats take lambs and farmers shoot them',
			text
		);
		expect(keySpanRefuses(card)).toBe(true);
		// A long definition's closing aside is no label.
		const aside = sentenceCard(
			'What is Velm code?',
			'A system in which letters are sent as long and short taps – beats and rests',
			'Velm code is a system in which letters are sent as long and short taps – beats and rests.'
		);
		expect(keySpanRefuses(aside)).toBe(false);
	});

	it('refuses a meaning keyed by a class membership alone or by one owner’s thing', () => {
		const membership = sentenceCard(
			'What is meant by the term “varnon”?',
			'One of the three kinds of particle in a star',
			'Varnon: one of the three kinds of particle in a star; it carries charge.'
		);
		expect(keySpanRefuses(membership)).toBe(true);
		const instance = sentenceCard(
			'What is meant by the term “cold vaccine”?',
			'Dorr’s vaccine used germs that had been frozen',
			'Dorr’s vaccine used germs that had been frozen.'
		);
		expect(keySpanRefuses(instance)).toBe(true);
		const whole = sentenceCard(
			'What is meant by the term “varnon”?',
			'A particle that carries charge inside a star',
			'Varnon: a particle that carries charge inside a star.'
		);
		expect(keySpanRefuses(whole)).toBe(false);
	});

	it('refuses a prompt that asks of a place word alone', () => {
		expect(keySpanRefuses(sentenceCard('What was inside?', 'A stone altar'))).toBe(true);
		expect(keySpanRefuses(sentenceCard('What was inside the Varn tomb?', 'A stone altar'))).toBe(
			false
		);
	});

	it('refuses a key cut after a determiner that runs into the next clause', () => {
		const text =
			'To join two notes of the same height, drummers play very short extra beats called flams.';
		expect(keyStartsInPhrase('Same height, drummers play very short extra beats', text)).toBe(true);
		// A term or a name after its determiner is whole.
		expect(keyStartsInPhrase('Cathode ray tube', 'It used a cathode ray tube (CRT).')).toBe(false);
		expect(
			keyStartsInPhrase('Varn National Party', 'She joined the Varn National Party, which won.')
		).toBe(false);
	});
});
