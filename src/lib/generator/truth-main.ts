import type { ArticleView } from './ideas';

/**
 * Which handouts' dates are main content for a true-or-false statement (issue 12, gen56). In the
 * blind reviews H12–H15 the year statements reviewers rejected as "a minor date" came from
 * handouts that date little: a science, geography or arts handout whose few years are side notes
 * (a letter of Mozart's in a piano handout, an expedition's members in a magnetism one, a paper
 * on whale song, the Night Tube); a history handout, dated throughout, asks its events' years.
 * Pure.
 */

/** A year as `idea-truth.ts` reads one: 1000–2099 as a whole word. */
const YEAR = /(?<![\d–-])\b(?:1[0-9]{3}|20[0-9]{2})\b/u;

/** Sentences shorter than this are headings' fragments or list labels, not counted. */
const MIN_WORDS = 4;

/**
 * Least share of a handout's sentences that name a year for its years to be main content:
 * past verdicts of the statements the generator still made (H1–H15, every reviewer) were
 * accepted far more often above it than below (`questions/unseen/README.md`, gen56).
 */
export const DATED_SHARE = 0.15;

/** The share (0–1) of an article's sentences of four words or more that name a year. */
export function datedShare(article: Pick<ArticleView, 'sentences'>): number {
	const counted = article.sentences.filter((s) => s.text.split(/\s+/u).length >= MIN_WORDS);
	if (!counted.length) return 0;
	return counted.filter((s) => YEAR.test(s.text)).length / counted.length;
}

/** True when a handout dates enough of its sentences for a year statement to be main content. */
export function datesAreMain(article: Pick<ArticleView, 'sentences'>): boolean {
	return datedShare(article) >= DATED_SHARE;
}

/**
 * A birth as a statement: "X was born on 2 December 1859 in Paris" tests a life's start date, a
 * biographical detail (H15: Wilbur Wright's birth, all three reviewers; H14: Seurat's, one).
 */
export function birthStatement(text: string): boolean {
	return /\bborn\b/iu.test(text.replace(/\([^)]*\)/gu, ''));
}
