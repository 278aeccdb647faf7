import { describe, expect, it } from 'vitest';
import { articleIdeas } from './idea-drafts';
import { wholeKey } from './idea-key';
import { madeUpArticle } from './ideas.test-helpers';

/** The prompts and keys of a made-up article's ideas. */
function cards(title: string, blocks: string[]): string[] {
	return articleIdeas(madeUpArticle(title, blocks).article).map((i) => `${i.prompt} → ${i.answer}`);
}

/** Blind review U25's failure kinds (issue 12), each on made-up articles. */
describe('U25 kinds (gen25)', () => {
	it('asks a definition of the name a fronted apposition describes, never of the apposition', () => {
		const all = cards('Velmium', [
			'Velmium is a chemical element with the symbol Vm and atomic number 121. The eleventh member of the velmide series, velmium is a soft grey metal that reacts slowly with air.'
		]);
		expect(all.filter((c) => /eleventh member/u.test(c.split(' → ')[0]))).toEqual([]);
		expect(all.filter((c) => /^What is (?:the )?eleventh/u.test(c))).toEqual([]);
	});

	it('keeps a key short of a qualifier in parentheses that makes it true, never drops it', () => {
		expect(
			wholeKey(
				'a story from Ostran legend, which was one of the events that led up to the Long War and (in slightly later versions of the story) to the founding of Velm'
			)
		).toBe('a story from Ostran legend, which was one of the events that led up to the Long War');
		expect(
			wholeKey('a tale that ends (in some accounts) with the death of the king of the hills')
		).toBeUndefined();
		// An alias, a date or a hedged modifier in parentheses says nothing of the claim's truth:
		// it goes ("unfit (usually random) programs" are unfit programs).
		expect(wholeKey('a way of breeding unfit (usually random) programs for a task')).toBe(
			'a way of breeding unfit programs for a task'
		);
		expect(wholeKey('a kick (sometimes called a field goal) that scores three points')).toBe(
			'a kick that scores three points'
		);
		expect(wholeKey('a river (Arn) that flows into the sea of Ostra')).toBe(
			'a river that flows into the sea of Ostra'
		);
		const all = cards('The Choice of Arn', [
			'The Choice of Arn is a story from Ostran legend, which was one of the events that led up to the Long War and (in slightly later versions of the story) to the founding of Velm.'
		]);
		expect(all.filter((c) => /founding of Velm/u.test(c.split(' → ')[1]))).toEqual([]);
	});

	it('never asks what a subject is "referred to", "known" or "described" without its "as"', () => {
		const all = cards('Tomas Varn', [
			'Tomas Jon Varn (born March 28, 1942) is an Ostran philosopher, writer, and cognitive scientist whose research centres on the philosophy of mind, philosophy of science, and philosophy of biology.',
			'As of 2017, he is the co-director of the Centre for Mind Studies at Velm University. Varn is an atheist and a member of the Ostran Secular Board. Varn is referred to as one of the "Four Lamps of Ostran Thought", along with Ada Holt, Mira Arn, and the late Tosk Lind.'
		]);
		expect(all.filter((c) => /\b(?:referred to|described|known)\?/u.test(c))).toEqual([]);
		expect(all.filter((c) => /→ As\b/u.test(c))).toEqual([]);
	});

	it('asks no place a person died or was buried in a village, nor the house they live in', () => {
		const all = cards('Jon Velm', [
			'Sir Jon Velm (3 May 1903 – 2 May 1997) was an Ostran physiologist who won the Arn Prize for his work on the nerve cell.',
			'Velm was born in Melbourne, Australia. He studied medicine at the University of Melbourne and later worked on the nerve cell in Oxford.',
			'He died in 1997 in Tenero-Contra, Locarno, Switzerland. He was buried in Contra, Switzerland.',
			'Jon Velm lives in a restored Colonial Revival House built in 1925 in Daytona Beach.'
		]);
		expect(all.filter((c) => /\b(?:die|buried)\?/u.test(c))).toEqual([]);
		expect(all.filter((c) => /lives in/u.test(c))).toEqual([]);
		// Nor a city of the death, since H22: 6 of 23 blind verdicts accepted a death place.
		const city = cards('Ada Velm', [
			'Ada Velm (3 May 1903 – 2 May 1977) was an Ostran linguist who founded the study of sign systems.',
			'Velm was born in Lumen. She taught at the University of Ostra from 1930 to 1950.',
			'Velm died in Cambridge, Massachusetts on 18 July 1977.',
			'Her students published her last book in 1980.'
		]);
		expect(city.filter((c) => /die\?/u.test(c))).toEqual([]);
		// The birthplace, a fact of the life's start, stays.
		expect(all.filter((c) => /born\? → Melbourne/u.test(c))).toHaveLength(1);
	});
});
