import { blankInList } from '$lib/generator/checks';
import type { Lexicon } from '$lib/generator/facts';
import { tellsTurningPoint } from '$lib/generator/salience';
import { fold } from '$lib/generator/text';
import { foldText } from '$lib/text/fold';
import { bareWord, placeDemonym, subjectIsTheClue } from './bare-blank';
import { halfOfWhole, yearless } from './blank-units';
import { BLANK } from './cloze';
import { modifierName, onlyOpens, OPENER } from './cloze-kinds';
import { blankCandidates, type BlankSpan } from './cloze-suggest';
import { definedSpan, withoutArticle } from './defined-span';

export { definedSpan };

/**
 * The blank a suggested sentence ("More sentences to ask about", `sentence-suggest.ts`) is
 * asked by, and the blanks it never is. A blank hides what a teacher would ask for: the term a
 * sentence defines, the year of a dated event, a name, a figure; never a sentence's opening
 * words, a nationality used as an adjective, part of a longer name, or words the rest of the
 * sentence gives away (suggest2: an outsider teacher kept 7 of 22 suggestions; each of these
 * was one of her reasons).
 */

/** A blank hides a name, figure or term, never half the sentence. */
const MAX_BLANK_WORDS = 6;

/**
 * A term in lower case is at most four words: "potential difference across each branch" (five)
 * was a phrase of the sentence, not a term a student learns (outsider teacher, session 36). A
 * name ("Sir Christopher Wren", "Geological Society of London") keeps `MAX_BLANK_WORDS`.
 */
const MAX_TERM_WORDS = 4;

/**
 * Words that may follow a blank that ends its noun phrase: verbs, prepositions, conjunctions,
 * relatives. Any other lower-case word after a lower-case blank goes on with the phrase: "an
 * ____ pathway" hid "alternative reaction" of "alternative reaction pathway" (session 36).
 */
const PHRASE_ENDS = new RegExp(
	String.raw`^(?:is|are|was|were|be|been|has|have|had|can|could|will|would|may|might|must|should|do|does|did|of|in|on|at|by|for|from|to|with|without|into|onto|over|under|between|through|across|as|than|and|or|but|nor|so|that|which|who|whom|whose|where|when|while|because|if|until|since|after|before|also|not|only|always|never|often|usually|then|per|like|such|more|less|all|both|each|its|their)$`,
	'u'
);

/**
 * Whether a lower-case blank stops inside a noun phrase: a noun follows it ("an ____ pathway
 * with …"). A word ending like a verb or adverb ("-s", "-ed", "-ly", "-ing") may end the subject
 * ("the ____ increases"), so only a word that cannot is taken for the phrase's noun.
 */
function breaksPhrase(answer: string, after: string): boolean {
	if (!/^\p{Ll}/u.test(answer)) return false;
	const next = /^\s+(\p{Ll}[\p{Ll}-]*)\b/u.exec(after)?.[1];
	if (!next || PHRASE_ENDS.test(next)) return false;
	return !/(?:s|ed|ly|ing)$/u.test(next);
}

/**
 * Sentences that report an experiment's method or result ("A student … collects 60 cm³", "A
 * typical result is 40 bubbles per minute", "For example, a current of 2 A …"): their figures
 * are one run's readings, not facts to learn (outsider teacher, session 36).
 */
const EXPERIMENT =
	/\b(?:(?:a|the) (?:student|pupil|class|group)s?\b|(?:typical|sample|example) (?:result|reading|value)s?\b|for example\b|in (?:an|one|this|the) (?:experiment|investigation|practical)\b|(?:was|were) (?:measured|recorded|timed)\b)/iu;

/** A figure written in digits: "60", "4,800", "2.5". */
const DIGITS = /(?<![\p{L}\d.,])\d[\d,.]*(?![\p{L}\d])/gu;

/**
 * Whether a figure blank is an experiment's reading: the sentence reports a method or result
 * (`EXPERIMENT`), or holds three figures or more (a worked example: "60 cm³ … in 30 s").
 */
