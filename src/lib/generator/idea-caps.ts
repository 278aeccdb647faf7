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
	// displace the terms the text defines in its sentences.
	glossary: 2
};

/**
 * Most of a kind a long document may give (`PER_WORDS`), `MAX_SCALED` unless said here. A key-term
 * list is the teacher's own list of what to learn: its cards were accepted 148 of 156 times in
 * blind review H12 (three reviewers), and a 980-word handout listing ten terms kept three at a
 * cap of five (gen49, issue 12). One per 100 words, up to ten (gen63): a 1,000-word handout's
 * list of nine or ten terms lost its most central ones ("echolocation" in a list on bats) at six.
 * One per 70 words, up to fourteen (gen71): a student's revision notes are lists of terms, and
 * a 570-word set of biology notes kept five of its eight (lipase, ribosomes and the cytoplasm
 * left out); h52–h54's handouts lost nothing and gained nothing.
 */
const MAX_SCALED_OF: Partial<Record<IdeaKind, number>> = { glossary: 14 };

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
	truth: 250,
	glossary: 70
};
const MAX_SCALED = 5;

/** Most drafts of `kind` one article may give (`MAX_PER_KIND`, scaled by `PER_WORDS`). */
export function kindCap(kind: IdeaKind, article: ArticleView): number {
	const per = PER_WORDS[kind];
	if (!per) return MAX_PER_KIND[kind];
	const scaled = Math.min(MAX_SCALED_OF[kind] ?? MAX_SCALED, Math.floor(article.wordCount / per));
	return Math.max(MAX_PER_KIND[kind], scaled);
}
