import { describe, expect, it } from 'vitest';
import { claimIdeas } from './idea-claims';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 6: what the article claims about its subject', () => {
	it('asks what the subject consists of and what it was made for, the subject named', () => {
		const { article } = madeUpArticle('Holm lamp', [
			'The Holm lamp is a safety lamp for use in salt mines, invented in 1815 by Ada Holm.',
			'# Design',
			'The lamp consists of a wick lamp with the flame enclosed inside a copper screen. The screen stops the flame.',
			'# Use',
			'The Holm lamp was designed to reduce the danger of explosions in salt mines, where gas collects.'
		]);
		const ideas = claimIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(ideas).toContainEqual([
			'What does the Holm lamp consist of?',
			'A wick lamp with the flame enclosed inside a copper screen'
		]);
		expect(ideas).toContainEqual([
			'What was the Holm lamp designed for?',
			'To reduce the danger of explosions in salt mines, where gas collects'
		]);
	});

	it('asks what a doctrine held and why it was proclaimed, keeping whole clauses', () => {
		const { article } = madeUpArticle('Holm doctrine', [
			'The Holm doctrine was a Vestan policy that bound the states of the bloc together.',
			'# Origins',
			'The Holm doctrine proclaimed that a threat to one state of the bloc, its army, or its rulers was a threat to all.',
			'The Holm doctrine was proclaimed in order to justify the occupation of Varn in 1968.'
		]);
		const ideas = claimIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(ideas).toContainEqual([
			'What did the Holm doctrine hold?',
			'A threat to one state of the bloc, its army, or its rulers was a threat to all'
		]);
		expect(ideas).toContainEqual([
			'Why was the Holm doctrine proclaimed?',
			'To justify the occupation of Varn in 1968'
		]);
	});

	it('asks nothing of another thing, a measurement, or a key that leans on a pronoun', () => {
		const { article } = madeUpArticle('Holm lamp', [
			'The Holm lamp is a safety lamp for use in salt mines, invented in 1815 by Ada Holm.',
			"The lamp's screen consists of a fine copper mesh.",
			'The Holm lamp consists of 12 cm of brass tubing.',
			'The Holm lamp consists of it and nothing more.'
		]);
		expect(claimIdeas(article)).toEqual([]);
	});

	it('asks what a person showed, by surname, after a fronted phrase', () => {
		const { article } = madeUpArticle('Ada Holm', [
			'Ada Holm (1801–1870) was a Vestan chemist. She is best known for her work on salts.',
			'Working in Lumen around 1850, Holm demonstrated that salt crystals grow in seven shapes (as she had guessed).'
		]);
		expect(claimIdeas(article).map((i) => [i.prompt, i.answer])).toContainEqual([
			'What did Ada Holm demonstrate?',
			'Salt crystals grow in seven shapes'
		]);
	});
});
