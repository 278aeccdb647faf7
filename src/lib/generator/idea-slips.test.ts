import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { placesAround } from './idea-where';
import { pluralGenus } from './idea-members';
import { madeUpArticle, sentenceCard } from './ideas.test-helpers';
import type { Idea } from './ideas';
import {
	copiedSlip,
	modifierSubject,
	oneVerbYearPrompt,
	relationWithoutComplement,
	reportedPraise,
	triviaDate
} from './idea-slips';

/** A card of one made-up sentence; multiple choice unless told. */
const card = (prompt: string, answer: string, type: Idea['type'] = 'mcq', text = prompt) =>
	sentenceCard(prompt, answer, text, type);

/** The prompts and keys of a made-up article's ideas. */
function cards(title: string, blocks: string[]): string[] {
	return articleIdeas(madeUpArticle(title, blocks).article).map((i) => `${i.prompt} → ${i.answer}`);
}

/** Blind review U24's failure kinds (issue 12), each on made-up articles. */
describe('U24 kinds (gen22b)', () => {
	it('asks a year of one verb, never the inversion of "was X proclaimed and, …, included"', () => {
		expect(
			oneVerbYearPrompt(
				'In what year was the Borough of Velm proclaimed and, with an area of 3 square kilometres, included the villages of Arn and Tosk?'
			)
		).toBe('In what year was the Borough of Velm proclaimed?');
		const all = cards('Borough of Velm', [
			'The Borough of Velm was a local government area in the north of Ostra.',
			'The borough was proclaimed on 16 May 1860 and, with an area of 3 square kilometres, included the villages of Arn and Tosk.'
		]);
		expect(all.some((c) => /^In what year\b.*\band,/u.test(c))).toBe(false);
		expect(all).toContain('In what year was the Borough of Velm proclaimed? → 1860');
	});

	it('asks no year of a DVD release, a reissue, an edition or an anniversary', () => {
		const all = cards('The Grey Pill', [
			'The Grey Pill is a 2016 Ostran documentary film directed by Mira Holt about the lives of lighthouse keepers.',
			'It was released on DVD and Blu-ray on March 7, 2017, by Lumen Pictures.'
		]);
		expect(all.filter((c) => /DVD/u.test(c))).toEqual([]);
		for (const prompt of [
			'In what year was the Grey Pill released on DVD and Blu-ray?',
			'The album was reissued in ____ with four bonus tracks.',
			'A revised edition of the novel appeared in ____.',
			'The band played a 25th anniversary concert in ____.'
		])
			expect(triviaDate(card(prompt, '2017'))).toBe(true);
		expect(triviaDate(card('In what year was the novel first published?', '1859'))).toBe(false);
	});

	it('keys no relational noun without its complement ("a separate suburb" of what?)', () => {
		const all = cards('Velm, Ostra', [
			'Velm is a suburb of the city of Ostra, in the state of Arn.',
			'South Velm is a separate suburb with the distinguishing feature of a light industrial area.'
		]);
		expect(all.filter((c) => /separate suburb/u.test(c))).toEqual([]);
		expect(relationWithoutComplement('A neighbouring village with a Norman church')).toBe(true);
		expect(relationWithoutComplement('A separate suburb from Velm, to its south')).toBe(false);
		expect(relationWithoutComplement('A sister city of Ostra')).toBe(false);
		expect(relationWithoutComplement('A suburb of Ostra')).toBe(false);
	});

	it("keys never copy the article's broken grammar", () => {
		const all = cards('Shared planning', [
			'Shared planning is an ideological approach to the field of regional planning where planning done by villagers for their own villages.',
			'It began in the hill towns of Ostra.'
		]);
		expect(all.filter((c) => /planning done/u.test(c))).toEqual([]);
		expect(copiedSlip('A measure of the elastic energy absorbed of a material under stress')).toBe(
			true
		);
		expect(copiedSlip('A team composed of the best riders of Ostra')).toBe(false);
		expect(
			copiedSlip(
				'A legal system where two advocates represent their parties before an impartial judge'
			)
		).toBe(false);
		expect(copiedSlip('A valley where wheat is grown by small farmers')).toBe(false);
	});

	it('keys no person with a magazine\'s praise ("hailed by Time magazine as …")', () => {
		const all = cards('Ari Velm', [
			'Ari Velm (born 1937) is a teacher, philosopher, social critic, and spiritual mentor, who has been hailed by Time magazine as a "once-in-a-millennium scholar".',
			'His translation of the Ostran chronicles took forty years.'
		]);
		expect(all.filter((c) => /hailed/u.test(c))).toEqual([]);
		expect(reportedPraise('A painter who was named by The Times as the best of his day')).toBe(
			true
		);
		expect(reportedPraise('A painter who founded the Velm school of landscape')).toBe(false);
	});

	it('states no true or false that turns on a partnership or a contract', () => {
		const all = cards('Lumen AB', [
			'Lumen AB is an Ostran aerospace and defence company, founded in 1937 in the town of Velm.',
			'In September 2000 Arn Industries purchased the Lumen gun works from Lumen, while Lumen retained the missile works.',
			'In December 2005 Lumen joined the Tosk drone project as a major partner.'
		]);
		expect(all.filter((c) => /partner/u.test(c))).toEqual([]);
		for (const prompt of [
			'In December 2008 Lumen joined the Arn drone project as a major partner.',
			'In 2011 Lumen signed a contract with the Ostran navy for six ships.',
			'In 1999 Lumen formed a joint venture with Arn Motors.'
		])
			expect(triviaDate(card(prompt, 'false', 'truefalse'))).toBe(true);
		expect(
			triviaDate(card('In 1937 Lumen was founded in Velm by Ari Holt.', 'true', 'truefalse'))
		).toBe(false);
	});

	it('asks no adjective as a term: "What are hypnotic drugs?", not "What is hypnotic?"', () => {
		const all = cards('Somnific', [
			'Somnific (from Ostran somnos, sleep) or soporific drugs, commonly known as sleeping pills, are a class of psychoactive drugs whose primary function is to induce sleep.',
			'They are used in the treatment of insomnia.'
		]);
		expect(all.filter((c) => /^What is somnific\?/iu.test(c))).toEqual([]);
		const lead = card(
			'What is somnific?',
			'A class of psychoactive drugs',
			'flashcard',
			'Somnific (from Ostran somnos, sleep) or soporific drugs, commonly known as sleeping pills, are a class of psychoactive drugs.'
		);
		expect(modifierSubject(lead)?.prompt).toBe('What are somnific drugs?');
		// A hyphenated name is read, not thrown on ("\-" is an invalid escape under the "u" flag).
		const hyphen = card(
			'What is cross-dressing?',
			'The act of wearing clothes',
			'flashcard',
			'Cross-dressing is the act of wearing clothes.'
		);
		expect(modifierSubject(hyphen)).toBe(hyphen);
		const plain = card('What is a casino?', 'A facility', 'flashcard', 'A casino is a facility.');
		expect(modifierSubject(plain)).toBe(plain);
	});

	it('keys a birthplace with the larger unit the sentence gives, accepting each place', () => {
		expect(placesAround(', near Alchi in the Leh district of Arn and Tosk.')).toEqual({
			all: ['Alchi', 'Leh', 'Arn and Tosk'],
			wider: 'Arn and Tosk'
		});
		expect(placesAround(', near Alchi.')).toEqual({ all: ['Alchi'] });
		const { article } = madeUpArticle('Ravi Velm', [
			'Ravi Velm (born 1966) is an Ostran engineer and teacher who founded a school for village children.',
			'Velm was born in 1966 in Ulmo, near Alchi in the Leh district of Arn and Tosk.'
		]);
		const where = articleIdeas(article).find((i) => i.kind === 'where');
		expect(where?.answer).toBe('Ulmo, Arn and Tosk');
		expect(where?.accept).toEqual(expect.arrayContaining(['Ulmo', 'Arn and Tosk', 'Leh']));
	});
});

