import type { Sentence } from './text';

/**
 * Two more shapes of a revision list's entry (gen71, issue 12): a student's notes gloss a part by
 * where a process happens ("- **Ribosomes** – where proteins are made (protein synthesis).") or
 * by a bare class with its restriction ("- **Cytoplasm** – jelly-like liquid where most chemical
 * reactions happen", "- **Confluence** – the point where two rivers meet"). Neither names a class
 * with "a …" nor opens on what the part does, so neither the glossary (`idea-glossary.ts`) nor the
 * function cards (`revision-list.ts`) read them, and blind review H26's ten sets of notes gave
 * 12 drafts from 8,250 words. A site is asked the other way round, its process in the prompt and
 * the part the key ("Where are proteins made?" → "Ribosomes": a reviewer accepts it, while "What
 * is meant by the term “ribosomes”?" keyed "Where proteins are made" names no class); a class
 * gloss is asked as the term's meaning. Pure.
 */

/**
 * A process's site: "where" and a clause whose verb says a process happens ("aerobic respiration
 * happens", "proteins are made", "digestion takes place"), not where a thing goes or starts
 * ("where the river starts, usually in the hills": "in the hills" answers "Where does the river
 * start?" as well as "source"). Groups: subject, verb.
 */
const SITE =
	/^where\s+((?:most\s+)?\p{Ll}[\p{Ll}-]*(?:\s+\p{Ll}[\p{Ll}-]*){0,3})\s+(happens|happen|takes\s+place|take\s+place|occurs|occur|(?:is|are)\s+(?:made|produced|stored|released|digested|absorbed|built|broken\s+down|carried\s+out|formed|filtered|made\s+and\s+stored))$/u;

/** Words no process subject holds: a pronoun or determiner pointing back ("where it is made"). */
const POINTER = /^(?:it|they|this|these|that|those|he|she|we|you|there|which)(?:\s|$)/u;

/** "happens" → "does … happen": the question's auxiliary and its bare verb. */
const QUESTION_VERB: Record<string, [string, string]> = {
	happens: ['does', 'happen'],
	happen: ['do', 'happen'],
	'takes place': ['does', 'take place'],
	'take place': ['do', 'take place'],
	occurs: ['does', 'occur'],
	occur: ['do', 'occur']
};

/** A gloss's trailing aside: "(protein synthesis)", ", releasing energy". */
function withoutAside(gloss: string): string {
	return gloss
		.replace(/\s*\([^()]*\)/gu, '')
		.split(/,\s/u)[0]
		.replace(/[.\s]+$/u, '')
		.trim();
}

export interface SiteEntry {
	sentence: Sentence;
	/** The part as the list writes it: "Ribosomes", "Mitochondria". */
	term: string;
	/** The process asked: "where are proteins made", "where does aerobic respiration happen". */
	question: string;
	/** The gloss's clause, to tell two entries of one process apart: "proteins are made". */
	clause: string;
}

/**
 * The gloss as a process's site ("where proteins are made (protein synthesis)" → "where are
 * proteins made"), or undefined (`SITE`). `term` is the entry's term.
 */
export function siteQuestion(gloss: string): { question: string; clause: string } | undefined {
	const bare = withoutAside(gloss);
	const m = SITE.exec(bare);
	if (!m) return undefined;
	const [, subject, verb] = m;
	if (POINTER.test(subject)) return undefined;
	const clause = bare.slice('where '.length);
	const passive = /^(is|are)\s+(.+)$/u.exec(verb);
	if (passive) return { question: `where ${passive[1]} ${subject} ${passive[2]}`, clause };
	const [aux, base] = QUESTION_VERB[verb.replace(/\s+/gu, ' ')];
	return { question: `where ${aux} ${subject} ${base}`, clause };
}

/**
 * A bare class and its restriction: "jelly-like liquid where most chemical reactions happen",
 * "the point where two rivers meet", "small tubes that carry blood". One to three words before
 * "where", "that", "which" or "in which", none a verb's form ("-ed", "-ing") or a determiner of a
 * clause: "water rushing up the beach", "rocks carried by the river", "bits of rock break off"
 * are no class.
 */
const CLASS_CLAUSE =
	/^(?:the\s+)?((?:\p{Ll}[\p{Ll}-]*\s+){0,2}\p{Ll}[\p{Ll}-]*)\s+(?:where|that|which|in\s+which)\s+\p{Ll}/u;

/** Words a class's head never holds: a verb's form, a quantifier, a pronoun or a preposition. */
const NOT_CLASS_WORD =
	/^(?:\p{Ll}{3,}(?:ed|ing)|a|an|is|are|was|were|has|have|can|will|may|must|it|they|this|these|those|all|some|many|most|each|every|no|not|only|in|on|at|of|by|to|from|with|for|into|up|down|and|or|but|so|more|less|very|too|also|just)$/u;

/**
 * The gloss as a class with its restriction (`CLASS_CLAUSE`), without its aside ("(controlled by
 * enzymes)"), as a key: "Jelly-like liquid where most chemical reactions happen". Undefined when
 * the gloss is no such class, a semicolon or colon joins another statement, or the key is longer
 * than `maxWords`.
 */
export function classClauseKey(gloss: string, maxWords = 20): string | undefined {
	if (/[;:]/u.test(gloss)) return undefined;
	const key = gloss
		.replace(/\s*\([^()]*\)/gu, '')
		.replace(/[.\s]+$/u, '')
		.trim();
	const m = CLASS_CLAUSE.exec(key);
	if (!m) return undefined;
	if (m[1].split(/\s+/u).some((w) => NOT_CLASS_WORD.test(w))) return undefined;
	const words = key.split(/\s+/u).length;
	if (words < 4 || words > maxWords) return undefined;
	return key.charAt(0).toUpperCase() + key.slice(1);
}
