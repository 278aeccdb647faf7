import { describe, expect, it } from 'vitest';
import { functionEntry, revisionIdeas } from './revision-list';
import { glossaryIdeas } from './idea-glossary';
import { madeUpArticle } from './ideas.test-helpers';
import type { Sentence } from './text';

const INTRO = 'This handout explains how a velm cell works. You will need it for the test.';

const cards = (blocks: string[]) =>
	revisionIdeas(madeUpArticle('Velm cells', blocks).article).map((i) => [i.prompt, i.answer]);

const sentence = (text: string): Sentence => ({ doc: 'd', index: 0, section: '', text });

describe('functionEntry: a revision list’s term and what it does (gen69)', () => {
	it('reads a dashed function gloss and a bare one-word term with its verb', () => {
		expect(
			functionEntry(sentence('Lumen – contains the velm fluid and controls the pod.'))
		).toMatchObject({
			term: 'Lumen',
			gloss: 'contains the velm fluid and controls the pod'
		});
		expect(functionEntry(sentence('Velmase breaks down lumate into sugars.'))).toMatchObject({
			term: 'Velmase',
			gloss: 'breaks down lumate into sugars'
		});
	});

	it('reads no label, no clause, no process subject, no pronoun', () => {
		for (const text of [
			'Planning – limiting building on the most exposed land.',
			'Grinding – rocks carried by the stream scrape the bed.',
			'Warming – rising seas can drown the marsh.',
			'Active transport moves substances against a gradient.',
			'It controls what enters the pod.',
			'In releases before the war, velm players could not trade.',
			'Lumen – contains the fluid; it is made in the pod.'
		])
			expect(functionEntry(sentence(text)), text).toBeUndefined();
	});
});

describe('revisionIdeas: a list of three or more function entries under one heading (gen69)', () => {
	it('asks what each term does, framed in the handout', () => {
		expect(
			cards([
				INTRO,
				'# Parts of the cell',
				'A velm cell has a lumen.',
				'Lumen – contains the velm fluid and controls the activities of the pod.',
				'Pod wall – controls what enters and leaves the pod.',
				'Velmase breaks down lumate into sugars.'
			])
		).toEqual([
			[
				'In the handout “Velm cells”, what does the lumen do?',
				'Contains the velm fluid and controls the activities of the pod'
			],
			[
				'In the handout “Velm cells”, what does the pod wall do?',
				'Controls what enters and leaves the pod'
			],
			['In the handout “Velm cells”, what does velmase do?', 'Breaks down lumate into sugars']
		]);
	});

	it('asks nothing of fewer than three entries under one heading', () => {
		expect(
			cards([
				INTRO,
				'# Parts of the cell',
				'Lumen – contains the velm fluid and controls the pod.',
				'Pod wall – controls what enters and leaves the pod.',
				'# Enzymes',
				'Velmase breaks down lumate into sugars.'
			])
		).toEqual([]);
	});

	it('lets the glossary keep a class gloss that stands in such a list', () => {
		const { article } = madeUpArticle('Velm cells', [
			INTRO,
			'# Parts of the cell',
			'Lumen – contains the velm fluid and controls the pod.',
			'Pod wall – controls what enters and leaves the pod.',
			'Vesicle – a small sac that stores lumate until the pod needs it.',
			'Each vesicle is round.'
		]);
		expect(glossaryIdeas(article).map((i) => i.answer)).toEqual([
			'A small sac that stores lumate until the pod needs it'
		]);
	});

	it('lets the glossary keep a process’s site in such a list, not a place', () => {
		const { article } = madeUpArticle('Velm cells', [
			INTRO,
			'# Parts of the cell',
			'Lumen – contains the velm fluid and controls the pod.',
			'Pod wall – controls what enters and leaves the pod.',
			'Velmosome – the site of lumic respiration, where energy is released from lumate.',
			'Each cell holds many velmosomes.'
		]);
		expect(glossaryIdeas(article).map((i) => i.answer)).toEqual([
			'The site of lumic respiration, where energy is released from lumate'
		]);
	});
});
