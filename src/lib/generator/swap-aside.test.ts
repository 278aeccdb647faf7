import { describe, expect, it } from 'vitest';
import { inAside } from './swap-aside';
import { truthIdeas } from './idea-truth';
import { madeUpArticle } from './ideas.test-helpers';

const at = (text: string, year: string) => inAside(text, text.indexOf(year));

describe('a swapped year inside an aside (gen40)', () => {
	it('finds a year in a relative or participle aside the sentence goes on after', () => {
		expect(
			at('The Varn Fund, created in 2006 and paid for by Ostra, pays for new wells.', '2006')
		).toBe(true);
		expect(
			at('Large dams such as Kessel Dam, which began working in 2012, flood the valley.', '2012')
		).toBe(true);
		expect(at('The Elsby Canal, opened in 1869, made Ostra rich.', '1869')).toBe(true);
	});

	it('finds none in the main claim, a fronted date, a trailing phrase or before a new clause', () => {
		expect(at('In 1215, the army of Ostra took the city.', '1215')).toBe(false);
		expect(at('Marta Kell retired to a farm but was killed in 1723.', '1723')).toBe(false);
		expect(at('Ostra is a port town, founded by fishers in 1412.', '1412')).toBe(false);
		expect(at('The canal opened in 1869, and trade grew at once.', '1869')).toBe(false);
		expect(
			at('After the flood, the town rebuilt its harbour in 1688, which cost a fortune.', '1688')
		).toBe(false);
	});

	it('asks a handout statement whose year sits in an aside only as true', () => {
		let asked = 0;
		for (const order of [0, 1, 2, 3]) {
			const blocks = [
				'Ostra is a port town on the coast of Varnland. It was settled by fishers in 1412.',
				'The town harbour was rebuilt by Marta Kell in 1688 after a great storm.',
				'The Ostra Fund, created in 1702 and paid for by the salt traders, pays for new wells.',
				'Jonas Berg built the first bridge of Ostra in 1730. Berg was a carpenter from Elsby.'
			];
			const { article } = madeUpArticle(`Ostra ${'x'.repeat(order)}`, blocks);
			const fund = truthIdeas(article).filter((i) => i.context?.startsWith('The Ostra Fund'));
			for (const idea of fund) expect(idea.answer).toBe('true');
			asked += fund.length;
		}
		expect(asked).toBeGreaterThan(0);
	});
});
