import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { leadIdeas } from './idea-lead';
import { whereIdeas } from './idea-where';
import { narrowedOrAliased } from './idea-lead-sense';
import { workNoun } from './idea-name';
import { keyApart, spreadYears } from './idea-spread';
import { straddlingYears } from './idea-year';
import { chooseIdeas, givesAwayAcross } from './ideas';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import {
	bareSurnameKey,
	brokenCoordination,
	danglingModifier,
	deletionGap,
	repeatedRun,
	triviaYear,
	verblessThat
} from './idea-key-grammar';

const card = sentenceCard;

/** Blind review U23's failure kinds (issue 12), each on made-up articles. */
describe('U23 kinds (gen20b)', () => {
	it('asks "Who" of a person whose role ends like no agent noun or is capitalised', () => {
		const founder = madeUpArticle('Mira (Lind) Vost', [
			'Mira (Lind) Vost (born May 31, 1983) is an entrepreneur, speaker and angel investor, best known for being the founding head of the Ostran Centre for Making, a state agency that helps new firms in Ostra.',
			'She co-founded Kestrel Maps, which was bought by Lumen Group in 2013.'
		]).article;
		expect(articleIdeas(founder)[0]?.prompt).toBe('Who is Mira Vost?');
		const scholar = madeUpArticle('Ilse Varn', [
			'Ilse Varn is a prominent Anthropologist who studies how schooling shapes the children of Ostran farmers.',
			'She began her career working with Anton Brel on their research into village schools.'
		]).article;
		expect(articleIdeas(scholar)[0]?.prompt).toBe('Who is Ilse Varn?');
	});

	it('keys "What is X?" with the first definition only, never a later side clause', () => {
		const film = madeUpArticle('The Lantern (film)', [
			'The Lantern is a 1996 Ostran action film directed by Ivo Brel, produced by Anton Sark, and written by Mira Holt.',
			'It was a box office success, grossing over $335 million against a budget of $75 million.'
		]).article;
		expect(leadIdeas(film)).toEqual([]);
		const mount = madeUpArticle('Mount Velm', [
			'Mount Velm is a mountain in Lumen, Ostra.',
			'Mount Velm was sacred to the sky god Arun, who was said to have been born on it, and was the home of the hero Kestrel and his son Brel, who were said to have founded the rite held on its summit.'
		]).article;
		expect(leadIdeas(mount).map((i) => i.answer)).not.toContainEqual(
			expect.stringMatching(/home of the hero/u)
		);
	});

	it('refuses a subject cut on a modifier and a class word read off a modifier', () => {
		expect(danglingModifier('What was the Velm CX40 single-button?')).toBe(true);
		expect(danglingModifier('What was the Velm CX40 joystick?')).toBe(false);
		expect(danglingModifier('What is hip-hop?')).toBe(false);
		expect(danglingModifier('What is Celtic music?')).toBe(false);
		expect(workNoun('a British video game developer founded in July 1997 by Ivo Brel')).toBe(
			undefined
		);
		expect(workNoun('a puzzle video game developed by Ivo Brel')).toBe('game');
		expect(workNoun('an Ostran television series about a ferry')).toBe('series');
	});

	it('refuses a verbless "that" clause, a gap left by a cut, and a repeated run', () => {
		expect(
			verblessThat(
				'A retired researcher; noted for his belief that a major war between the supporters and opponents of thinking machines'
			)
		).toBe(true);
		expect(verblessThat('noted for his belief that a great war is almost certain')).toBe(false);
		expect(
			verblessThat('An educational theory that bases each part of a school around goals')
		).toBe(false);
		const sentence =
			'The Velm Laboratory is a research centre in Lumen, Ostra, though it is often referred to as residing in Kestrel, Ostra because it has a Kestrel post code.';
		expect(
			deletionGap(
				'A research centre in Lumen, Ostra, though it is often, Ostra because it has a Kestrel post code',
				sentence
			)
		).toBe(true);
		expect(deletionGap('A research centre in Lumen, Ostra', sentence)).toBe(false);
		expect(
			repeatedRun(
				'One of the battles between the Ostran Empire and the Velm Army during the war, fought between the Ostran Empire and the Velm Army'
			)
		).toBe(true);
		expect(
			repeatedRun(
				'A film directed and co-written by Ivo Brel, co-produced by Anton Sark and co-written by Mira Holt'
			)
		).toBe(false);
		expect(repeatedRun('One of the battles between the Ostran Empire and the Velm Army')).toBe(
			false
		);
	});

	it('asks no year of one study or a festival premiere, and keeps the key inside the spread', () => {
		const study = card(
			'In ____, the researchers of Lumen University discovered 91 volcanoes under Ostra.',
			'2017',
			'In 2017, the researchers of Lumen University discovered 91 volcanoes under Ostra.',
			'mcq'
		);
		expect(triviaYear(study)).toBe(true);
		const premiere = card(
			'The Lantern premiered at the Lumen Film Festival in ____.',
			'1992',
			'The Lantern premiered at the Lumen Film Festival on October 9, 1992.',
			'mcq'
		);
		expect(triviaYear(premiere)).toBe(true);
		const founded = card(
			'The Velm Society was founded in ____.',
			'1862',
			'The Velm Society was founded in 1862.',
			'mcq'
		);
		expect(triviaYear(founded)).toBe(false);
		expect(keyApart(1992, [1986, 1987, 1988])).toBe(true);
		expect(keyApart(1992, [1989, 1991, 1994])).toBe(false);
		// The article's own years 1989–1991 are banned: no rank may leave the key alone.
		for (const seed of ['a', 'b', 'c', 'd', 'e', 'f']) {
			const wrong = straddlingYears(1992, seed, new Set(['1989', '1990', '1991']), 2019);
			if (wrong.length) expect(keyApart(1992, wrong.map(Number))).toBe(false);
			const spread = spreadYears(1992, seed, ['1950', '1953', '1956'], new Set(), 2019);
			if (spread.length) expect(keyApart(1992, spread.map(Number))).toBe(false);
		}
	});

	it('refuses a dedication and a person keyed by a bare surname', () => {
		expect(
			bareSurnameKey(
				card(
					'What is the Lantern dedicated to?',
					'Brel, who died five months before its release',
					'It is dedicated to Brel, who died five months before its release.'
				)
			)
		).toBe(true);
		expect(
			bareSurnameKey(
				card(
					'What is named after Brel?',
					'Brel, who died in 1901',
					'It is named after Ivo Brel; Brel, who died in 1901, founded the town.'
				)
			)
		).toBe(false);
		// A word the key capitalises is no surname (a term card, a definition's first word).
		expect(
			bareSurnameKey(
				card('What is a stack of thylakoids called?', 'Granum', 'A stack is called a granum.')
			)
		).toBe(false);
		expect(
			bareSurnameKey(
				card(
					'What are stomata?',
					'Pores, mostly on the leaf',
					'Stomata are pores, mostly on the leaf.'
				)
			)
		).toBe(false);
	});

	it('refuses a key that copies a coordination with an empty conjunct', () => {
		expect(
			brokenCoordination('An Ostran garage rock and band from Lumen, who were active from 1959')
		).toBe(true);
		expect(brokenCoordination('An Ostran choir and band from Lumen')).toBe(false);
		expect(brokenCoordination('An Ostran inventor and clockmaker who built a loom')).toBe(false);
		expect(brokenCoordination('A British rock and roll band from Lumen')).toBe(false);
	});

	it('keys a birthplace "borough, city" whole though the city reads like a name', () => {
		const { article } = madeUpArticle('Ann Velm', [
			'Ann Velm (born June 13, 1949) is an Ostran writer and producer specializing in the communication of science.',
			'Velm was born in Queens, New York, the daughter of Pearl A. and Harry Velm, who co-owned a knitwear firm.'
		]);
		const [where] = whereIdeas(article);
		expect(where.answer).toBe('Queens, New York');
		expect(where.accept).toEqual(['Queens', 'New York']);
	});

	it('keeps no card whose key shows another card’s answer', () => {
		const lead = card(
			'What is Velm Raiders?',
			'A science fiction-themed trading card series released in 1962 by Kestrel',
			'Velm Raiders is a science fiction-themed trading card series released in 1962 by Kestrel.'
		);
		const year = card(
			'The Velm Raiders card series was created by Kestrel in ____.',
			'1962',
			'The Velm Raiders card series was created by Kestrel in 1962.',
			'mcq'
		);
		expect(givesAwayAcross(lead, year)).toBe(true);
		expect(givesAwayAcross(year, lead)).toBe(false);
		// A one-word place recurs as a setting: "died in Lumen" gives no birthplace away.
		const born = card('Where was Ivo Brel born?', 'Lumen', 'Brel was born in Lumen.', 'short');
		const died = card(
			'Ivo Brel died in Lumen in ____.',
			'1859',
			'Brel died in Lumen in 1859.',
			'mcq'
		);
		expect(givesAwayAcross(died, born)).toBe(false);
		const { article } = madeUpArticle('Velm Raiders', [
			'Velm Raiders is a science fiction-themed trading card series released in 1962 by Kestrel Gum. The cards show an invasion of Ostra by Martians.'
		]);
		const kept = chooseIdeas(
			[
				{ ...lead, sentence: article.sentences[0] },
				{ ...year, sentence: article.sentences[1] }
			],
			article,
			() => true
		);
		expect(kept).toHaveLength(1);
	});
});

