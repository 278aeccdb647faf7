import { describe, expect, it } from 'vitest';
import { appositionIdeas, glossHead } from './idea-apposition';
import { madeUpArticle } from './ideas.test-helpers';

describe("a handout's name glossed by its class (gen20a)", () => {
	const blocks = [
		'The Varn War was fought between Ostra and Lumen from 1701 to 1709.',
		"Ostra's war plan was the Kessel Plan, a plan to defeat Lumen quickly by marching through the hills.",
		'In 1701 the king was shot by Ivo Brandt, a young soldier linked to the secret society of the Black Hand. Ivo Brandt fled.',
		'Fever, a rise in the heat of the body of a soldier, also helps because germs grow less well in heat. A fever lasts days.',
		'After the war, a more modest council called the Board ruled Ostra from 1710.',
		'The army crossed Kessel, a market town in the west of Ostra. It reached the Estates- General, an assembly of all three orders of the realm.',
		'The Ostran Navy built the Storm, a ship that was believed to be the fastest of the age.',
		'Again, a change in the price of grain causes a movement along the curve, while other things shift it.',
		'Marta Kessel, an instrument maker at the college of Lumen, realised that heat was lost at every stroke.'
	];

	it('asks what a named plan, person or common noun is, in its sentence’s tense, with "Who" for a person', () => {
		const { article } = madeUpArticle('The Varn War', blocks);
		expect(appositionIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What was the Kessel Plan?', 'A plan to defeat Lumen quickly by marching through the hills'],
			['Who was Ivo Brandt?', 'A young soldier linked to the secret society of the Black Hand'],
			['What is fever?', 'A rise in the heat of the body of a soldier']
		]);
	});

	it('asks no fronted phrase, sentence adverb, place, broken name, hedged gloss or person who opens the sentence, and nothing in a long article', () => {
		const { article } = madeUpArticle('The Varn War', blocks);
		const prompts = appositionIdeas(article).map((i) => i.prompt);
		for (const refused of [
			'What was the war?',
			'What was Kessel?',
			'What was the Estates- General?',
			'What was the Storm?',
			'What is again?',
			'Who was Marta Kessel?',
			'What is Again?'
		])
			expect(prompts).not.toContain(refused);
		const { article: long } = madeUpArticle('The Varn War', [
			...blocks,
			...Array.from({ length: 120 }, () => 'The hills of Ostra are steep and wet in the north.')
		]);
		expect(appositionIdeas(long)).toEqual([]);
	});
});

describe('a gloss of the right name (H3 S21, S22, S27)', () => {
	const blocks = [
		'The Varn Realm was a kingdom on the northern sea.',
		'At the centre of Lumen stood the Kessel Hall, or Great Hall, a wooden hall with two towers on the roof.',
		'The treaty let each lord decide whether his land would be Ostran or Varnish, a principle summed up in an old saying of the realm.',
		'On 1 May 1402 Ivo Brandt, a fisherman and keen member of the guild, was arrested in Lumen for refusing to pay the salt tax. Ivo Brandt was freed.',
		'In June 1858 Lind received a letter from Per Holm, a naturalist working in the southern hills, in what is now Vesta, who had found the same law. Per Holm was praised.'
	];

	it('asks the first name of an "or" pair, never a coordinated word, never a job when the sentence tells the deed', () => {
		const { article } = madeUpArticle('The Varn Realm', blocks);
		expect(appositionIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What was the Kessel Hall?', 'A wooden hall with two towers on the roof'],
			['Who was Per Holm?', 'A naturalist working in the southern hills']
		]);
	});
});

describe('a gloss that is no gloss (gen30, long handouts h33, h34)', () => {
	const blocks = [
		'The Varn Realm was a kingdom on the northern sea.',
		'In 1804, in the harbour town of Lumen, a former soldier named Ivo Brandt declared that the old realm no longer existed.',
		'The realm takes its name from Per Holm, a frontier lord who died around 1323 or 1324.',
		'One letter names a ruler of Vesta called Arkandu, a name strikingly similar to the old hero Arkander of the songs.',
		'The realm was ruled by the Grey Council, a body of twelve elders chosen by the guilds of Lumen.'
	];

	it('asks no place named by its kind, no clause that goes on past the gloss, no death date, no remark about a name', () => {
		const { article } = madeUpArticle('The Varn Realm', blocks);
		expect(appositionIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What was the Grey Council?', 'A body of twelve elders chosen by the guilds of Lumen']
		]);
	});
});

describe('a plural name and a surname after a nickname (blind review H37)', () => {
	const blocks = [
		'The Varn War was fought between Ostra and Lumen from 1701 to 1709.',
		'The lords of Ostra called for help from the Velmarids, a strict desert movement that ruled the south. They came in 1702.',
		'In 1703 the king had set out his Nine Articles, a programme for a lasting peace among the towns.',
		'Leaders such as Tomas "Red" Harrow, a former smuggler who led the miners of the north, raised armies.'
	];

	it('asks "What were the …" of a plural name and "Who was …" of a nicknamed surname', () => {
		const { article } = madeUpArticle('The Varn War', blocks);
		expect(appositionIdeas(article).map((i) => i.prompt)).toEqual([
			'What were the Velmarids?',
			'What were the Nine Articles?',
			'Who was Harrow?'
		]);
	});
});

describe('a list is no gloss (gen50, h33)', () => {
	it('asks no name whose "gloss" is the list’s next item ("a handful of other ports")', () => {
		const glossed =
			'Ostra kept the Vessel Fort, a small fort on the hill above the old bridge of Brel.';
		const listed =
			'Ostra kept the Vessel Fort, a handful of other forts on the hills and a strip of coast at Brel.';
		const ideas = (line: string) =>
			appositionIdeas(
				madeUpArticle('The Varn War', ['The Varn War was fought from 1701 to 1709.', line]).article
			).map((i) => [i.prompt, i.answer]);
		expect(ideas(glossed)).toEqual([
			['What is the Vessel Fort?', 'A small fort on the hill above the old bridge of Brel']
		]);
		expect(ideas(listed)).toEqual([]);
	});
});

describe('a gloss that only classifies a place or a work, and a cut name (blind review H16)', () => {
	const ideas = (line: string) =>
		appositionIdeas(
			madeUpArticle('The Varn War', ['The Varn War was fought from 1701 to 1709.', line]).article
		).map((i) => i.prompt);

	it('asks no name glossed only as a province, a text, a portrait or a strategy', () => {
		for (const line of [
			'Ivo Brandt was born in 1680 in Kessland, a province in the far north-east of Ostra.',
			'The rule appears in the Velm Codex, an early text on farming and the keeping of bees.',
			'In 1702 he painted The Great Feast of Ivo Brandt, a group portrait of members of the council at dinner.',
			'The council avoided battles against Brandt, a strategy linked to the old general Marta Kessel.'
		])
			expect(ideas(line)).toEqual([]);
	});

	it('still asks a name glossed by a class that sets it apart', () => {
		expect(
			ideas('Ostra kept the Vessel Fort, a small fort on the hill above the old bridge of Brel.')
		).toEqual(['What is the Vessel Fort?']);
		expect(
			ideas("Ostra's war plan was the Kessel Plan, a plan to defeat Lumen quickly by marching.")
		).toEqual(['What was the Kessel Plan?']);
	});

	it('reads the head noun of a gloss before its complement', () => {
		expect(glossHead('a group portrait of members of the guild')).toBe('portrait');
		expect(glossHead('an early text on astronomy')).toBe('text');
		expect(glossHead('a plan to defeat Lumen')).toBe('plan');
	});
});
