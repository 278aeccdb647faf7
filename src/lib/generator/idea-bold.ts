import type { ArticleView, Idea } from './ideas';
import { capitalise, definitionCard } from './idea-text';
import { glossKey } from './idea-apposition';
import { givenAway } from './idea-key';
import { POINTER } from './idea-this-called';
import { pointsIntoArticle } from './standalone';
import { fold, type Sentence } from './text';
import { isHandout } from './handout';

/**
 * A handout's bold key terms (`ArticleView.emphasis`, gen50): teachers bold the terms they will
 * test, so bold is the author's own sign that a term is brought in here, not pointed back to.
 * gen51 (issue 12's recall): the existing key-term kinds read the shapes a bold term is defined
 * in, and lift for a bold term only the refusals that exist because a plain text gives no such
 * sign (`idea-term.ts`'s "used again", `idea-term-apposition.ts`'s "the …" and one-word rule);
 * this module adds the two shapes no kind read: "This is an **electromagnet**: a magnet that can
 * be switched on and off with the current." and "a **coup** (a sudden, illegal seizure of
 * power)". Pure.
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
 * True when a bold phrase is no term to ask "What is a …?" of: a preposition's phrase ("bends
 * **towards the normal** (an imaginary line …)" glosses "the normal"), a phrase with "the" inside,
 * an abstract noun whose gloss tells its case here ("good **sensitivity** (a large, visible
 * change …)": "What is a sensitivity?"), a number word ("each **hundred** (a subdivision of a
 * county)" has other senses). A "the" term is never asked either (`idea-term-apposition.ts`):
 * "What is the nacelle?" points into the handout, and a frame from the title was wrong on dev
 * ("the ionosphere" in a handout on light).
 */
export function notAskable(term: string): boolean {
	return (
		/^(?:towards?|away|from|into|onto|in|on|at|by|of|with|too|more|less|very|not|and|or|up|down|out|off|over|under|below|above)\s/u.test(
			term
		) ||
		/\sthe\s/u.test(term) ||
		/(?:ity|ness|ism|ance|ence|ment|tion|sion|ly)$/u.test(term) ||
		/^(?:hundred|thousand|million|billion|dozen|score)s?$/u.test(term)
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
		return [definitionCard(sentence, `What is ${asked}?`, key, `${capitalise(asked)} is ${key}.`)];
	});
}

/**
 * "a coup (a sudden, illegal seizure of power)", "quotas (a limit on the quantity of …)", "the
 * duodenum (the first part of the small intestine)": a lower-case term of one to five words, then
 * its gloss in brackets. Which words are the term is the bold list's to say (`parenIdea`).
 */
const TERM_PAREN =
	/((?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Ll}[\p{Ll}-]*)\s+\(((?:a|an|the)\s+\p{Ll}[^()]*?|\p{Ll}[^(),]*?)\)/gu;

/** A bare plural class and what sets it apart: "switches that use …", "cells used for …". */
const BARE_CLASS =
	/^(?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*s\s+(?:that|which|who|used|made|for)\s/u;

/** An aside of examples or a comparison after a gloss: ", like the Thames", ", such as …". */
const EXAMPLES_AFTER = /,?\s+(?:like|such\s+as|including|e\.g\.)\s.*$/u;

/** A bracket that is no gloss: an example, a plural, a symbol, a date, a measure. */
const NO_PAREN_GLOSS =
	/\b(?:for\s+example|for\s+instance|e\.g|i\.e|singular|plural|symbol|introduced|see|or|also)\b|\d/u;

/**
 * The bracketed glosses of a handout's bold terms (`TERM_PAREN`), at most one per sentence: the
 * term bold (`emphasised`), the gloss with its examples cut off (`EXAMPLES_AFTER`), a plain
 * definition (`glossKey`: five to twenty words, no hedge, time word or pointer), never an example,
 * plural or symbol (`NO_PAREN_GLOSS`), not said by the term's own words. A gloss with "a"/"an"
 * asks "What is a coup?" ("What are quotas?" for a plural term); one with "the" is not asked
 * (`notAskable`);
 * a bare gloss only of a plural term ("relays (switches that …)"), whose gloss is a plural noun
 * phrase, never of a singular ("traction (large boulders rolled along the bed)" tells what moves,
 * not what traction is).
 */
export function boldParenIdeas(article: ArticleView): Idea[] {
	if (!article.emphasis?.size || !isHandout(article)) return [];
	return article.sentences.flatMap((sentence) => {
		for (const m of sentence.text.matchAll(TERM_PAREN)) {
			const idea = parenIdea(sentence, m, article);
			if (idea) return [idea];
		}
		return [];
	});
}

/** The idea of one bracketed gloss (`boldParenIdeas`), or undefined. */
function parenIdea(
	sentence: Sentence,
	m: RegExpMatchArray,
	article: ArticleView
): Idea | undefined {
	const [, words, rawGloss] = m;
	const parts = words.split(/\s+/u);
	const term = parts
		.map((_, i) => parts.slice(i).join(' '))
		.find((t) => !/^(?:the|an?)\s/u.test(t) && emphasised(t, article));
	if (!term || notAskable(term)) return undefined;
	const gloss = rawGloss.replace(EXAMPLES_AFTER, '').trim();
	if (NO_PAREN_GLOSS.test(gloss)) return undefined;
	const [, determiner = '', rest = gloss] = /^(a|an|the)\s+(.*)$/u.exec(gloss) ?? [];
	const plural = /[^su]s$/u.test(term);
	// "relays (switches that use …)": a bare gloss is a plural class with what sets it apart, not
	// a measure ("hundreds to hundreds of thousands of …") or a place ("where particles are …").
	if (!determiner && !(plural && BARE_CLASS.test(gloss))) return undefined;
	const key = glossKey(determiner, rest);
	if (!key || givenAway(key, term) || POINTER.test(key) || pointsIntoArticle(key)) return undefined;
	if (determiner === 'the') return undefined;
	const prompt = plural
		? `What are ${term}?`
		: `What is ${/^[aeiou]/u.test(term) ? 'an' : 'a'} ${term}?`;
	return definitionCard(sentence, prompt, key, `${capitalise(term)}: ${key}.`);
}
