import type { ArticleView, Idea } from './ideas';
import { glossaryEntry } from './idea-glossary';
import { termsHeading } from './list-label';
import type { Sentence } from './text';
import { fold } from './text';

/**
 * Open prompts with several right answers: a thing with a second name, a term glossed twice in
 * the document, a relation given as a meaning.
 *
 * Blind check H30 (`questions/unseen/review-2027-02-06/`) rejected keys that are partial where
 * the document says more (gen79, issue 12; all three reviewers: "a correct answer would be
 * marked against a partial key"), handled as kinds whichever kind drafted them. Pure.
 * - `otherName`: "What is X called?" keyed by one name where its sentence gives another ("… is
 *   called A; people usually just call it B", "A, also known as B"): two right answers (S34).
 * - `definedTwice`: "What is X?" keyed by one sentence's gloss where the document glosses X
 *   again: another sentence opening "X is a …"/"An X is …", a key-terms list's line "X – …", a
 *   heading "X: the …" over it, or the next sentences saying "It is a …" of it ("Crude oil is a
 *   finite resource …. It is a mixture of …"; S04, S27, S63). Which gloss the student gives is a
 *   guess; the list's own line is asked instead (`glossaryIdeas`).
 * - `relationKey`: a definition keyed by a relation ("Relatives of …", "Related to …"): what a
 *   thing is kin to is no meaning of it (S04).
 */

/** After a name in its sentence: another name the same thing goes by. */
const ANOTHER_NAME =
	/\b(?:call(?:s|ed)?\s+(?:it|them|him|her)\b|also\s+(?:called|known\s+as|named)|(?:better|commonly|usually|often|popularly)\s+known\s+as|nicknamed|or\s+simply)\b/iu;

/** True when a "… called?" question's sentence names its thing again after the key. */
export function otherName(prompt: string, answer: string, sentence: string): boolean {
	if (!/\bcalled\?$/u.test(prompt.trim())) return false;
	const at = fold(sentence).indexOf(fold(answer));
	if (at < 0) return false;
	return ANOTHER_NAME.test(sentence.slice(at + answer.length));
}

/** A key that says what its thing is kin to, not what it is. */
const RELATION =
	/^(?:(?:a\s+)?(?:close\s+|distant\s+)?(?:relatives?|cousins?)\s+of|related\s+to)\b/iu;

/** True when a definition's key is a relation ("Relatives of jellyfish"). */
export function relationKey(answer: string): boolean {
	return RELATION.test(answer.trim());
}

/** The term a "What is/are X?" definition card asks, or undefined. */
function askedTerm(prompt: string): string | undefined {
	const m = /^What\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?([\p{L}’' -]+)\?$/u.exec(prompt.trim());
	if (!m || /\b(?:called|meant|made|used|for|of)$/u.test(m[1])) return undefined;
	return m[1];
}

/** Forms of a term that name it: as written, and singular or plural by "-s"/"-es". */
function formsOf(term: string): string[] {
	const t = fold(term);
	return [...new Set([t, t.replace(/e?s$/u, ''), `${t}s`, `${t}es`])];
}

/** True when `text` opens by saying what the term is: "X is a …", "An X is …", "X are the …". */
function opensGloss(text: string, forms: readonly string[]): boolean {
	const t = fold(text).replace(/^(?:a|an|the)\s+/u, '');
	// "Gears are also surprisingly old" says something of gears, not what they are.
	return forms.some((f) => new RegExp(`^${f} (?:is|are) (?:a|an|the|one) `, 'u').test(t));
}

/** "It is a …", "They are …": a pronoun opening another gloss of the sentence before's subject. */
const PRONOUN_GLOSS = /^(?:it\s+is|they\s+are)\s+(?:a|an)\s/iu;

/** How many sentences after a gloss a pronoun's second gloss of it may stand. */
const PRONOUN_REACH = 2;

/**
 * True when the document glosses `term` in a sentence other than `own` (see the module's
 * docstring): another "X is …" sentence, a key-terms list's line, a heading "X: …" over `own`,
 * or "It is a …" within `PRONOUN_REACH` sentences after `own` in its section.
 */
export function glossedAgain(term: string, own: Sentence, sentences: readonly Sentence[]): boolean {
	const forms = formsOf(term);
	const heading = /^(.+?)\s*(?::|\s[–—-])\s+\S/u.exec(own.section)?.[1];
	if (heading && forms.includes(fold(heading))) return true;
	const after = sentences.filter(
		(s) => s.section === own.section && s.index > own.index && s.index <= own.index + PRONOUN_REACH
	);
	if (after.some((s) => PRONOUN_GLOSS.test(s.text.trim()))) return true;
	return sentences.some((s) => {
		if (s === own || s.index === own.index) return false;
		if (opensGloss(s.text, forms)) return true;
		const entry = termsHeading(s.section) ? glossaryEntry(s) : undefined;
		return !!entry && forms.includes(fold(entry.term));
	});
}

/** True when an idea is one of H30's partial keys (see the module's docstring). */
export function secondAnswerRefuses(idea: Idea, article: ArticleView): boolean {
	if (idea.type === 'truefalse') return false;
	if (otherName(idea.prompt, idea.answer, idea.sentence.text)) return true;
	const term = askedTerm(idea.prompt);
	const meaning = !!term || /\bwhat\s+is\s+meant\s+by\b/iu.test(idea.prompt);
	if (meaning && relationKey(idea.answer)) return true;
	return !!term && idea.kind === 'term' && glossedAgain(term, idea.sentence, article.sentences);
}