/** Recall on random articles (issue 12, gen22b): a thin person's lasting deed. */
describe('a thin role with the deed the next lead sentence tells', () => {
	it('keys "Who was X?" with the role and what the person invented', () => {
		const all = cards('Ivo Renne', [
			'Ivo Renne (17 February 1781 – 13 August 1826) was an Ostran physician. He invented the listening tube in 1816, while working at the Velm Hospital, and pioneered its use in diagnosing chest conditions.',
			'He became a lecturer at the College of Velm in 1822.'
		]);
		expect(all).toContain(
			'Who was Ivo Renne? → An Ostran physician who invented the listening tube in 1816'
		);
	});

	it('adds no passing act and no deed of another sentence', () => {
		for (const next of [
			'He developed an interest in music at an early age.',
			'He wrote for several newspapers in Velm.',
			'In 1816 his brother invented the listening tube.'
		])
			expect(
				cards('Ivo Renne', [
					`Ivo Renne (17 February 1781 – 13 August 1826) was an Ostran physician. ${next}`,
					'He became a lecturer at the College of Velm in 1822.'
				]).filter((c) => /^Who was Ivo Renne/u.test(c))
			).toEqual([]);
	});
});

/** Recall on random articles (issue 12, gen22b): a plural subject's bare plural genus. */
describe('a plural genus with no article', () => {
	it('asks "What are X?" of "Xs are Ys belonging to / found in / that …"', () => {
		expect(
			cards('Velmids', [
				'Velmids are lizards belonging to the infraorder Velmota, found in warm climates throughout the world.',
				'They range from 1.6 to 60 cm in length.'
			])
		).toContain(
			'What are Velmids? → Lizards belonging to the infraorder Velmota, found in warm climates throughout the world'
		);
		expect(pluralGenus('small lakes found in mountain hollows')).toBe(true);
		expect(pluralGenus('various methods found in old books')).toBe(false);
		expect(pluralGenus('always found in pairs')).toBe(false);
		expect(pluralGenus('road markings used in many countries')).toBe(false);
	});
});
