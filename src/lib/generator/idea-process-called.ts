import type { ArticleView, Idea } from './ideas';
import { definitionCard } from './idea-text';
import { keyTerm } from './idea-term-words';
import { CONNECTIVE, POINTER } from './idea-this-called';
import { pointsIntoArticle } from './standalone';
import { isHandout } from './handout';

/**
 * A textbook names a process after the clause that tells it: "In a multicellular organism, cells
 * become specialised to carry out particular jobs, a process called differentiation." → "What is
 * differentiation?", the clause as the key (gen35, issue 12: seven handouts of h30–h36 name
 * their processes so and none was asked). Only the comma form, whose process is the whole
 * clause before it; "… where proteins are made, in a process called protein synthesis" names a
 * process of a relative clause, not of the sentence's subject. As `idea-this-called.ts`: only in
 * a handout, the clause standing alone (no pointer, no connective), 6–35 words, the term a
 * common-noun key term. "also" is dropped: it points back to the sentence before. Pure.
 */

/** ", a process called leaching." at the sentence's end. */
const PROCESS_CALLED =
	/^(.+?),\s+a\s+process\s+(?:called|known\s+as)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})\.$/u;

const MIN_WORDS = 6;
const MAX_WORDS = 35;

/** The process cards of a handout (`PROCESS_CALLED`), in reading order. */
export function processCalledIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.flatMap((sentence) => {
		const m = PROCESS_CALLED.exec(sentence.text);
		if (!m) return [];
		const [, clause, term] = m;
		const described = clause.replace(/\s+also\b/gu, '');
		const count = described.split(/\s+/u).length;
		if (count < MIN_WORDS || count > MAX_WORDS || /[?:;"“”()]/u.test(described)) return [];
		if (POINTER.test(described) || CONNECTIVE.test(described) || pointsIntoArticle(described))
			return [];
		if (!keyTerm(term, article)) return [];
		return [definitionCard(sentence, `What is ${term}?`, described, described)];
	});
}
