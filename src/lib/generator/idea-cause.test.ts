import { describe, expect, it } from 'vitest';
import { causeIdeas } from './idea-cause';
import { madeUpArticle } from './ideas.test-helpers';

describe('kind 11: a cause the document states outright', () => {
	it('asks what caused an effect named in full, the cause a whole noun phrase', () => {
		const { article } = madeUpArticle('Ostra', [
			'Ostra is a town on the coast of the northern sea.',
			'The great fire of Ostra was caused by a lamp left burning in a bakery. The town was rebuilt in stone.',
			'A cold winter led to the famine of the northern valleys. Many farmers left for the coast.'
		]);
		expect(causeIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			['What caused the great fire of Ostra?', 'A lamp left burning in a bakery'],
			['What led to the famine of the northern valleys?', 'A cold winter']
		]);
	});

	it("asks the cause of the title's event when the text says only 'The cause was …'", () => {
		const { article } = madeUpArticle('The Elsby Earthquake', [
			'The Elsby Earthquake struck the town of Elsby on a winter morning.',
			'The cause was movement along the boundary between the Varn plate and the Ostra plate, which meet south of the town.',
			'Most houses fell within minutes.'
		]);
		expect(causeIdeas(article).map((i) => [i.prompt, i.answer])).toEqual([
			[
				'What was the cause of the Elsby Earthquake?',
				'Movement along the boundary between the Varn plate and the Ostra plate'
			]
		]);
	});

	it('asks no cause that is one of several, hedged, a list, a view, or not whole', () => {
		const { article } = madeUpArticle('Ostra', [
			'Ostra is a town on the coast of the northern sea.',
			'The great fire of Ostra was caused by a lamp left burning in a bakery. Some said the great fire was caused by lightning.',
			'The flood of the lower town was partly caused by heavy rain.',
			'The famine of the valleys was caused by drought and war.',
			'The riot in the harbour was caused by it.',
			'The collapse of the bridge was caused by a flaw, which the builders had hidden.',
			'The plague of the port was caused by rats from a ship. Other causes of the plague were dirt and crowding.'
		]);
		expect(causeIdeas(article)).toEqual([]);
	});
});
