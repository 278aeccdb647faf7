import { describe, expect, it } from 'vitest';
import { base, BASE_FORM, traitIdeas } from './idea-trait';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 4: the subject’s defining trait from the lead', () => {
	it('asks what the lead says the subject consists of or is found in, its hedge kept', () => {
		const { article } = madeUpArticle('Varn lamp', [
			'The Varn lamp is a safety lamp for use in flammable air, invented in 1815 by Ada Varn. The Varn lamp consists of a wick lamp with the flame enclosed inside a mesh screen.'
		]);
		expect(traitIdeas(article)).toMatchObject([
			{
				prompt: 'What does the Varn lamp consist of?',
				answer: 'A wick lamp with the flame enclosed inside a mesh screen'
			}
		]);
		const { article: till } = madeUpArticle('Coin box', [
			'A coin box is a wooden device for keeping the coins of a market stall safe during the day. It is usually attached to a drawer for storing notes and other valuables.'
		]);
		expect(traitIdeas(till).map((i) => i.prompt)).toEqual([
			'What is a coin box usually attached to?'
		]);
	});

	it('asks nothing another sentence answers otherwise, nor a cause, a claim or a kind of it', () => {
		const { article } = madeUpArticle('Coin box', [
			'A coin box is a wooden device for keeping the coins of a market stall safe during the day. It is usually attached to a drawer for storing notes and other valuables. A modern coin box is usually attached to a printer.'
		]);
		expect(traitIdeas(article)).toEqual([]);
		const { article: fever } = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle that can spread to people. Velmar fever is caused by the Velmar virus, which is spread by ticks. Velmar fever is considered to be the worst cattle disease of Ostra.'
		]);
		expect(traitIdeas(fever)).toEqual([]);
	});
});

describe('kind 4: prompts with one answer (blind review U10: S02, S08, S09)', () => {
	it('never asks what the subject is known as, used for or considered', () => {
		const { article } = madeUpArticle('Velmar glass', [
			'Velmar glass is a dark volcanic glass formed when lava from the Velmar hills cools quickly. Velmar glass is used for making blades, mirrors and beads. Velmar glass is known as the stone of the north.'
		]);
		expect(traitIdeas(article)).toEqual([]);
		// A list of the kinds it is "labelled as" is no trait (U18 S60).
		const memory = madeUpArticle('Deep memory', [
			'Deep memory is commonly labelled as lasting memory, as well as event memory, word memory and skill memory.'
		]).article;
		expect(traitIdeas(memory)).toEqual([]);
	});

	it('asks what a pact establishes, naming it as the lead does', () => {
		const { article } = madeUpArticle('Pact on Quiet Seas', [
			'The Pact on Quiet Seas entered into force in 1999 between nine coastal states. It establishes a program of unarmed patrols by boat along the whole coast of its members.'
		]);
		expect(traitIdeas(article)).toMatchObject([
			{
				prompt: 'What does the Pact on Quiet Seas establish?',
				answer: 'A program of unarmed patrols by boat along the whole coast of its members'
			}
		]);
	});
});

describe('kind 4: every verb it asks by in its base form (blind review U11 S07)', () => {
	it('spells each base form out', () => {
		expect(Object.entries(BASE_FORM).map(([verb]) => base(verb))).toEqual([
			'involve',
			'contain',
			'consist of',
			'affect',
			'produce',
			'require',
			'cause',
			'establish'
		]);
		const { article } = madeUpArticle('Varn Shoal', [
			'Varn Shoal is a shoal and ship graveyard in the Varn river, between the towns of Ostra and Lumen. Varn Shoal contains a large amount of debris from a century of wrecked ships and broken docks.'
		]);
		expect(traitIdeas(article)[0]?.prompt).toBe('What does Varn Shoal contain?');
	});
});

describe('a trait whose preposition opens an adverb (blind review 2027-01-16 S55)', () => {
	it("asks nothing of 'is derived in large part from': 'in large part' is no object's preposition", () => {
		for (const adverb of ['in large part', 'in part', 'for the most part', 'in most cases']) {
			const { article } = madeUpArticle('Economy of Ostra', [
				`The economy of Ostra is the trade and industry of the Ostran islands. The economy of Ostra is derived ${adverb} from its harbour on the Varn Sea.`
			]);
			expect(
				traitIdeas(article)
					.map((i) => i.prompt)
					.join(' '),
				adverb
			).not.toMatch(/\b(?:in|for)\?$/u);
		}
		// A real preposition still asks.
		const { article } = madeUpArticle('Coin box', [
			'A coin box is a wooden device for keeping the coins of a market stall safe during the day. It is usually attached to a drawer for storing notes and other valuables.'
		]);
		expect(traitIdeas(article)).toHaveLength(1);
	});
});
