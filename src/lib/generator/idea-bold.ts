import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { glossKey } from './idea-apposition';
import { givenAway } from './idea-key';
import { POINTER } from './idea-this-called';
import { pointsIntoArticle } from './standalone';
import { fold } from './text';
import { isHandout } from './handout';

/**
 * A handout's bold key terms (`ArticleView.emphasis`, gen50): teachers bold the terms they will
 * test, so bold is the author's own sign that a term is brought in here, not pointed back to.
 * gen51 (issue 12's recall): the existing key-term kinds read the shapes a bold term is defined
 * in, and lift for a bold term only the refusals that exist because a plain text gives no such
 * sign (`idea-term.ts`'s "used again", `idea-term-apposition.ts`'s "the …" and one-word rule);
 * this module adds the one shape no kind read: "This is an **electromagnet**: a magnet that can
 * be switched on and off with the current." Pure.
 */

/**
 * True when the author emphasised `term` (`ArticleView.emphasis`), with or without its article:
 * "**the nacelle**" and "the **nacelle**" are one term.
 */
export function emphasised(term: string, article: ArticleView): boolean {
	if (!article.emphasis?.size) return false;
	const folded = fold(term);
	return (
		article.emphasis.has(folded) || article.emphasis.has(folded.replace(/^(?:the|a|an)\s+/u, ''))
	);
}

/**
 * "This is an electromagnet: a magnet that …", "This is a fault: a crack in …": the term after
 * "This is", a colon, then its gloss, a noun phrase with "a"/"an" that runs to the sentence's end.
 */
const THIS_IS_COLON =
	/^This\s+is\s+(a|an)\s+(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,4}):\s+(a|an)\s+(\p{Ll}[^:;()“”"]*?)\.$/u;

/**
 * The "This is a **term**: a gloss." cards of a handout, in reading order: the term bold
 * (`emphasised`), the gloss a plain definition (`glossKey`: five to twenty words, no hedge, time
 * word or pointer), not said by the term's own words (`givenAway`), pointing nowhere. Asked "What
 * is an electromagnet?", keyed by the gloss whole.
 */
export function boldColonIdeas(article: ArticleView): Idea[] {
	if (!article.emphasis?.size || !isHandout(article)) return [];
	return article.sentences.flatMap((sentence) => {
		const m = THIS_IS_COLON.exec(sentence.text);
		if (!m) return [];
		const [, article0, term, determiner, gloss] = m;
		if (!emphasised(term, article)) return [];
		const key = glossKey(determiner, gloss);
		if (!key || givenAway(key, term) || POINTER.test(key) || pointsIntoArticle(key)) return [];
		const asked = `${article0} ${term}`;
		return [
			{
				kind: 'term' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: `What is ${asked}?`,
				answer: capitalise(key),
				start: 0,
				span: key,
				context: `${capitalise(asked)} is ${key}.`,
				weight: 0
			}
		];
	});
}
