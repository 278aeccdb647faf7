import { describe, expect, it } from 'vitest';
import { sentenceCard } from './ideas.test-helpers';
import {
	adverbInQuestion,
	asksFactLabel,
	termKeyStopRefuses,
	monthJoinedKey,
	partialTermKey
} from './idea-term-key-stops';

const term = (name: string) => `What is meant by the term “${name}”?`;

/** Blind check H25: its failure kinds, as rules on made-up sentences. */
describe('H25 kinds (gen69)', () => {
	it('refuses a term key that stops before what sets the term apart', () => {
		const group = sentenceCard(
			term('velmoids'),
			'A group of river fish',
			'Ostra carp belong to a group of river fish called velmoids.'
		);
		const restricted = sentenceCard(
			term('glaze rind'),
			'A thin, pale outer coat',
			'Potters look for a thin, pale outer coat called a glaze rind, formed when the clay cools.'
		);
		const oneVerb = sentenceCard(
			term('lumin'),
			'A substance that reacts with water',
			'In the gland, a substance called lumin reacts with water.'
		);
		for (const idea of [group, restricted, oneVerb]) expect(partialTermKey(idea)).toBe(true);
	});

	it('keeps a term key that says what sets it apart', () => {
		const whole = sentenceCard(
			term('velmant'),
			'A substance that speeds up a velm reaction without being used up',
			'A substance that speeds up a velm reaction without being used up is called a velmant.'
		);
		const groupWithMembers = sentenceCard(
			term('velmoids'),
			'A group of river fish that includes carp and tench',
			'Velmoids are a group of river fish that includes carp and tench.'
		);
		const calledEnd = sentenceCard(
			term('glaze rind'),
			'A thin, pale outer coat that forms when the clay cools',
			'A thin, pale outer coat that forms when the clay cools is called a glaze rind.'
		);
		// A list's collective noun, defined whole: no "called" sentence.
		const collective = sentenceCard(
			term('shoal'),
			'A group of velm fish',
			'Shoal – a group of velm fish.'
		);
		const chemical = sentenceCard(
			term('lumicide'),
			'A chemical that kills insects',
			'Farmers spray a chemical called lumicide, which kills insects.'
		);
		for (const idea of [whole, groupWithMembers, calledEnd, collective, chemical])
			expect(partialTermKey(idea)).toBe(false);
		for (const idea of [whole, groupWithMembers, calledEnd])
			expect(partialTermKey(idea)).toBe(false);
	});

	it('refuses a fact file’s label asked as a term', () => {
		const label = sentenceCard(
			term('when'),
			'Small towns by about 900 BC',
			'When: small towns by about 900 BC'
		);
		expect(asksFactLabel(label)).toBe(true);
		expect(asksFactLabel(sentenceCard(term('velmant'), 'A substance that …'))).toBe(false);
	});

	it('refuses a key that joins a date’s month to the next name', () => {
		const said = 'On 3 March Harlow sent a letter asking for more troops.';
		expect(
			monthJoinedKey(
				sentenceCard('Who sent a letter asking for more troops?', 'March Harlow', said)
			)
		).toBe(true);
		expect(
			monthJoinedKey(sentenceCard('Who sent a letter asking for more troops?', 'Harlow', said))
		).toBe(false);
		// A given name that is a month's, with no date: a name.
		const name = 'April Dane sent a letter asking for more troops.';
		expect(
			monthJoinedKey(sentenceCard('Who sent a letter asking for more troops?', 'April Dane', name))
		).toBe(false);
	});

	it('refuses a question that carries a sentence adverb after its verb', () => {
		const said =
			'Meanwhile the gas kites of Ostra could fly much higher, because the gas is light.';
		expect(
			adverbInQuestion(
				sentenceCard(
					'Why could meanwhile the gas kites of Ostra fly much higher?',
					'Because the gas is light',
					said
				)
			)
		).toBe(true);
		expect(
			adverbInQuestion(
				sentenceCard(
					'Why could the gas kites of Ostra fly higher than paper kites?',
					'Because the gas is light',
					said
				)
			)
		).toBe(false);
		expect(
			termKeyStopRefuses(
				sentenceCard('Why could however the kites fly?', 'Because the gas is light', said)
			)
		).toBe(true);
	});
});
