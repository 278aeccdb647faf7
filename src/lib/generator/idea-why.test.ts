import { describe, expect, it } from 'vitest';
import { whyIdeas } from './idea-why';
import { madeUpArticle } from './ideas.test-helpers';

const asked = (title: string, blocks: string[]) =>
	whyIdeas(madeUpArticle(title, blocks).article).map((i) => [i.prompt, i.answer]);

describe('a handout\'s one-sentence reason asked "Why …?" (gen53)', () => {
	it('inverts an auxiliary as written and answers with the reason', () => {
		expect(
			asked('Velm and the Ostran Hills', [
				'Velm is a soft grey rock found in the Ostran Hills.',
				'Velm is known as the Grey Stone because ash from old fires stains its surface.',
				'Velm cannot be used for roofs, because it soaks up rain and cracks in frost.'
			])
		).toEqual([
			['Why is velm known as the Grey Stone?', 'Because ash from old fires stains its surface'],
			['Why can velm not be used for roofs?', 'Because it soaks up rain and cracks in frost']
		]);
	});

	it('keeps a change compared with before and asks its verb once (gen73, H27)', () => {
		expect(
			asked('The Ostran Canal', [
				'The Ostran Canal was dug to carry coal to the coast.',
				'The Ostran Canal became more important, because the new mills needed coal every day.'
			])
		).toEqual([
			[
				'Why did the Ostran Canal become more important?',
				'Because the new mills needed coal every day'
			]
		]);
		expect(
			asked('The Ostran Canal', [
				'The Ostran Canal was dug to carry coal to the coast.',
				'The Ostran Canal is more useful because barges can carry heavy loads.'
			])
		).toEqual([]);
	});

	it('asks a simple verb with "do" and its base form', () => {
		expect(
			asked('Velm birds', [
				'Velm birds nest on the cliffs of Ostra every spring.',
				'Velm birds avoid long sea crossings because there are no warm air currents over water.'
			])
		).toEqual([
			[
				'Why do velm birds avoid long sea crossings?',
				'Because there are no warm air currents over water'
			]
		]);
	});

	it('keeps a two-word name whole: a capital on the next word (H20 S41)', () => {
		expect(
			asked('Glass of the Ostran Hills', [
				'Velm glass is a dark natural glass found in the Ostran Hills.',
				'Stone Age people chipped velm glass into blades, because it breaks to give sharp edges.'
			])
		).toEqual([
			[
				'Why did Stone Age people chip velm glass into blades?',
				'Because it breaks to give sharp edges'
			]
		]);
	});

	it('asks nothing of a hedged, double or pointing reason, or of a subject with no frame', () => {
		expect(
			asked('Velm and the Ostran Hills', [
				'Velm is a soft grey rock found in the Ostran Hills.',
				// one of several reasons
				'Velm quarries closed partly because the roads were poor.',
				// a second reason after a comma
				'Velm is popular with builders because it is cheap, and it is easy to cut.',
				// a pointer subject and a pointing reason
				'The tower was rebuilt because of this.',
				'It is light because it is full of air holes.',
				// a verdict on the text, not a fact
				'Velm is a good example because it shows how rocks weather.',
				// no frame: running costs of what?
				'Running costs are very low because the fuel is free.'
			])
		).toEqual([]);
	});

	it('asks nothing outside a handout', () => {
		const long = Array.from(
			{ length: 130 },
			(_, i) => `The Ostran Hills rise to ${i + 300} metres above the valley floor in the north.`
		);
		expect(
			asked('Velm and the Ostran Hills', [
				'Velm is a soft grey rock found in the Ostran Hills.',
				'Velm is known as the Grey Stone because ash from old fires stains its surface.',
				...long
			])
		).toEqual([]);
	});
});

describe('a reason whose subject is "It" or "They" (gen57)', () => {
	it('names the subject the sentence before opens on, when nothing else could be meant', () => {
		expect(
			asked('Velm forests', [
				'Velm forests grow on the sheltered shores of Ostra.',
				'They are found on low ground, because they cannot survive frost.',
				'Velm rot is a disease of the roots.',
				'It was the great killer of young velm trees in the north, because wet soil carried it.'
			])
		).toEqual([
			['Why are velm forests found on low ground?', 'Because they cannot survive frost'],
			[
				'Why was velm rot the great killer of young velm trees in the north?',
				'Because wet soil carried it'
			]
		]);
	});

	it('asks nothing when the pronoun could mean two things, disagrees in number, or stands for what follows', () => {
		expect(
			asked('Velm forests', [
				// a second clause brings in a second subject
				'The extra layer shades the roots, so the velm forest keeps its water.',
				'It is cooler because less sunlight reaches the floor.',
				// "They" of a singular
				'Velm rot spreads in wet years.',
				'They die early because the roots rot.',
				// an "it" that stands for what follows
				'Velm bark is soft.',
				'It is a good idea to wait a year before cutting, because the bark is soft.'
			])
		).toEqual([]);
	});

	it('quotes the sentence that names the subject with the reason', () => {
		const { article } = madeUpArticle('Velm forests', [
			'Velm forests grow on the sheltered shores of Ostra.',
			'They are found on low ground, because they cannot survive frost.',
			'Velm rot is a disease of the roots.'
		]);
		expect(whyIdeas(article)[0].explanation).toBe(
			'Encyclopedia says: “Velm forests grow on the sheltered shores of Ostra. They are found on low ground, because they cannot survive frost.”'
		);
	});
});
