import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import { articleIdeas } from './idea-drafts';
import {
	ambiguousWork,
	kindAndPlaceOnly,
	participleThenFinite,
	relativeWithoutVerb
} from './idea-lead-keys';

/** The lead cards ("What/Who is X?") a made-up article gives. */
const leadCards = (title: string, blocks: string[]) =>
	articleIdeas(madeUpArticle(title, blocks).article)
		.filter((i) => i.kind === 'lead')
		.map((i) => `${i.prompt} → ${i.answer}`);

/** Blind reviews U27 and U28: the failure kinds gen29 left, as rules (gen31). */
describe('U27 and U28 kinds (gen31)', () => {
	it('cuts the finite verb off a participle key that dropped its subject', () => {
		const key =
			'A harvest festival held in the river towns of Ostra and in the hill villages of Varn and lasts nine days';
		expect(participleThenFinite(key)).toBeGreaterThan(0);
		const cards = leadCards('Velmar', [
			'Velmar is a harvest festival held in the river towns of Ostra and in the hill villages of Varn and lasts nine days.',
			'Velmar was first recorded in 1602 by the monks of the river towns.'
		]);
		expect(cards.join('\n')).not.toMatch(/and lasts/u);
		expect(cards).toContain(
			'What is Velmar? → A harvest festival held in the river towns of Ostra and in the hill villages of Varn'
		);
		// A relative clause owns its verbs; parallel participles and a plural noun are no finite verb.
		for (const whole of [
			'A harvest festival that is held in Ostra and lasts nine days',
			'A bridge built in 1880 and rebuilt in 1912',
			'A collection held in Ostra of stamps and coins from the old kingdom'
		])
			expect(participleThenFinite(whole)).toBe(-1);
	});

	it('refuses a relative pronoun with a participle and no verb ("a family that made up of")', () => {
		expect(relativeWithoutVerb('A household that made up of people from two countries')).toBe(true);
		expect(relativeWithoutVerb('A mill that owned by the town council')).toBe(true);
		expect(relativeWithoutVerb('A household that is made up of people from two countries')).toBe(
			false
		);
		expect(relativeWithoutVerb('A company that makes paper from rice straw')).toBe(false);
		const cards = leadCards('Varn household', [
			'A Varn household is a household that made up of people from two or more of the river peoples.',
			'Such households grew common after the reforms of 1903 in the valley.'
		]);
		expect(cards).toEqual([]);
	});

	it('refuses a key that gives only a kind of thing and where it is found', () => {
		for (const thin of [
			'A membrane-bound organelle found in many animal cells',
			'An American company based in Ohio',
			'A small market town in Brell county'
		])
			expect(kindAndPlaceOnly(thin)).toBe(true);
		for (const whole of [
			'A structural basin located in southern Ostra that extends westward into the sea',
			'The core fortified area of a town or city',
			'An organelle found in plant cells that stores starch for the winter',
			'A hormone found in plants with a role in ripening fruit',
			'An American professional baseball team based in Phoenix, Arizona',
			'The linear sequence of amino acids in a peptide',
			'A condition that results in weak bones'
		])
			expect(kindAndPlaceOnly(whole)).toBe(false);
		const cards = leadCards('Velmosome', [
			'A velmosome is a membrane-bound organelle found in many animal cells.',
			'Velmosomes contain enzymes that break down worn-out proteins and old membranes of the cell.'
		]);
		expect(cards).toEqual([]);
	});

	it('refuses a work asked without which one', () => {
		const card = (prompt: string) => sentenceCard(prompt, 'A 2017 art film by Hans Varn');
		const plain = madeUpArticle('Notes', ['A plain paragraph with a sigil drawn in it.']).article;
		const titled = (title: string) => madeUpArticle(title, ['A plain paragraph.']).article;
		expect(ambiguousWork(card('What is the album Sigil?'), plain)).toBe(true);
		// A title disambiguated by year names one work (U26's accepted "What is the film Ezra?").
		expect(
			ambiguousWork(card('What is the film Lone Road?'), titled('Lone Road (2017 film)'))
		).toBe(false);
		expect(ambiguousWork(card('What is the film Lone Road?'), titled('Lone Road (film)'))).toBe(
			false
		);
		expect(ambiguousWork(card('What is the game Ostra Reactor?'), plain)).toBe(false);
		expect(ambiguousWork(card('What is Sigil?'), plain)).toBe(false);
		expect(ambiguousWork(card('What is the novel Moonfield?'), plain)).toBe(false);
	});

	it('asks an acronym title by its acronym, not by the name that gives the key away', () => {
		const cards = leadCards('OCRA', [
			'The Ostran Council for River Allocations (OCRA) is a public body responsible for sharing the water of the Varn among the farms of the valley.',
			'OCRA was set up in 1921 after a long drought.'
		]);
		expect(cards.join('\n')).not.toMatch(/Ostran Council/u);
		expect(cards[0]).toMatch(/^What is OCRA\? → A public body/u);
	});
});