/** Good lead sentences refused on random dev articles (test26), each on a made-up article. */
describe('lead recall (gen20b)', () => {
	it('reads a fronted field as no narrowing of the name', () => {
		const { article } = madeUpArticle('Tolls', [
			'At common law, tolls are a charge in the form of a money payment to be made by a traveller for the use of a road or bridge.'
		]);
		const [lead] = leadIdeas(article);
		expect(lead.prompt).toBe('What are tolls?');
		// In a long article every word of "At common law" is a common word.
		expect(narrowedOrAliased(lead, { ...article, isCommon: () => true })).toBe(false);
		const narrowed = madeUpArticle('Tolls', [
			'Road tolls are a charge in the form of a money payment to be made by a traveller for the use of a road.'
		]).article;
		expect(
			narrowedOrAliased(
				{ ...lead, sentence: narrowed.sentences[0] },
				{
					...narrowed,
					isCommon: () => true
				}
			)
		).toBe(true);
	});

	it('keys a person with the role’s own clause when the reputation elsewhere is copied with a slip', () => {
		const { article } = madeUpArticle('Ivo Brel', [
			'Ivo Brel (September 15, 1929 – May 24, 2019) was an Ostran physicist who received the 1969 Lumen Prize for his work on the theory of velm particles. He was a founders of the Kestrel Institute.'
		]);
		expect(articleIdeas(article)[0]?.answer).toBe(
			'An Ostran physicist who received the 1969 Lumen Prize for his work on the theory of velm particles'
		);
	});
});
