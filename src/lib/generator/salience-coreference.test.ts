import { describe, expect, it } from 'vitest';
import { sentenceKey } from './centrality';
import { madeUpArticle } from './ideas.test-helpers';

/**
 * Which "It …" sentences `salienceOf` resolves to the document's subject. Made-up text, the
 * shape of a pasted "Photosynthesis and Respiration" (outsider teacher, session 35): a title of
 * two subjects, the lead defining the first, a later paragraph about the second.
 */
describe('an "it" names the subject only after a sentence that opens on its own name', () => {
	const { lexicon } = madeUpArticle('Condensation and Evaporation', [
		'Condensation is the change of a gas into a liquid when it cools. Condensation gives out energy to the surroundings.',
		'# Two changes of state',
		'Condensation forms droplets on a cold window. It is an exothermic change, because the particles lose energy.',
		'Evaporation takes place at the surface of a liquid. It is an endothermic change, because the particles take in energy.'
	]);
	const resolved = (text: string) =>
		lexicon.salience?.sentences.get(sentenceKey({ doc: 'm', text }))?.resolved;

	it('resolves "It" after a sentence that opens on the subject', () => {
		expect(resolved('It is an exothermic change, because the particles lose energy.')).toBe(
			'Condensation is an exothermic change, because the particles lose energy.'
		);
	});

	it('leaves "It" alone after a sentence that opens on the title\'s other subject', () => {
		expect(
			resolved('It is an endothermic change, because the particles take in energy.')
		).toBeUndefined();
	});
});
