/**
 * What the bold definition kinds (`idea-bold-defined.ts`, `idea-bold-called.ts`) share: which
 * words may be a bold term (`TERM_WORDS`), which bold terms may be asked (`askableTerm`), which
 * keys are fair (`fairKey`: plain, standalone, not giving the term away), and how the term's
 * question is put (`askOf`). Pure.
 */
import type { ArticleView } from './ideas';
import { givenAway } from './idea-key';
import { emphasised } from './idea-bold';
import { POINTER } from './idea-this-called';
import { NOT_PLAIN } from './idea-term-words';
import { pointsIntoArticle } from './standalone';

/** One to five words of a term: letters, hyphens, an apostrophe ("Newton's cradle"). */
export const TERM_WORDS = String.raw`\p{L}[\p{L}'’-]*(?:\s+\p{L}[\p{L}'’-]*){0,4}`;

/** A word of the term that is no term: a preposition, "the" inside, a number word. */
const NOT_TERM =
	/(?:^|\s)(?:the|of|to|in|on|at|by|for|with|from|and|or|not|no|hundred|thousand|million)(?:\s|$)/u;

/** True when a bold term may be asked (`emphasised`, not a function word's phrase). */
export function askableTerm(term: string, article: ArticleView): boolean {
	return emphasised(term, article) && !NOT_TERM.test(term.toLowerCase());
}

/** A superlative or ordinal first in the key: a rank, not a definition ("the rarest type"). */
const RANKS = /^(?:the|an?)\s+(?:most|least|\p{Ll}{3,}est|first|second|third|last|only)\b/u;

/** A key whose head is followed by a clause of its own: "a gas, so …", "a disease and it …". */
const TWO_CLAUSES = /,\s+(?:so|but|and|or|while|whereas|because)\s/u;

/** True when a key is a plain, standalone definition of `term`. */
export function fairKey(key: string, term: string): boolean {
	return (
		!givenAway(key, term) &&
		!POINTER.test(key) &&
		!pointsIntoArticle(key) &&
		!RANKS.test(key) &&
		!NOT_PLAIN.test(key) &&
		!TWO_CLAUSES.test(key)
	);
}

/** "What is a strigil?", "What are setae?", "What was the Cold War?": the term's own question. */
export function askOf(term: string, determiner: string, verb: string): string {
	const plural = verb === 'are' || verb === 'were';
	const past = verb === 'was' || verb === 'were';
	const be = plural ? (past ? 'were' : 'are') : past ? 'was' : 'is';
	const d = determiner.toLowerCase();
	const article = d === 'the' ? 'the ' : plural || !d ? '' : /^[aeiou]/iu.test(term) ? 'an ' : 'a ';
	return `What ${be} ${article}${term}?`;
}
