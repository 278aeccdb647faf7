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

/**
 * Words a teacher uses to explain rather than record: "because", "this means", "for example",
 * "in other words". Counted as occurrences, not sentences. ("such as" is left out: encyclopedias
 * list with it as often as handouts do.)
 */
const EXPLAINS =
	/\b(?:because|therefore|so\s+that|(?:this|which)\s+means|for\s+(?:example|instance)|in\s+other\s+words|that\s+is,)/giu;

/**
 * Explaining words (`EXPLAINS`) plus term-naming sentences (`TEACHES`), per 1,000 words, at or
 * above which a longer text with no encyclopedia lead explains as a teacher does. Measured
 * (gen26, as `isHandout` counts): 64 long-handout proxies built from the dev handouts h28–h31
 * (two handouts joined, 2,000–2,300 words; a handout padded with its own paragraphs, 1,250–1,600):
 * with `BRACKETS_PER_1000` the gate accepts 38 of the 64 (5 before), and 15 of the 1,047 dev
 * Wikipedia articles over 1,200 words (test20–29; 1 before). A lower bar let in 44 articles whose
 * 34 added drafts were mostly trivia dates and broken keys.
 */
const EXPLAINED_PER_1000 = 3;

/**
 * Opening brackets per 1,000 words under which a text reads as prose for a class: an
 * encyclopedia brackets dates, pronunciations, alternative names and abbreviations (dev
 * test20–29 articles with no lead: median 7.3), a handout rarely does (the proxies: median 2.7).
 */
const BRACKETS_PER_1000 = 6;

/** Occurrences of `pattern` (global) in the document's own sentences, per 1,000 words. */
function rate(article: ArticleView, pattern: RegExp): number {
	if (article.wordCount === 0) return 0;
	let n = 0;
	for (const s of article.sentences) if (!s.quoted) n += s.text.match(pattern)?.length ?? 0;
	return (n * 1000) / article.wordCount;
}

/** Sentences that name a term as a textbook does (`TEACHES`), per 1,000 words of the document. */
export function taughtRate(article: ArticleView): number {
	if (article.wordCount === 0) return 0;
	const taught = article.sentences.filter((s) => !s.quoted && TEACHES.test(s.text)).length;
	return (taught * 1000) / article.wordCount;
}

/**
 * True when an article is a teacher's handout: at most 1,200 words, or a teaching text of any
 * length: no encyclopedia lead, and terms named at `TAUGHT_PER_1000` or more, or explained at
 * `EXPLAINED_PER_1000` or more with fewer than `BRACKETS_PER_1000` brackets.
 */
export function isHandout(article: ArticleView): boolean {
	if (article.wordCount <= SHORT_WORDS) return true;
	if (article.ref) return false;
	if (taughtRate(article) >= TAUGHT_PER_1000) return true;
	// Most long handouts name fewer terms than that (gen26: 59 of 64 proxies under 4); they still
	// explain ("because", "for example") far more often than an encyclopedia, and bracket less.
	const explained = taughtRate(article) + rate(article, EXPLAINS);
	return explained >= EXPLAINED_PER_1000 && rate(article, /\(/gu) < BRACKETS_PER_1000;
}
