import { describe, expect, it } from 'vitest';
import { madeUpArticle } from './ideas.test-helpers';
import { leadIdeas } from './idea-lead';
import type { Idea } from './ideas';
import { keyCutMidPhrase } from './idea-cut';
import { roleIdeas } from './idea-role';
import {
	formulaLost,
	hedgedWithRivals,
	runsIntoNextSentence,
	sideCause,
	keyFidelityRefuses
} from './idea-key-fidelity';
import { ranksSubject } from './idea-faith';
import { whereIdeas } from './idea-where';
import { articleIdeas } from './idea-drafts';

/** The lead card's prompt of a made-up article. */
const leadPrompt = (title: string, blocks: string[]) =>
	leadIdeas(madeUpArticle(title, blocks).article)[0]?.prompt;

/** Blind review U29 (random articles): its failure kinds, as rules on made-up articles. */
describe('U29 kinds (gen34)', () => {
	it('asks a noun singular by its form with "is", whatever verb the lead gives it (S18)', () => {
		expect(
			leadPrompt('Canine zoonosis', [
				'Canine zoonosis are the viral and bacterial infections that can be passed to humans from the domestic dog.',
				'In Ostra, canine zoonosis is common.',
				'Rabies is a canine zoonosis of the nervous system.'
			])
		).toBe('What is canine zoonosis?');
		expect(
			leadPrompt('Ovine arthritis', [
				'Ovine arthritis are the swellings of the joints that follow a bite of the orlan tick.',
				'In Ostra, ovine arthritis is common.'
			])
		).toBe('What is ovine arthritis?');
		// A true plural keeps its verb.
		expect(
			leadPrompt('Cosmic rays', [
				'Cosmic rays are the streams of charged particles that the velm star gives off.',
				'In winter, cosmic rays reach Ostra.'
			])
		).toBe('What are cosmic rays?');
	});

	it('gives no "a" to a mass noun the article writes bare (S20, "What is a shareware?")', () => {
		const prompt = leadPrompt('Velmware', [
			'Velmware is a type of proprietary software which is given free of charge to users, who may share copies of it.',
			'Bob Orlan said the idea for velmware came to him in a dream.',
			'Many firms distributed velmware while selling the full product.',
			'The file describes a velmware or freeware product.',
			'Some games were not velmware, and could only be bought.'
		]);
		expect(prompt).toBe('What is velmware?');
		// A count noun the article writes with "a" still gets it.
		expect(
			leadPrompt('Velmvan', [
				'Velmvan is an Ostran car classification for vehicles designed to carry passengers in the rear seating.',
				'A velmvan is taller than a sedan.',
				'Each family in Varn bought a velmvan in 1990.'
			])
		).toBe('What is a velmvan?');
	});

	it('asks "Who" of a knight or a dame the lead names with an honour (S41)', () => {
		expect(
			leadPrompt('Orlan Velm', [
				'Sir Orlan Edward Velm MBE is a prominent Ostran sheep baron, best known for establishing a wool empire in Varn where he bred premium stud flocks.',
				'He was born in 1932 in Varn.'
			])
		).toBe('Who is Orlan Velm?');
		expect(
			leadPrompt('Ilsa Varn', [
				'Dame Ilsa Varn DBE is an Ostran fashion icon, best known for founding the house of Varn in Ostra.',
				'She was born in 1940 in Varn.'
			])
		).toBe('Who is Ilsa Varn?');
	});

	it('refuses a key whose formula lost its parenthesis, or that runs into the next sentence (S30)', () => {
		const text =
			'A velmocene is a compound of two velmyl anions bound to a metal centre, with the general formula (C₅H₅)₂M. Closely related are the velmocene salts.';
		expect(formulaLost('A compound …, with the general formula₂M', text)).toBe(true);
		expect(formulaLost('A compound with the general formula (C₅H₅)₂M', text)).toBe(false);
		expect(
			formulaLost('Water, H₂O, in its solid form', 'Ice is water, H₂O, in its solid form.')
		).toBe(false);
		expect(
			runsIntoNextSentence(
				'A compound with the general formula₂M. Closely related are the velmocene salts'
			)
		).toBe(true);
		expect(runsIntoNextSentence('A saint of the Church, e.g. Ostra, and of St. Varn')).toBe(false);
		expect(runsIntoNextSentence('A novel by J. R. Lund set in Varn')).toBe(false);
		expect(runsIntoNextSentence('A company founded by Lund Ltd. Varn in 1900')).toBe(false);
	});

	it('refuses a key cut at the first comma of a list (S35)', () => {
		const sentence =
			"Orlan Velm (1866–1920) was a mining engineer and a pioneer in Ostra's growing oil, copper and natural gas industries.";
		expect(
			keyCutMidPhrase("A mining engineer and a pioneer in Ostra's growing oil", sentence)
		).toBe(true);
		expect(
			keyCutMidPhrase(
				"A mining engineer and a pioneer in Ostra's growing oil; known for Varn",
				sentence
			)
		).toBe(true);
		expect(
			keyCutMidPhrase(
				"A mining engineer and a pioneer in Ostra's growing oil, copper and natural gas industries",
				sentence
			)
		).toBe(false);
		// A comma that opens a clause, not a list, ends a phrase.
		expect(
			keyCutMidPhrase(
				'A mining engineer in Ostra',
				'Orlan Velm was a mining engineer in Ostra, and was later mayor of Varn.'
			)
		).toBe(false);
	});

	it('refuses a hedged trait whose article names other answers (S26, S44)', () => {
		const { article } = madeUpArticle('Velm-stitch', [
			'Velm-stitch is a form of counted-thread embroidery in which V-shaped stitches form a picture.',
			'The stitcher counts the threads on a piece of evenweave fabric (such as linen) in each direction.',
			'Velm-stitch is often executed on easily countable fabric called aida cloth whose weave makes a grid of squares.'
		]);
		const sentence = article.sentences[2];
		const trait = (prompt: string, answer: string): Idea => ({
			kind: 'trait',
			sentence,
			type: 'flashcard',
			prompt,
			answer,
			start: 0,
			weight: 1
		});
		expect(
			hedgedWithRivals(
				trait(
					'What is velm-stitch often executed on?',
					'Easily countable fabric called aida cloth whose weave makes a grid of squares'
				),
				article
			)
		).toBe(true);
		expect(
			hedgedWithRivals(
				trait(
					'What is velmware often offered as?',
					'A download from a website or as a compact disc included with a magazine'
				),
				article
			)
		).toBe(true);
		// No rival named: "often followed by a cut" stays (U25 S31, accepted).
		const { article: shuffling } = madeUpArticle('Velming', [
			'Velming is a way of mixing a deck of cards before a game.',
			'Velming is often followed by a cut, to help ensure that the dealer has not fixed the outcome.'
		]);
		expect(
			hedgedWithRivals(
				{
					...trait(
						'What is velming often followed by?',
						'A cut, to help ensure that the dealer has not fixed the outcome'
					),
					sentence: shuffling.sentences[1]
				},
				shuffling
			)
		).toBe(false);
	});

	it('refuses a cause that is a side detail of an incident (S01, S25)', () => {
		const { article } = madeUpArticle('Orlan Velm', [
			'Orlan Velm is an Ostran sheep baron, best known for his wool empire in Varn.',
			'In 1997 a rescue helicopter landed on his farm.',
			'The opening of the valve triggered a loud explosion and the pilot was thrown out of the helicopter.',
			'The explosion triggered a fire which destroyed the rescue helicopter.'
		]);
		const cause = (i: number, prompt: string, answer: string): Idea => ({
			kind: 'cause',
			sentence: article.sentences[i],
			type: 'flashcard',
			prompt,
			answer,
			start: 0,
			weight: 0
		});
		expect(
			sideCause(
				cause(
					2,
					'What triggered a loud explosion and the pilot was thrown out of the helicopter?',
					'The opening of the valve'
				),
				article
			)
		).toBe(true);
		expect(
			sideCause(
				cause(3, 'What triggered a fire which destroyed the rescue helicopter?', 'The explosion'),
				article
			)
		).toBe(true);
		// A named cause of a named event stays.
		expect(
			sideCause(
				cause(
					3,
					'What triggered the July Crisis?',
					'The assassination of Archduke Franz Ferdinand'
				),
				article
			)
		).toBe(false);
	});

	it('asks no office dated by an encyclopedia’s copy date (S28)', () => {
		const { article } = madeUpArticle('Ostra bloc', [
			'The idea has many advocates, including Ostran Prime Minister Vera Lund and Varn Prime Minister Ilsa Orl.',
			'Vera Lund spoke for the bloc in 2018.'
		]);
		expect(roleIdeas(article)).toEqual([]);
		const news = { ...article, doc: { ...article.doc, short: 'Ostra Times' } };
		expect(roleIdeas(news).map((i) => i.prompt)).toEqual([
			'What office did Vera Lund hold in July 2019?'
		]);
	});

	it('refuses a key that ranks by an ordinal, or a person’s key true only at the article’s date (S11, S45)', () => {
		expect(
			ranksSubject('the 6th largest in Ostra, and over three million acres are used for it')
		).toBe(true);
		expect(ranksSubject('the second oldest university in Varn')).toBe(true);
		expect(ranksSubject('the 6th regiment of the Ostran army')).toBe(false);
		expect(
			leadIdeas(
				madeUpArticle('Ilsa Varn', [
					'Ilsa Varn (born 1961) is an Ostran artist who currently lives, and works, in Varn.',
					'She studied painting in Ostra.'
				]).article
			).filter((idea) => !keyFidelityRefuses(idea, madeUpArticle('Ilsa Varn', ['x']).article))
		).toEqual([]);
	});

	it('asks a birthplace of the person the title names, with the country the text gives (S17)', () => {
		const { article } = madeUpArticle('Orlan Velmez (artist)', [
			'Orlan Velmez (born 1951) is an Ostran visual artist known for his works on water.',
			'Velmez was born in 1951 in Popayán, Colombia and grew up in Cali, Colombia.',
			'He studied at the school of fine arts in Cali.'
		]);
		const where = whereIdeas(article).find((idea) => /born/u.test(idea.prompt));
		expect(where?.prompt).toBe('Where was the artist Orlan Velmez born?');
		expect(where?.answer).toBe('Popayán');
		expect(where?.accept).toEqual(['Popayán, Colombia', 'Colombia']);
		expect(articleIdeas(article).map((idea) => idea.prompt)).toContain(
			'Where was the artist Orlan Velmez born?'
		);
	});
});
