import { describe, expect, it } from 'vitest';
import { knownAsIdeas } from './idea-known-as';
import { madeUpArticle } from './ideas.test-helpers';

describe('a handout’s name brought in by its class with "known as" (gen21)', () => {
	it('asks the name with its class and what the sentence says of it', () => {
		const { article } = madeUpArticle('The Ostran Realm', [
			'The Ostran Realm was a kingdom on the northern sea.',
			'In Lumen a peasant revolt known as the Grain March broke out in 1402. The Grain March failed.',
			'In a long quarrel known as the Salt Dispute, the fishers won rights step by step, often by striking. The dispute ended.',
			'The ring of forts and walls around the old harbour, known as the Iron Belt, is made mostly of stone.',
			'In 1420 three rich men formed a secret pact known as the Silver League: the banker Ivo Brandt, the captain Ola Varn and the judge Per Holm.'
		]);
		expect(knownAsIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What was the Grain March?', 'A peasant revolt that broke out in 1402'],
			['What was the Salt Dispute?', 'A long quarrel in which the fishers won rights step by step'],
			['What is the Iron Belt?', 'The ring of forts and walls around the old harbour'],
			[
				'What was the Silver League?',
				'A secret pact of the banker Ivo Brandt, the captain Ola Varn and the judge Per Holm'
			]
		]);
	});

	it('asks no class with no predicate, no quoted name, no place, and nothing in a long article', () => {
		const blocks = [
			'The Ostran Realm was a kingdom on the northern sea.',
			'She computed a sequence known as the Varn numbers.',
			'The sums were done by people known as "Counters", who often erred.',
			'The traders sailed to a port known as Lumen and sold salt there.'
		];
		expect(knownAsIdeas(madeUpArticle('The Ostran Realm', blocks).article)).toEqual([]);
		const long = [
			...blocks,
			'In 1402 a peasant revolt known as the Grain March broke out in Lumen.'
		];
		const filler = Array.from(
			{ length: 130 },
			() => 'The realm traded salt and grain with its near neighbours.'
		);
		expect(
			knownAsIdeas(madeUpArticle('The Ostran Realm', [...long, filler.join(' ')]).article)
		).toEqual([]);
	});
});

describe('a name with an abbreviation inside it (H3 S01)', () => {
	it('never ends a name at "v." or "St.": no "What was Brown?" keyed "… v. Board …"', () => {
		const { article } = madeUpArticle('The Ostran Courts', [
			'The Ostran Courts were the judges of the northern realm.',
			'Lawyers from the Fishers League challenged the salt tax in a group of cases known as Brandt v. Board of Trade of Lumen.',
			'In 1402 a small revolt known as the St. Ivo March broke out in the harbour. The march failed.'
		]);
		const cards = knownAsIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(cards.filter(([p]) => /Brandt/u.test(p))).toEqual([]);
		expect(cards.some(([, a]) => /\bv\.|^St\b/u.test(a))).toBe(false);
		expect(cards).toContainEqual([
			'What was the St. Ivo March?',
			'A small revolt that broke out in the harbour'
		]);
	});
});
