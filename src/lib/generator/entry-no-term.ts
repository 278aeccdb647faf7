import type { ArticleView } from './ideas';
import type { Sentence } from './text';
import { fold } from './text';
import { adjectiveTerm } from './term-case';

/**
 * A list's "**Bold** – gloss" line that is no term and its meaning (blind review H30, issue 12:
 * all three reviewers rejected each of the shapes below, asked "What is meant by the term …?").
 * A student's notes and a teacher's handout use the same line for other things than a glossary:
 *
 * - a list of reasons under a heading that asks why or names reasons, advantages, benefits or
 *   causes ("Cheap – a penny to stand …", "A social event – a place to be seen …" under "Why
 *   was it popular?"): each line is one answer to the heading's question, not a word's meaning,
 *   unless it defines a noun by its class ("Mould – a grey fungus that …");
 * - one of several roles ("Skin – a physical barrier; also makes …"): "also" and a verb say the
 *   first part is one role of many, so the key is partial ("; also called …" adds a name);
 * - a process whose object is the bold term ("Making **antibodies** – proteins that fit …"):
 *   the gloss defines the object, not the process;
 * - a gloss that ends on a direction or position with nothing it is relative to ("a jagged peak
 *   to the east", "the one star at the centre"): it points into the document.
 *
 * Rules about English and how notes are built, no document's words. Pure.
 */

/** A heading over answers to a question, not terms: "Why …?", "Reasons for …", "Advantages". */
const REASONS_HEADING =
	/^(?:why\b|(?:(?:the|main|key)\s+){0,2}(?:reasons?|advantages?|disadvantages?|benefits?|drawbacks?|pros|cons|causes?)\b)/iu;

/** A position or direction at a key's end with no "of …" after it: relative to what the text said. */
const UNANCHORED_PLACE =
	/\b(?:to|in|on|at|towards|near)\s+the\s+(?:north|south|east|west|north-?east|north-?west|south-?east|south-?west|centre|center|middle|left|right|top|bottom|front|back|side|edge|end)$/iu;

/** An "-ing" word and its object: "Making antibodies", "Using fertiliser". */
const PROCESS_TERM = /^(\p{L}{3,}ing)\s+(\p{L}.*)$/u;

/**
 * Why a list entry (`term` as the list writes it, `key` the gloss kept, `entry` its sentence)
 * is no term's meaning, or undefined when it may be one: "reasons" (`REASONS_HEADING`), "also"
 * (one role of several), "process" (an "-ing" term whose bold object the gloss defines, read
 * from the document's emphasis), "place" (`UNANCHORED_PLACE`).
 */
export function entryNoTerm(
	term: string,
	key: string,
	entry: Sentence,
	article: Pick<ArticleView, 'emphasis'>
): 'reasons' | 'also' | 'process' | 'place' | undefined {
	// Under a heading of reasons a line may still define a noun by its class ("Mould – a grey
	// fungus that grows …" among why stores fail); a quality ("Cheap"), a phrase the line writes
	// with its article ("A social event") or a gloss with no class is one of the reasons.
	if (
		REASONS_HEADING.test((entry.section ?? '').trim()) &&
		(adjectiveTerm(term) || /^(?:A|An|The)\s/u.test(entry.text.trim()) || !/^an?\s/iu.test(key))
	)
		return 'reasons';
	// "; also makes …" adds a role; "; also called …", "; also the place where …" add a name or a
	// sense, and the first part is still the term's meaning (a key-terms list's "Union", "oracle").
	if (/;\s+also\s+(?!(?:called|named|known|termed)\b)\p{Ll}{2,}s\s/u.test(entry.text))
		return 'also';
	const process = PROCESS_TERM.exec(term.trim());
	if (
		process &&
		article.emphasis &&
		!article.emphasis.has(fold(term)) &&
		article.emphasis.has(fold(process[2])) &&
		!/^(?:\p{Ll}+ing|the\s+(?:process|act|way|method)|when)\b/iu.test(key)
	)
		return 'process';
	if (UNANCHORED_PLACE.test(key.replace(/[.!]$/u, '').trim())) return 'place';
	return undefined;
}
