/**
 * How many drafts each idea kind may give one article (`ideas.ts`'s kinds): a fixed cap, and for
 * the body kinds one that grows with the article's length.
 */
import type { ArticleView, IdeaKind } from './ideas';

/**
 * Most drafts one kind may give an article: one definition and one year (every other year of an
 * article is the year of a minor event: U1, U2); the leaders a report keeps naming, three. No
 * quota by length: what no kept kind can ask is not asked (issue 12: fewer drafts at 70% beat
 * more at 40%).
 */
export const MAX_PER_KIND: Record<IdeaKind, number> = {
	lead: 1,
	year: 1,
	role: 3,
	trait: 1,
	milestone: 1,
	agent: 1,
	// A teacher's handout defines several key terms and names several events (gen17, issue 12).
	term: 4,
	happening: 2,
	// Body kinds (gen18): scaled by length (`PER_WORDS`), at least this many.
	deed: 1,
	when: 1,
	where: 1,
	cause: 1,
	truth: 1,
	// A handout's key-term list (`idea-glossary.ts`, gen35): its own cap, so its entries never
	// displace the terms the text defines in its sentences. Not scaled by length (gen80): a list
	// of terms is what its author wrote to learn line by line, and a cap of one per 70 words
	// (gen71) dropped a student's own entries from 530- and 600-word notes of eight or nine
	// definitions ("enzyme", "lag time", "watershed"). Twenty stopped a student's own 30-line
	// revision list at 20 of its 28 definitions (gen83): each line is a card its author wrote
	// to learn, so forty, which stops a page-long glossary only.
	glossary: 40,
	// A notes' word equations and formulae (`idea-word-equation.ts`, `idea-word-formula.ts`,
	// gen87): each is a line its author wrote to learn; a page of acids' reactions holds five or
	// six, a page of forces five formulae.
	equation: 12
};

/**
 * Most of a kind a long document may give (`PER_WORDS`), `MAX_SCALED` unless said here. None
 * is said since the key-term list's cap stopped scaling (gen80; it grew from five to one per
 * 70 words up to fourteen in gen49–gen71, each time because a list lost its own terms).
 */
const MAX_SCALED_OF: Partial<Record<IdeaKind, number>> = {};

/**
 * Kinds whose cap grows with the document: one more per this many words, up to `MAX_SCALED`. A
 * teacher wants several questions per 1,000 words about the body, not one per document (gen18):
 * a handout of 1,000 words holds more key terms, causes and claims than a note of 300.
 */
const PER_WORDS: Partial<Record<IdeaKind, number>> = {
	deed: 300,
	when: 300,
	where: 400,
	term: 400,
	cause: 600,
	// A handout's statements (the only texts `idea-truth.ts` asks): ww1's 650 words held ten
	// checked statements and kept one (gen20a).
	truth: 250
};
const MAX_SCALED = 5;

/** Most drafts of `kind` one article may give (`MAX_PER_KIND`, scaled by `PER_WORDS`). */
export function kindCap(kind: IdeaKind, article: ArticleView): number {
	const per = PER_WORDS[kind];
	if (!per) return MAX_PER_KIND[kind];
	const scaled = Math.min(MAX_SCALED_OF[kind] ?? MAX_SCALED, Math.floor(article.wordCount / per));
	return Math.max(MAX_PER_KIND[kind], scaled);
}
