import { meantByTerm } from '$lib/content/term-asked';
import { escapeRegExp } from '$lib/text/regexp-literal';
import { isHandout } from './handout';
import type { ArticleView, Idea } from './ideas';
import type { Sentence } from './text';
import { classClauseKey, siteQuestion, type SiteEntry } from './revision-site';
import { documentFrame } from './document-frame';
import { tableRow } from './table-row';
import { adjectiveTerm, asWritten } from './term-case';
import { entryNoTerm } from './entry-no-term';
import { askedNoun } from './noun-article';

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
const FUNCTION_VERBS =
	'contains|controls|carries|breaks down|builds up|produces|makes|stores|absorbs|releases|transports|protects|converts|allows|regulates|supports|strengthens|connects|removes|filters|pumps|detects|sends|receives|speeds up|slows down|prevents|holds|provides|turns|digests|secretes|destroys|emulsifies|neutralises|neutralizes|transmits|reflects|measures|records|joins|links|keeps|lets|moves|stops|increases|reduces|lowers|raises'.split(
		'|'
	);

/**
 * A function verb as a plural term takes it: "contains" → "contain" ("Chloroplasts – contain
 * chlorophyll", gen71), "carries" → "carry", "pushes" → "push".
 */
function pluralForm(verb: string): string {
	const [head, ...rest] = verb.split(' ');
	const base = head.endsWith('ies')
		? `${head.slice(0, -3)}y`
		: /(?:ch|sh|ss|x)es$/u.test(head)
			? head.slice(0, -2)
			: head.slice(0, -1);
	return [base, ...rest].join(' ');
}

const FUNCTION_VERB = `(?:${[...FUNCTION_VERBS, ...FUNCTION_VERBS.map(pluralForm)]
	.sort((a, b) => b.length - a.length)
	.map((v) => v.replace(/ /gu, '\\s+'))
	.join('|')})`;

/** A gloss that opens on a function verb: what the term does. */
const FUNCTION_GLOSS = new RegExp(`^${FUNCTION_VERB}\\s`, 'u');

/**
 * A part of a gloss that says what a thing is made of or holds, before what it does: "made of
 * cellulose; strengthens the cell" (gen71): kept out of the key, never a reason to refuse it.
 */
const MADE_OF = /^(?:made\s+(?:of|from)|filled\s+with|found\s+in|full\s+of|surrounded\s+by)\s/u;

/** A function verb's singular forms alone: a bare plural subject and verb is a claim ("Plants make …"). */
const SINGULAR_VERB = `(?:${FUNCTION_VERBS.map((v) => v.replace(/ /gu, '\\s+')).join('|')})`;

/** A gloss opening on a function verb's singular form ("makes …"), or on its plural ("make …"). */
const SINGULAR_FUNCTION = new RegExp(`^${SINGULAR_VERB}\\s`, 'u');
const PLURAL_FUNCTION = new RegExp(
	`^(?:${FUNCTION_VERBS.map((v) => pluralForm(v).replace(/ /gu, '\\s+')).join('|')})\\s`,
	'u'
);

/**
 * "Term – gloss" or "Term: gloss": a capitalised term of one to three words, a dash or a colon
 * (gen71: "Osmosis: the diffusion of water …" is the same entry), a gloss in lower case.
 */
const DASHED = new RegExp(
	`^(\\p{Lu}[\\p{Ll}-]+(?:\\s+\\p{Ll}[\\p{Ll}-]+){0,2})(?:\\s+[–—-]|:)\\s+(\\p{Ll}.*?)\\.?$`,
	'u'
);

/**
 * "Amylase breaks down …": a one-word term and its function verb, no dash. A longer subject is a
 * process or a claim ("Active transport moves substances …"), not a list's entry.
 */
const BARE = new RegExp(`^(\\p{Lu}[\\p{Ll}-]+)\\s+(${SINGULAR_VERB}\\s.*?)\\.?$`, 'u');

/**
 * Words no term holds: a pronoun, a determiner, a quantifier, a preposition ("It controls …",
 * "Each contains …", "In releases before 2.0, …").
 */
const NOT_TERM =
	/^(?:it|this|that|these|those|they|he|she|we|you|each|every|both|all|some|many|most|one|there|here|which|what|in|on|at|by|for|from|with|after|before|during|since|when|while|if|as|then|later|his|her|its|their|our|my|note|remember|exam\s+tip|tip|example|examples|e\.g)(?:\s|$)/iu;

/**
 * An adverb where a term would stand: a note's line that goes on from the line before with its
 * subject dropped ("Often holds a small lake called a tarn." under "Corrie: an armchair-shaped
 * hollow …") read as the term "Often" asked "what does often do?" (blind review H29 S02, all
 * three reviewers). A frequency, degree or time adverb, or an adverb's "-ly" ending.
 */
export const ADVERB =
	/^(?:often|usually|always|never|sometimes|also|still|mostly|mainly|largely|generally|normally|typically|frequently|rarely|seldom|occasionally|then|now|once|soon|later|only|just|even|already|again|too|almost|nearly|partly|eventually|finally|slowly|quickly|gradually|\p{L}{3,}(?:ally|ently|antly|ously|ively|ately|fully|lessly|ingly|edly))$/iu;

