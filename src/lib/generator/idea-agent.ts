import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView, Idea } from './ideas';
import { isLife, ownSubject, pronounOfAnother } from './idea-milestone';
import { subjectSurface } from './idea-name';
import { subjectText } from './idea-text';
import type { Sentence } from './text';

/**
 * Kind 7 (gen16, issue 12's recall: 0.38 drafts an article): who made the article's subject,
 * when the article says so of the subject itself in a passive sentence: "Flash memory was
 * invented by Fujio Masuoka" → "Who invented flash memory?" (key "Fujio Masuoka", the surname
 * accepted). Only a maker's verb (founded, invented, discovered, coined, written …; not a
 * credit such as "designed" or "directed": dev test22's medal designer is trivia), only a
 * person's name (`personLike`: never "Executive Order" or "Landor Associates"), at most
 * two people ("A and B"), and only when the sentence's subject is the article's own
 * (`ownSubject`: not "The episode", not "These guns" in another article). An episode's or a
 * part's maker is not asked (trivia), nor a maker the article doubts elsewhere (`hedged`). Pure.
 */

/** The maker's verbs, past participle → the question's verb (same spelling in English). */
const MAKER =
	'founded|co-founded|invented|discovered|coined|established|devised|formulated|composed|painted|written|developed|proposed';

/** "X was (first) invented (in 1980) by [Swedish chemist] Name (and Name)": the maker clause. */
const PASSIVE_BY = new RegExp(
	String.raw`^(.{2,120}?)\s+(?:was|were)\s+(?:first\s+|originally\s+|jointly\s+)?(${MAKER})\s+(?:(?:in|on|around|about|circa|c\.)\s+[^,]{2,30}?\s+)?by\s+(?:(?:the\s+)?(?:\p{Lu}\p{Ll}+\s+)?\p{Ll}+\s+)?(\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|van|von|da|di|del|der|la|le)){1,4})(?:\s+and\s+(\p{Lu}[\p{L}.'-]*(?:\s+(?:\p{Lu}[\p{L}.'-]*|de|van|von|da|di|del|der|la|le)){1,4}))?(?=[\s,.;(]|$)`,
	'u'
);

/** A verb that would be the participle's past tense for the prompt ("written" → "wrote"). */
const ACTIVE: Record<string, string> = { written: 'wrote', 'co-founded': 'co-founded' };

/** A name that is a body, a document or a thing, not a person. */
const NOT_PERSON =
	/\b(?:Order|Act|Company|Corporation|Inc|Ltd|Associates|University|Institute|Society|Council|Government|Church|Party|Committee|Agency|Army|Navy|Department|Ministry|Bank|Group|Foundation|Records|Studios|Motors|Electric)\b/u;

/**
 * A person the corpus names (`isPerson`), or a name of two to four capitalised words that is no
 * place and no body and whose surname the article writes alone: the corpus's person list misses
 * many ("Fujio Masuoka" … "Masuoka").
 */
function personLike(name: string, article: ArticleView): boolean {
	if (NOT_PERSON.test(name) || article.isPlace(name)) return false;
	if (article.isPerson(name)) return true;
	// A person is named again by the surname alone ("Masuoka"); a firm ("Consumer Empowerment",
	// dev set test23's Kazaa) is not.
	const surname = escapeRegExp(name.split(/\s+/u).at(-1)!);
	const again = new RegExp(`(?<!\\p{Lu}[\\p{L}.'-]*\\s)${surname}(?![\\p{L}])`, 'u');
	return (
		/^\p{Lu}[\p{Ll}.'-]+(?:\s+\p{Lu}[\p{L}.'-]*){1,3}$/u.test(name) &&
		article.sentences.some((s) => again.test(s.text))
	);
}

/** The maker idea of one sentence, or undefined. */
export function agentIdea(
	sentence: Sentence,
	article: ArticleView,
	name: string
): Idea | undefined {
	const text = subjectText(sentence, article).replace(/\s*\([^()]*\)/gu, '');
	const m = PASSIVE_BY.exec(text);
	if (!m) return undefined;
	const [, who, verb] = m;
	// "Velm memory was …" of the name "velm memory": the sentence's capital is no other name.
	const same =
		who.replace(/^the\s+/iu, '').toLowerCase() === name.replace(/^the\s+/iu, '').toLowerCase();
	if (!same && !ownSubject(who, article, name, false)) return undefined;
	if (pronounOfAnother(who, sentence, article)) return undefined;
	// A name's last full stop ends the sentence ("… and Anna Korvel."), an initial's does not.
	const people = [m[3], m[4]]
		.filter((p): p is string => !!p)
		.map((p) => p.replace(/(?<!\b\p{Lu})\.$/u, ''));
	const first = people[0];
	if (people.some((p) => !personLike(p, article))) return undefined;
	// "by Jones and others", "by A, B and C": a maker among many is no one answer.
	const after = text.slice(m.index + m[0].length);
	if (/^\s*(?:,|and\s+(?:others|colleagues|his|her|their))/u.test(after)) return undefined;
	const answer = people.join(' and ');
	const surnames = people.map((p) => p.split(/\s+/u).at(-1)!);
	const accept = people.length === 1 ? [surnames[0]] : [surnames.join(' and ')];
	// "The Bronze Star Medal was …": the lead's own "the" stays with the name.
	const the = !/^the\s/iu.test(name) && /^The\s/u.test(who.trim()) ? 'the ' : '';
	const asked = `Who ${ACTIVE[verb] ?? verb} ${the}${name}?`;
	return {
		kind: 'agent',
		sentence,
		type: 'short',
		prompt: asked,
		answer,
		accept: accept.filter((a) => a !== answer),
		start: Math.max(0, sentence.text.indexOf(first)),
		context: text,
		doubt: first,
		weight: 1
	};
}

/**
 * The first maker idea of the article, from any sentence (the lead first): the subject's maker
 * is central wherever the article tells it. Not of a person, an episode or a descriptive title.
 */
export function agentIdeas(article: ArticleView): Idea[] {
	const name = subjectSurface(article);
	if (!name || isLife(article)) return [];
	if (/\b(?:is|was)\s+(?:the|an?)\s+[^.]{0,60}\bepisode\b/u.test(article.sentences[0]?.text ?? ''))
		return [];
	for (const sentence of article.sentences) {
		const idea = agentIdea(sentence, article, name);
		if (idea) return [idea];
	}
	return [];
}
