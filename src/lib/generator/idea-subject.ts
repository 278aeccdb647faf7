import type { ArticleView } from './ideas';
import { fold, words } from './text';

/**
 * Which phrase of a lead sentence names the article's subject, and the name a definition card
 * asks about (`idea-lead.ts`): never a fronted participle, adverb, ordinal, pronoun or
 * connective; the title when the lead's name holds it. Blind reviews U4 (2026-12-10: "What is
 * Built in 1771?", "Who was Locally?"), U8 ("What is Huddart?") and U10 ("What is other
 * hand?") failed each of those. Pure.
 */

/**
 * The noun phrase a definition is about, from what opens its sentence: "Built in 1771, the
 * Burgwin-Wright House" → "the Burgwin-Wright House" (a fronted participle, adverb or
 * prepositional phrase is set aside); undefined when what is left names nothing: a pronoun, an
 * adverb ("Locally"), a participle ("Built in 1771"), an ordinal or a pointer ("the second",
 * "the latter"). Blind review U4 (2026-12-10) failed "What is Built in 1771?", "Who was
 * Locally?" and "What was the second?".
 */
export function subjectPhrase(
	opening: string,
	isCommon: (word: string) => boolean = () => true
): string | undefined {
	// "Locally", "Having": a participle or adverb only where the corpus writes it in lower case
	// ("Italy, officially …" and "Green tide" open on names).
	const verbal = (word: string) =>
		IRREGULAR.test(word) || (/^\p{Lu}?\p{Ll}{2,}(?:ed|ing|ly)$/u.test(word) && isCommon(word));
	let name = opening.trim();
	const comma = name.indexOf(', ');
	const head = name.split(/[\s,]+/)[0];
	if (comma > 0 && (verbal(head) || PREPOSITION.test(head))) name = name.slice(comma + 2).trim();
	const first = name.split(/\s+/)[0];
	if (NOT_A_NAME.test(name) || verbal(first) || POINTER_NAME.test(name) || CONNECTIVE.test(name))
		return undefined;
	return name;
}

/** Past participles that do not end in "-ed": "Built in 1771, …". */
const IRREGULAR =
	/^(?:Built|Made|Born|Known|Held|Found|Set|Led|Written|Given|Taken|Seen|Begun|Brought|Sold|Won|Kept|Left)$/u;

/**
 * Prepositions and conjunctions that open a fronted phrase: "In 1850, the town …". Not "Around",
 * "About", "Until": an approximate time is part of what the sentence says ("Around the year 1700,
 * Russia was a huge country …"), so the opening names nothing (`NOT_A_NAME`; blind check H21 S30,
 * all three: "What was around the year 1700?").
 */
const PREPOSITION =
	/^(?:In|On|At|By|From|For|With|After|Before|During|Under|Since|Unlike|Like|As|Although|Though|While|When|Once|Throughout|Within|Over|Across|Among|Amid|Between|Despite|Through|Along|Beyond|Near|Upon|Into)$/u;

/** "The second", "the latter", "this one": a name that points into the article. */
export const POINTER_NAME =
	/^(?:the\s+)?(?:first|second|third|fourth|fifth|last|latter|former|other|others|same|next|previous|following|rest|remainder|one|two|both|each|either|neither|this|that|these|those|such)\b/iu;

/**
 * A connective, a sentence adverb or a piece of one, never a subject: "On the other hand, …" gave
 * "What is other hand?" (blind review U10 S07), "Again, a change in price …" gave "What is
 * again?" (blind review H1 S05).
 */
export const CONNECTIVE =
	/^(?:(?:on\s+)?the\s+other\s+hand|other\s+hand|(?:in|by)\s+contrast|contrast|however|moreover|furthermore|meanwhile|nevertheless|nonetheless|therefore|thus|hence|instead|indeed|in\s+fact|fact|in\s+addition|addition|as\s+a\s+result|result|for\s+example|example|for\s+instance|instance|in\s+particular|in\s+general|overall|otherwise|consequently|accordingly|similarly|likewise|finally|first(?:ly)?|second(?:ly)?|lastly|again|also|still|then|yet|even|later|now|today|once|besides|anyway|ultimately|eventually|initially|originally|traditionally|typically|generally|historically|afterwards|together|in\s+turn|in\s+short|above\s+all)$/iu;

/** Openings that are no name: a pronoun, a preposition or a conjunction. */
const NOT_A_NAME =
	/^(?:It|This|That|These|Those|They|He|She|There|Here|In|On|At|During|After|Before|By|From|For|With|When|While|Since|As|Although|If|But|And|So|Its|His|Her|Their|Around|About|Until|Till|Towards?|Throughout|Within|Across|Among|Between|Despite|Through)\b/u;

/**
 * The opening as the name it is when it is the title itself ("Jumping the broom (or jumping the
 * besom) is …" in the article "Jumping the broom"): a title is a name even when it opens on a
 * participle, which `subjectPhrase` otherwise sets aside.
 */
export function titleOpening(opening: string, title: string): string | undefined {
	const bare = opening.replace(/\s*\([^)]*\)/gu, '').trim();
	return title && fold(bare) === fold(title) ? bare : undefined;
}

/** True when the sentence opens with the subject: the title, or a name holding its words. */
export function opensOnSubject(name: string, article: ArticleView): boolean {
	const nameWords = words(name);
	if (article.title && words(article.title).every((w) => nameWords.includes(w))) return true;
	return nameWords.some((w) => article.subject.has(w));
}

/** The name the card asks about: the title when the lead's name contains it ("Robert Koch"). */
export function askedName(name: string, article: ArticleView): string {
	const title = article.title;
	// "Celia, a Slave was an 1855 murder trial": the title "State of Missouri v. Celia, a Slave"
	// is the subject, not the woman the case is named after (U5 S02).
	const whole = name.replace(/\s*\([^)]*\)/gu, '').trim();
	if (title && title.length > whole.length && title.endsWith(whole)) return title;
	// "Huddart, Parker & Co Pty Ltd v Moorehead is …": a name with a comma that is the whole
	// title is asked whole, never cut at its comma ("What is Huddart?", U8 S01).
	if (title && fold(title) === fold(whole)) return title.replace(/^The\s/u, 'the ');
	// "Piper (plant)": the title's qualifier tells which Piper (U5 S03).
	const qualified = /^(.+?)\s+\(([^)]+)\)$/u.exec(title);
	if (qualified && fold(qualified[1]) === fold(whole.split(',')[0])) return title;
	const bare = name
		.replace(/\s*\([^)]*\)/gu, '')
		.split(',')[0]
		.trim()
		.replace(/^The\s/u, 'the ');
	if (bare.startsWith('the ')) return bare;
	// "a contingent election": a common noun keeps its article.
	if (/^(?:A|An|a|an)\s/u.test(bare)) return bare.replace(/^A/u, 'a');
	if (title && words(title).every((w) => words(bare).includes(w))) return title;
	return bare;
}
