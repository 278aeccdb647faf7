import { describe, expect, it } from 'vitest';
import {
	askedSubject,
	creditsOnly,
	surfaceForm,
	withIndefinite,
	withoutAliases,
	workNoun,
	writtenLower
} from './idea-name';
import { leadIdeas } from './idea-lead';
import { madeUpArticle } from './ideas.test-helpers';

const common = (w: string) =>
	/\s/u.test(w) || ['oil', 'fur', 'velmar', 'kettle'].includes(w.toLowerCase());

describe('the subject as the lead writes it (blind review U10: S03, S06, S13, S01)', () => {
	it('keeps the lead’s determiner and capitals', () => {
		expect(surfaceForm('Pact on Quiet Seas', 'The Pact on Quiet Seas', common)).toBe(
			'the Pact on Quiet Seas'
		);
		expect(surfaceForm('Harl Lake fever', 'Harl Lake fever', common)).toBe('Harl Lake fever');
		expect(surfaceForm('Oil painting', 'Oil painting', common)).toBe('oil painting');
		expect(surfaceForm('a kettle', 'A kettle', common)).toBe('a kettle');
	});

	it('gives a plural named by its modifiers its "the", and a plain plural none', () => {
		expect(surfaceForm('1998–99 Ostran strikes', '1998–99 Ostran strikes', common)).toBe(
			'the 1998–99 Ostran strikes'
		);
		expect(surfaceForm('Fur seals', 'Fur seals', common)).toBe('fur seals');
		expect(surfaceForm('1906 Varn earthquake', '1906 Varn earthquake', common)).toBe(
			'the 1906 Varn earthquake'
		);
	});

	it('drops every alias: "X (XM) or Y (YM) …" and "X, also known as Y"', () => {
		expect(withoutAliases('The open kettle movement (OKM) or free kettle movement (FKM)')).toBe(
			'The open kettle movement'
		);
		expect(withoutAliases('Velmar riots (The Lamp Riots), also known as Lamp Struggle')).toBe(
			'Velmar riots'
		);
	});

	it('keeps a plural verb for a plural name before "a series of …"', () => {
		expect(
			askedSubject('Ostran strikes', 'Ostran strikes', 'were', 'a series of strikes', common)
		).toEqual({ name: 'the Ostran strikes', verb: 'were' });
		expect(askedSubject('Velmar', 'Velmar', 'are', 'a genus of ferns', () => false)).toEqual({
			name: 'Velmar',
			verb: 'is'
		});
	});

	it('marks a work’s title with the lead’s own noun, and refuses a title it cannot mark', () => {
		expect(workNoun('a science fiction novel by an Ostran writer')).toBe('novel');
		expect(workNoun('a family of card games')).toBeUndefined();
		expect(workNoun('a 1999 crime film written and directed by Ann Vell')).toBe('film');
		expect(workNoun('a board game for two players')).toBeUndefined();
		// An adjective, not a work (U13 S03: "What is the musical Trip hop?").
		expect(workNoun('a musical genre that began in Lumen')).toBeUndefined();
		expect(workNoun('a novel approach to weaving')).toBeUndefined();
		expect(workNoun('a 1915 silent film directed by Ann Vell')).toBe('film');
		expect(workNoun('a puzzle video game for two players')).toBe('game');
		expect(
			askedSubject('the Lantern', 'The Lantern', 'is', 'a 1961 Ostran film', common)
		).toMatchObject({
			name: 'the film The Lantern',
			verb: 'is'
		});
		expect(askedSubject('Kettle', 'Kettle', 'is', 'a 1975 thriller film', common)).toMatchObject({
			name: 'the film Kettle',
			verb: 'is'
		});
		expect(askedSubject('a kettle', 'A kettle', 'is', 'a poem of twelve lines', common)).toEqual({
			name: 'a kettle',
			verb: 'is'
		});
		expect(workNoun('an Ostran television series about sailors')).toBe('series');
		expect(
			askedSubject('A Lantern Slowly', 'A Lantern Slowly', 'is', 'a novel by Ann Vell', common)
		).toMatchObject({ name: 'the novel A Lantern Slowly', verb: 'is' });
		expect(
			askedSubject('A Lantern Slowly', 'A Lantern Slowly', 'is', 'a movement of poets', common)
		).toBeUndefined();
	});

	it('asks the definition card in that form', () => {
		const { article } = madeUpArticle('1998–99 Ostran strikes', [
			'1998–99 Ostran strikes (The Lamp Strikes), also known as the Lamp Struggle, were a series of strikes against Premier Alda Venn that spread through the mills and ports of Ostra.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What were the 1998–99 Ostran strikes?');
		const novel = madeUpArticle('A Lantern Slowly', [
			'A Lantern Slowly is a crime novel about a harbour pilot who hides a lantern from the port police, written by Ann Vell.'
		]).article;
		expect(leadIdeas(novel)[0]?.prompt).toBe('What is the novel A Lantern Slowly?');
		const alias = madeUpArticle('Open kettle movement', [
			'The open kettle movement (OKM) or free kettle movement (FKM) is a social movement that asks cities to give every household a kettle and the right to repair it.'
		]).article;
		expect(leadIdeas(alias)[0]?.prompt).toBe('What is the open kettle movement?');
	});
});

describe('a name’s case from the article’s own writing', () => {
	it('keeps a name the article capitalises inside its sentences, lowers a common noun', () => {
		const { article } = madeUpArticle('Velmar', [
			'Velmar is a programming language for ships. Programs in Velmar run on the ship’s own computer, and Velmar has no loops.'
		]);
		expect(writtenLower(article)('Velmar')).toBe(false);
		const { article: game } = madeUpArticle('Kettle', [
			'Kettle is a card game for four players. A round of kettle ends when one player has no cards, and kettle is played for money.'
		]);
		expect(writtenLower(game)('Kettle')).toBe(true);
	});

	it('reads a word a heading writes in lower case as common (blind check H19 S46)', () => {
		const { article } = madeUpArticle('Velm and Rope Knots', [
			'Velm and Rope Knots',
			'Rope knots are loops tied so that a line holds a load without slipping. Sailors tie them daily.',
			'# Other rope knots',
			'Sailors learn many more as they train.'
		]);
		expect(writtenLower(article)('Rope')).toBe(true);
		expect(surfaceForm('Rope knots', 'Rope knots', writtenLower(article))).toBe('rope knots');
		// A heading in title case says nothing: a name stays a name.
		const { article: titled } = madeUpArticle('Velm', [
			'Velm is a harbour town on a cold coast. Ships leave Velm daily, and Velm trades fish.',
			'# The Harbour Of Velm',
			'Boats are built there.'
		]);
		expect(writtenLower(titled)('Velm')).toBe(false);
	});
});

describe('a work’s key beyond its credits, and common nouns after "An" (blind review U11)', () => {
	it('refuses a work’s key that is only credits and a date (S04)', () => {
		expect(
			creditsOnly(
				'A 1915 Ostran silent adventure film directed by Ann Vell and written by Ada Lund',
				'Lantern'
			)
		).toBe(true);
		expect(
			creditsOnly(
				'A 1961 crime novel about a harbour pilot who hides a lantern from the port police, by Ann Vell',
				'Lantern'
			)
		).toBe(false);
	});

	it('reads "An Alford plea" as a common noun, "A Scanner Darkly" as a title', () => {
		expect(surfaceForm('an Ostran plea', 'An Ostran plea', common)).toBe('an Ostran plea');
		expect(surfaceForm('A Lantern Slowly', 'A Lantern Slowly', common)).toBe('A Lantern Slowly');
	});
});

describe('names the blind review U12 failed', () => {
	it('keeps a binomial the article writes with its capital, lowers a common phrase', () => {
		const { article } = madeUpArticle('Velmar ostrana', [
			'Velmar ostrana is a small bacterium that lives in the gut of cattle. Strains of Velmar ostrana grow slowly, and oil painting is not one of them.'
		]);
		expect(writtenLower(article)('Velmar ostrana')).toBe(false);
		expect(writtenLower(article)('Oil painting')).toBe(true);
	});

	it('says which thing a company’s name means', () => {
		expect(
			askedSubject(
				'Great Kettle',
				'Great Kettle',
				'is',
				'an Ostran manufacturer of trailers',
				common
			)
		).toMatchObject({ name: 'the manufacturer Great Kettle' });
		// "a Lumen, Ostra based manufacturer": the noun after a place with its comma (U12 S03).
		expect(
			askedSubject(
				'Great Kettle',
				'Great Kettle',
				'is',
				'a Lumen, Ostra based manufacturer of vans',
				common
			)
		).toMatchObject({ name: 'the manufacturer Great Kettle' });
	});
});

describe('a bare count noun asked with its article (U18 S53)', () => {
	it('asks "What is a velmobile?" when the article writes "a velmobile", and leaves mass nouns', () => {
		const { article } = madeUpArticle('Velmobile', [
			'Velmobile is a Vestan car classification for vehicles that carry passengers in three rows of seats.',
			'A buyer of a velmobile usually has a large family. The first velmobiles were sold in Ostra.'
		]);
		expect(leadIdeas(article)[0]?.prompt).toBe('What is a velmobile?');
		const mass = madeUpArticle('Velmistry', [
			'Velmistry is the study of the flow of cold water through porous rocks under the ground.',
			'Velmistry is taught at the University of Lumen.'
		]).article;
		expect(withIndefinite('velmistry', mass)).toBe('velmistry');
		// "a velm voting system" counts the system, not velm voting.
		const voting = madeUpArticle('Velm voting', [
			'Velm voting is an electoral system in which voters give each candidate a score.',
			'A velm voting system was used in Lumen.'
		]).article;
		expect(withIndefinite('velm voting', voting)).toBe('velm voting');
	});
});

describe('a common noun the lead capitalises after "A" (blind review U31)', () => {
	it('asks no "the book A Velmex" of "A Velmex is a book constructed of …"', () => {
		expect(
			askedSubject(
				'A Velmex',
				'A Velmex',
				'is',
				'a book constructed of a number of folded sheets',
				() => false
			)
		).toBeUndefined();
		expect(
			askedSubject('A Velmex', 'A Velmex', 'is', 'a kind of folded sheet', () => false)
		).toBeUndefined();
	});
});
