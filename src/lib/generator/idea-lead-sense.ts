import type { ArticleView, Idea } from './ideas';
import { askedName } from './idea-strict';
import { fold } from './text';

/**
 * A lead's definition card asked of the wrong sense: an aspect title as an actor, a dated
 * milestone sentence as the definition, a narrowed or aliased name.
 *
 * The kinds blind review U20 (`questions/unseen/review-2026-12-29/`) failed with both reviewers
 * in drafts the generator still made (gen16), each as a general rule. Pure.
 */

/** A title that names an aspect of something, never an actor: "History of Costa Rica". */
const ASPECT_TITLE =
	/^(?:History|Timeline|List|Lists|Geography|Economy|Culture|Politics|Demographics|Outline|Index|Glossary|Origins?)\s+of\s/u;

/**
 * True when the prompt names an aspect title where the sentence had a pronoun: "History of Costa
 * Rica incorporated the territory …" for "He incorporated …" (S13: nonsense, and no real actor).
 */
export function aspectTitleAsActor(idea: Idea, article: ArticleView): boolean {
	const title = article.title;
	return (
		ASPECT_TITLE.test(title) && idea.prompt.includes(title) && !idea.sentence.text.includes(title)
	);
}

/** A date put before the sentence's subject: "In 1989, …", "On 4 May 2001, …". */
const FRONTED_DATE = /^(?:In|On|By|Since|From|During|After|Before)\s+[^,]{0,40}?\b\d{3,4},?\s/u;

/**
 * True when a "What is X?" card's sentence is not the one that says what X is: a sentence that
 * opens on a date tells a milestone ("In 1989, Nanook of the North was one of the first 25 films
 * to be selected …", S24: the natural answer, "a 1922 documentary film", is marked wrong).
 */
export function datedNotDefinition(idea: Idea): boolean {
	return idea.kind === 'lead' && FRONTED_DATE.test(idea.sentence.text);
}

/** Words before a name that honour, not narrow, it. */
const HONORIFIC =
	/^(?:sir|dame|lord|lady|saint|st|dr|mr|mrs|ms|king|queen|pope|prince|princess|emperor|empress|general|president|the)$/u;

/**
 * True when a "What is X?" card asks the bare name of what its sentence qualifies ("Biological
 * hydrolysis is the cleavage of biomolecules …" asked as "What is hydrolysis?", S16: a narrower
 * sense given as the whole), or a name its sentence gives an alias the key leaves out
 * ("Hydrocyanic acid, also known as hydrogen cyanide, or HCN, is a highly volatile liquid …" in
 * "Cyanide", S11: the natural answer, hydrogen cyanide, is marked wrong).
 */
export function narrowedOrAliased(idea: Idea, article: ArticleView): boolean {
	if (idea.kind !== 'lead') return false;
	const name = askedName(idea.prompt)?.replace(/^(?:the|a|an)\s+/iu, '');
	const opening = /^(.+?)\s+(?:is|are|was|were)\s/u.exec(idea.sentence.text)?.[1];
	if (!name || !opening) return false;
	// "At common law, damages are …": a fronted field is no word of the name (test26 "Damages").
	const bare = opening
		.replace(/\([^()]*\)/gu, ' ')
		.replace(/^(?:In|At|Under|Within|Among|For)\s+[^,]{1,40},\s+/u, '');
	const own = fold(bare).replace(/^(?:the|a|an)\s+/u, '');
	const asked = fold(name);
	// "Biological hydrolysis": a word before the asked name narrows it.
	const head = own.split(/,/u)[0].trim();
	if (head !== asked && head.endsWith(` ${asked}`)) {
		const extra = head.slice(0, -asked.length).trim().split(/\s+/u);
		// "Sir John Varn", "Saint Lumen": an honorific is no narrower sense.
		if (extra.every((w) => !HONORIFIC.test(w) && article.isCommon(w))) return true;
	}
	const aliased = /,\s*(?:also\s+(?:known|called|referred\s+to)\s+as|or)\s/u.test(opening);
	const title = fold(article.title);
	return aliased && !!title && !title.includes(asked) && !asked.includes(title);
}

/** True when one of U20's failed kinds (above) refuses the idea. */
export function leadSenseRefuses(idea: Idea, article: ArticleView): boolean {
	return (
		aspectTitleAsActor(idea, article) ||
		datedNotDefinition(idea) ||
		narrowedOrAliased(idea, article)
	);
}
