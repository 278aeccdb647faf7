import { describe, expect, it } from 'vitest';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import type { Idea } from './ideas';
import { articleIdeas } from './idea-drafts';
import {
	actWithoutObject,
	classAsked,
	boundYearSwapped,
	clauseKey,
	cutInPair,
	peopleWithoutEra,
	personByKin,
	releasedFromNowhere,
	resumptiveClass,
	spelledOut,
	missingPartRedraft,
	missingPartRefuses
} from './idea-missing-parts';

/** A card of one made-up sentence. */
const card = (prompt: string, answer: string, text: string, type: Idea['type'] = 'flashcard') =>
	sentenceCard(prompt, answer, text, type);

const plain = madeUpArticle('Notes', ['A plain paragraph with nothing to spell out.']).article;

/** Blind reviews H4 (handouts) and U26 (random articles): their failure kinds, as rules. */
describe('H4 and U26 kinds (gen27)', () => {
	it('swaps no year the text gives only as a bound ("by 1086")', () => {
		const text =
			'By 1086 the English aristocracy had been almost entirely replaced by a new Norman elite.';
		expect(
			boundYearSwapped(
				card(
					'By 1071 the English aristocracy had been almost entirely replaced by a new Norman elite.',
					'false',
					text,
					'truefalse'
				)
			)
		).toBe(true);
		for (const bound of ['Before 1500', 'Until 1945', 'As early as 1200', 'Since 1990'])
			expect(
				boundYearSwapped(
					card(
						`${bound.replace(/\d+/u, '1111')} the town grew.`,
						'false',
						`${bound} the town grew.`,
						'truefalse'
					)
				)
			).toBe(true);
		// A year that dates an event is refuted by its swap; a true statement stands.
		expect(
			boundYearSwapped(
				card(
					'In 1492 Dias rounded the Cape.',
					'false',
					'In 1488 Dias rounded the Cape.',
					'truefalse'
				)
			)
		).toBe(false);
		expect(boundYearSwapped(card(text, 'true', text, 'truefalse'))).toBe(false);
	});

	it('asks nothing of a noun of doing without its object ("Direct measurements began …")', () => {
		const text =
			'Direct measurements began in 1958 at Mauna Loa in Hawaii, under the scientist Charles David Keeling.';
		expect(actWithoutObject(card(text.replace('1958', '1988'), 'false', text, 'truefalse'))).toBe(
			true
		);
		expect(
			actWithoutObject(
				card(
					'Excavations began in ____ at the site.',
					'1921',
					'Excavations began in 1921 at the site.',
					'mcq'
				)
			)
		).toBe(true);
		const whole = 'Direct measurements of carbon dioxide began in 1958 at Mauna Loa.';
		expect(actWithoutObject(card(whole, 'true', whole, 'truefalse'))).toBe(false);
	});

	it('keys no person by a generic word or by kin', () => {
		expect(
			personByKin(
				card(
					'Who was Zhu Yuanzhang?',
					'A man of remarkably humble origins',
					'Among its leaders was Zhu Yuanzhang, a man of remarkably humble origins.'
				)
			)
		).toBe(true);
		expect(
			personByKin(
				card(
					'What was Abdur Rahman Khan?',
					'The first child and only son of Mohammad Afzal Khan, and grandson of Dost Mohammad Khan',
					'Abdur Rahman Khan was the first child and only son of Mohammad Afzal Khan, and grandson of Dost Mohammad Khan.'
				)
			)
		).toBe(true);
		expect(
			personByKin(
				card(
					'Who was Ada Lovelace?',
					'An English mathematician',
					'Ada Lovelace was an English mathematician.'
				)
			)
		).toBe(false);
		// A person inside the key's complement is not its head; "man-made" is no man.
		expect(
			personByKin(
				card(
					'What is ice skating?',
					'The self-propulsion of a person across a sheet of ice',
					'Ice skating is the self-propulsion of a person across a sheet of ice.'
				)
			)
		).toBe(false);
		expect(
			personByKin(
				card(
					'What is a dam?',
					'A man-made barrier across a river',
					'A dam is a man-made barrier across a river.'
				)
			)
		).toBe(false);
	});

	it('asks "What" of a class named by its common noun, even of people', () => {
		expect(classAsked('What is a diplomatic mission?')).toBe(true);
		expect(classAsked('What was Edgar Rice Burroughs?')).toBe(false);
		const { article } = madeUpArticle('Diplomatic mission', [
			'A diplomatic mission or foreign mission is a group of people from one state present in another state to represent the sending state officially in the receiving state.',
			'A permanent diplomatic mission is typically known as an embassy.'
		]);
		const prompts = articleIdeas(article).map((i) => i.prompt);
		expect(prompts.filter((p) => /^Who\b/u.test(p))).toEqual([]);
	});

	it('refuses a prompt cut inside a title or a pair', () => {
		expect(
			cutInPair(
				card(
					'What was the magazine Punch; or?',
					'A British weekly magazine of humour and satire',
					'Punch; or, The London Charivari was a British weekly magazine of humour and satire.'
				)
			)
		).toBe(true);
		expect(
			cutInPair(
				card(
					'In what year was the New York City Board of Transportation created to control city-owned?',
					'1924',
					'It was created in 1924 to control city-owned and operated public transportation service within the New York City Transit System.',
					'mcq'
				)
			)
		).toBe(true);
		expect(
			cutInPair(
				card(
					'In what year was the Board created?',
					'1924',
					'The Board was created in 1924 and the line was sold in 1940.',
					'mcq'
				)
			)
		).toBe(false);
		expect(
			cutInPair(
				card(
					'What is the adversarial system?',
					'A legal system used in the common law countries',
					'The adversarial system or adversary system is a legal system used in the common law countries.'
				)
			)
		).toBe(false);
	});

	it('spells out an acronym asked alone, or asks nothing', () => {
		const { article } = madeUpArticle('Child and Adolescent Symptom Inventory', [
			'The Child and Adolescent Symptom Inventory (CASI) is a behavioral rating checklist.',
			'The CASI is a questionnaire completed by a caregiver to detect signs of disorders.'
		]);
		expect(spelledOut('CASI', article)).toBe('Child and Adolescent Symptom Inventory');
		const asked = card(
			'What is the CASI?',
			'A questionnaire completed by a caregiver to detect signs of disorders',
			'The CASI is a questionnaire completed by a caregiver to detect signs of disorders.'
		);
		expect(missingPartRedraft(asked, article)?.prompt).toBe(
			'What is the Child and Adolescent Symptom Inventory (CASI)?'
		);
		const { article: edsac } = madeUpArticle('EDSAC', [
			'EDSAC (Electronic Delay Storage Automatic Calculator) was an early British computer.'
		]);
		expect(
			missingPartRedraft(card('What was EDSAC?', 'An early British computer', 'x'), edsac)?.prompt
		).toBe('What was Electronic Delay Storage Automatic Calculator (EDSAC)?');
		const { article: dna } = madeUpArticle('Genes', [
			'Genes are made of deoxyribonucleic acid (DNA), a long molecule.'
		]);
		expect(missingPartRedraft(card('What is DNA?', 'A long molecule', 'x'), dna)?.prompt).toBe(
			'What is deoxyribonucleic acid (DNA)?'
		);
		expect(
			missingPartRedraft(
				card(
					'What was EP?',
					'An early example of trip-hop',
					'They produced the EP, an early example of trip-hop.'
				),
				plain
			)
		).toBeUndefined();
	});

	it('cuts a title abbreviation the next sentence left on a key', () => {
		expect(
			missingPartRedraft(
				card(
					'Who was Cornelia Clermont Cameron?',
					'An American geologist; known for her advances regarding glacier deposits, Dr',
					'Cornelia Clermont Cameron (1911–1994) was an American geologist.'
				),
				plain
			)?.answer
		).toBe('An American geologist; known for her advances regarding glacier deposits');
	});

	it('refuses a topic title asked as a thing ("What is Environmental issues in Kuwait?")', () => {
		const text =
			'Located in the Middle East between Saudi Arabia and Iraq, Kuwait is a relatively small country.';
		expect(
			missingPartRefuses(
				card('What is Environmental issues in Kuwait?', 'A relatively small country', text),
				plain
			)
		).toBe(true);
		expect(
			missingPartRefuses(
				card('What is Characteristics of progressive rock?', 'An approach', 'x y z.'),
				plain
			)
		).toBe(true);
	});

	it('asks no year of a person "released" from nowhere', () => {
		const { article } = madeUpArticle('Mark Whitacre', [
			'Mark Whitacre is an American business executive.',
			'He was released in December 2006.'
		]);
		expect(
			releasedFromNowhere(
				card(
					'In what year was Mark Whitacre released?',
					'2006',
					'He was released in December 2006.',
					'mcq'
				),
				article
			)
		).toBe(true);
		expect(
			releasedFromNowhere(
				card(
					'In what year was Mark Whitacre released from prison?',
					'2006',
					'He was released from prison in December 2006.',
					'mcq'
				),
				article
			)
		).toBe(false);
		expect(
			releasedFromNowhere(
				card(
					'In what year was the album released?',
					'1999',
					'The album was released in 1999.',
					'mcq'
				),
				article
			)
		).toBe(false);
	});

	it('asks no typed "Who defeated the Persians?" with no era', () => {
		expect(peopleWithoutEra(card('Who defeated the Persians?', 'Heraclius', 'x', 'short'))).toBe(
			true
		);
		expect(
			peopleWithoutEra(
				card('Who defeated the Persians at Salamis in 480 BC?', 'Themistocles', 'x', 'short')
			)
		).toBe(false);
	});

	it('keys no definition with a clause or with what follows a resumptive class', () => {
		expect(
			clauseKey(
				card(
					'What is a mutation?',
					'Sometimes a change occurs in the sequence of bases in DNA',
					'Sometimes a change occurs in the sequence of bases in DNA.'
				)
			)
		).toBe(true);
		expect(
			clauseKey(card('What is a gene?', 'A section of DNA', 'A gene is a section of DNA.'))
		).toBe(false);
		const osteo = {
			...card(
				'What is osteoporosis?',
				'A condition which makes fractures more likely',
				'In old age, bones can lose mass and become brittle, a condition called osteoporosis, which makes fractures more likely.'
			),
			kind: 'term' as const
		};
		expect(resumptiveClass(osteo)).toBe(true);
		const lysozyme = {
			...card(
				'What is lysozyme?',
				'An enzyme that breaks down bacterial cell walls',
				'Tears contain an enzyme called lysozyme that breaks down bacterial cell walls.'
			),
			kind: 'term' as const
		};
		expect(resumptiveClass(lysozyme)).toBe(false);
	});
});
