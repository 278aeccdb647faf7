import type { SourceFile } from '../content/sources';
import { subjectPhrase } from './idea-subject';
import { words, type Sentence } from './text';

/**
 * The title the idea kinds read as the article's subject, which is not always the title a
 * document carries (issue 12, the outsider teacher's own articles):
 * - "The Johnstown Flood of 1889", "Treaty of Paris (1783)": the subject is the title without
 *   its year, when the opening dates that year (the year kinds refused every title with digits,
 *   and the year is what they ask);
 * - "Short note", "Notes for Tuesday", "Chapter 3": a pasted text's first line that the opening
 *   never names is no subject; the first sentence's subject is ("The Battle of Hastings was
 *   fought on 14 October 1066" → "The Battle of Hastings").
 * The document keeps its own title; only the generator reads this one. Pure.
 */

/** Sentences read for the subject's name and the title's year: the opening. */
const OPENING_SENTENCES = 3;

/** A year of the common era, 1000–2099, as a whole word. */
const YEAR = /\b(?:1\d{3}|20\d{2})\b/gu;

/** "X of 1889", "X in 1889", "X (1783)", "X, 1889": a title that ends on its year. */
const TRAILING_YEAR = /^(.*?\p{L}.*?)(?:\s+(?:of|in)\s+|\s*\(|,\s*)((?:1\d{3}|20\d{2}))\)?$/u;

/** Words of a title that name nothing by themselves. */
const SMALL = new Set(['the', 'a', 'an', 'of', 'on', 'in', 'at', 'for', 'to', 'and', 'or', 'by']);

/** "X … is/was/are/were …": the words before the first verb of being, brackets set aside. */
const BEING = /^(.+?)\s+(?:is|was|are|were)\s+\S/u;

/** Longest name taken from a first sentence, in words ("The Battle of Hastings" is four). */
const MAX_NAME_WORDS = 6;

/**
 * The title without a year it ends on ("The Johnstown Flood of 1889" → "The Johnstown Flood"),
 * when what is left has no other digit and the opening's first year is that year (so the year
 * kinds, which ask it, ask the title's own year); else the title unchanged.
 */
export function withoutTitleYear(title: string, opening: string[]): string {
	const match = TRAILING_YEAR.exec(title.trim());
	if (!match || /\d/u.test(match[1])) return title;
	const first = opening.join(' ').match(YEAR)?.[0];
	return first === match[2] ? match[1].trim() : title;
}

/** True when the opening names the title: it says one of the title's own words. */
function named(title: string, opening: string[]): boolean {
	const own = words(title).filter((w) => w.length >= 3 && !SMALL.has(w) && !/^\d+$/u.test(w));
	if (own.length === 0) return false;
	const said = new Set(opening.flatMap((s) => words(s)));
	return own.some((w) => said.has(w));
}

/**
 * The subject a first sentence opens on ("The Battle of Hastings was fought …" → "The Battle
 * of Hastings"): its words before "is"/"was", brackets set aside, at most six words, no comma,
 * and a name (`subjectPhrase`: no pronoun, participle or fronted phrase); else undefined.
 */
export function firstSentenceSubject(sentence: string): string | undefined {
	// "Why is it harder to stop a lorry …?": a question opens on no subject (gen38: h37's
	// momentum handout was read as titled "Why").
	if (/\?\s*$/u.test(sentence)) return undefined;
	const match = BEING.exec(sentence.replace(/\s*\([^)]*\)/gu, ''));
	if (!match) return undefined;
	const name = match[1].trim();
	if (/[,;:]/u.test(name) || name.split(/\s+/u).length > MAX_NAME_WORDS) return undefined;
	if (!/^\p{Lu}/u.test(name)) return undefined;
	return subjectPhrase(name) === name ? name : undefined;
}

/**
 * The title the idea kinds read for one document: without a year it ends on
 * (`withoutTitleYear`); and when the opening never names it (a pasted text's "Short note"),
 * the first sentence's subject (`firstSentenceSubject`), or the title as it was when the first
 * sentence opens on none. `sentences` are the document's own, in reading order.
 */
export function subjectTitle(title: string, sentences: Sentence[]): string {
	const opening = sentences.slice(0, OPENING_SENTENCES).map((s) => s.text);
	// "Document 2" (`sourceOf`): a text with no title, which the lead kind reads as such.
	if (!title.trim() || /^Document \d+$/u.test(title) || opening.length === 0) return title;
	const bare = withoutTitleYear(title, opening);
	// A heading sentence that is the title itself is no proof that the text names it.
	const body = opening.filter((s) => s.trim() !== title.trim());
	if (named(bare, body)) return bare;
	return (body[0] && firstSentenceSubject(body[0])) ?? bare;
}

/** The sources with the titles the idea kinds read (`subjectTitle`); nothing else changes. */
export function withSubjectTitles(sources: SourceFile[], sentences: Sentence[]): SourceFile[] {
	return sources.map((source) => {
		const own = sentences.filter((s) => s.doc === source.document.id);
		const title = subjectTitle(source.document.title, own);
		return title === source.document.title
			? source
			: { ...source, document: { ...source.document, title } };
	});
}
