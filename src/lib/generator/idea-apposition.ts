import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { givenAway } from './idea-key';
import { personName } from './idea-deed';
import { CONNECTIVE } from './idea-subject';
import { fold } from './text';

/**
 * In a teacher's handout, a name glossed by its class where the text first brings it in: "Germany's
 * war plan was the Schlieffen Plan, a plan to defeat France quickly by invading through Belgium
 * …" → "What was the Schlieffen Plan?"; "He was shot by Gavrilo Princip, a nineteen-year-old
 * Bosnian Serb linked to …" → "Who was Gavrilo Princip?"; "Fever, a rise in body temperature,
 * also helps" → "What is fever?" (gen20a, issue 12). Blind reviewers failed the glosses of
 * encyclopedia articles (U1–U8: side terms, places), so: a handout only (at most 1,200 words,
 * where the teacher chose every name); never a place, the document's own subject, a work, a
 * sentence adverb, or a person who opens the sentence (what they did is its news); the
 * gloss a whole phrase of five words or more up to the next comma, with a class noun and what
 * sets it apart, no hedge, time word or pointer; asked in the tense of its sentence. Pure.
 */

/** "[the] Name[ of Name], a|an gloss[,;.]": a name of capitalised words, then its class. */
const APPOSITION =
	/(?:^|\s)((?:the\s+)?\p{Lu}[\p{L}’'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}’'-]*){0,3}),\s+(an?)\s+(\p{Ll}[^,;.()“”"]*?)(?=[,;.](?:\s|$)|$)/gu;

/** What makes a gloss a claim or a pointer rather than what the name is. */
const NOT_PLAIN =
	/\b(?:it|its|they|them|their|this|these|those|he|she|his|her|him|here|there|then|now|today|currently|still|also|more|less|believed|thought|considered|said|perhaps|probably|possibly|may|might|often|sometimes|usually|most|first|last|only|important|famous|major|main|city|town|village|country|region|island|islands|river|mountain|book|novel|film|poem|song|album|work)\b/iu;

/** Text before the name that makes it part of a fronted phrase ("After the Terror, …"). */
const FRONTED =
	/^(?:After|Before|During|In|On|At|By|Following|Since|Until|When|With|Without|Under|Despite|For|From|Through|Unlike|Like)\s*$/u;

/** After an opening name's gloss, the sentence's own predicate: ", also helps", ", is …". */
const OPENING_REST =
	/^,\s+(?!(?:while|whereas|and|but|or|so|because|although|as|when|if|which|who)\b)\p{Ll}/u;

/** Handout length (as `idea-term.ts`). */
const HANDOUT_WORDS = 1200;
const MIN_WORDS = 5;
const MAX_WORDS = 20;

/** The apposition ideas of a handout, in reading order, at most one per sentence. */
export function appositionIdeas(article: ArticleView): Idea[] {
	if (article.wordCount > HANDOUT_WORDS) return [];
	const title = fold(article.title);
	return article.sentences.slice(1).flatMap((sentence) => {
		for (const m of sentence.text.matchAll(APPOSITION)) {
			const [, rawName, determiner, gloss] = m;
			const bare = rawName.replace(/^the\s+/u, '');
			const opening = m.index === 0 && !rawName.startsWith('the ');
			// A sentence's first word is capitalised: "Fever" is the common noun "fever".
			const name =
				opening && !bare.includes(' ') && article.isCommon(bare) ? bare.toLowerCase() : rawName;
			if (opening && bare.includes(' ') && /^(?:The|A|An|In|On|At|By|When|After)\b/u.test(bare))
				continue;
			// "Again, a change in price causes …": a sentence adverb, not a name (blind review H1 S05).
			if (opening && CONNECTIVE.test(bare)) continue;
			// "Again, a change in price causes a movement, while …": an opening word whose "gloss" is
			// the sentence's own clause (nothing after it but its end or a conjunction) is an adverb.
			if (opening && !OPENING_REST.test(sentence.text.slice(m.index + m[0].length))) continue;
			const key = `${determiner} ${gloss}`.trim();
			const count = key.split(/\s+/u).length;
			if (count < MIN_WORDS || count > MAX_WORDS || NOT_PLAIN.test(key)) continue;
			if (/\b(?:the|a|an|of|and|or|to|in|on|at|by|for|with|from|that|which|who)$/iu.test(key))
				continue;
			// "After the Terror, a more moderate government … ruled": a fronted phrase, no apposition.
			if (FRONTED.test(sentence.text.slice(0, m.index))) continue;
			// "the Estates- General": a line break the document's reader left inside the name.
			if (/-\s/u.test(bare)) continue;
			const folded = fold(bare);
			if (article.isPlace(bare) || article.subject.has(folded) || (title && title.includes(folded)))
				continue;
			if (givenAway(key, bare)) continue;
			const person =
				/\p{Lu}/u.test(name) &&
				bare.includes(' ') &&
				article.isPerson(bare) &&
				personName(bare, article);
			// "James Watt, an instrument maker …, realised that …": the sentence's news is what he did
			// (a deed card's), and a person's job alone was failed as trivia (blind review H1 S09).
			if (person && opening) continue;
			const past = /\b(?:was|were|had|did|\p{Ll}{3,}ed)\b/u.test(sentence.text);
			const verb = past ? 'was' : 'is';
			return [
				{
					kind: 'term' as const,
					sentence,
					type: 'flashcard' as const,
					prompt: `${person ? 'Who' : 'What'} ${verb} ${name}?`,
					answer: capitalise(key),
					start: 0,
					span: key,
					context: `${capitalise(name)} ${verb} ${key}.`,
					weight: 0
				}
			];
		}
		return [];
	});
}
