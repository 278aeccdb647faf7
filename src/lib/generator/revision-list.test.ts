import { describe, expect, it } from 'vitest';
import { functionEntry, pluralTerm, revisionEntry, revisionIdeas } from './revision-list';
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
			'Lumen – contains the fluid; it is made in the pod.',
			// A line that goes on from the line before, its subject dropped (H29 S02).
			'Often holds a small pool called a velmarn.',
			'Usually contains a lumen of velm fluid.',
			'Gradually builds up a ridge of velm.'
		])
			expect(functionEntry(sentence(text)), text).toBeUndefined();
	});
});

describe('revisionIdeas: a list of two or more function entries under one heading (gen69, gen71)', () => {
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

	it('asks nothing of a lone entry under its heading, two make a list (gen71)', () => {
		expect(
			cards([
				INTRO,
				'# Parts of the cell',
				'Lumen – contains the velm fluid and controls the pod.',
				'Pod wall – controls what enters and leaves the pod.',
				'# Enzymes',
				'Velmase breaks down lumate into sugars.'
			]).map(([prompt]) => prompt)
		).toEqual([
			'In the handout “Velm cells”, what does the lumen do?',
			'In the handout “Velm cells”, what does the pod wall do?'
		]);
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

describe('revisionEntry: a site, a class, a colon, a semicolon (gen71)', () => {
	it('reads a colon entry, a plural term’s verb and parts joined by semicolons', () => {
		expect(functionEntry(sentence('Pod wall: controls what enters the pod.'))?.gloss).toBe(
			'controls what enters the pod'
		);
		expect(
			functionEntry(sentence('Velmoplasts – contain velmin; absorb light for growth.'))?.gloss
		).toBe('contain velmin and absorb light for growth');
		expect(functionEntry(sentence('Pod wall – made of lumose; strengthens the pod.'))?.gloss).toBe(
			'strengthens the pod'
		);
	});

	it('refuses a second statement, a pointer back, a cost and two terms in one', () => {
		for (const text of [
			'Muscle pod – contains fibres that slide; lots of velmosomes.',
			'Right chamber: pumps it to the gills.',
			'Weirs – control the flow, but are very expensive to build.',
			'Weirs and sluices – control the flow of the stream.',
			'Velmers make their own food.'
		])
			expect(revisionEntry(sentence(text)), text).toBeUndefined();
	});

	it('reads where a process happens as its site, a bare class with its restriction as a class', () => {
		expect(
			revisionEntry(sentence('Velmosomes – where lumates are made (lumic synthesis).'))
		).toMatchObject({ shape: 'site', term: 'Velmosomes', question: 'where are lumates made' });
		expect(
			revisionEntry(sentence('Lumen – where lumic respiration happens, releasing energy.'))
		).toMatchObject({ shape: 'site', question: 'where does lumic respiration happen' });
		expect(
			revisionEntry(
				sentence('Podplasm – jelly-like fluid where most reactions happen (see below).')
			)
		).toMatchObject({ shape: 'class', key: 'Jelly-like fluid where most reactions happen' });
		expect(revisionEntry(sentence('Meeting – the point where two streams join.'))).toMatchObject({
			shape: 'class',
			key: 'The point where two streams join'
		});
	});

	it('reads no site of a motion, a pointer or a clause, no class of an action', () => {
		for (const text of [
			'Spring – where the stream starts, usually in the hills.',
			'Outfall – where it is made.',
			'Backrush – water running back down the shore.',
			'Grinding – stones carried by the stream that scrape the bed.',
			'Vesicle – a small sac that stores lumate.'
		])
			expect(revisionEntry(sentence(text)), text).toBeUndefined();
	});

	it('asks a site with its part the key, a class as the term’s meaning', () => {
		expect(
			cards([
				INTRO,
				'# Parts of the cell',
				'Velmosomes – where lumates are made.',
				'Podplasm – jelly-like fluid where most reactions happen.'
			])
		).toEqual([
			['In the handout “Velm cells”, where are lumates made?', 'Velmosomes'],
			['What is meant by the term “podplasm”?', 'Jelly-like fluid where most reactions happen']
		]);
	});
});

describe('pluralTerm: a list term’s number, by its gloss’s verb and its ending (blind review H30 S66)', () => {
	it('reads a singular in "-s" as singular, a plural by its verb or its "-s"', () => {
		expect(pluralTerm('pancreas', 'makes velmin and lumagon')).toBe(false);
		expect(pluralTerm('lens', 'focuses light on the pod')).toBe(false);
		expect(pluralTerm('velm gas', 'carries lumen to the pod')).toBe(false);
		expect(pluralTerm('lumochondria', 'release energy in the pod')).toBe(true);
		expect(pluralTerm('pods', 'make velmin')).toBe(true);
		// A note's slip ("Pods – makes …") does not make a plural "-s" term singular.
		expect(pluralTerm('pods', 'makes velmin')).toBe(true);
		expect(pluralTerm('lumen', 'makes velmin')).toBe(false);
	});

	it('asks "what does the pancreas do?", "what do the lumochondria do?"', () => {
		expect(
			cards([
				INTRO,
				'# The glands',
				'Pancreas – makes velmin and lumagon.',
				'Lumochondria – release energy in the pod.'
			]).map(([prompt]) => prompt)
		).toEqual([
			'In the handout “Velm cells”, what does the pancreas do?',
			'In the handout “Velm cells”, what do lumochondria do?'
		]);
	});
});
