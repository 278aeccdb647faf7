import { meantByTerm } from '$lib/content/term-asked';
import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { keyTerm, namesTerm, NOT_PLAIN, sharesRoot, stem } from './idea-term-words';
import { whatOfPerson } from './idea-strict';
import { CONNECTIVE, POINTER } from './idea-this-called';
import { pointsIntoArticle } from './standalone';
import { fold } from './text';
import { isHandout } from './handout';
import { sourceSays } from './document-frame';

/**
 * A handout names a key term after the thing it describes, in one sentence: "Water that is safe
 * to drink is called potable water." → "What is meant by the term “potable water”?", the
 * described noun phrase as the answer (gen45, issue 12: 6 of H11's 40 handouts, h39, gave no
 * draft at all, and "How Drinking Water Is Treated" names its key term only so). Only in a
 * handout (`isHandout`); only where `idea-term.ts`'s reverse card ("What is … called?") is
 * refused, because the phrase names the term's own words ("Water …" of "potable water") or ranks
 * ("The main cells of the liver"): the forward card may name its genus, as a glossary's does, and
 * the reverse one is kept where it fits (H11 S56 "earthing", accepted by all three reviewers). The
 * term a common noun the text does not take as its subject (`keyTerm`); the described phrase holds no comma, pointer ("they", "this"), reader ("you"),
 * connective or figure list, and does not name the whole term. Pure.
 */

/** "<phrase> is called <term>." with an optional "(or …)" alias after the term. */
const NAMED_CALLED =
	/^(\p{Lu}[^,;:()"“”]*?)\s+(?:is|are)\s+(?:called|known\s+as)\s+(?:an?\s+)?(\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,2})(?:\s+\((?:or|singular)\s[^)]*\))?(?:\.$|,\s)/u;

/** A described phrase a student can give back: a whole noun phrase of 3 to 16 words. */
const MIN_WORDS = 3;
const MAX_WORDS = 16;

/** Words that make the phrase speak to the reader or point at a figure. */
const READER = /\b(?:you|your|we|our|us|figure|diagram|table|above|below)\b/iu;

/** True when the phrase says every word of the term: the answer then holds the question. */
function namesWholeTerm(phrase: string, term: string): boolean {
	const said = fold(phrase).split(/[^\p{L}\d-]+/u);
	return term.split(/\s+/u).every((t) => said.some((w) => w.startsWith(stem(t).slice(0, 6))));
}

/** The "<phrase> is called <term>." ideas of a handout, in reading order. */
export function namedCalledIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.flatMap((sentence) => {
		const m = NAMED_CALLED.exec(sentence.text);
		if (!m) return [];
		const [, phrase, term] = m;
		const count = phrase.split(/\s+/u).length;
		if (count < MIN_WORDS || count > MAX_WORDS) return [];
		if (/^(?:This|These|That|Those|It|They|The\s+(?:idea|process|name|term))\b/u.test(phrase))
			return [];
		if (POINTER.test(phrase) || READER.test(phrase) || CONNECTIVE.test(phrase)) return [];
		if (pointsIntoArticle(phrase) || /\d\s*(?:,|and|or)\s*\d/u.test(phrase)) return [];
		// "the far side", "the focus": a term with "the" is a part of the text's own subject, and
		// its phrase ("The side facing away") does not say of what.
		if (/^the\s/u.test(term)) return [];
		if (!keyTerm(term, article) || namesWholeTerm(phrase, term)) return [];
		const reverseRefused =
			namesTerm(phrase, term) || sharesRoot(phrase, term) || NOT_PLAIN.test(phrase);
		if (!reverseRefused) return [];
		const prompt = meantByTerm(term);
		if (whatOfPerson(prompt, phrase)) return [];
		const idea: Idea = {
			kind: 'term',
			sentence,
			type: 'flashcard',
			prompt,
			answer: capitalise(phrase),
			start: 0,
			span: phrase,
			context: phrase,
			explanation: `${sourceSays(article.doc.short)}: “${sentence.text}”`,
			weight: 0
		};
		return [idea];
	});
}
