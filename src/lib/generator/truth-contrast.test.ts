import { describe, expect, it } from 'vitest';
import { contrastSwap, openingOf, type SubjectKind } from './truth-contrast';
import { personSwap } from './truth-person';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';

const terms = new Set([
	'brindle',
	'sallow',
	'marl tissue',
	'crest form',
	'trough form',
	'velm drum',
	'orvis'
]);
const kindOf = (s: string): SubjectKind | undefined =>
	terms.has(s.toLowerCase()) ? 'term' : undefined;

describe('contrastSwap: a parallel sentence of the handout gives the false subject', () => {
	const texts = [
		'Some plants of the valley have two kinds of fibre.',
		'Brindle carries salt and grit down from the upper leaves.',
		'Sallow carries sap made in the buds to the growing tips.',
		'The crest form is wide, with one ring of spines on each stem.',
		'The trough form is narrow, with two rings of spines on each stem.'
	];

	it('swaps a bolded subject for the one a parallel sentence opens on', () => {
		expect(contrastSwap(texts, 1, kindOf)).toEqual({ value: 'Brindle', at: 0, wrong: 'Sallow' });
		expect(contrastSwap(texts, 2, kindOf)).toEqual({ value: 'Sallow', at: 0, wrong: 'Brindle' });
	});

	it('keeps "The": the bolded term after it changes', () => {
		expect(contrastSwap(texts, 3, kindOf)).toEqual({
			value: 'crest form',
			at: 4,
			wrong: 'trough form'
		});
	});

	it('refuses predicates that say the same thing of both subjects', () => {
		const same = [
			'Brindle grows in damp shade under the oldest trees.',
			'Sallow grows in damp shade on the river banks.'
		];
		expect(contrastSwap(same, 0, kindOf)).toBeUndefined();
	});

	it('refuses a comparison whose other term is in the parallel sentence', () => {
		const compared = [
			'Brindle stems are heavy, weighing about nine kilograms each.',
			'Sallow stems are lighter, weighing about two kilograms each.'
		];
		expect(contrastSwap(compared, 1, (s) => kindOf(s.replace(/ stems$/u, '')))).toBeUndefined();
	});

	it('refuses a superlative with no noun it ranks', () => {
		const ranked = [
			'Brindle is the most widespread outside the valleys.',
			'Sallow is found only on the river banks of the north.'
		];
		expect(contrastSwap(ranked, 0, kindOf)).toBeUndefined();
	});

	it('refuses a step of a list the handout gives elsewhere', () => {
		const steps = [
			'The crest form was the final step, made to carry three riders.',
			'The trough form was the first step, made for one rider alone.'
		];
		expect(contrastSwap(steps, 0, kindOf)).toBeUndefined();
	});

	it('after "is", swaps no subjects of two classes (H30 S77: a disease is no gas)', () => {
		const classes = [
			'Brindle is an inherited condition in which the leaves turn pale.',
			'Sallow is a bitter gas given off, for example, by rotting bark.'
		];
		expect(contrastSwap(classes, 0, kindOf)).toBeUndefined();
		const same = [
			'Brindle is soft and carries salt down from the leaves.',
			'Sallow is hard and carries sap up to the buds.'
		];
		expect(contrastSwap(same, 0, kindOf)).toEqual({ value: 'Brindle', at: 0, wrong: 'Sallow' });
	});

	it('whatever the verb, swaps no terms the handout puts in two classes (H31 S61)', () => {
		const drum = 'The velm drum was cast in bronze by a smith of the valley.';
		const home = "The orvis was home to the valley's rulers for centuries.";
		// A drum (its own last word) and a fort (what a sentence says it is): false to anyone.
		expect(
			contrastSwap([drum, 'An orvis is a stone fort on a hill above a town.', home], 2, kindOf)
		).toBeUndefined();
		// One class, or no class said of the orvis: a swap the handout refutes.
		expect(
			contrastSwap([drum, 'An orvis is a great drum that hangs in a temple.', home], 2, kindOf)
		).toEqual({ value: 'orvis', at: 4, wrong: 'velm drum' });
		expect(contrastSwap([drum, home], 1, kindOf)).toEqual({
			value: 'orvis',
			at: 4,
			wrong: 'velm drum'
		});
	});

	it('refuses subjects the handout does not bold, far sentences and a sentence naming both', () => {
		expect(openingOf('Farmers carry the sap to the mill.', kindOf)).toBeUndefined();
		const far = [
			texts[1],
			...Array(7).fill('A filler sentence of the handout goes here.'),
			texts[2]
		];
		expect(contrastSwap(far, 0, kindOf)).toBeUndefined();
		const both = ['Brindle, unlike sallow, carries salt down from the leaves.', texts[2]];
		expect(contrastSwap(both, 0, kindOf)).toBeUndefined();
	});
});

describe('personSwap: another doer of the handout as the false one', () => {
	const people = new Set(['Ada Brell', 'Tomas Orlen', 'Ivo Marsh', 'Ada', 'Brell', 'Orlen']);
	const isPerson = (n: string) => people.has(n);
	const texts = [
		'Ada Brell discovered the comet of the northern sky.',
		'The college was built on a hill above the harbour.',
		'Tomas Orlen built the first telescope of the college.'
	];

	it('swaps the doer for the nearest doer of another deed', () => {
		expect(personSwap(texts, 0, isPerson)).toEqual({
			value: 'Ada Brell',
			at: 0,
			wrong: 'Tomas Orlen'
		});
	});

	it('refuses partners named in one sentence and a shared deed', () => {
		const partners = [...texts, 'Ada Brell and Tomas Orlen wrote to each other for years.'];
		expect(personSwap(partners, 0, isPerson)).toBeUndefined();
		const shared = [texts[0], 'Tomas Orlen discovered a second comet a year later.'];
		expect(personSwap(shared, 0, isPerson)).toBeUndefined();
	});

	it('swaps the role noun with the name, never the name alone', () => {
		const roles = [
			'In that year the Varnish chemist Ada Brell discovered the comet of the northern sky.',
			'The Ostran engineer Tomas Orlen built the first telescope of the college.'
		];
		expect(personSwap(roles, 0, isPerson)?.wrong).toBe('the Ostran engineer Tomas Orlen');
	});
});

describe('truthIdeas with contrasts', () => {
	it('asks a handout term false by its parallel sentence, with no year in it', () => {
		const { article } = madeUpArticle(
			'Fibres of Varnland Plants',
			[
				'Plants of the Varnland valleys have two kinds of fibre.',
				'Brindle carries salt and grit down from the upper leaves of the plant.',
				'Sallow carries sap made in the buds to the growing tips of the plant.'
			],
			['brindle', 'sallow']
		);
		const falses = truthIdeas(article).filter((i) => i.answer === 'false');
		expect(falses.map((i) => i.prompt)).toContain(
			'Sallow carries salt and grit down from the upper leaves of the plant.'
		);
		for (const idea of falses) expect(idea.explanation).toMatch(/says this of .*, not of /u);
	});
});
