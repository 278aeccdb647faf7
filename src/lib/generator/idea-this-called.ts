import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { keyTerm, stem } from './idea-term-words';
import { whatOfPerson } from './idea-strict';
import { pointsIntoArticle } from './standalone';
import { fold } from './text';
import { isHandout } from './handout';
import { sourceSays } from './document-frame';

/**
 * A textbook names a key term after describing it: "In a closed system, the forward and backward
 * reactions eventually happen at the same rate. This state is called dynamic equilibrium." →
 * "What is dynamic equilibrium?", the sentence before as the answer, whole (gen20a, issue 12:
 * the teachers' chemistry and biology handouts name their key terms so, and `idea-term.ts` read
 * "This … is called" as a pointer). Only in a handout (`isHandout`, as `idea-term.ts`'s
 * plain terms); the term a common noun the text does not take as its subject (`keyTerm`); the
 * sentence before points nowhere, opens on no connective and does not name the whole term.
 * Pure.
 */

/**
 * "This is called herd immunity.", "This state is called dynamic equilibrium, and …", and with an
 * alias in brackets: "This is called synchronous rotation (or tidal locking)." (gen45: H11's moon
 * handout gave no draft).
 */
const THIS_CALLED =
	/^This(?:\s+\p{Ll}+)?\s+is\s+(?:called|known\s+as)\s+(?:(the|a|an)\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})(?:\s+\(or\s[^)]*\))?(?:\.$|,\s+(?:and|but|which)\s|;)/u;

/** Words that point into the text ("those who" is a relative, not a pointer). */
export const POINTER =
	/\b(?:it|its|they|them|their|this|these|that\s+one|those(?!\s+(?:who|which|that)\b)|he|she|his|her|him|here|there|above|below|former|latter|such(?!\s+as\b))\b/iu;

/** A sentence that goes on from the one before: "However, …", "So …", "Then …". */
export const CONNECTIVE =
	/^(?:However|But|So|And|Then|Also|Thus|Therefore|Instead|Yet|Still|Even|Otherwise|Similarly|Likewise)\b/u;

/** Words of a described sentence a student can give back. */
const MIN_WORDS = 6;
const MAX_WORDS = 40;

/** True when the text names every word of the term: the answer then holds the question. */
function namesWholeTerm(text: string, term: string): boolean {
	const said = fold(text).split(/[^\p{L}\d-]+/u);
	return term.split(/\s+/u).every((t) => said.some((w) => w.startsWith(stem(t).slice(0, 6))));
}

/** The "This is called T" ideas of a handout, in reading order. */
export function thisCalledIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.flatMap((sentence, i) => {
		const m = THIS_CALLED.exec(sentence.text);
		const before = article.sentences[i - 1];
		if (!m || !before || before.index !== sentence.index - 1) return [];
		const [, determiner, term] = m;
		if (!keyTerm(term, article)) return [];
		const described = before.text.replace(/[.!]$/u, '');
		const count = described.split(/\s+/u).length;
		if (count < MIN_WORDS || count > MAX_WORDS || /[?:"“”()]/u.test(described)) return [];
		if (POINTER.test(described) || CONNECTIVE.test(described) || pointsIntoArticle(described))
			return [];
		if (namesWholeTerm(described, term)) return [];
		const asked = determiner ? `${determiner.toLowerCase()} ${term}` : term;
		// "The first time a person meets …" reads as a person's key, and "What" would become "Who".
		if (whatOfPerson(`What is ${asked}?`, capitalise(described))) return [];
		const idea: Idea = {
			kind: 'term',
			sentence: before,
			type: 'flashcard',
			prompt: `What is ${asked}?`,
			answer: capitalise(described),
			start: 0,
			span: described,
			context: described,
			explanation: `${sourceSays(article.doc.short)}: “${before.text} ${sentence.text}”`,
			weight: 0
		};
		return [idea];
	});
}
