import { describe, expect, it } from 'vitest';
import { milestoneIdeas } from './idea-milestone';
import { articleIdeas } from './idea-drafts';
import { madeUpArticle } from './ideas.test-helpers';

describe('the year of a milestone the lead tells of its own subject', () => {
	it('asks a person’s prize by the whole name, with no choice after the death', () => {
		const { article } = madeUpArticle('Tomas Brell', [
			'Tomas Brell (June 6, 1843 – October 28, 1905) was a Vestan chemist and professor at the University of Lumen. In 1901, along with Ada Korvel, a professor at Ostra, he was awarded the Lumen Prize in Chemistry for the discovery of a new form of carbon, velmite, also known as black salt.',
			'# Early life',
			'Brell was born in Ostra and moved to Lumen in 1862.'
		]);
		const [idea] = milestoneIdeas(article);
		expect(idea).toMatchObject({
			prompt:
				'In what year was Tomas Brell awarded the Lumen Prize in Chemistry for the discovery of a new form of carbon, velmite?',
			answer: '1901'
		});
		expect(idea.distractors?.every((y) => Number(y) <= 1905)).toBe(true);
		// It is one of the article's drafts, beside the lead card; the birth year is not asked.
		expect(articleIdeas(article).map((i) => i.kind)).toContain('milestone');
	});

	it('asks a thing by "the <noun>" its title names, the first verb only', () => {
		const { article } = madeUpArticle('The Restaurant Varn', [
			'The Restaurant Varn was a restaurant in the Lumen Hotel in Ostra. The restaurant was opened in 1993 and closed its doors ten years later.'
		]);
		expect(milestoneIdeas(article).map((i) => i.prompt)).toEqual([
			'In what year was the Restaurant Varn opened?'
		]);
	});

	it('never gives a thing its author’s prize: "he" is a life’s subject only (H19 S64)', () => {
		const { article } = madeUpArticle('The Salt Road', [
			'The Salt Road is a novel by the Vestan writer Ivo Marel, published in 1954. It tells of two boys lost in the hills. In 1980 he was awarded the Lumen Prize in Literature.'
		]);
		expect(milestoneIdeas(article).some((i) => /Lumen Prize/u.test(i.prompt))).toBe(false);
	});

	it("asks no aim, no birth, no other body and no body sentence's detail", () => {
		const aim = madeUpArticle('Ada Korvel', [
			'Ada Korvel (1889–1959) was a Vestan aviator. In 1914 she tried to be elected to the Lumen Aero Club, but never was.'
		]).article;
		expect(milestoneIdeas(aim)).toEqual([]);
		const other = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle that can spread to people through ticks. The Velmar Society was founded in 1982 to support farmers.'
		]).article;
		expect(milestoneIdeas(other)).toEqual([]);
		const late = madeUpArticle('Lumen Bridge', [
			'The Lumen Bridge is a stone bridge over the river Varn in Ostra.',
			'# History',
			'The bridge carries the Ostra road. The Lumen Bridge was completed in 1802 after nine years of work.'
		]).article;
		expect(milestoneIdeas(late)).toEqual([]);
		const episode = madeUpArticle('Varn Returns', [
			'"Varn Returns" is the fifth episode of the first season of the Vestan television series Lumen. It was first broadcast on 3 May 2016 on Lumen One.'
		]).article;
		expect(milestoneIdeas(episode)).toEqual([]);
	});

	it('asks the milestone without the participle clause that follows it', () => {
		const { article } = madeUpArticle('Tomas Varn', [
			'Tomas Varn (born 1975) is a Vestan criminal. Tomas Varn received a life sentence in 2016, meaning he will never be released from prison.'
		]);
		expect(milestoneIdeas(article).map((i) => i.prompt)).toEqual([
			'Tomas Varn received a life sentence in ____.'
		]);
	});

	it("asks a thing's milestone from its body, never a person's (gen16)", () => {
		const { article } = madeUpArticle('Lumen Works', [
			'Lumen Works is an Ostran maker of glass lamps. It sells lamps in nine countries.',
			'# History',
			'Lumen Works was founded in 1921 by two glassblowers.',
			'# Trains',
			'In 2005, Lumen Works launched the Lumen Arrow train for the Ostran railways.'
		]);
		expect(milestoneIdeas(article).map((i) => i.prompt)).toEqual([
			'In what year was Lumen Works founded by two glassblowers?'
		]);
		const life = madeUpArticle('Tomas Varn', [
			'Tomas Varn (born 1943) is an Ostran painter. He lives in Ostra.',
			'# Career',
			'In 1990 Varn was awarded the Lumen Medal for his portraits.'
		]).article;
		expect(milestoneIdeas(life)).toEqual([]);
	});
});

describe('kind 6 in a short life with no sections (gen17: a teacher’s handout has no lead)', () => {
	it('asks the year of a named prize the body tells, not of another deed', () => {
		const { article } = madeUpArticle('Ada Varn', [
			'Ada Varn was a chemist who carried out pioneering research on glowing salts.',
			'She was born in Ostra in 1867. Her parents were both teachers. She moved to Lumen in 1891.',
			'In 1911 she won the Varn Prize in Chemistry for the discovery of two glowing salts.'
		]);
		expect(milestoneIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			[
				'In ____ Ada Varn won the Varn Prize in Chemistry for the discovery of two glowing salts.',
				'1911'
			]
		]);
	});
});

describe('a subtitle is no part of the name (gen17: "Marie Curie: Life and Discoveries")', () => {
	it('asks by the name the opening gives', () => {
		const { article } = madeUpArticle('Ada Varn: Life and Discoveries', [
			'Ada Varn was a chemist who carried out pioneering research on glowing salts.',
			'She was born in Ostra in 1867. Her parents were both teachers. She moved to Lumen in 1891.',
			'In 1911 she won the Varn Prize in Chemistry for the discovery of two glowing salts.'
		]);
		expect(milestoneIdeas(article).map((i) => i.prompt)).toEqual([
			'In ____ Ada Varn won the Varn Prize in Chemistry for the discovery of two glowing salts.'
		]);
	});
});