/** A pronoun that points out of the entry: "pumps it to the lungs" (what "it" is, the line before says). */
const POINTS_BACK = /\b(?:it|they|them|this|these|those|he|she|him|her)\b/iu;

/** Longest gloss kept as a key: a function, not a paragraph. */
const MAX_KEY_WORDS = 20;

/**
 * Entries under one heading before they are read as a revision list (a lone "X controls …" is a
 * claim). Two (gen71): a student's notes list a plant cell's extra parts or an enzyme's pair under
 * their own heading, and three left H26's notes with one card in ten sets.
 */
export const MIN_LIST = 2;

export interface FunctionEntry {
	sentence: Sentence;
	/** The term as the list writes it: "Nucleus", "Cell membrane". */
	term: string;
	/** What it does, in the sentence's words: "contains genetic material (DNA) and controls …". */
	gloss: string;
}

/**
 * A gloss's parts joined by semicolons as what the term does: "contains genetic material;
 * controls what the cell does" → "contains genetic material and controls what the cell does";
 * "made of cellulose; strengthens the cell" → "strengthens the cell" (`MADE_OF` parts dropped).
 * Undefined when a part is another statement ("lots of mitochondria", "it is made in …").
 */
function functionGloss(gloss: string): string | undefined {
	const parts = gloss.split(/\s*;\s*/u);
	const doing = parts.filter((p) => FUNCTION_GLOSS.test(p));
	if (doing.length === 0 || doing[0] !== parts.find((p) => !MADE_OF.test(p))) return undefined;
	if (parts.some((p) => !FUNCTION_GLOSS.test(p) && !MADE_OF.test(p))) return undefined;
	return doing.join(' and ');
}

/** The sentence as a function entry ("Nucleus – contains …", "Amylase breaks down …"), or undefined. */
export function functionEntry(sentence: Sentence): FunctionEntry | undefined {
	const text = sentence.text.trim();
	const m = DASHED.exec(text) ?? BARE.exec(text);
	if (!m) return undefined;
	const [, term, whole] = m;
	if (NOT_TERM.test(term) || ADVERB.test(term) || /\s(?:and|or)\s/u.test(term)) return undefined;
	// "…: it is made in …": a colon inside the gloss joins a second statement.
	if (/:/u.test(whole)) return undefined;
	const gloss = functionGloss(whole);
	if (!gloss) return undefined;
	// "Pitfall traps are …", "Historical records and newer studies …": the "verb" was the
	// subject's plural noun, and a verb or a conjunction follows it.
	if (
		/^\S+(?:\s+(?:down|up))?\s+(?:are|is|was|were|and|or|have|has|had|can|could|will|would|use|show|of)\b/u.test(
			gloss
		)
	)
		return undefined;
	// "Right ventricle: pumps it to the lungs": "it" is the blood of the line before, no answer
	// alone; "…, but are very expensive": a cost beside what the thing does, a second statement.
	if (POINTS_BACK.test(gloss) || /\bbut\b/u.test(gloss)) return undefined;
	const words = gloss.split(/\s+/u).length;
	if (words < 3 || words > MAX_KEY_WORDS) return undefined;
	return { sentence, term, gloss };
}

/** A list's entry of any shape this module reads: what a part does, where a process happens, a class. */
export type RevisionEntry =
	| (FunctionEntry & { shape: 'function' })
	| (SiteEntry & { shape: 'site' })
	| { shape: 'class'; sentence: Sentence; term: string; key: string };

/** The sentence as a revision list's entry (`functionEntry`, `siteQuestion`, `classClauseKey`), or undefined. */
export function revisionEntry(sentence: Sentence): RevisionEntry | undefined {
	if (tableRow(sentence.text)) return undefined;
	const found = functionEntry(sentence);
	if (found) return { ...found, shape: 'function' };
	const m = DASHED.exec(sentence.text.trim());
	if (!m || NOT_TERM.test(m[1]) || ADVERB.test(m[1]) || /\s(?:and|or)\s/u.test(m[1]))
		return undefined;
	const [, term, gloss] = m;
	const site = siteQuestion(gloss);
	if (site) return { shape: 'site', sentence, term, ...site };
	const key = classClauseKey(gloss, MAX_KEY_WORDS);
	return key ? { shape: 'class', sentence, term, key } : undefined;
}

/**
 * Singular nouns that end in "-s" (`pluralTerm`): "pancreas", "species", "lens", "gas". General
 * English, a closed list.
 */
const SINGULAR_IN_S =
	/(?:^|\s)(?:pancreas|species|series|lens|gas|bus|atlas|canvas|bias|chaos|iris|news|means|biceps|triceps|diabetes|measles|mumps|physics|mathematics|economics|genetics|politics|ethics|lymph\s+glands?)$/u;

/**
 * True when a list's term is plural: its gloss's verb says so ("Mitochondria – release …",
 * "Pancreas – makes …"), a plural "-s" ending ("Ribosomes") when the verb is singular by a
 * note's slip, unless the word is a singular in "-s" (`SINGULAR_IN_S`): "what do the pancreas
 * do?" (blind review H30 S66, all three reviewers).
 */
