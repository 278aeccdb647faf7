import type { SourceFile } from '../content/sources';
import { sentenceKey } from './centrality';
import {
	opensWithSubject,
	resolveSubject,
	subjectReference,
	type SubjectReference
} from './coreference';
import { openingDefinition } from './definitions';
import { previousMeans } from './pronoun-antecedent';
import { splitSentences, words } from './text';

/**
 * Which sentences carry an article's main ideas (issues 9 and 12): a teacher tests what the
 * article is about, not the year of a minor event. A sentence counts as main when it is in the
 * lead (the opening paragraphs, which summarise an encyclopedia article or a news story), opens
 * a paragraph (a topic sentence), defines something, states a cause or an effect, or names the
 * article's subject (its title's proper words, an acronym given in the lead). The idea is the
 * classic one of extractive summarising: position (Edmundson 1969, "New methods in automatic
 * extracting": title words, cue words, location) plus the recurrence already scored in
 * `centrality.ts`. General English: it knows no subject, only the title and the text.
 * Blind review U1 (2026-12-01): 27 of 80 drafts failed as trivia, all from sentences that had
 * none of these marks or gave a figure outside the lead.
 */

/** What one sentence has that makes it worth asking about. */
export interface Salience {
	/** In the lead: the paragraphs before the first heading (at most `LEAD_PARAGRAPHS`). */
	lead: boolean;
	/** The first sentence of a paragraph after the lead. */
	topic: boolean;
	/** "X is a …", "X refers to …": a definition. */
	definition: boolean;
	/** "because", "led to", "caused by": a cause or an effect. */
	cause: boolean;
	/** Names the article's subject (`subjectTerms`). */
	subject: boolean;
	/** Tells a turning point: something founded, discovered, conquered, ended (`EVENT`). */
	event: boolean;
	/** The article's first definition of its own subject ("Sumatra is a large island …"). */
	opensSubject: boolean;
	/** In an article of at least `MIN_SENTENCES` sentences: a short news item has no asides to spare. */
	long: boolean;
	/** The sentence with its "it", "she" or "The company" replaced by the subject's name (`coreference.ts`). */
	resolved?: string;
	/** lead 2, each other mark 1; 0 under an aside heading (`ASIDE_HEADING`). */
	score: number;
}

/**
 * Sections of an encyclopedia article that hold its asides: what was named after the subject,
 * where its papers are kept, novels that mention it. Their facts are trivia (rubric criterion 5).
 */
const ASIDE_HEADING =
	/^(?:legacy|honou?rs|awards|memorials?|commemoration|tributes?|in (?:popular )?culture|popular culture|in (?:fiction|literature|film|media)|cultural (?:references|depictions)|archives|gallery|trivia|personal life|further reading|notes|see also|bibliography|works|publications|selected works|namesakes?|eponyms?|recognition)\b/iu;

