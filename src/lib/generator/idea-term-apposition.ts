import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { givenAway } from './idea-key';
import { isHandout } from './handout';
import { glossKey } from './idea-apposition';

/**
 * In a teacher's handout, a technical word glossed by its class where the text brings it in:
 * "Beneath Iceland there is also a hotspot, a plume of unusually hot rock rising from deep in the
 * mantle." → "What is a hotspot?" (gen46, issue 12: a teacher's three documents of 900 words
 * gave no card on such glosses; `idea-apposition.ts` reads only capitalised names). A word the
 * text brings in with "a"/"an" (never "the …", which points back; never after "of": "the spread
 * of schistosomiasis, a disease …" may gloss the whole phrase, `glossOfLargerPhrase`), of seven
 * letters or more, no adverb or "-ing" form, glossed by "a|an" class
 * noun and what sets it apart as `idea-apposition.ts` requires (five to twenty words, no hedge,
 * time word or pointer: `NOT_PLAIN`, `NO_GLOSS`). Asked in the present: a general thing's
 * definition holds whatever the sentence's tense. Pure.
 */

/** "a|an word, a|an gloss[,;.]". */
const TERM_APPOSITION =
	/(?:^|\s)(an?)\s+(\p{Ll}[\p{Ll}-]{6,}),\s+(an?)\s+(\p{Ll}[^,;.()“”"]*?)(?=[,;.](?:\s|$)|$)/gu;

/** A word that is no singular noun: "-s" (not "-sis", "-ss", "-us"), "-ly", "-ing". */
const NO_TERM = /(?:[^siu]s|ly|ing)$/u;

/** A copula just before the word: the word is a complement, not a term brought in. */
const COPULA = /\b(?:is|are|was|were|be|been|being|become|became|remain|remained)$/u;

/** A gloss whose head phrase, before any relative or participle clause, is coordinated. */
const LISTED =
	/^(?:(?!\b(?:that|which|who|whom|whose|where|when|called|\p{Ll}+ed|\p{Ll}+ing)\b)[^,])*?\b(?:and|or)\b/u;

/** The sentence's text after a match. */
const after = (text: string, m: RegExpMatchArray) => text.slice((m.index ?? 0) + m[0].length);

/** The lower-case term appositions of a handout, in reading order, at most one per sentence. */
export function termAppositionIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.slice(1).flatMap((sentence) => {
		for (const m of sentence.text.matchAll(TERM_APPOSITION)) {
			const [, article0, word, determiner, gloss] = m;
			if (NO_TERM.test(word)) continue;
			const key = glossKey(determiner, gloss);
			if (!key) continue;
			if (givenAway(key, word)) continue;
			// "… had once been an actress, a lowly profession …", "DNA is a polymer, a …": the gloss
			// may be the subject's, not the word's (`idea-apposition.ts`'s copula rule, H3 S22).
			if (COPULA.test(sentence.text.slice(0, m.index))) continue;
			// "a piccolo, a contrabassoon and three trombones", "a language, a religion and a way of
			// life", "a problem to a solution, a description to a reflection, or …": list items.
			if (LISTED.test(gloss) || /^,\s+(?:and|or|an?)\s/u.test(after(sentence.text, m))) continue;
			const asked = `${article0.toLowerCase()} ${word}`;
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
		}
		return [];
	});
}