export function pluralTerm(term: string, gloss: string): boolean {
	const lower = term.toLowerCase();
	if (SINGULAR_IN_S.test(lower)) return false;
	if (SINGULAR_FUNCTION.test(gloss)) return /(?<!s|u|i)s$/u.test(lower);
	return PLURAL_FUNCTION.test(gloss) || /(?<!s|u|i)s$/u.test(lower);
}

/**
 * The term as a question names it (`askedNoun`): "the nucleus" when the article writes it with
 * an article elsewhere ("have a nucleus") or it has several words ("the cell membrane"); "a
 * producer" for an agent noun, bare for a substance ("amylase"); a plural ("Ribosomes") takes
 * "do". Undefined when the term's number and its gloss's verb disagree ("Managed realignment –
 * let the coastline move back", H32 S08).
 */
function asked(
	term: string,
	gloss: string,
	entry: Sentence,
	article: ArticleView
): { noun: string; verb: string } | undefined {
	const lower = /^\p{Lu}{2,}/u.test(term) ? term : term.charAt(0).toLowerCase() + term.slice(1);
	const withArticle = new RegExp(`\\b(?:a|an|the)\\s+${escapeRegExp(lower)}\\b`, 'iu');
	const definite =
		lower.includes(' ') || article.sentences.some((s) => s !== entry && withArticle.test(s.text));
	const pluralVerb = PLURAL_FUNCTION.test(gloss) && !SINGULAR_FUNCTION.test(gloss);
	return askedNoun(lower, pluralVerb, definite, SINGULAR_IN_S.test(lower.toLowerCase()));
}

/** One entry's card: what the part does, where the process happens (the part the key), what the class is. */
function entryIdea(entry: RevisionEntry, article: ArticleView, frame: string): Idea | undefined {
	const { sentence, term } = entry;
	const base = { kind: 'glossary' as const, sentence, type: 'flashcard' as const, start: 0 };
	const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
	if (entry.shape === 'site')
		return {
			...base,
			prompt: `${frame}, ${entry.question}?`,
			answer: term,
			span: term,
			context: sentence.text,
			weight: 0
		};
	if (entry.shape === 'class') {
		// Asked as the glossary asks a term, and framed there (`term-frame.ts`).
		const written = /^\p{Lu}{2,}/u.test(term) ? term : asWritten(term, sentence, article);
		return {
			...base,
			prompt: meantByTerm(written),
			answer: entry.key,
			span: sentence.text.includes(entry.key) ? entry.key : term,
			context: sentence.text,
			weight: 0
		};
	}
	const named = asked(term, entry.gloss, sentence, article);
	if (!named) return undefined;
	const { noun, verb } = named;
	return {
		...base,
		prompt: `${frame}, what ${verb} ${noun} do?`,
		answer: capital(entry.gloss),
		span: sentence.text.includes(entry.gloss) ? entry.gloss : term,
		context: sentence.text,
		weight: 0
	};
}

/**
 * Cards of a handout's revision lists: each `revisionEntry` whose heading holds at least
 * `MIN_LIST` entries, counting `others` (the glossary's entries there, a class gloss such as
 * "Mitochondria – the site of …"). None of a person or place, none without a title to frame the
 * question in ("What does the nucleus do?" bare could be an atom's), no site whose process two
 * entries name.
 */
export function revisionIdeas(
	article: ArticleView,
	others: (section: string) => number = () => 0
): Idea[] {
	if (!isHandout(article)) return [];
	const title = (article.doc.title ?? article.title).trim();
	if (!title) return [];
	const frame = documentFrame(article);
	const entries = article.sentences.flatMap((s) => revisionEntry(s) ?? []);
	const count = (section: string) =>
		entries.filter((e) => e.sentence.section === section).length + others(section);
	const clauses = entries.flatMap((e) => (e.shape === 'site' ? [e.clause] : []));
	return entries.flatMap((entry) => {
		if (count(entry.sentence.section) < MIN_LIST) return [];
		if (article.isPerson(entry.term) || article.isPlace(entry.term)) return [];
		// "Sonorous – makes a ringing sound": a quality is not asked what it does (H27 S71).
		if (entry.shape === 'function' && adjectiveTerm(entry.term)) return [];
		if (entry.shape === 'site' && clauses.filter((c) => c === entry.clause).length > 1) return [];
		// A reason, one role of several, a process's object, a place relative to the text (H30).
		const gloss =
			entry.shape === 'class' ? entry.key : entry.shape === 'function' ? entry.gloss : '';
		if (entry.shape !== 'site' && entryNoTerm(entry.term, gloss, entry.sentence, article))
			return [];
		return entryIdea(entry, article, frame) ?? [];
	});
}

/** How many revision entries stand under each heading: the glossary counts them toward its list. */
export function functionEntriesBySection(article: ArticleView): (section: string) => number {
	const entries = article.sentences.flatMap((s) => revisionEntry(s) ?? []);
	return (section) => entries.filter((e) => e.sentence.section === section).length;
}
