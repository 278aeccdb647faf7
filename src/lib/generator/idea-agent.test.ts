import { describe, expect, it } from 'vitest';
import { agentIdea, agentIdeas } from './idea-agent';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 7: who made the subject', () => {
	it('asks who invented, founded or coined the subject, the surname accepted', () => {
		const { article } = madeUpArticle('Velm memory', [
			'Velm memory is a kind of computer memory that keeps its data without power. Velm memory was invented by Tomas Varnholm in 1980. It is used in cameras.',
			'Varnholm worked in Ostra. Most cameras now use velm memory.'
		]);
		expect(agentIdeas(article)).toMatchObject([
			{ prompt: 'Who invented velm memory?', answer: 'Tomas Varnholm', accept: ['Varnholm'] }
		]);
	});

	it('asks two makers together, with a date between verb and maker', () => {
		const { article } = madeUpArticle('Lumen Union', [
			'The Lumen Union is a religious body in Ostra. The Lumen Union was founded in 1863 by Ivo Stren and Anna Korvel.',
			'Stren and Korvel lived in Ostra.'
		]);
		expect(agentIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['Who founded the Lumen Union?', 'Ivo Stren and Anna Korvel']
		]);
	});

	it('asks no maker that is a body or a document, of another thing, or one among many', () => {
		const body = madeUpArticle('Velm Medal', [
			'The Velm Medal is an Ostran military decoration. The Velm Medal was established by Executive Order in 1944.'
		]).article;
		expect(agentIdeas(body)).toEqual([]);
		const other = madeUpArticle('Velm Series', [
			'The Velm Series is an Ostran television series. The theme song was written by Ivo Stren.',
			'Ivo Stren is an Ostran singer.'
		]).article;
		expect(agentIdeas(other)).toEqual([]);
		const many = madeUpArticle('Velm theory', [
			'Velm theory is a theory of tides. Velm theory was developed by Ivo Stren, Anna Korvel and others.',
			'Ivo Stren and Anna Korvel lived in Ostra.'
		]).article;
		expect(agentIdeas(many)).toEqual([]);
		// A firm's name is never written by its last word alone.
		const firm = madeUpArticle('Velmshare', [
			'Velmshare is a file-sharing program. Velmshare was introduced by Consumer Lumen in 2001.',
			'Consumer Lumen sold it in 2002.'
		]).article;
		expect(agentIdeas(firm)).toEqual([]);
		// A credit ("designed", "directed") is no maker a teacher asks.
		const medal = madeUpArticle('Velm Medal', [
			'The Velm Medal is an Ostran decoration. The Velm Medal was designed by Rudolf Varn.',
			'Varn also designed coins.'
		]).article;
		expect(agentIdeas(medal)).toEqual([]);
	});

	it("asks nothing of a person's life or of an episode", () => {
		const episode = madeUpArticle('Varn Returns', [
			'"Varn Returns" is the fifth episode of the Ostran series Lumen. The episode was written by Ivo Stren.',
			'Ivo Stren is an Ostran writer.'
		]).article;
		expect(agentIdeas(episode)).toEqual([]);
	});
});

describe('a pronoun is the sentence before’s thing, not the title’s (blind review H17 S11)', () => {
	it('asks no maker of a title "A and B" whose "It" is the thing the sentence before names', () => {
		const { article } = madeUpArticle('Ivo Brandt and the Velm Engine', [
			'During the long war, many people worked in secret at Kessel Hall. One of them was a young smith named Ivo Brandt.',
			'The engine was a steam pump used in the mines of Ostra. It was invented by the Ostran smith Marta Kessel in 1712. Kessel died in 1730.'
		]);
		const sentence = article.sentences.find((s) => s.text.startsWith('It was invented'))!;
		expect(agentIdea(sentence, article, 'Ivo Brandt and the Velm Engine')).toBeUndefined();
	});

	it('still asks the maker when the sentence before names the subject', () => {
		const { article } = madeUpArticle('Velm memory', [
			'Velm memory is a kind of computer memory that keeps its data without power. It was invented by Tomas Varnholm in 1980.',
			'Varnholm worked in Ostra. Most cameras now use velm memory.'
		]);
		expect(agentIdeas(article).map((i) => i.prompt)).toEqual(['Who invented velm memory?']);
	});
});
