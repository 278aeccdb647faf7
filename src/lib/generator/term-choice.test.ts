import { describe, expect, it } from 'vitest';
import { alike, termChoiceIdeas } from './term-choice';
import { madeUpArticle } from './ideas.test-helpers';

const INTRO =
	'This handout explains how a velm plant moves its sap. You will need it for the test.';

const questions = (blocks: string[]) =>
	termChoiceIdeas(madeUpArticle('Velm plants', blocks).article).map((i) => [
		i.prompt,
		i.answer,
		[...(i.distractors ?? [])].sort()
	]);

describe('alike: two definitions one term could both fit', () => {
	it('reads shared content words', () => {
		expect(alike('tissue that carries lumic sap up', 'tissue that carries sugars down')).toBe(true);
		expect(alike('a pore that lets gas into a leaf', 'a substance that speeds up a reaction')).toBe(
			false
		);
		expect(
			alike('a rock formed from cooled velm', 'a rock formed from cooled velm underground')
		).toBe(true);
	});
});

describe('termChoiceIdeas: "Which term means …?" from a key-term list (gen76)', () => {
	const list = [
		INTRO,
		'# Key terms',
		'Xylon – a cell that carries lumic sap up from the roots.',
		'Stoma – a cell that lets gas into a leaf.',
		'Velmase – a cell that speeds up a reaction in the sap.',
		'Lumiwort – a cell that stores starch in the stem.'
	];

	it('asks the last entry, the list’s other terms the wrong choices', () => {
		expect(questions(list)).toEqual([
			[
				'Which term means a cell that stores starch in the stem?',
				'lumiwort',
				['stoma', 'velmase', 'xylon']
			]
		]);
	});

	it('asks nothing of a list of three', () => {
		expect(questions(list.slice(0, 5))).toEqual([]);
	});

	it('leaves out a term the key names, and a list whose definitions are alike', () => {
		expect(
			questions([
				...list.slice(0, 5),
				'Phlon – a cell that carries lumic sugars down from the leaves.',
				'Lumiwort – a cell that stores starch in the stem next to the xylon.'
			])
		).toEqual([
			[
				'Which term means a cell that stores starch in the stem next to the xylon?',
				'lumiwort',
				['phlon', 'stoma', 'velmase']
			]
		]);
		expect(
			questions([
				INTRO,
				'# Key terms',
				'Xylon – tissue that carries lumic sap up from the roots.',
				'Phlon – tissue that carries lumic sap down from the leaves.',
				'Velmon – tissue that carries lumic sap across the stem.',
				'Stoma – a pore that lets gas into a leaf.'
			])
		).toEqual([]);
	});

	it('takes no choice that stands out by its capital or its kind', () => {
		expect(
			questions([
				INTRO,
				'# Key terms',
				'Velmarch – a long road that carries lumic sap to the coast.',
				'Lumion – a state that joined the eastern side.',
				'Orvat – a city that led the northern side.',
				'Stoma – a pore that lets gas into a leaf.',
				'Blockra – using ships to stop goods going into the ports.'
			])
		).toEqual([]);
	});

	it('asks no definition that names the key’s root or points back, nor an adjective among nouns', () => {
		const tail = [
			'Stoma – a cell that lets gas into a leaf.',
			'Velmase – a cell that speeds up a reaction in the sap.',
			'Lumiwort – a cell that stores starch in the stem.'
		];
		const ask = (entry: string) => questions([INTRO, '# Key terms', ...tail, entry]);
		expect(ask('Antivelm – a cell that works against velm poison.')).not.toContainEqual(
			expect.arrayContaining(['antivelm'])
		);
		expect(ask('Lumicity – the lumic force between two stems.')).not.toContainEqual(
			expect.arrayContaining(['lumicity'])
		);
		expect(ask('Orvine – a cell that keeps it clean with hooks.')).not.toContainEqual(
			expect.arrayContaining(['orvine'])
		);
		expect(
			ask('Orvine – a cell that keeps the leaves clean (the word is old Velmish).')
		).not.toContainEqual(expect.arrayContaining(['orvine']));
		expect(ask('Velmic – powered by sap under pressure.')).not.toContainEqual(
			expect.arrayContaining(['velmic'])
		);
		expect(ask('Orvine – a cell that keeps the leaves clean with hooks.')).toContainEqual(
			expect.arrayContaining(['orvine'])
		);
	});

	it('reads "can be …" as a quality beside things', () => {
		expect(
			questions([
				INTRO,
				'# Key terms',
				'Stoma – a material that lets gas into a leaf.',
				'Velmite – can be drawn out into thin threads.',
				'Lumate – a material that speeds up a reaction in the sap.',
				'Orvis – a material that does not let sap pass through.'
			])
		).toEqual([]);
	});

	it('takes no choice of another class (H30 S72: "altitude sickness" for a kind of volcano)', () => {
		const head = [INTRO, '# Key terms', 'Stoma – a material that lets gas into a leaf.'];
		const tail = [
			'Lumate – a material that speeds up a reaction in the sap.',
			'Orvis – a material that does not let sap pass through.'
		];
		// Orvis's class has two other terms: no question of orvis with the illness as a choice.
		expect(
			questions([...head, 'Velmite – an illness caused by thin air.', ...tail]).map(
				([, answer]) => answer
			)
		).not.toContain('orvis');
		expect(
			questions([...head, 'Velmite – a material that glows in the dark.', ...tail]).map(
				([, answer]) => answer
			)
		).toEqual(['orvis']);
	});
	it('asks only a key with three others of its class (H31 S47, S08: a volume among tubes)', () => {
		const tubes = [
			INTRO,
			'# Key terms',
			'Stoma – a tube that lets gas into a leaf.',
			'Velmite – a tube that takes sap to the buds.',
			'Lumate – a tube that joins two roots together.'
		];
		// The only volume among tubes: a student picks it by its kind, so no question of it.
		expect(
			questions([...tubes, 'Orvis – the largest volume of sap a stem can hold.']).map(
				([, answer]) => answer
			)
		).not.toContain('orvis');
		// Three tubes have no fourth of their class either: the list asks nothing.
		expect(questions([...tubes, 'Orvis – the largest volume of sap a stem can hold.'])).toEqual([]);
		expect(
			questions([
				INTRO,
				'# Key terms',
				'Stoma – the volume of gas a leaf takes in at once.',
				'Velmite – the volume of dew that settles on bark overnight.',
				'Lumate – the volume of air held inside a hollow seed.',
				'Orvis – the largest volume of sap a stem can hold.'
			]).map(([, answer]) => answer)
		).toEqual(['orvis']);
	});
});
