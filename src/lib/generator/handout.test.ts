import { describe, expect, it } from 'vitest';
import { isHandout, lessonSigns, taughtRate } from './handout';
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

/**
 * A made-up history handout of `sections` sections (about 90 words each) that names no term as
 * a textbook does ("is called"): H6's long history handouts (gen30) teach by telling a story.
 */
function kingdomHandout(sections: number, lesson: boolean): string[] {
	return Array.from({ length: sections }, (_, i) => {
		const place = word(i);
		const opening = lesson && i === 0 ? 'This handout follows the wars of Velmor. ' : '';
		const ask = lesson && i === 1 ? ` Why did the ${place} lords agree so quickly?` : '';
		const you = lesson ? ` As you read, notice how each treaty changed the map.` : '';
		return [
			`# The treaty of ${place}`,
			`${opening}In the spring the army of Velmor marched north to the river towns of ${place}. The lords of ${place} had quarrelled for years over the tolls on the river, and the king hoped to end the quarrel by force. After a short siege the town surrendered, and its lords signed a treaty that gave the king half of the river tolls.${ask}${you} The treaty held for many years, and the towns grew rich on the trade that passed along the river to the sea.`
		];
	}).flat();
}

describe('a long handout that tells a story is a handout (gen30: H6 long handouts got 0 drafts)', () => {
	it('reads a text that names itself a handout and asks or addresses its reader as a handout', () => {
		const lesson = madeUpArticle('The Wars of Velmor', kingdomHandout(18, true)).article;
		expect(lesson.wordCount).toBeGreaterThan(1500);
		expect(taughtRate(lesson)).toBe(0);
		expect(lessonSigns(lesson)).toEqual(['address', 'asks', 'namesItself']);
		expect(isHandout(lesson)).toBe(true);
	});

	it('reads the same story with no sign of a lesson as an article', () => {
		const story = madeUpArticle('The Wars of Velmor', kingdomHandout(18, false)).article;
		expect(lessonSigns(story)).toEqual([]);
		expect(isHandout(story)).toBe(false);
	});

	it("counts no sign in someone else's words: a quotation's 'you' and question, a work's title", () => {
		const blocks = kingdomHandout(18, false).map((b, i) =>
			i % 2
				? `${b} The old king told his son, "You will hold these towns when you are grown. Will you keep them?" A ballad of the time, What Shall You Give the River?, was sung in every town.`
				: b
		);
		const article = madeUpArticle('The Wars of Velmor', blocks).article;
		expect(lessonSigns(article)).toEqual([]);
		expect(isHandout(article)).toBe(false);
	});

	it('needs more than two signs unless the text names itself a lesson (an interview asks and says "you")', () => {
		const blocks = kingdomHandout(18, true).map((b) =>
			b.replace('This handout follows', 'The chronicle follows')
		);
		const article = madeUpArticle('The Wars of Velmor', blocks).article;
		expect(lessonSigns(article)).toEqual(['address', 'asks']);
		expect(isHandout(article)).toBe(false);
	});

	it('reads a text that only names itself a handout, or only has a study heading, as a handout (gen33)', () => {
		const story = kingdomHandout(18, false);
		const names = madeUpArticle('The Wars of Velmor', [
			...story.slice(0, 3),
			`${story[3]} This handout follows the river towns to the sea.`,
			...story.slice(4)
		]).article;
		expect(lessonSigns(names)).toEqual(['namesItself']);
		expect(isHandout(names)).toBe(true);
		for (const heading of [
			'Key terms to learn',
			'Check your understanding',
			'Questions to consider'
		]) {
			// A Markdown file as read keeps its heading as a line of its own.
			const studies = madeUpArticle('The Wars of Velmor', [
				...story,
				heading,
				'What did the treaty give the king?'
			]).article;
			expect(lessonSigns(studies)).toContain('studies');
			expect(isHandout(studies)).toBe(true);
		}
		for (const heading of [
			'# Summary',
			'# Key events',
			'Key terms were agreed at the first meeting.'
		]) {
			const article = madeUpArticle('The Wars of Velmor', [
				...story,
				heading,
				'The treaty gave the king half the tolls.'
			]).article;
			expect(lessonSigns(article)).toEqual([]);
			expect(isHandout(article)).toBe(false);
		}
	});
});

describe('a long text that bolds its terms is a handout (gen50: h33 immune system, 1,389 words, 0 drafts)', () => {
	// The long cave text with its "is called" naming taken out: no sign of a lesson but its terms.
	const plain = caveHandout(22).map((b) => b.replace(/is called the/gu, 'feeds the'));
	const terms = Array.from({ length: 22 }, (_, i) => word(i));

	it('reads the terms its author bolded in running text as a sign of a lesson', () => {
		const bolded = madeUpArticle('Cave Crystals', plain, terms).article;
		expect(words(plain)).toBeGreaterThan(1600);
		expect(lessonSigns(bolded)).toContain('emphasises');
		expect(isHandout(bolded)).toBe(true);
		expect(articleIdeas(bolded).length).toBeGreaterThan(
			articleIdeas(madeUpArticle('Cave Crystals', plain).article).length
		);
	});

	it('does not read an encyclopedia lead’s few bolded names, or bold not in the text, as one', () => {
		const lead = madeUpArticle('Cave Crystals', plain, terms.slice(0, 3)).article;
		expect(lessonSigns(lead)).not.toContain('emphasises');
		expect(isHandout(lead)).toBe(false);
		const elsewhere = ['quartz', 'calcite', 'gypsum', 'halite', 'pyrite', 'galena'];
		expect(isHandout(madeUpArticle('Cave Crystals', plain, elsewhere).article)).toBe(false);
	});
});
