import { describe, expect, it } from 'vitest';
import { statedIdeas } from './idea-states';
import { madeUpArticle } from './ideas.test-helpers';

/** The stated-law and stated-definition cards of a short made-up handout. */
function cards(...sentences: string[]): string[] {
	const { article } = madeUpArticle('Fluids and Deserts', [sentences.join(' ')]);
	return statedIdeas(article).map((i) => `${i.prompt} | ${i.answer}`);
}

describe('gen33: a handout states a law or a definition outright', () => {
	it('asks a named law what it states, the key the whole clause', () => {
		expect(
			cards(
				'Velmar’s principle states that the lift on a body in a fluid equals the weight of the fluid it pushes aside.'
			)
		).toEqual([
			'What does Velmar’s principle state? | The lift on a body in a fluid equals the weight of the fluid it pushes aside'
		]);
		expect(
			cards(
				'The law of demand states that, other things being equal, as the price of a good falls, the quantity demanded rises.'
			)
		).toEqual([
			'What does the law of demand state? | Other things being equal, as the price of a good falls, the quantity demanded rises'
		]);
	});

	it('asks how a field defines a term, keeping its hedge', () => {
		expect(
			cards(
				'Geographers usually define a desert as an area that receives less than 250 millimetres of rain a year.'
			)
		).toEqual([
			'How do geographers usually define a desert? | An area that receives less than 250 millimetres of rain a year'
		]);
		expect(
			cards(
				'Osmosis is defined as the net movement of water across a partially permeable membrane.',
				'Cells take in water by osmosis.'
			)
		).toEqual([
			'How is osmosis defined? | The net movement of water across a partially permeable membrane'
		]);
	});

	it('asks a definition by a definite head noun that names what the thing is', () => {
		expect(
			cards(
				'The velmis is the coloured part of the eye.',
				'Diffusion is the net movement of particles from a high to a low concentration.',
				'Cells take in oxygen by diffusion.',
				'The velmis is the first thing a doctor looks at.',
				'Carbon is the fourth most abundant element in the world.'
			)
		).toEqual([
			'What is the velmis? | The coloured part of the eye',
			'What is diffusion? | The net movement of particles from a high to a low concentration'
		]);
	});

	it('refuses an unnamed law, a pointer, a thin key and a view of some', () => {
		expect(
			cards(
				'The second law states that a line from the star to a planet sweeps equal areas in equal times.',
				'It states that the pull between two bodies grows as they come closer together.',
				'Velmar’s rule states that this value doubles.',
				'Historians define the age as the years when these kings ruled the river towns.',
				'It is defined as the net movement of water across a membrane.'
			)
		).toEqual([]);
	});
});
