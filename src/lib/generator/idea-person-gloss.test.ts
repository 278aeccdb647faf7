import { describe, expect, it } from 'vitest';
import { appositionIdeas } from './idea-apposition';
import { jobOnlyGloss } from './idea-person-gloss';
import { madeUpArticle } from './ideas.test-helpers';

describe("a person's gloss that is only a job, where the sentence tells a deed (gen40)", () => {
	it('refuses a bare class or job and keeps a gloss that tells a deed or a sentence that only brings the person in', () => {
		expect(
			jobOnlyGloss('an official of the Ostran mint in Lumen', 'The script was read in 1790 by')
		).toBe(true);
		expect(jobOnlyGloss('a man of remarkably humble origins', 'Among its leaders was')).toBe(true);
		expect(jobOnlyGloss('a general who commanded the northern armies', 'In 701')).toBe(false);
		expect(jobOnlyGloss('a young soldier linked to the Black Hand', 'The king was shot by')).toBe(
			false
		);
		expect(jobOnlyGloss('a teenage nephew of the king with a strong claim', 'There was also')).toBe(
			false
		);
	});

	it('asks no handout person by a job alone', () => {
		const { article } = madeUpArticle('The Ostran Script', [
			'The Ostran script was used in Lumen from 300 to 900.',
			'It was finally read in 1790 by Ivo Marten Brandt, an official of the Ostran mint in Lumen.',
			'The town later recruited Pell Arno Vasse, a carpenter and student at the college of Lumen, as its first engineer.',
			'The council recruited Dorn Asa Keller, a general who commanded the northern armies of Lumen, as its marshal.',
			'There was also Edda Varn, a teenage niece of the king with a strong claim but little support.'
		]);
		const prompts = appositionIdeas(article).map((i) => i.prompt);
		expect(prompts).not.toContain('Who was Ivo Marten Brandt?');
		expect(prompts).not.toContain('Who was Pell Arno Vasse?');
		expect(prompts).toContain('Who was Dorn Asa Keller?');
		expect(prompts).toContain('Who was Edda Varn?');
	});
});
