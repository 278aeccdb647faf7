import type { SourceFile } from '../content/sources';
import type { Candidate, DocInfo } from './candidates';
import type { Lexicon } from './facts';
import { causeIdeas } from './idea-cause';
import { claimIdeas } from './idea-claims';
import { glossIdeas } from './idea-gloss';
import { keyTermIdeas } from './idea-keyterm';
import { deedIdeas } from './idea-deeds';
import { leadIdeas } from './idea-lead';
import { termIdeas } from './idea-terms';
import { yearIdeas } from './idea-year';
import { articleViews, chooseIdeas, type ArticleView, type Idea } from './ideas';
import type { Sentence } from './text';

/**
 * The drafts of documents no editor reads, chosen by idea (`ideas.ts`): every kind proposes its
 * ideas for each article, `chooseIdeas` keeps the most central that pass `passes` (the
 * generator's checks, which record why they reject). Pure.
 */

/** The idea kinds, in the order their ideas are listed (ranking decides what is kept). */
export const IDEA_KINDS: readonly ((article: ArticleView) => Idea[])[] = [
	leadIdeas,
	termIdeas,
	causeIdeas,
	deedIdeas,
	yearIdeas,
	claimIdeas,
	keyTermIdeas,
	glossIdeas
];

/** Every article's chosen drafts, in article order. */
export function ideaDrafts(
	sources: SourceFile[],
	sentences: Sentence[],
	lexicon: Lexicon,
	docs: Map<string, DocInfo>,
	passes: (c: Candidate) => boolean
): Candidate[] {
	return articleViews(sources, sentences, lexicon, docs).flatMap((article) =>
		chooseIdeas(
			IDEA_KINDS.flatMap((kind) => kind(article)),
			article,
			passes
		)
	);
}
