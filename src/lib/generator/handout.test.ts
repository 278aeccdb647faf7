import { describe, expect, it } from 'vitest';
import { isHandout, taughtRate } from './handout';
import { articleIdeas } from './idea-drafts';
import { madeUpArticle } from './ideas.test-helpers';

const FIRST = ['zar', 'vel', 'mor', 'tis', 'quen', 'bral', 'dov', 'kesh', 'lun', 'prav', 'sul'];
const LAST = ['ite', 'ome', 'ule', 'ane'];

/** A made-up word for paragraph `i` ("zarite", "velome"): each paragraph teaches its own terms. */
function word(i: number, offset = 0): string {
	const n = i * 2 + offset;
	return `${FIRST[n % FIRST.length]}${FIRST[Math.floor(n / FIRST.length) % FIRST.length]}${LAST[n % LAST.length]}`;
}

/**
 * A made-up cave-science handout of `paragraphs` sections (about 80 words each, a heading and a
 * paragraph teaching two terms as a teacher's handout does: "A T is …", "… is called the U").
 */
function caveHandout(paragraphs: number): string[] {
	return Array.from({ length: paragraphs }, (_, i) => {
		const t = word(i);
		const u = word(i, 1);
		return [
			`# Crystals of type ${i + 1}`,
			`A ${t} is a small crystal that forms in cold caves under the hills. Each ${t} grows slowly over many years, and miners look for the ${t} when they dig. The thin layer of dust around a ${t} is called the ${u}, and the ${u} keeps the crystal dry. You can see the ${u} under a simple lens in class. Water that drips onto a ${t} slowly turns its colour from white to grey.`
		];
	}).flat();
}

function words(blocks: string[]): number {
	return blocks.join(' ').split(/\s+/u).length;
}

describe('a handout is a handout at any length (gen24: the outsider got 0 drafts at 1,214 words)', () => {
	it('reads a long teaching text as a handout, a long text that names no terms as an article', () => {
		const long = madeUpArticle('Cave Crystals: How They Grow', caveHandout(22));
		expect(long.article.wordCount).toBeGreaterThan(1600);
		expect(taughtRate(long.article)).toBeGreaterThanOrEqual(4);
		expect(isHandout(long.article)).toBe(true);
		const plain = caveHandout(22).map((b) => b.replace(/is called the/gu, 'feeds the'));
		const article = madeUpArticle('Cave Crystals', plain).article;
		expect(isHandout(article)).toBe(false);
		expect(isHandout(madeUpArticle('Cave Crystals', plain.slice(0, 20)).article)).toBe(true);
	});

	it('keeps every draft of the first part when the same handout grows from 900 to 1,600 words', () => {
		const first = caveHandout(11);
		expect(words(first)).toBeLessThan(1000);
		const base = articleIdeas(madeUpArticle('Cave Crystals: How They Grow', first).article);
		const firstPart = base.map((i) => `${i.prompt} | ${i.answer}`);
		expect(firstPart).toContain(
			'What is the thin layer of dust around a zarzarite called? | Velzarome'
		);
		for (let n = 12; n <= 22; n += 2) {
			const grown = caveHandout(n);
			const ideas = articleIdeas(madeUpArticle('Cave Crystals: How They Grow', grown).article);
			const texts = new Set(ideas.map((i) => `${i.prompt} | ${i.answer}`));
			expect([words(grown), firstPart.filter((d) => !texts.has(d))]).toEqual([words(grown), []]);
		}
	});
});
