import { describe, expect, it } from 'vitest';
import {
	askedNonThing,
	definitionShapeRefuses,
	keyNoDefinition,
	leansOnText,
	minorTrivia,
	yearOfState
} from './idea-definition-shape';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import type { Idea } from './ideas';

/** A true-or-false card of one made-up sentence. */
function statement(text: string): Idea {
	return { ...sentenceCard(text, 'true', text, 'truefalse'), kind: 'truth' as Idea['kind'] };
}

describe('H7 kind 1: a definition card asks a thing and its key defines it', () => {
	it('refuses an adverb or a bare plural people asked as a thing', () => {
		const text = 'Roughly, a gale is a strong wind. The Velmars had ruled the coast for a century.';
		expect(askedNonThing('What is roughly?', text)).toBe(true);
		expect(askedNonThing('What was Velmars?', text)).toBe(true);
		expect(askedNonThing('What is a gale?', text)).toBe(false);
		expect(askedNonThing('What is a supply?', text)).toBe(false);
		expect(askedNonThing('What was Ostra?', text)).toBe(false);
	});

	it('refuses a key that is a clause, a comparison, a rank or a place alone', () => {
		expect(
			keyNoDefinition('What was the Senate?', 'A lottery is run and ten members are picked')
		).toBe(true);
		expect(keyNoDefinition('What is drift?', 'Long before maps were drawn, sailors named it')).toBe(
			true
		);
		expect(keyNoDefinition('What is the drag?', "Greater than the cart's push")).toBe(true);
		// gen74: a passive contact clause ending on its preposition restricts the head.
		expect(
			keyNoDefinition(
				'What is meant by the term “velm crowd”?',
				'The group of people a show is aimed at'
			)
		).toBe(false);
		expect(keyNoDefinition('What is the velm crowd?', 'A show is aimed at children')).toBe(true);
		expect(keyNoDefinition('What is iron?', 'The second most common metal in the crust')).toBe(
			true
		);
		expect(
			keyNoDefinition('What is the macula?', 'A tiny patch that sits just behind the pupil')
		).toBe(true);
	});

	it('keeps a definition with a relative or participle clause', () => {
		expect(keyNoDefinition('What is a gale?', 'A strong wind that is felt at sea')).toBe(false);
		expect(
			keyNoDefinition('What is a beta particle?', 'A fast electron, made when a neutron turns')
		).toBe(false);
		expect(
			keyNoDefinition('What is the cornea?', 'The clear front layer of the eye that bends light')
		).toBe(false);
		expect(
			keyNoDefinition('What was the Velm Index?', 'A list of songs children were taught')
		).toBe(false);
		expect(keyNoDefinition('Who was Ana Ruiz?', 'A painter who was born in Lima')).toBe(false);
	});
});

describe('H7 kind 2: no statement or question leaning on the unseen text', () => {
	it('refuses relative times, "another", pointing adjectives, unnamed doers and vague objects', () => {
		expect(leansOnText(statement('Later in 1822 another law let farmers vote at 30.'))).toBe(true);
		expect(
			leansOnText(statement('The Velm chemist Ada Orr set out the modern model in 1911.'))
		).toBe(true);
		expect(
			leansOnText(statement('In 1980 a society raised funds for a copy near the original hall.'))
		).toBe(true);
		expect(leansOnText(statement('In 1240 a northern queen sailed to Ostra.'))).toBe(true);
		expect(
			leansOnText(
				sentenceCard(
					'Who proposed three rules?',
					'Ada Orr',
					'Ada Orr proposed three rules.',
					'short'
				)
			)
		).toBe(true);
	});

	it('keeps statements that name their subject', () => {
		expect(leansOnText(statement('In 1240 Queen Mira of Ostra sailed to Elsby.'))).toBe(false);
		expect(leansOnText(statement('The Harbour Act of 1822 let farmers vote at 30.'))).toBe(false);
		expect(
			leansOnText(sentenceCard('What are versions of the same gene called?', 'Alleles', 'x'))
		).toBe(false);
		expect(leansOnText(statement('By 1900 the modern world had telephones in most towns.'))).toBe(
			false
		);
		expect(
			leansOnText(sentenceCard('Who built the Ostra lighthouse?', 'Jonas Berg', 'x', 'short'))
		).toBe(false);
	});

	it('reads a doer named by its maker or a "known as" name, and an adjective in -ed, as no unnamed doer (gen49)', () => {
		for (const text of [
			'A first rebellion led by the Duke of Varn failed in October 1483.',
			'In the summer of 1965 an armed clash in Ostby, known as the Ostby Incident, saw envoys detained.'
		])
			expect(leansOnText(statement(text))).toBe(false);
		// Still unnamed: "a northern queen", "a small working section".
		expect(leansOnText(statement('A small working section was assembled in 1832.'))).toBe(true);
		expect(leansOnText(statement('In 1240 a northern queen sailed to Ostra.'))).toBe(true);
	});
});

describe('H7 kind 4: no quote years, no birth dates of people the handout is not about', () => {
	it('refuses a quotation year and a side figure born on a date', () => {
		expect(
			minorTrivia(statement('The judge Ana Ruiz wrote in 1931 that laws are promises.'), 'Velm law')
		).toBe(true);
		expect(
			minorTrivia(
				statement('Jonas Berg was born in 1650 into a family of carpenters.'),
				'The Ostra Bridge'
			)
		).toBe(true);
	});

	it("keeps the subject's own birth year and dated events", () => {
		expect(minorTrivia(statement('Jonas Berg was born in 1650 in Elsby.'), 'Jonas Berg')).toBe(
			false
		);
		expect(minorTrivia(statement('The Harbour Act of 1822 let farmers vote.'), 'Velm law')).toBe(
			false
		);
	});
});

describe('H7 kind 3: a worked example gives no card', () => {
	const blocks = [
		'Tritium is a radioactive form of hydrogen with a half-life of 12 years.',
		'Worked example 1. A detector placed near a sample records 640 counts per minute. Two days later it records 160 counts per minute. What is the half-life?',
		'Suppose a flask holds 90 g of tritium. After 24 years 22.5 g is left.'
	];

	it('refuses a card on any sentence of an example paragraph, keeps the fact before it', () => {
		const { article } = madeUpArticle('Tritium', blocks);
		const [fact, ...example] = article.sentences;
		expect(definitionShapeRefuses({ ...statement(fact.text), sentence: fact }, article)).toBe(
			false
		);
		expect(example.length).toBeGreaterThan(3);
		for (const s of example)
			expect(definitionShapeRefuses({ ...statement(s.text), sentence: s }, article)).toBe(true);
	});
});

describe('H7 S29: no year of a state that held for years', () => {
	const blank = (prompt: string, text: string) => sentenceCard(prompt, '1850', text, 'cloze');

	it('refuses a year blank or statement fronting a negated or "could" state', () => {
		const text = 'In 1850 no farmer in Velm could own land.';
		expect(yearOfState(blank('In ____ no farmer in Velm could own land.', text))).toBe(true);
		expect(yearOfState(statement('By 1850 the guilds could not set prices.'))).toBe(true);
	});

	it('keeps a fronted event and a first time', () => {
		expect(yearOfState(blank('In ____ the Velm guilds set up a bank.', 'x'))).toBe(false);
		expect(yearOfState(statement('In 1850 farmers could own land for the first time.'))).toBe(
			false
		);
		expect(yearOfState(statement('The guilds could not set prices after 1850.'))).toBe(false);
	});
});
