import type { ArticleView } from './ideas';

/**
 * Whether a document is a teacher's handout (issue 12): the one test every handout rule shares
 * (`idea-term.ts`'s textbook forms, `idea-deed.ts`, `idea-when.ts`, `idea-truth.ts`,
 * `idea-known-as.ts`, `idea-apposition.ts`, `idea-this-called.ts`, `idea-milestone.ts`,
 * `idea-sense.ts`). Until gen24 each rule switched off above 1,200 words, so an outsider's
 * 1,214-word bonding handout and 1,230-word rivers handout got no drafts at all: a handout does
 * not stop being one at 1,201 words. A short document is still a handout (every paragraph is one
 * a teacher chose); a longer one is when it reads as a teaching text: it names the terms it
 * teaches as a textbook does ("is called", "known as", "meaning") at a handout's rate, and has no
 * encyclopedia lead (a lead sentence that defines the title, `ArticleView.ref`). Both are rates
 * and properties of the text, not of its length, so more paragraphs of the same kind never turn
 * a handout into an article. Pure.
 */

/** Words at or under which any document is a handout (a page a teacher chose every line of). */
const SHORT_WORDS = 1200;

/**
 * Sentences naming a term as a textbook does, per 1,000 words, at or above which a longer text
 * is a teaching text. Measured (gen24, as `taughtRate` counts): the outsider's bonding and rivers
 * handouts 5.8 and 4.9; of the 499 random Wikipedia articles over 1,200 words in dev test20–24,
 * the highest with no encyclopedia lead 3.4 (three at 3.3–3.4, whose drafts were trivia).
 */
const TAUGHT_PER_1000 = 4;

/** A sentence naming a term: "… is called erosion", ", called a cation", "known as", ", meaning …". */
const TEACHES =
	/\b(?:is|are)\s+(?:often\s+|also\s+|then\s+)?called\s+\p{Ll}|,\s+called\s+(?:an?\s+|the\s+)?\p{Ll}|\bknown\s+as\s+(?:an?\s+|the\s+)?\p{Ll}|,\s+meaning\s+(?:that\s+)?\p{Ll}|\bis\s+the\s+name\s+(?:given\s+)?(?:to|for)\b/u;

/** Sentences that name a term as a textbook does (`TEACHES`), per 1,000 words of the document. */
export function taughtRate(article: ArticleView): number {
	if (article.wordCount === 0) return 0;
	const taught = article.sentences.filter((s) => !s.quoted && TEACHES.test(s.text)).length;
	return (taught * 1000) / article.wordCount;
}

/**
 * True when an article is a teacher's handout: at most 1,200 words, or a teaching text of any
 * length (no encyclopedia lead, terms named at `TAUGHT_PER_1000` or more).
 */
export function isHandout(article: ArticleView): boolean {
	if (article.wordCount <= SHORT_WORDS) return true;
	return !article.ref && taughtRate(article) >= TAUGHT_PER_1000;
}
