import { describe, expect, it } from 'vitest';
import { appositionIdeas } from './idea-apposition';
import { jobOnlyGloss, roleGloss, sideGloss } from './idea-person-gloss';
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

describe('a person’s gloss as a side detail (H13, gen52)', () => {
	it('reads a role noun as a person’s gloss, and a gloss followed by the person’s verb or a former role as a side detail', () => {
		expect(roleGloss('a forestry official from Baden in Ostra')).toBe(true);
		expect(roleGloss('a prince from the east descended from two kings')).toBe(true);
		expect(roleGloss('a plan to defeat Lumen quickly')).toBe(false);
		expect(sideGloss('a veteran of the Varn war', ', launched a national uprising.')).toBe(true);
		expect(sideGloss('a former guild commander who had fled to Lumen', '.')).toBe(true);
		expect(sideGloss('a young soldier linked to the Black Hand', '.')).toBe(false);
	});
});

describe('no "Who was" card on a side gloss (H13 S07, S21, S41, S68, S70; gen52)', () => {
	it('asks neither a one-word name’s job, nor a subject’s gloss, nor a former role', () => {
		const { article } = madeUpArticle('The Varn Realm', [
			'The Varn Realm was a kingdom on the northern sea.',
			'The first velm that a rider could steer was built by Karl von Brandt, a forestry official from Ostra in the north.',
			'The realm was founded in 1526 when Holm, a prince from the east descended from two old kings, defeated the Sultan of Lumen.',
			'In March 1794 Kessel, a veteran of the Varn war of the south, launched a national uprising in Lumen.',
			'The new council included Per Marten, a former guild commander who had fled to Lumen in 1777.',
			'In 1701 the king was shot by Ivo Lind, a young soldier linked to the secret society of the Black Hand.'
		]);
		expect(appositionIdeas(article).map((i) => i.prompt)).toEqual(['Who was Ivo Lind?']);
	});
});
