import nlp from 'compromise';
import type { ArticleView, Idea } from './ideas';
import { isHandout } from './handout';
import { documentFrame } from './document-frame';

/**
 * A revision list that glosses each process by what happens in it (gen80, issue 12): "- Scouring
 * – loose grit carried by the wind scrapes the rock, wearing it smooth." A student writes a
 * process's meaning as a whole clause, its subject and its verb, which the glossary
 * (`idea-glossary.ts`) refuses as no class ("a …"). Asked in the notes' frame, "In the notes
 * “…”, what is scouring?", keyed by the whole clause, never a part of it. Only a process noun
 * ("-tion", "-sion", "-ment", "-sis", "action"), only in a list of two or more such lines under one
 * heading, and none of a term the document glosses twice (one word, two processes: "solution"
 * as erosion and as transport). Pure.
 */

/** "Term – clause.": a capitalised term of one or two words, a dash, a lower-case clause. */
const LINE = /^(\p{Lu}\p{Ll}+(?:\s\p{Ll}+)?)\s[–—-]\s(\p{Ll}[^;:()]*?)\.$/u;

/** A process noun: "abrasion", "attrition", "hydraulic action", "displacement", "osmosis". */
const PROCESS = /(?:tion|sion|ment|sis)$/u;

/** Openings that are no clause's subject: a class ("a …", "the …"), a pointer, a subordinator. */
const NOT_SUBJECT =
	/^(?:an?|the|it|they|this|these|that|those|where|when|how|if|because|so|which|who|what|used|made|also|not|e\.g)\s/u;

/** Fewest and most words a clause gloss may have: a whole process, not a paragraph. */
const MIN_WORDS = 5;
const MAX_WORDS = 18;

interface Gloss {
	index: number;
	term: string;
	clause: string;
}

/** Most words of a clause's subject before its verb: "rocks carried by the river". */
const MAX_SUBJECT = 7;

/**
 * True when the clause opens on its subject, a noun phrase, and its main verb follows in the
 * present: "small grains bounce along the bed", "large stones are rolled along the bed", "grit
 * carried by the wind scrapes the rock". Not a noun phrase with a participle ("large stones
 * rolled along the bed"), a relative clause's verb ("energy that travels …"), an infinitive's
 * ("fewer trees to intercept rain and take …"), a copula before an adjective ("concrete and
 * tarmac are impermeable": a reason), nor a verb after a comma.
 */
function mainVerbAfterSubject(clause: string): boolean {
	const terms = (nlp(clause).terms().json() as { terms: { text: string; tags: string[] }[] }[])
		.map((t) => t.terms[0])
		.filter((t) => !!t);
	const first = terms[0];
	if (!first || first.tags.includes('Verb')) return false;
	if (!first.tags.some((t) => t === 'Noun' || t === 'Adjective')) return false;
	for (let i = 1; i < terms.length && i <= MAX_SUBJECT; i++) {
		const { text, tags } = terms[i];
		const word = text.toLowerCase();
		if (/^(?:that|which|who|whose|to|but|where|when)$/u.test(word)) return false;
		if (/,$/u.test(terms[i - 1].text)) return false;
		if (tags.includes('Auxiliary') || tags.includes('Copula'))
			return /^(?:is|are)$/u.test(word) && !!terms[i + 1]?.tags.includes('PastTense');
		if (tags.includes('PresentTense') && !/ing$/u.test(word)) return true;
	}
	return false;
}

/** The sentence's "Term – clause." when the clause has a subject and a finite verb, or undefined. */
export function processGloss(text: string): Omit<Gloss, 'index'> | undefined {
	const m = LINE.exec(text.trim());
	if (!m) return undefined;
	const term = m[1].toLowerCase();
	const clause = m[2];
	if (!PROCESS.test(term) || NOT_SUBJECT.test(clause)) return undefined;
	const words = clause.split(/\s+/u).length;
	if (words < MIN_WORDS || words > MAX_WORDS) return undefined;
	if (!mainVerbAfterSubject(clause)) return undefined;
	// The term's own word in its gloss gives it away ("abrasion … abrades").
	const stem = term.split(' ').at(-1)!.slice(0, 5);
	if (clause.toLowerCase().includes(stem)) return undefined;
	return { term, clause };
}

/** The process-gloss cards of a handout or notes (`processGloss`), in reading order. */
export function processGlossIdeas(article: ArticleView): Idea[] {
	if (!isHandout(article)) return [];
	const frame = documentFrame(article);
	if (!frame) return [];
	const found = article.sentences.flatMap((s) => {
		const g = processGloss(s.text);
		return g ? [{ sentence: s, ...g }] : [];
	});
	const twice = (term: string) => found.filter((f) => f.term === term).length > 1;
	return found.flatMap(({ sentence, term, clause }) => {
		if (twice(term)) return [];
		if (found.filter((f) => f.sentence.section === sentence.section).length < 2) return [];
		return [
			{
				kind: 'glossary' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: `What is ${term}?`,
				answer: clause.charAt(0).toUpperCase() + clause.slice(1),
				start: 0,
				span: clause,
				context: sentence.text,
				weight: 0
			}
		];
	});
}