/** True for a heading whose section holds asides (`ASIDE_HEADING`). */
export function isAsideHeading(heading: string): boolean {
	return ASIDE_HEADING.test(heading.trim().replace(/^#+\s*/, ''));
}

/** Sentences an article needs before its minor sentences are left unasked (as `centrality.ts`). */
export const MIN_SENTENCES = 30;

/** A news story's lead is its first paragraph or two; an encyclopedia lead rarely passes three. */
export const LEAD_PARAGRAPHS = 3;

// Defined beside the paragraph splitter, which the app's screens load without the generator.
import { looksLikeHeading } from '../content/sources';
export { looksLikeHeading };

const DEFINITION =
	/^(?:[^,;]{2,80}?)\s(?:is|are|was|were)\s+(?:a|an|the|one of|any|also known as)\s|\b(?:is defined as|refers to|is the name (?:given )?(?:to|for)|is known as|means)\b/u;

const CAUSE =
	/\b(?:because|caused|causes|cause of|led to|leads to|leading to|resulted in|results in|resulting in|result of|as a result of|due to|owing to|so that|in order to|enabled|enables|allowed|allows|made it possible|responsible for|contributed to|gave rise to|prevents?|prevented|spread by|transmitted by)\b/iu;

/** True when the sentence defines something ("Sumatra is a large island …"). */
export function isDefinition(text: string): boolean {
	return DEFINITION.test(text);
}

/** True when the sentence states a cause or an effect. */
export function statesCause(text: string): boolean {
	return CAUSE.test(text);
}

/**
 * Verbs of a turning point, the events a history or a science article is built on: a year is
 * worth learning for these ("the colony was founded in 1630", "Fulani warriors conquered
 * Ngazargamu in 1808"), not for the day a paper was published or a plan announced (U1).
 */
const EVENT =
	/\b(?:founded|established|created|formed|discovered|invented|introduced|patented|isolated|first (?:described|reported|identified|used|built|performed)|conquered|captured|defeated|invaded|annexed|occupied|abolished|banned|began|ended|collapsed|fell|destroyed|independence|signed|ratified|replaced|succeeded|merged|dissolved|declared|abandon(?:ed)?|joined|voted to join|took over|taking over|seized|surrendered|struck|erupted|crowned|proclaimed|published (?:his|her|their) (?:findings|results|theory|work))\b/iu;

/** True when the sentence tells a turning point (`EVENT`). */
export function tellsTurningPoint(text: string): boolean {
	return EVENT.test(text);
}

/** Title words that name nothing by themselves ("Battle of …", "… Company"). */
const FUNCTION_WORDS = new Set([
	'of',
	'the',
	'and',
	'in',
	'on',
	'for',
	'a',
	'an',
	'to',
	'de',
	'la'
]);

/**
 * The words that name an article's subject: the title's capitalised words that the text never
 * writes in lower case (so "Hale", "Bopp" for "Comet Hale–Bopp", but not "comet"), and an
 * acronym the lead gives in parentheses ("(WIC)"); when none is left, the title's own words
 * ("rickets"). Folded, as `words` gives them.
 */
export function subjectTerms(title: string, lead: string, isCommon: (word: string) => boolean) {
	const terms = new Set<string>();
	for (const word of title.split(/[\s–—-]+/u)) {
		const clean = word.replace(/[^\p{L}\p{N}’']/gu, '');
		if (clean.length < 3 || FUNCTION_WORDS.has(clean.toLowerCase())) continue;
		if (!/^\p{Lu}/u.test(clean) || isCommon(clean)) continue;
		terms.add(words(clean)[0]);
	}
	for (const m of lead.matchAll(/\((\p{Lu}{2,6})\b/gu)) terms.add(m[1].toLowerCase());
	// A subject that is a common noun ("Rickets", "rickets is …"): then the title's words are it.
	if (!terms.size)
		for (const w of words(title)) if (w.length >= 3 && !FUNCTION_WORDS.has(w)) terms.add(w);
	return [...terms].filter(Boolean);
}

/** The lead and topic sentences of one document, by `sentenceKey`. */
function positions(source: SourceFile) {
	const doc = source.document.id;
	const lead = new Set<string>();
	const topic = new Set<string>();
	const asides = new Set<string>();
	let leadText = '';
	let paragraphs = 0;
	let inLead = true;
	let inAside = false;
	for (const block of source.blocks) {
		// A heading that asks "What is an antibiotic?" opens the definition the lead would give: a
		// handout's lead goes on under it (H8 S44, accepted by both reviewers, was lost when gen35
		// kept Markdown headings, which had reached the generator as paragraphs ending in "?").
		if (block.kind === 'heading' && /^what\s.*\?$/iu.test(block.text.trim())) continue;
		const heading = block.kind === 'heading' || looksLikeHeading(block.text);
		if (heading) {
			// The title line opens a document; the first heading after the lead ends the lead.
			if (paragraphs > 0) inLead = false;
			inAside = paragraphs > 0 && isAsideHeading(block.text);
			continue;
		}
		paragraphs++;
		if (paragraphs > LEAD_PARAGRAPHS) inLead = false;
		const sentences = splitSentences(block.text);
		if (inAside) for (const s of sentences) asides.add(sentenceKey({ doc, text: s }));
		if (inLead) {
			leadText += ` ${block.text}`;
			for (const s of sentences) lead.add(sentenceKey({ doc, text: s }));
		} else if (sentences.length) topic.add(sentenceKey({ doc, text: sentences[0] }));
	}
	return { lead, topic, asides, text: leadText };
}

/** The document's subject reference, from the first lead sentence that defines the subject. */
function referenceOf(
	source: SourceFile,
	lead: Set<string>,
	terms: Set<string>,
	leadText: string
): SubjectReference | undefined {
	for (const block of source.blocks)
		for (const sentence of splitSentences(block.text)) {
			if (!lead.has(sentenceKey({ doc: source.document.id, text: sentence }))) continue;
			const definition = isDefinition(sentence) ? openingDefinition(sentence) : undefined;
			if (definition && words(definition.name).some((w) => terms.has(w)))
				return subjectReference(definition.name, definition.predicate, leadText);
		}
	return undefined;
}

/**
 * The sentence with its subject named (`resolveSubject`): a pronoun only when the sentence
 * before (in the paragraph, or ending the paragraph before under the same heading) certainly
 * means the subject (`pronoun-antecedent.ts`: it opens on the subject's name, or on the same
 * pronoun resolved to it, and names no other person); "The <head>" when the sentence before
 * opens on the subject.
 */
function resolvable(
	sentence: string,
	previous: string,
	previousResolved: boolean,
	ref: SubjectReference,
	terms: Set<string>
): string | undefined {
	const resolved = resolveSubject(sentence, ref);
	if (!resolved) return undefined;
	// Only the words of the subject's own name count: in "Photosynthesis and Respiration",
	// "Aerobic respiration uses oxygen …. It is an exothermic reaction" is not about
	// photosynthesis, though "respiration" is one of the title's terms (a suggestion made it
	// "Photosynthesis is an ____ reaction", false: outsider teacher, session 35).
	const own = new Set(words(ref.name).filter((w) => terms.has(w)));
	if (!/^The\s/u.test(sentence)) {
		// "Wolsey … fell from power in 1529. He died in 1530 …" in a life of Henry VIII gave
		// "Henry VIII died in ____" (blind review, session 37): the subject's pronoun alone is no
		// sign the sentence is about the subject.
		// The name's every word, not only its title terms: "The Kalby Dam is …. It was designed …"
		// under the title "Kalby Dam" opens on "Kalby Dam", though "dam" alone is no title term.
		const nameWords = own.size > 0 ? new Set(words(ref.name)) : terms;
		const who = { nameWords, heads: ref.heads, pronoun: ref.pronoun };
		return previousMeans(previous, who, previousResolved) ? resolved : undefined;
	}
	if (previous === '') return resolved;
	// "The disease is caused by …. The disease is spread by …": "The <head>" names the subject too.
	const named =
		opensWithSubject(previous, ref, own.size > 0 ? own : terms, words) ||
		(/^The\s/u.test(previous) && resolveSubject(previous, ref) !== undefined);
	return named ? resolved : undefined;
}

/** Every sentence's salience by `sentenceKey`, and each document's subject terms by its id. */
export interface SalienceMap {
	sentences: Map<string, Salience>;
	subjects: Map<string, Set<string>>;
	/** How each document refers to its subject, when its lead defines it. */
	references: Map<string, SubjectReference>;
}

/**
 * The salience of every sentence of `sources`, by `sentenceKey` (document id and text).
 * `isCommon` says whether a word is written in lower case somewhere in the corpus.
 */
export function salienceOf(
	sources: readonly SourceFile[],
	isCommon: (word: string) => boolean
): SalienceMap {
	const out = new Map<string, Salience>();
	const subjects = new Map<string, Set<string>>();
	const references = new Map<string, SubjectReference>();
	for (const source of sources) {
		const doc = source.document.id;
		const { lead, topic, asides, text } = positions(source);
		const terms = new Set(subjectTerms(source.document.title, text, isCommon));
		subjects.set(doc, terms);
		const ref = referenceOf(source, lead, terms, text);
		if (ref) references.set(doc, ref);
		let defined = false;
		const long =
			source.blocks.reduce((n, b) => n + splitSentences(b.text).length, 0) >= MIN_SENTENCES;
		// The sentence before, across paragraphs but never across a heading.
		let previous = '';
		let previousResolved = false;
		for (const block of source.blocks) {
			if (block.kind === 'heading' || looksLikeHeading(block.text)) {
				previous = '';
				continue;
			}
			for (const sentence of splitSentences(block.text)) {
				const key = sentenceKey({ doc, text: sentence });
				const resolved: string | undefined = ref
					? resolvable(sentence, previous, previousResolved, ref, terms)
					: undefined;
				previous = sentence;
				previousResolved = resolved !== undefined;
				const marks = {
					lead: lead.has(key),
					topic: topic.has(key),
					definition: isDefinition(sentence),
					cause: statesCause(sentence),
					subject: resolved !== undefined || words(sentence).some((w) => terms.has(w)),
					event: tellsTurningPoint(sentence)
				};
				const opensSubject: boolean = !defined && marks.lead && marks.definition && marks.subject;
				defined ||= opensSubject;
				const score = asides.has(key)
					? 0
					: (marks.lead ? 2 : 0) +
						Number(marks.topic) +
						Number(marks.definition) +
						Number(marks.cause) +
						Number(marks.subject);
				out.set(key, { ...marks, long, opensSubject, score, ...(resolved && { resolved }) });
			}
		}
	}
	return { sentences: out, subjects, references };
}
