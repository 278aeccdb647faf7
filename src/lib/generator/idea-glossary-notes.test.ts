import { describe, expect, it } from 'vitest';
import { glossaryEntry, glossaryIdeas } from './idea-glossary';
import { madeUpArticle } from './ideas.test-helpers';
import type { Sentence } from './text';

/**
 * A student's own revision notes: "- **Term** – meaning" lines under the topic's heading, no
 * key-terms heading (gen83, issue 12: 14 of a student's 30 such lines gave no card). Made-up
 * words only: the rules hold for any list of this shape.
 */
const line = (text: string, section = 'Velm cells'): Sentence =>
	({ text, section, index: 0 }) as unknown as Sentence;

const cards = (blocks: string[]) =>
	glossaryIdeas(madeUpArticle('Velm revision', blocks).article).map((i) => [i.prompt, i.answer]);

/** Three class glosses: the section reads as a list of terms. */
const CLASS_LINES = [
	'Velmocyte – a small cell that stores lumite in the velm gland.',
	'Lumen wall – a rigid layer made of ostrin that surrounds velm cells.',
	'Ostrase – a velm enzyme made of protein that breaks down lumite.'
];

describe('glossaryEntry: a definition read whole (gen83)', () => {
	it('reads a plural after "of" as a noun, not a verb', () => {
		expect(
			glossaryEntry(
				line('Velmosis – the net movement of lumites from a region of high to low velm.')
			)?.key
		).toBe('the net movement of lumites from a region of high to low velm');
		expect(
			glossaryEntry(line('Ostrosis – the spread of velm molecules across a thin lumen wall.'))?.key
		).toBe('the spread of velm molecules across a thin lumen wall');
		// A definite subject and its verb stay a clause.
		expect(
			glossaryEntry(
				line('Eccentricity – the shape of the velm’s orbit changes from round to oval.')
			)
		).toBeUndefined();
	});

	it('reads no verb inside a relative clause as the main clause’s', () => {
		expect(
			glossaryEntry(
				line(
					'Lumen skin – a thin barrier made of two velm layers that controls what enters and leaves the cell.'
				)
			)?.term
		).toBe('Lumen skin');
		expect(
			glossaryEntry(line('Velmote – an organism made of cells that have a lumen and a velm core.'))
				?.term
		).toBe('Velmote');
		// A present verb in the main clause is a statement, not a meaning.
		expect(
			glossaryEntry(line('Amplifier – a small velm signal controls a larger current.'))
		).toBeUndefined();
	});

	it('reads a plural term’s bare plural gloss as an entry flagged `bare`, when asked to', () => {
		const plural = line('Velmi – tiny lumen sacs in the ostra with thin walls for gas exchange.');
		expect(glossaryEntry(plural, true)).toMatchObject({ term: 'Velmi', bare: true });
		// A section's count of entries never sees it.
		expect(glossaryEntry(plural)).toBeUndefined();
		// A singular term's "-s" gloss is a clause: "flows" is a verb.
		expect(
			glossaryEntry(line('Velm diode: current flows in one direction only.'), true)
		).toBeUndefined();
		// A plural subject with its own verb is a claim.
		expect(
			glossaryEntry(line('Lumites – knights from Ostra joined the velm march.'), true)
		).toBeUndefined();
	});
});

describe('glossaryIdeas: a list of class glosses is a list of terms (gen83)', () => {
	it('asks its "the … of …" and bare plural lines too', () => {
		expect(
			cards([
				'# Velm cells',
				...CLASS_LINES,
				'Velm transport – the movement of lumites against a velm gradient using energy.',
				'Velmation – the loss of lumen vapour from the leaves of an ostra.',
				'Ostrava – tiny pores on the underside of velm leaves that open and close.',
				'Velmocytes – small cells that store lumite.',
				'Lumite site – the region of an ostrase where the velm binds.'
			]).map(([prompt]) => prompt)
		).toEqual([
			'What is meant by the term “velmocyte”?',
			'What is meant by the term “lumen wall”?',
			'What is meant by the term “ostrase”?',
			'What is meant by the term “velm transport”?',
			'What is meant by the term “velmation”?',
			'What is meant by the term “ostrava”?',
			'What is meant by the term “velmocytes”?',
			'What is meant by the term “lumite site”?'
		]);
	});

	it('keeps refusing labels where the lines gloss by no class', () => {
		expect(
			cards([
				'# Why velm stores fail',
				'Neglect – the absence of checks on the jars for months.',
				'Damp – the loss of lumen seals in wet weather.',
				'Ostrava – tiny pores on the underside of velm leaves that open and close.',
				'Mould – a grey fungus that grows on wet velm.'
			])
		).toEqual([['What is meant by the term “mould”?', 'A grey fungus that grows on wet velm']]);
	});

	it('asks a nominal definition in any list, not a label glossed by an event', () => {
		expect(
			cards([
				'# How velms wear away',
				'Velm action – the force of the lumen hitting the banks and forcing air into cracks.',
				'Lumen drift – the movement of ostra along the velm shore.',
				'Collapse – the fall of the velm bank in the great flood.',
				'Mould – a grey fungus that grows on wet velm.'
			]).map(([prompt]) => prompt)
		).toEqual([
			'What is meant by the term “velm action”?',
			'What is meant by the term “lumen drift”?',
			'What is meant by the term “mould”?'
		]);
	});

	it('keeps refusing a label glossed by a run of noun phrases, in any list', () => {
		expect(
			cards([
				'# Velm cells',
				...CLASS_LINES,
				'Social – the chance of a velm feast, the pressure of family and the honour of the guild.'
			]).map(([prompt]) => prompt)
		).not.toContain('What is meant by the term “social”?');
	});

	it('keeps refusing a place', () => {
		expect(
			cards([
				'# Velm cells',
				...CLASS_LINES,
				'Velmshire – the region in Ostra whose quarries supplied the lumite.'
			]).map(([prompt]) => prompt)
		).not.toContain('What is meant by the term “velmshire”?');
	});
});
