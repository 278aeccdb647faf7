import { describe, expect, it } from 'vitest';
import { isHandout } from './handout';
import { madeUpArticle } from './ideas.test-helpers';

/** A long story with no sign of a lesson: about 1,500 words of plain past-tense prose. */
const story = Array.from(
	{ length: 150 },
	(_, i) => `In year ${i} the velm traders of Ostra sailed north with tin and came home with furs.`
);

const handout = (headings: string[]) =>
	isHandout(
		madeUpArticle('The Velm Traders', [
			...headings.flatMap((h, i) => [`# ${h}`, ...story.slice(i * 50, i * 50 + 50)])
		]).article
	);

describe('a long text whose headings are a lesson’s is a handout (gen38)', () => {
	it('reads a heading that asks a question, or a study section, as a lesson’s', () => {
		expect(handout(['The first voyages', 'Why did the traders sail north?', 'Legacy'])).toBe(true);
		expect(handout(['The first voyages', 'The tin trade', 'Why it matters'])).toBe(true);
		expect(handout(['The first voyages', 'The tin trade', 'Discussion questions'])).toBe(true);
	});

	it('reads an article’s plain headings as no lesson', () => {
		expect(handout(['The first voyages', 'The tin trade', 'Legacy'])).toBe(false);
		expect(handout(['History', 'Questions', 'See also'])).toBe(false);
	});
});