function readingOnly(text: string, span: BlankSpan): boolean {
	if (span.kind !== 'a figure' && !/^\d/u.test(text.slice(span.start, span.end))) return false;
	if (WHEN.includes(span.kind)) return false;
	return EXPERIMENT.test(text) || (text.match(DIGITS) ?? []).length >= 3;
}

/** A scholar's year: "(Starostin 2003)", "Sands (1998)", "(Traill 1986, 1998)". */
export const CITED_YEAR =
	/(?:\(\p{Lu}[\p{L}'’-]+(?:\s+(?:et al\.|and|&)\s*\p{Lu}?[\p{L}'’-]*)?,?\s+|\p{Lu}[\p{L}'’-]+\s+\()\d{4}[a-z]?(?:[,;]\s*\d{4}[a-z]?)*\)/gu;

/** The kinds of blank that say when. */
const WHEN = ['a year', 'a date'];

/** A preposition of place before a name: "in Europe", "across the Baltic". */
const PLACE_BEFORE = /\b(?:in|at|across|throughout|near|around|from|to|into)\s+(?:the\s+)?$/iu;

/**
 * The blank to suggest in `text`, or undefined when no blank is fair (`unfairBlank`): for a
 * definition the defined term (`definedSpan`), for a dated event its year or date; else the
 * best of `blankCandidates` (a name, date, year, figure, place, organisation, key term),
 * except that a place named in passing ("in Europe") and the document's own subject
 * (`isSubject`) give way to any other blank. `isCommon` says whether the document writes a
 * word in lower case.
 */
export function chooseBlank(
	text: string,
	reasons: readonly string[],
	lexicon: Lexicon,
	isCommon: (word: string) => boolean = () => false,
	isSubject: (answer: string) => boolean = () => false
): BlankSpan | undefined {
	const defined = reasons.includes('definition') ? definedSpan(text) : undefined;
	const candidates = whenLast(
		text,
		blankCandidates(text, lexicon).map((c) => withoutArticle(text, withoutPossessive(text, c)))
	);
	const all = defined
		? [defined, ...candidates.filter((c) => c.end <= defined.start || c.start >= defined.end)]
		: candidates;
	const fair = all.filter(
		(c) => !unfairBlank(text, c, isCommon) && !namesTooLittle(text.slice(c.start, c.end), lexicon)
	);
	if (defined && fair[0] === defined) return defined;
	const dated =
		reasons.includes('dated') && tellsTurningPoint(text)
			? fair.find((c) => c.kind === 'a year' || c.kind === 'a date')
			: undefined;
	// The article's own subject is no question where the sentence says something else of it
	// ("The central feature of the ____ style is the mansard roof"): every sentence names it;
	// named in passing ("new houses in ____ had to be built of brick"), it is never the point.
	const other = fair.filter((c) => !isSubject(text.slice(c.start, c.end)));
	return (
		dated ??
		other.find((c) => !inPassing(text, c)) ??
		other[0] ??
		fair.find((c) => !inPassing(text, c))
	);
}

/**
 * The candidates with a year or date moved after the figures when nothing happened then: in
 * "London in 1666 was a crowded city of about 500,000 people" the year sets the scene and the
 * figure is the point; in "Vesuvius erupted in AD 79" (`tellsTurningPoint`) the year stays first.
 */
function whenLast(text: string, candidates: BlankSpan[]): BlankSpan[] {
	if (tellsTurningPoint(text)) return candidates;
	const when = (c: BlankSpan) => c.kind === 'a year' || c.kind === 'a date';
	const figures = candidates.filter((c) => c.kind === 'a figure');
	if (!figures.length) return candidates;
	return [...candidates.filter((c) => !when(c)), ...candidates.filter(when)];
}

/**
 * Whether a blank names less than the document does: a person's first name alone ("Mary" where
 * the document names "Mary Anning": the student writes the full name and is marked wrong), or a
 * demonym of a place the document names ("Londoners", `placeDemonym`).
 */
function namesTooLittle(answer: string, lexicon: Lexicon): boolean {
	if (placeDemonym(answer, (name) => lexicon.places.has(fold(name)))) return true;
	const identity = lexicon.personByAlias.get(fold(answer));
	const full = identity ? lexicon.people.get(identity)?.forms[0] : undefined;
	return !/\s/u.test(answer) && full !== undefined && full.startsWith(`${answer} `);
}

/** A place named after a preposition ("in Europe"): where, not what the sentence is about. */
function inPassing(text: string, span: BlankSpan): boolean {
	const placeLike = span.kind === 'a place' || span.kind === 'a name';
	return placeLike && PLACE_BEFORE.test(text.slice(0, span.start));
}

/**
 * Whether a blank would make a poor question: more than `MAX_BLANK_WORDS` words, or a lower-case
 * phrase of more than `MAX_TERM_WORDS`; a blank that stops inside a noun phrase (`breaksPhrase`);
 * an experiment's reading (`readingOnly`); opening words
 * of the sentence ("Today radio", `OPENER`); words the rest of the sentence gives away (the
 * answer again, a word of it again or a word sharing its stem, "the ____ cone" for "Hertzian"
 * beside "Hertz", its acronym or expansion); part of a longer name (the name runs on after the
 * blank, or the blank holds its last words: "… Hazardous Wastes and Their Disposal"); one name
 * in a list of names; a nationality or eponym used as an adjective ("the Nazi regime"); a
 * scholar's year in a citation; the year of an "As of October 2018" (the figure it dates is the
 * fact); a day and month with no year ("15 April"), or an era marker alone ("BCE"); one capitalised word the document also writes in lower case ("the Convention") or that
 * numbers a part ("Article 4"); half a range or a formula (`halfOfWhole`); one bare word that names nothing alone (a weekday, a demonym,
 * "League": `bareWord`); a subject that is the sentence's whole clue (`subjectIsTheClue`).
 */
export function unfairBlank(
	text: string,
	span: BlankSpan,
	isCommon: (word: string) => boolean
): boolean {
	const answer = text.slice(span.start, span.end);
	const before = text.slice(0, span.start);
	const after = text.slice(span.end);
	const words = answer.split(/\s+/u).length;
	if (words > MAX_BLANK_WORDS || (words > MAX_TERM_WORDS && !/^\p{Lu}/u.test(answer))) return true;
	if (breaksPhrase(answer, after) || readingOnly(text, span)) return true;
	// "BC" of "centuries BCE": an era marker alone names nothing.
	if (/^(?:BCE?|CE|AD)$/u.test(answer)) return true;
	// "15 April" with no year: a day no student can place (outsider teacher, issue 12).
	if (WHEN.includes(span.kind) && yearless(answer)) return true;
	if (bareWord(answer) || subjectIsTheClue(text, span)) return true;
	const [first, second] = answer.split(/\s+/u);
	if (span.start === 0 && onlyOpens(first, second) && !/^(?:The|A|An)$/u.test(first)) return true;
	if (givenByRest(answer, `${before} ${after}`)) return true;
	// Half a range or a formula asks half a fact (`halfOfWhole`).
	if (halfOfWhole(text, span)) return true;
	const cited = [...text.matchAll(CITED_YEAR)].some(
		(m) => span.start >= m.index && span.end <= m.index + m[0].length
	);
	if (cited || /\bas of\s+(?:\p{L}+\s+)?$/iu.test(before)) return true;
	const numbered = /^\s+(?:\d+|[IVX]+)\b/u.test(after);
	// A sentence's first word is capitalised by its place, whatever the document writes elsewhere.
	const common = span.start > 0 && isCommon(answer);
	if (/^\p{Lu}\p{Ll}+$/u.test(answer) && (common || numbered)) return true;
	// A date or year is no part of a name, whatever follows it: "In January 49 BC ____ Caesar
	// led…" had hidden "Italy" instead (outsider, issue 12).
	if (!/^\p{Lu}/u.test(answer) || /^\d/u.test(answer) || WHEN.includes(span.kind)) return false;
	const prompt = `${before}${BLANK}${after}`;
	return (
		partOfName(answer, before, after) || blankInList(prompt) || modifierName(text, span) || false
	);
}

/**
 * The name runs on past the blank ("____ Hertz", "____ for Telecommunications", "William D" of
 * "William D. Leahy") or into it ("William D. ____", "… Wastes and ____"), or the blank is a
 * name's other name in brackets ("City Hall (____)").
 */
function partOfName(answer: string, before: string, after: string): boolean {
	const previous = /(\p{Lu}[\p{L}'’.-]*)\s+$/u.exec(before)?.[1];
	return (
		(/\s\p{Lu}$/u.test(answer) && /^\./u.test(after)) ||
		(previous !== undefined && !OPENER.test(previous)) ||
		// "City Hall (____)": another name for what was just named, a translation or an alias.
		(/\p{L}\s*\($/u.test(before) && /^\)/u.test(after)) ||
		/^[-–]?\s*(?:(?:of|for|de|des|du|von|van|der|la|le)\s+)?\p{Lu}/u.test(after) ||
		/\p{Lu}[\p{L}'’-]*\s+(?:of|and|for|on|in|de|des|von)\s+$/u.test(before) ||
		/\p{Lu}[\p{L}'’-]*[-–]$/u.test(before)
	);
}

/** What English adds to a name to make a word of it: "Hertzian", "Malmism", "Kalby's". */
const DERIVED = /^(?:|s|es|ian|ians|ean|eans|an|ans|ism|ist|ists|ite|ites|ic|ish|ese|ine)$/u;

/** Significant words of a text, folded: four letters or more. */
function longWords(text: string): string[] {
	return foldText(text)
		.split(/[^\p{L}\p{N}]+/u)
		.filter((w) => w.length >= 4);
}

/**
 * Whether the rest of the sentence gives the answer away: says it again, repeats one of its
 * capitalised words or a word of the same stem ("Hertz" for "Hertzian"), or spells its
 * acronym ("(IEC)" beside "International Electrotechnical Commission", or the reverse).
 */
function givenByRest(answer: string, rest: string): boolean {
	const folded = foldText(rest);
	if (folded.includes(foldText(answer))) return true;
	const named = answer.split(/\s+/u).filter((w) => /^\p{Lu}/u.test(w) && !OPENER.test(w));
	const restWords = longWords(rest);
	const sameStem = (a: string, b: string) => a.startsWith(b) && DERIVED.test(a.slice(b.length));
	for (const word of longWords(named.join(' ')))
		if (restWords.some((r) => sameStem(r, word) || sameStem(word, r))) return true;
	const initials = (words: string[]) =>
		words
			.filter((w) => /^\p{Lu}/u.test(w) && !/^(?:The|Of|And|For)$/u.test(w))
			.map((w) => w[0])
			.join('');
	const acronym = initials(answer.split(/\s+/u));
	if (acronym.length >= 2 && new RegExp(`\\b${acronym}\\b`, 'u').test(rest)) return true;
	if (!/^\p{Lu}{2,6}$/u.test(answer)) return false;
	const runs = rest.match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:of\s+|and\s+|for\s+)?\p{Lu}[\p{L}'’-]*)+/gu);
	return (runs ?? []).some((run) => initials(run.split(/\s+/u)) === answer);
}

/** "Diesel's" → "Diesel": the blank hides the name, the prompt keeps "____'s". */
function withoutPossessive(text: string, span: BlankSpan): BlankSpan {
	const owner = /['’]s$/u.test(text.slice(span.start, span.end)) && span.end - span.start > 2;
	return owner ? { ...span, end: span.end - 2 } : span;
}
