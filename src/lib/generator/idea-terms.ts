import { predicateHead } from './coreference';
import { hollowDefinition, wholeKey } from './idea-key';
import type { ArticleView, Idea } from './ideas';
import { capitalise } from './idea-text';
import { pointsIntoArticle } from './standalone';
import { POINTER_NAME } from './idea-lead';
import { fold, seededOrder, words, type Sentence } from './text';

/**
 * Kind 2, the article's key terms: "What was the Kennedy Round?" → "The sixth round of GATT
 * trade negotiations"; "What is osteomalacia?" → "A disease in adults …". A term is a proper
 * name the article defines ("X is a …"), or a common noun it defines and keeps using (in at
 * least `MIN_RECURRENCE` other sentences) whose definition names a category ("a disease", "a
 * technique"). Where the article defines `MIN_FAMILY` or more terms of one category ("round"),
 * each is asked as a choice among the others (issue 12); otherwise as a flashcard. Not "The
 * English army was an experienced force" (U2 S05: countless true answers).
 */

/** "Term is a …": at most five words before the verb, no pronoun, no comma. */
const TERM_IS_A =
	/^((?:The\s+)?[\p{Lu}][\p{L}’'-]*(?:\s+[\p{L}’'–-]+){0,4})\s+(is|are|was|were)\s+((?:a|an|the)\s.+?)[.!]?$/u;

/** Categories a common-noun definition may name: general English, no subject's vocabulary. */
const CATEGORY =
	/^(?:disease|disorder|condition|syndrome|infection|symptom|process|method|technique|procedure|theory|law|principle|concept|device|machine|instrument|tool|substance|compound|molecule|element|mineral|protein|enzyme|hormone|vitamin|organism|species|genus|cell|tissue|organ|structure|form|type|kind|system|practice|policy|doctrine|movement|style|unit|measure|ratio|property|phenomenon|effect|reaction|treaty|agreement|round)s?$/u;

/** Other sentences a common term must recur in to count as one of the article's key terms. */
export const MIN_RECURRENCE = 2;
/** Defined terms of one category that make a multiple choice among themselves. */
export const MIN_FAMILY = 4;

interface Defined {
	sentence: Sentence;
	name: string;
	verb: string;
	about: string;
	head: string;
}

/** True for a name whose content words are all capitalised and not common words. */
function properName(name: string, isCommon: (w: string) => boolean): boolean {
	const parts = name.replace(/^The\s+/u, '').split(/\s+/);
	return (
		parts.every((w) => /^\p{Lu}/u.test(w) || /^(?:of|the|and|de|la|von|van)$/u.test(w)) &&
		!isCommon(parts[0])
	);
}

/** One sentence's term definition, or undefined. */
export function termDefinition(sentence: Sentence, article: ArticleView): Defined | undefined {
	const match = TERM_IS_A.exec(sentence.text);
	if (!match) return undefined;
	const [, name, verb, predicate] = match;
	if (
		/^(?:It|This|That|These|Those|They|He|She|There|Its|His|Her|Their|One|Each|Both)\b/u.test(name)
	)
		return undefined;
	if (pointsIntoArticle(name) || words(name).some((w) => article.subject.has(w))) return undefined;
	// A person's role is asked in their own article: here it is a passer-by's (U1, U2).
	if (article.isPerson(name.replace(/^The\s+/u, '')) || pointsIntoArticle(predicate))
		return undefined;
	const about = wholeKey(predicate.replace(/\s*\([^)]*\)/gu, ''));
	// The same rules as the lead's key (U7 S01, S09: a ranking, a count with no date).
	if (about && hollowDefinition(about, name, /^(?:is|are)$/u.test(verb))) return undefined;
	const head = predicateHead(predicate)?.toLowerCase();
	if (!about || !head) return undefined;
	if (POINTER_NAME.test(name)) return undefined;
	// Only a term the article returns to: a name met once is a passing detail (U4 S02).
	const recurs = (term: string) =>
		article.sentences.filter((s) => s !== sentence && ` ${fold(s.text)} `.includes(` ${term} `))
			.length;
	if (
		properName(name, article.isCommon) &&
		recurs(fold(name.replace(/^The\s+/u, ''))) < MIN_RECURRENCE
	)
		return undefined;
	if (!properName(name, article.isCommon)) {
		const term = fold(name.replace(/^The\s+/u, ''));
		const recur = article.sentences.filter(
			(s) => s !== sentence && ` ${fold(s.text)} `.includes(` ${term} `)
		).length;
		if (recur < MIN_RECURRENCE || !CATEGORY.test(head) || name.split(/\s+/).length > 3)
			return undefined;
	}
	return { sentence, name, verb, about, head };
}

/** Names a card asks: "the Kennedy Round", "osteomalacia". */
function asked(name: string, isCommon: (w: string) => boolean): string {
	if (/^The\s/u.test(name)) return `the ${name.slice(4)}`;
	return isCommon(name.split(/\s+/)[0]) ? name.toLowerCase() : name;
}

/** The article's defined terms, as flashcards or, in a family of `MIN_FAMILY`, choices. */
export function termIdeas(article: ArticleView): Idea[] {
	const defined: Defined[] = [];
	for (const sentence of article.sentences) {
		const marks = article.marks(sentence);
		if (marks && marks.score === 0) continue; // an aside section (`salience.ts`)
		const term = termDefinition(sentence, article);
		if (term && !defined.some((d) => fold(d.name) === fold(term.name))) defined.push(term);
	}
	return defined.map((term) => {
		const family = defined.filter((d) => d.head === term.head && d !== term);
		if (family.length + 1 >= MIN_FAMILY) {
			const distractors = seededOrder(
				family.map((d) => d.name),
				term.sentence.text
			).slice(0, 3);
			return {
				kind: 'term' as const,
				sentence: term.sentence,
				type: 'mcq' as const,
				prompt: `____ ${term.verb} ${term.about}.`,
				doubt: term.name,
				answer: term.name,
				distractors,
				start: 0,
				weight: 1.5
			};
		}
		return {
			kind: 'term' as const,
			sentence: term.sentence,
			type: 'flashcard' as const,
			prompt: `What ${term.verb} ${asked(term.name, article.isCommon)}?`,
			doubt: term.name,
			answer: capitalise(term.about),
			span: term.about,
			start: 0,
			weight: 1.5
		};
	});
}
