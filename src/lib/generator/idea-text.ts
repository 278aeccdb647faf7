import type { ArticleView, Idea } from './ideas';
import { descriptiveTitle } from './idea-key';
import { fold, words, type Sentence } from './text';
import { previousMeans, type Antecedent } from './pronoun-antecedent';

/**
 * How the idea kinds (`ideas.ts`) read a sentence about the article's subject: the sentence
 * with its subject named, the subject's name in a question, and whether a phrase names the
 * subject itself. Pure.
 */

/** The text with a capital first letter. */
export function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * A flashcard keyed on a term's definition, as the term kinds ask it (`idea-bold.ts`,
 * `idea-term-apposition.ts`, `idea-process-called.ts`): `key` is the definition (capitalised as
 * the answer, and the span the question is about), `context` the sentence as the prompt reads it.
 */
export function definitionCard(
	sentence: Sentence,
	prompt: string,
	key: string,
	context: string
): Idea {
	return {
		kind: 'term',
		sentence,
		type: 'flashcard',
		prompt,
		answer: capitalise(key),
		start: 0,
		span: key,
		context,
		weight: 0
	};
}

/**
 * The sentence as a prompt may read it: its subject named where it says "it", "she" or "the
 * disease" (`salience.ts` resolved it), or "His research …" → "Koch's research …" when the
 * article is a life and the sentence before names its subject. Undefined when it opens on a
 * pronoun it cannot name.
 */
export function subjectText(sentence: Sentence, article: ArticleView): string {
	// "Geological deformation of Iceland": its "It" is Iceland, never the title (U6).
	if (article.title && descriptiveTitle(article.title)) return sentence.text;
	const resolved = article.marks(sentence)?.resolved;
	if (resolved) return resolved;
	const ref = article.ref;
	const possessive = /^(His|Her)\s+(?=\p{Ll})/u.exec(sentence.text);
	if (!ref || !possessive || (possessive[1] === 'His') !== (ref.pronoun === 'he'))
		return sentence.text;
	const previous = article.sentences.find((s) => s.index === sentence.index - 1);
	// "His" means the subject only when the sentence before is certainly about the subject
	// (`pronoun-antecedent.ts`), not whenever it names the subject somewhere.
	if (!previous || previous.section !== sentence.section) return sentence.text;
	const who: Antecedent = { nameWords: new Set(words(ref.name)), pronoun: ref.pronoun };
	const chained = article.marks(previous)?.resolved !== undefined;
	if (!previousMeans(previous.text, who, chained, (n) => article.isPerson(n))) return sentence.text;
	const surname = ref.name.split(/\s+/).at(-1) ?? ref.name;
	return `${surname}'s ${sentence.text.slice(possessive[0].length)}`;
}

/** The subject as a question names it: "rickets", "Rift Valley fever", "the Lunar Society". */
export function subjectName(article: ArticleView): string | undefined {
	const name = article.ref?.name ?? article.title;
	if (!name) return undefined;
	return !/\s/.test(name) && article.isCommon(name) ? name.toLowerCase() : name;
}

/**
 * True when a phrase names the article's subject itself, not a namesake: the subject's whole
 * name or title ("the Battle of Bouvines"), every one of its subject words, or a person's
 * surname ("Koch"); "the Dutch East India Company" is not the Dutch West India Company.
 */
export function namesSubject(phrase: string, article: ArticleView): boolean {
	const folded = ` ${fold(phrase)} `;
	const has = (name: string | undefined) => !!name && folded.includes(` ${fold(name)} `);
	const ref = article.ref;
	for (const name of [ref?.name.replace(/^the\s/u, ''), article.title]) {
		if (!name) continue;
		// "Hale–Bopp" for "Comet Hale–Bopp": the name without its common words at either end.
		const own = name.split(/\s+/);
		while (own.length > 1 && article.isCommon(own[0])) own.shift();
		while (own.length > 1 && article.isCommon(own.at(-1)!)) own.pop();
		if (has(name) || has(own.join(' '))) return true;
	}
	if (ref && ref.pronoun !== 'it' && has(ref.name.split(/\s+/).at(-1))) return true;
	// A life whose lead the coreference step could not read ("Joseph Lister, 1ST BARON …").
	if (!ref && article.isPerson(article.title) && has(article.title.split(/\s+/).at(-1)))
		return true;
	if (ref || article.title) return false;
	const terms = [...article.subject];
	return terms.length > 0 && terms.every((t) => words(phrase).includes(t));
}
