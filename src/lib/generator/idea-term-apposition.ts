import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';
import { capitalise, definitionCard } from './idea-text';
import { givenAway } from './idea-key';
import { isHandout } from './handout';
import { glossKey } from './idea-apposition';
import { emphasised, notAskable } from './idea-bold';

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

/**
 * A bold term's apposition (gen51): "a **giant ionic lattice**, a huge regular arrangement of
 * …", "a **sea-level canal**, a straight cut …". Bold says the term is brought in here, so the
 * refusals of a plain word are lifted: several words, a short word, an "-ing" word, a gloss with
 * "the". A "the" term stays refused (`notAskable`).
 */
const BOLD_APPOSITION =
	/(?:^|\s)(an?|the)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,4}\p{Ll}[\p{Ll}-]*),\s+(an?|the)\s+(\p{Ll}[^,;.()“”"]*?)(?=[,;.](?:\s|$)|$)/gu;

/**
 * A sentence that opens on a subordinate clause or a fronted phrase with no comma yet ("If a wire
 * is wound into …", "Around each carbon in …"): its first comma closes it, and a main clause
 * follows, not a gloss.
 */
const OPENING_CLAUSE =
	/^(?:If|When|Whenever|As|Although|Though|Because|Since|While|Once|Unless|After|Before|Until|Around|In|On|At|By|During|Inside|Within|Between|For|From|With|Without|Under|Over|Across|Along|Near|Beside|Behind|Beneath|Below|Above|Through|Throughout|Despite|Unlike|Like|To|Of|Among|Beyond|Outside)\s[^,]*$/u;

/** A gloss with a verb of its own before any relative word: a clause, not a noun phrase. */
const GLOSS_CLAUSE =
	/^(?:(?!\b(?:that|which|who|whom|whose|where|when)\b).)*?\b(?:is|are|was|were|has|have|had|will|can|could|would|do|does|did)\b|\d/u;

/** The term idea of an apposition, or undefined when the gloss is no plain definition of it. */
function appositionIdea(
	sentence: Sentence,
	m: RegExpMatchArray,
	asked: string,
	term: string,
	bold = false
): Idea | undefined {
	const [, , , determiner, gloss] = m;
	const key = glossKey(determiner, gloss);
	if (!key || givenAway(key, term)) return undefined;
	// "… had once been an actress, a lowly profession …", "DNA is a polymer, a …": the gloss
	// may be the subject's, not the word's (`idea-apposition.ts`'s copula rule, H3 S22).
	if (COPULA.test(sentence.text.slice(0, m.index))) return undefined;
	// "a piccolo, a contrabassoon and three trombones", "a language, a religion and a way of
	// life", "a problem to a solution, a description to a reflection, or …": list items.
	const next = bold ? /^,\s+(?:and|or|an?|the)\s/u : /^,\s+(?:and|or|an?)\s/u;
	if (LISTED.test(gloss) || next.test(after(sentence.text, m))) return undefined;
	return definitionCard(sentence, `What is ${asked}?`, key, `${capitalise(asked)} is ${key}.`);
}

/** The lower-case term appositions of a handout, in reading order, at most one per sentence. */
export function termAppositionIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	return article.sentences.slice(1).flatMap((sentence) => {
		for (const m of sentence.text.matchAll(TERM_APPOSITION)) {
			const [, article0, word] = m;
			if (NO_TERM.test(word)) continue;
			const idea = appositionIdea(sentence, m, `${article0.toLowerCase()} ${word}`, word);
			if (idea) return [idea];
		}
		return boldAppositions(sentence, article).slice(0, 1);
	});
}

/** A sentence's bold-term appositions (`BOLD_APPOSITION`), each term's own last words tried. */
function boldAppositions(sentence: Sentence, article: ArticleView): Idea[] {
	if (!article.emphasis?.size) return [];
	const found: Idea[] = [];
	for (const m of sentence.text.matchAll(BOLD_APPOSITION)) {
		const [, article0, words] = m;
		// "a shaft inside the nacelle, the housing …": the bold term is the phrase's last words.
		const parts = words.split(/\s+/u);
		const term = parts
			.map((_, i) => parts.slice(i).join(' '))
			.find((t) => !/^(?:the|an?)\s/u.test(t) && emphasised(t, article));
		// A bold "-ing" word is a process brought in ("weathering"); see `notAskable` for the rest.
		if (!term || notAskable(term)) continue;
		const own =
			term === words
				? article0.toLowerCase()
				: /(?:^|\s)(an?|the)$/u.exec(words.slice(0, -term.length).trim())?.[1];
		if (!own) continue;
		// "If a wire is wound into a long coil, called a solenoid, the fields … add together": the
		// comma closes an opening clause or a naming aside, and what follows is the main clause.
		const before = sentence.text.slice(
			0,
			(m.index ?? 0) + m[0].indexOf(words) + words.length - term.length
		);
		if (
			OPENING_CLAUSE.test(before) ||
			/\b(?:called|known\s+as|named)\s+(?:an?|the)\s*$/u.test(before)
		)
			continue;
		if (GLOSS_CLAUSE.test(m[4])) continue;
		// "the nacelle, the housing at the top of the tower": "What is the nacelle?" points into
		// the handout, and the title as a frame was wrong on dev (`notAskable`).
		if (own === 'the') continue;
		const idea = appositionIdea(sentence, m, `${own} ${term}`, term, true);
		if (idea) found.push(idea);
	}
	return found;
}
