import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import type { Idea } from './ideas';
import {
	classOfAnother,
	cutAtInitial,
	impossibleForPerson,
	instruction,
	listItemGloss,
	pointsBack,
	unseenPointerRefuses,
	unframedDescription,
	worksASum
} from './idea-unseen-pointers';

const { article } = madeUpArticle('Ostra', ['Ostra is a small island in the Varn Sea.']);

/** A true-or-false card of a made-up statement (`text`, the true sentence it came from). */
const statement = (prompt: string, answer: 'true' | 'false', text = prompt): Idea => ({
	...sentenceCard(prompt, answer, text, 'truefalse'),
	kind: 'truth'
});

/** Blind reviews U30 and H8: their failure kinds, as rules on made-up sentences. */
describe('U30 and H8 kinds (gen36)', () => {
	it('refuses a key cut at a name initial (U30 S52)', () => {
		const text =
			'Lena Dorr was a surgeon best known for serving under Governor Piet K. L. Varn in Ostra.';
		expect(cutAtInitial('A surgeon best known for serving under Governor Piet K', text)).toBe(true);
		expect(
			unseenPointerRefuses(
				sentenceCard(
					'Who was Lena Dorr?',
					'A surgeon best known for serving under Governor Piet K',
					text
				),
				article
			)
		).toBe(true);
		// A key that ends on a whole name, or an initial the sentence does not stop after, stays.
		expect(cutAtInitial('A surgeon who served in Ostra', text)).toBe(false);
		expect(cutAtInitial('Vitamin K', 'The cure was vitamin K in large doses.')).toBe(false);
	});

	it('asks nothing of a revision instruction (H8 S02)', () => {
		expect(instruction('Practise converting heights using 6 metres per storey.')).toBe(true);
		expect(instruction('Remember that the Varn flows north for 40 km.')).toBe(true);
		expect(
			unseenPointerRefuses(
				statement(
					'Practise converting heights using 6 metres per storey.',
					'false',
					'Practise converting heights using 3 metres per storey.'
				),
				article
			)
		).toBe(true);
		expect(instruction('Practical work in Ostra began in 1904.')).toBe(false);
		expect(instruction('Useful clay was dug at Varn in 1880.')).toBe(false);
	});

	it('refuses a statement that points at a referent only an earlier sentence names (H8 S22, S23, S26, S42, S46)', () => {
		for (const text of [
			'The crew landed on the ice shelf on 3 May 1958.',
			'In 1921 Ostra moved the line so that every island kept one date.',
			'Brenland, Varnia and Ostra joined in 1962.',
			'Lund withdrew with the Peace of Varn in 1702.',
			'In March 1911 envoys of the four kingdoms met at Varn and agreed a plan.',
			'A stone pillar built in 1701 near the site of the bakery.'
		])
			expect(pointsBack(text), text).toBe(true);
		for (const text of [
			'The crew of the Varn Explorer landed on the ice shelf on 3 May 1958.',
			'Brenland joined the Varn Union in 1962.',
			'In March 1911 envoys of Brenland, Varnia and Ostra met at Varn.',
			'The two kingdoms of Brenland and Varnia signed a treaty in 1911.',
			'The International Date Line runs through the Varn Sea.',
			'A stone pillar built in 1701 near the bakery in Pudding Row.',
			'When the dispute over Varn came to a head in 1866, the small states sided with Lund.'
		])
			expect(pointsBack(text), text).toBe(false);
		expect(
			unseenPointerRefuses(
				statement('The crew landed on the ice shelf on 3 May 1958.', 'true'),
				article
			)
		).toBe(true);
	});

	it('refuses a false statement its own arithmetic gives away (H8 S29)', () => {
		const text = 'A seed with 12 cells joins a husk with 12 cells, so the fruit has 24 cells.';
		expect(worksASum(text)).toBe(true);
		expect(
			unseenPointerRefuses(
				statement(
					'A seed with 5 cells joins a husk with 12 cells, so the fruit has 24 cells.',
					'false',
					text
				),
				article
			)
		).toBe(true);
		// The true statement is no giveaway; numbers with no sum among them stay swappable.
		expect(unseenPointerRefuses(statement(text, 'true'), article)).toBe(false);
		expect(worksASum('The Varn is 40 km long and drains 12 valleys since 1904.')).toBe(false);
	});

	it('refuses a false year far outside the life of the ruler it names (H8 S71)', () => {
		const text = 'In 1598 Queen Mara II withdrew the privileges of the Varn traders.';
		expect(
			impossibleForPerson(
				statement(
					'In 1669 Queen Mara II withdrew the privileges of the Varn traders.',
					'false',
					text
				)
			)
		).toBe(true);
		// A near year, or a statement naming no ruler, stays a fair swap.
		expect(
			impossibleForPerson(
				statement(
					'In 1604 Queen Mara II withdrew the privileges of the Varn traders.',
					'false',
					text
				)
			)
		).toBe(false);
		expect(
			impossibleForPerson(
				statement(
					'In 1669 the guild withdrew the privileges of the Varn traders.',
					'false',
					'In 1598 the guild withdrew the privileges of the Varn traders.'
				)
			)
		).toBe(false);
	});

	it("refuses a person's background as the key (H8 S08, S51)", () => {
		for (const key of [
			'A weaver by training from Varnshire',
			'An engineer who had survived imprisonment in the salt mines'
		])
			expect(unseenPointerRefuses(sentenceCard('Who was Piet Lund?', key), article), key).toBe(
				true
			);
		for (const key of [
			'An engineer who led the Ostran rocket programme',
			'A veteran envoy who had served the Republic and the Crown before changing sides'
		])
			expect(unseenPointerRefuses(sentenceCard('Who was Piet Lund?', key), article), key).toBe(
				false
			);
	});

	it("refuses a key that is another thing's clause or list item (H8 S19, S40)", () => {
		expect(
			unseenPointerRefuses(
				sentenceCard(
					'What was the Moon?',
					'A grey dwarf cannot hold its shape',
					'Above twice the mass of the Moon, a grey dwarf cannot hold its shape.'
				),
				article
			)
		).toBe(true);
		const race = sentenceCard(
			'What was the Long Peace?',
			"A test of each side's industry",
			"It was a contest for prestige during the Long Peace, a test of each side's industry, and a show of rockets."
		);
		expect(listItemGloss(race)).toBe(true);
		expect(unseenPointerRefuses(race, article)).toBe(true);
		const gloss = sentenceCard(
			'What was the Varn Plan?',
			'A plan to defeat Brenland quickly',
			'The Varn Plan, a plan to defeat Brenland quickly, failed in 1914.'
		);
		expect(listItemGloss(gloss)).toBe(false);
		// A capacity "to do", and a law's statement, are no clause of another thing.
		expect(
			unseenPointerRefuses(
				sentenceCard('What is work in physics?', 'The capacity to move a load or to cause change'),
				article
			)
		).toBe(false);
		expect(
			unseenPointerRefuses(
				sentenceCard(
					"What does Lund's first law state?",
					'A stone will stay at rest unless a force moves it'
				),
				article
			)
		).toBe(false);
		expect(unseenPointerRefuses(gloss, article)).toBe(false);
	});

	it('refuses a "What are X called?" whose description names nothing of its topic (H8 S13, S36)', () => {
		const { article: caves } = madeUpArticle('Varn caves', [
			'Rain seeps into the limestone of the Varn hills.',
			'The limestone dissolves slowly, and the limestone hollows widen into caves.',
			'Large open spaces are called halls.',
			'Where two limestone caves meet, a narrow passage between the caves is called a squeeze.',
			'Most caves in the limestone flood in spring, and some caves dry out in summer.'
		]);
		const card = (prompt: string, answer: string, text: string) =>
			sentenceCard(prompt, answer, text);
		expect(
			unframedDescription(
				card('What are large open spaces called?', 'Halls', 'Large open spaces are called halls.'),
				caves
			)
		).toBe(true);
		expect(
			unframedDescription(
				card(
					'What is a narrow passage between the caves called?',
					'A squeeze',
					'Where two limestone caves meet, a narrow passage between the caves is called a squeeze.'
				),
				caves
			)
		).toBe(false);
	});

	it("refuses a work's class the key gives to another thing (U30 S24)", () => {
		expect(
			classOfAnother(
				sentenceCard(
					'What are the series Lund and Varn?',
					'The two detectives of the Ostran crime series, Varn Nights'
				)
			)
		).toBe(true);
		expect(
			classOfAnother(
				sentenceCard('What is the band Lund Pipers?', 'An Ostran rock band formed in 1980 in Varn')
			)
		).toBe(false);
		// A class word after any preposition is what the subject is based on or set in (gen40,
		// blind review 2027-01-16 S57, 2026-12-27 S34): another thing's.
		for (const [prompt, key] of [
			['What is the series Varn?', 'A 1966 Ostran comedy film based on the Varn television series'],
			['What is the series Lumen?', 'A made-up planet in the long-running Ostran television series']
		])
			expect(classOfAnother(sentenceCard(prompt, key))).toBe(true);
		expect(
			classOfAnother(
				sentenceCard(
					'What is the series Varn Space?',
					'An Ostran animated space opera comedy television series'
				)
			)
		).toBe(false);
	});
});
