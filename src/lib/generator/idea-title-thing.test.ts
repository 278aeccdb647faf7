import { describe, expect, it } from 'vitest';
import { titleThingIdeas } from './idea-title-thing';
import { madeUpArticle } from './ideas.test-helpers';

describe('the year a thing the title names was made, told of "the <noun>" (gen48)', () => {
	it('names the thing in full and keeps the wrong years inside the years its sentence gives', () => {
		const { article } = madeUpArticle('The Velm River and the Ostra High Bridge', [
			'The Velm is a long river in the north of Ostra.',
			'The first bridge at Ostra, now called the Ostra Low Bridge, was built of wood in 1850.',
			'The Ostra High Bridge became a symbol of the new state. Work began in 1900 and the bridge was completed in 1912; it was opened to traffic in May 1913.'
		]);
		const ideas = titleThingIdeas(article);
		expect(ideas.map((i) => [i.prompt, i.answer])).toEqual([
			['In what year was the Ostra High Bridge completed?', '1912']
		]);
		for (const wrong of ideas[0].distractors ?? []) {
			expect(Number(wrong)).toBeGreaterThan(1900);
			expect(Number(wrong)).toBeLessThan(1913);
		}
	});

	it('asks nothing when "the bridge" may be another bridge, or the text gives another year', () => {
		const { article: other } = madeUpArticle('The Velm River and the Ostra High Bridge', [
			'The Velm is a long river in the north of Ostra.',
			'The Ostra High Bridge became a symbol of the new state.',
			'Upstream the old Varn Bridge stood for a century, and the bridge was rebuilt in 1950. Later the bridge was completed in 1952.'
		]);
		expect(titleThingIdeas(other)).toEqual([]);
		const { article: twice } = madeUpArticle('The Velm River and the Ostra High Bridge', [
			'The Velm is a long river in the north of Ostra.',
			'The Ostra High Bridge became a symbol of the new state, and the bridge was completed in 1912.',
			'Some books say the bridge was completed in 1914.'
		]);
		expect(titleThingIdeas(twice)).toEqual([]);
	});

	it('asks nothing in a long article that is no handout', () => {
		const { article } = madeUpArticle('The Velm River and the Ostra High Bridge', [
			'The Ostra High Bridge became a symbol of the new state, and the bridge was completed in 1912.',
			...Array.from(
				{ length: 120 },
				() => 'Velm salts are mined in the dark wet hills of the north.'
			)
		]);
		expect(titleThingIdeas(article)).toEqual([]);
	});
});
