import type { ArticleView } from './ideas';

/**
 * A teacher's section headings (gen38, issue 12: 12 long handouts of dev h28–h37 were read as
 * articles and got no draft at all; the Vikings handout's "Who were the Vikings?", the Qin
 * handout's "Why it matters" and "Discussion questions"). A heading that asks its reader a
 * question ("Why did the Nationalists win?", "Where is the tundra?") is how a lesson divides its
 * text: 70 of the 226 dev handouts h1x–h37 have one, and 1 of the 1,826 Wikipedia articles of dev
 * test1–test35 (the free software movement's "How will programmers get paid?", whose lead
 * defines its subject as an encyclopedia's does). So a question heading, or a heading only study
 * material has, makes a long text with no encyclopedia lead a handout (`handout.ts`). Pure.
 */

/** Headings only study material has, beside `handout.ts`'s ("Key terms", "Check your understanding"). */
const STUDY_SECTION =
	/^(?:why\s+it\s+matters|why\s+does\s+it\s+matter|(?:discussion|review|revision|practice|summary|exam(?:-style)?)\s+questions|(?:themes|points|things)\s+to\s+(?:consider|think\s+about|remember)|think\s+about\s+it)\s*[?.:]?$/iu;

/** A heading that asks a question of its own: "Why did the Vikings leave Scandinavia?". */
const ASKS =
	/^(?:why|how|what|who|whom|which|where|when|was|were|is|are|did|does|do|can|should)\b.*\?\s*$/iu;

/**
 * True when a text's headings are a lesson's: one asks a question ("Who were the Vikings?",
 * `ASKS`) or is a study section ("Why it matters", "Discussion questions", `STUDY_SECTION`), and
 * its lead defines no subject as an encyclopedia's does (`ArticleView.ref`).
 */
export function lessonHeadings(article: ArticleView): boolean {
	if (article.ref) return false;
	const headings = new Set(article.sentences.map((s) => s.section.trim()).filter(Boolean));
	return [...headings].some((h) => ASKS.test(h) || STUDY_SECTION.test(h));
}
