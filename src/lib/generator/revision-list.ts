import { escapeRegExp } from '$lib/text/regexp-literal';
import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';

/**
 * A revision list of terms and what each does (gen69, issue 12): a student's notes list a
 * topic's parts as "- **Nucleus** – contains genetic material (DNA) and controls the activities
 * of the cell." or "- **Amylase** breaks down starch into sugars.", outside any key-terms
 * heading, so the glossary kind (`idea-glossary.ts`) read none of them: a function gloss is no
 * definition's class, and a list's label ("Planning – limiting building …", `list-label.ts`)
 * looks the same. What separates them: the gloss opens on a present verb that says what a thing
 * does ("contains", "controls", "breaks down"), not on an "-ing" action or a clause with its own
 * subject ("rising sea levels can drown …", "rocks carried by the river scrape …"), and three or
 * more such entries stand under one heading. Asked "In the handout “…”, what does the nucleus
 * do?", the key the gloss. Pure.
 */

/**
 * Present verbs that say what a part, organ, enzyme or device does. A closed list: an "-s" word
 * may be a plural noun ("rocks carried by the river …"), and a list's label glosses with an
 * action or a clause, never with one of these.
 */
const FUNCTION_VERB =
	'(?:contains|controls|carries|breaks\\s+down|builds\\s+up|produces|makes|stores|absorbs|releases|transports|protects|converts|allows|regulates|supports|strengthens|connects|removes|filters|pumps|detects|sends|receives|speeds\\s+up|slows\\s+down|prevents|holds|provides|turns|digests|secretes|destroys|emulsifies|neutralises|neutralizes|transmits|absorbs|reflects|measures|records|joins|links|keeps|lets|moves|stops|increases|reduces|lowers|raises)';

/** "Term – gloss": a capitalised term of one to three words, a dash, a gloss on a function verb. */
const DASHED = new RegExp(
	`^(\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2})\\s+[–—-]\\s+(${FUNCTION_VERB}\\s.*?)\\.?$`,
	'u'
);

/**
 * "Amylase breaks down …": a one-word term and its function verb, no dash. A longer subject is a
 * process or a claim ("Active transport moves substances …"), not a list's entry.
 */
const BARE = new RegExp(`^(\\p{Lu}[\\p{Ll}-]+)\\s+(${FUNCTION_VERB}\\s.*?)\\.?$`, 'u');

/**
 * Words no term holds: a pronoun, a determiner, a quantifier, a preposition ("It controls …",
 * "Each contains …", "In releases before 2.0, …").
 */
const NOT_TERM =
	/^(?:it|this|that|these|those|they|he|she|we|you|each|every|both|all|some|many|most|one|there|here|which|what|in|on|at|by|for|from|with|after|before|during|since|when|while|if|as|then|later|his|her|its|their|our|my)(?:\s|$)/iu;

/** Longest gloss kept as a key: a function, not a paragraph. */
const MAX_KEY_WORDS = 20;

/** Entries under one heading before they are read as a revision list (a lone "X controls …" is a claim). */
export const MIN_LIST = 3;

export interface FunctionEntry {
	sentence: Sentence;
	/** The term as the list writes it: "Nucleus", "Cell membrane". */
	term: string;
	/** What it does, in the sentence's words: "contains genetic material (DNA) and controls …". */
	gloss: string;
}

/** The sentence as a function entry ("Nucleus – contains …", "Amylase breaks down …"), or undefined. */
export function functionEntry(sentence: Sentence): FunctionEntry | undefined {
	const text = sentence.text.trim();
	const m = DASHED.exec(text) ?? BARE.exec(text);
	if (!m) return undefined;
	const [, term, gloss] = m;
	if (NOT_TERM.test(term)) return undefined;
	// "Pitfall traps are …", "Historical records and newer studies …": the "verb" was the
	// subject's plural noun, and a verb or a conjunction follows it.
	if (
		/^\S+(?:\s+(?:down|up))?\s+(?:are|is|was|were|and|or|have|has|had|can|could|will|would|use|show|of)\b/u.test(
			gloss
		)
	)
		return undefined;
	// "…; it is made in …": a second statement is no part of what the term does.
	if (/[;:]/u.test(gloss)) return undefined;
	const words = gloss.split(/\s+/u).length;
	if (words < 3 || words > MAX_KEY_WORDS) return undefined;
	return { sentence, term, gloss };
}

/**
 * The term as a question names it: "the nucleus" when the article writes it with an article
 * elsewhere ("have a nucleus") or it has several words ("the cell membrane"); bare when it never
 * takes one ("amylase", a substance). A plural ("Ribosomes") takes "do".
 */
function asked(
	term: string,
	entry: Sentence,
	article: ArticleView
): { noun: string; verb: string } {
	const lower = /^\p{Lu}{2,}/u.test(term) ? term : term.charAt(0).toLowerCase() + term.slice(1);
	const plural = /(?<!s|u|i)s$/u.test(lower);
	const withArticle = new RegExp(`\\b(?:a|an|the)\\s+${escapeRegExp(lower)}\\b`, 'iu');
	const definite =
		lower.includes(' ') || article.sentences.some((s) => s !== entry && withArticle.test(s.text));
	return { noun: definite ? `the ${lower}` : lower, verb: plural ? 'do' : 'does' };
}

/**
 * Function cards of a handout's revision lists: each `functionEntry` whose heading holds at least
 * `MIN_LIST` entries, counting `others` (the glossary's entries there, a class gloss such as
 * "Mitochondria – the site of …"). None of a person or place, none without a title to frame the
 * question in ("What does the nucleus do?" bare could be an atom's).
 */
export function revisionIdeas(
	article: ArticleView,
	others: (section: string) => number = () => 0
): Idea[] {
	if (!isHandout(article)) return [];
	const title = (article.doc.title ?? article.title).trim();
	if (!title) return [];
	const entries = article.sentences.flatMap((s) => functionEntry(s) ?? []);
	const count = (section: string) =>
		entries.filter((e) => e.sentence.section === section).length + others(section);
	return entries.flatMap(({ sentence, term, gloss }) => {
		if (count(sentence.section) < MIN_LIST) return [];
		if (article.isPerson(term) || article.isPlace(term)) return [];
		const { noun, verb } = asked(term, sentence, article);
		return [
			{
				kind: 'glossary' as const,
				sentence,
				type: 'flashcard' as const,
				prompt: `In the handout “${title}”, what ${verb} ${noun} do?`,
				answer: gloss.charAt(0).toUpperCase() + gloss.slice(1),
				start: 0,
				span: gloss,
				context: sentence.text,
				weight: 0
			}
		];
	});
}

/** How many function entries stand under each heading: the glossary counts them toward its list. */
export function functionEntriesBySection(article: ArticleView): (section: string) => number {
	const entries = article.sentences.flatMap((s) => functionEntry(s) ?? []);
	return (section) => entries.filter((e) => e.sentence.section === section).length;
}
