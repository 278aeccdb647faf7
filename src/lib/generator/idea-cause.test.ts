import { describe, expect, it } from 'vitest';
import { causeIdeas, causeKey } from './idea-cause';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 3: cause and effect', () => {
	const { article } = madeUpArticle('Velmar fever', [
		'Velmar fever is a viral disease of cattle that can spread to people. The disease is spread by ticks, which live in long grass.',
		'The most common cause is the bite of a sand fly.',
		'# Research',
		'Anna Korvel studied the fever for thirty years.',
		'Velmar fever may also be caused by bad water. However, Korvel was convinced that the disease was a virus.',
		'The Velmar vaccine led to the end of the 1931 epidemic and made cattle trade safe again.'
	]);
	const asked = causeIdeas(article).map((i) => [i.prompt, i.answer]);

	it('asks the cause of the subject, naming it where the lead leaves it unsaid', () => {
		expect(asked).toContainEqual([
			'What is the most common cause of Velmar fever?',
			'The bite of a sand fly'
		]);
		expect(asked).toContainEqual(['How is Velmar fever spread?', 'By ticks']);
	});

	it('asks what a named cause led to, cut to its first clause', () => {
		expect(asked).toContainEqual([
			'What did the Velmar vaccine lead to?',
			'The end of the 1931 epidemic'
		]);
	});

	it('asks the symptoms and complications a lead lists, the whole list', () => {
		const { article: fever } = madeUpArticle('Velmar fever', [
			'Velmar fever is a viral disease of cattle. Symptoms include fever, a dry cough, and sore joints. Complications may include blindness, an enlarged liver, or death.'
		]);
		const cards = causeIdeas(fever).map((i) => [i.prompt, i.answer]);
		expect(cards).toContainEqual([
			'What are the symptoms of Velmar fever?',
			'Fever, a dry cough, and sore joints'
		]);
		expect(cards).toContainEqual([
			'What are possible complications of Velmar fever?',
			'Blindness, an enlarged liver, or death'
		]);
	});

	it('never asks from a clause, a modal or a connective', () => {
		expect(asked.some(([p]) => /may|However|convinced/.test(p))).toBe(false);
	});

	it('keeps the source’s hedge in the question (U6 S04: "mainly caused by")', () => {
		const { article } = madeUpArticle('Coastal erosion', [
			'Coastal erosion is the loss of land along the coastline that wears cliffs back.',
			'Coastal erosion is mainly caused by the action of storm waves on soft rock.'
		]);
		expect(causeIdeas(article)[0].prompt).toMatch(/^What mainly causes coastal erosion\?$/i);
	});

	it('keeps a list of ways whole, and lets the answer carry the subject’s acronym (RVF virus)', () => {
		expect(causeKey('touching blood, drinking raw milk, or the bite of infected flies.')).toBe(
			'touching blood, drinking raw milk, or the bite of infected flies'
		);
		expect(causeKey('the VF virus, which is of the Varnavirus type.')).toBe('the VF virus');
		const { article } = madeUpArticle('Velmar fever', [
			'Velmar fever (VF) is a viral disease of cattle that can spread to people. The disease is caused by the VF virus, which is of the Varnavirus type. It is spread by touching blood, drinking raw milk, or the bite of infected flies.'
		]);
		const cards = causeIdeas(article).map((i) => [i.prompt, i.answer]);
		expect(cards).toContainEqual(['What causes Velmar fever?', 'The VF virus']);
		expect(cards).toContainEqual([
			'How is Velmar fever spread?',
			'By touching blood, drinking raw milk, or the bite of infected flies'
		]);
	});

	it('keeps a name’s capitals in the question though its first word is common', () => {
		const { article } = madeUpArticle('Rift Salt fever', [
			'Rift Salt fever is a viral disease of cattle. The disease is caused by the RSF virus.',
			'A rift opened in Vesta.'
		]);
		expect(causeIdeas(article).map((i) => i.prompt)).toContain('What causes Rift Salt fever?');
	});
});
