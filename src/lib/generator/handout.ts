import type { ArticleView } from './ideas';
import { lessonHeadings } from './handout-headings';
import { fold } from './text';

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

/** Words that speak to the reader: a lesson addresses its student ("you will see"). */
const ADDRESS = /\b(?:you|your|yourself|yourselves)\b/giu;

/** Reader address, per 1,000 words, at or above which a text speaks to its reader. */
const ADDRESS_PER_1000 = 2;

/** A text naming itself as teaching material ("This handout covers …", "In this lesson …"). */
const NAMES_ITSELF = /\bthis\s+(?:handout|lesson|worksheet)\b/iu;

/**
 * A heading only study material has: "Check your understanding", "Key terms to learn", "Key
 * words", "Questions to consider", "Questions for discussion", "Test yourself", "Learning
 * objectives" (gen33: H7's carbon-cycle, endocrine, Congress of Vienna and Korean War handouts).
 * Not "Summary", "Key events", "Key features" or "Questions": Wikipedia articles have those.
 */
const STUDY_HEADING =
	/^(?:key\s+(?:terms|words|vocabulary|points\s+to\s+remember)\b|check\s+(?:your\s+understanding|yourself)\b|questions?\s+(?:to|for)\s+\p{L}|test\s+yourself\b|learning\s+(?:objectives|outcomes)\b)/iu;

/**
 * A study heading (`STUDY_HEADING`), as a heading or as the heading line a text without marked
 * headings keeps as a sentence of its own (a pasted text, a Markdown file as read): at most eight
 * words and no full stop, so a sentence that only opens with the words is none.
 */
function isStudyHeading(line: string): boolean {
	const text = line.trim();
	return STUDY_HEADING.test(text) && !/[.!;]$/u.test(text) && text.split(/\s+/u).length <= 8;
}

/** Textbook naming (`TEACHES`), per 1,000 words, that counts as one sign of a lesson. */
const TAUGHT_SIGN_PER_1000 = 2;

/**
 * A text's own words: quotations cut out, across sentences too ("Dad, had I … put it on the
 * album, I would …", an interview's "you"), and titles of works (a sentence in title case, "What
 * If Everything You Thought You Knew … Was Wrong?"), which are someone else's words.
 */
function ownSentences(article: ArticleView): string[] {
	const text = article.sentences
		.filter((s) => !s.quoted)
		.map((s) => s.text)
		.join('\n')
		.replace(/"[^"]*"|“[^”]*”/gu, '""');
	return text
		.split('\n')
		.map((t) =>
			t.replace(/\b\p{Lu}\p{Ll}*(?:\s+(?:\p{Lu}\p{Ll}*|a|an|the|of|to|in|on|and|or)){2,}\?/gu, '')
		);
}

/** A sign that a text is a lesson (`lessonSigns`). */
export type LessonSign = 'address' | 'asks' | 'namesItself' | 'studies' | 'names' | 'emphasises';

/**
 * Emphasised terms in running text at or above which a text is a lesson: at least
 * `EMPHASISED_TERMS` distinct ones, at `EMPHASISED_PER_1000` per 1,000 words or more. A teacher
 * bolds the terms a class is tested on (gen48: 442 in the 65 dev handouts h32–h39 with no draft;
 * h33's 1,389-word immune-system handout bolds 40 and was no handout by the other signs); an
 * encyclopedia bolds only its title's names in the lead (Wikipedia's style: one to three).
 */
const EMPHASISED_TERMS = 5;
const EMPHASISED_PER_1000 = 3;

/** The distinct emphasised terms (`ArticleView.emphasis`) the article's own sentences hold. */
export function emphasisedInText(article: ArticleView): number {
	if (!article.emphasis?.size) return 0;
	const text = ` ${article.sentences
		.filter((s) => !s.quoted)
		.map((s) => fold(s.text))
		.join(' | ')} `;
	return [...article.emphasis].filter((term) => term && text.includes(` ${term} `)).length;
}

/**
 * The signs of a lesson a text shows, of five (gen30, issue 12: H6's eight long handouts got no
 * draft; a history handout tells a story and names few terms, so `TAUGHT_PER_1000` misses it): it
 * speaks to its reader ("you", `ADDRESS_PER_1000`), asks a question of its own (a sentence or a
 * heading), calls itself a handout, lesson or worksheet, or names terms as a textbook does
 * (`TEACHES`, `TAUGHT_SIGN_PER_1000`), or has a heading only study material has (`STUDY_HEADING`,
 * gen33). Quotations and titles of works are not the text's own
 * words (`ownSentences`). Measured on dev, texts over 1,200 words as the generator counts them:
 * of 1,397 random Wikipedia articles (test20–32) none calls itself a handout and none shows three
 * signs; 7 show two (an interview's "you" and question: Kary Mullis, Alan Jay Lerner; "you" and
 * terms named: Referential transparency). Of the 24 teachers' handouts h32–h34, 13 call themselves
 * a handout and show another sign, or show three. Pure.
 */
export function lessonSigns(article: ArticleView): LessonSign[] {
	if (article.wordCount === 0) return [];
	const own = ownSentences(article);
	const perThousand = (n: number) => (n * 1000) / article.wordCount;
	const address = own.reduce((n, t) => n + (t.match(ADDRESS)?.length ?? 0), 0);
	const headings = new Set(article.sentences.map((s) => s.section));
	const asks = own.some((t) => /\?\s*$/u.test(t)) || [...headings].some((h) => /\?\s*$/u.test(h));
	const signs: Record<LessonSign, boolean> = {
		address: perThousand(address) >= ADDRESS_PER_1000,
		asks,
		namesItself: own.some((t) => NAMES_ITSELF.test(t)),
		studies: [...headings, ...own].some((h) => isStudyHeading(h)),
		names: taughtRate(article) >= TAUGHT_SIGN_PER_1000,
		emphasises: emphasises(article)
	};
	return Object.entries(signs)
		.filter(([, on]) => on)
		.map(([sign]) => sign as LessonSign);
}

/** True when the text emphasises its terms as a lesson does (`EMPHASISED_TERMS`, gen50). */
function emphasises(article: ArticleView): boolean {
	const n = emphasisedInText(article);
	return n >= EMPHASISED_TERMS && (n * 1000) / article.wordCount >= EMPHASISED_PER_1000;
}

/**
 * True when an article is a teacher's handout: at most 1,200 words, or a teaching text of any
 * length: no encyclopedia lead and terms named at `TAUGHT_PER_1000` or more, or three signs of a
 * lesson (`lessonSigns`), or one alone when it is that the text calls itself a handout, lesson or
 * worksheet, has a study heading, or emphasises its terms (`emphasises`, gen50): gen33 found neither in any of the 1,504 Wikipedia articles
 * over 1,200 words of dev test20–33 (two other signs are an interview's in 8 of them), and nine of
 * H6–H7's long handouts with no draft show one of them alone (coasts, the Irish famine, soils).
 */
export function isHandout(article: ArticleView): boolean {
	if (article.wordCount <= SHORT_WORDS) return true;
	if (!article.ref && taughtRate(article) >= TAUGHT_PER_1000) return true;
	// A heading that asks its reader a question, or a study section ("Why it matters", gen38).
	if (lessonHeadings(article)) return true;
	const signs = lessonSigns(article);
	return (
		signs.length >= 3 ||
		signs.includes('namesItself') ||
		signs.includes('studies') ||
		signs.includes('emphasises')
	);
}
