import type { Candidate } from './candidates';
import { weakAnchor } from './anchors';
import type { Lexicon } from './facts';
import { words } from './text';

/**
 * Checks on figures and dates (no true/false or choice that could still be true or that is
 * impossible) and on drafts no editor reads, mostly from blind review U1 (2026-12-01, 32 of 80
 * drafts of four unseen encyclopedia articles acceptable): general rules of English, each
 * tested on made-up sentences in `checks.test.ts`. Each returns true when the candidate breaks
 * its rule. `answerIsSubject` and `placeChoice` act only on drafts no editor has read
 * (`lexicon.salience` set: a user's own documents); the others hold for every question. Which
 * sentences of a long article are asked at all is no check any more: `ideas.ts` chooses them
 * by the kind of idea they carry.
 */

const YEAR = /\b(1\d\d\d|20\d\d)\b/g;

/**
 * A name, place or term that is the article's own subject ("____ was elected president" in a
 * life of Garrett Anderson, "the ____ experiment" in the article on it): the course's title
 * answers it. Only for drafts no editor reads.
 */
export function answerIsSubject(c: Candidate, lexicon: Lexicon): boolean {
	const terms = lexicon.salience?.subjects.get(c.fact.sentence.doc);
	if (!terms || ['year', 'date', 'number', 'definition'].includes(c.fact.kind)) return false;
	// A statement is answered true or false, never by its swapped name: "Ada Brell founded the
	// institute" is asked false as "Tomas Orlen founded …" in Ada Brell's handout (gen65).
	// Its swapped year still answers from the title ("The 1918 …"): refused as before.
	if (c.question.type === 'truefalse' && !/^\d/u.test(c.fact.answer)) return false;
	return words(c.fact.answer).some((w) => terms.has(w));
}

/**
 * A place as a choice question, in drafts no editor reads: without knowing the world, the
 * generator cannot pick three wrong places of the right kind and region (U1 offered Mongolia
 * for a Saharan empire, Switzerland for a West African coast, Mecca for a city of Sumatra:
 * five of five failed). A typed blank asks the same place fairly.
 */
export function placeChoice(c: Candidate, lexicon: Lexicon): boolean {
	return lexicon.salience !== undefined && c.question.type === 'mcq' && c.fact.kind === 'place';
}

/**
 * Drafts no editor reads that the short-text fallback would make and a teacher rejects (an
 * outsider's own texts, 2026-12-01): a true/false made by changing one year or number (it
 * repeats the choice of the same fact), a blank for a place ("reprinted across ____"), and a
 * blank for the time limit of a figure ("20 million volumes had been printed by ____").
 */
export function unreadFallbackKind(c: Candidate, lexicon: Lexicon): boolean {
	if (!lexicon.salience) return false;
	// `idea-truth.ts` asks one statement per fact, never beside a choice of the same fact.
	if (c.question.type === 'truefalse') return c.fact.fine !== 'idea:truth';
	if (c.fact.kind === 'place' && c.question.prompt.includes('____')) return true;
	const before = c.fact.sentence.text.slice(0, Math.max(0, c.fact.start));
	return (
		(c.fact.kind === 'year' || c.fact.kind === 'date') &&
		/\b(?:by|until|till|before|after|since)\s+$/iu.test(before)
	);
}

function isChoiceOrStatement(c: Candidate): boolean {
	return c.question.type === 'mcq' || c.question.type === 'truefalse';
}

/**
 * A year that ends a span ("between 1893 and 1894", "from 1624 to 1654", "1473–1507"): an
 * earlier start or a later end still holds (deaths "between 1888 and 1894" is true of deaths in
 * 1893), and a choice past the other end reads "between 1898 and 1894". Only a typed blank
 * asks it. U1 failed both kinds (S13, S68).
 */
export function rangeEndpoint(c: Candidate): boolean {
	if (!isChoiceOrStatement(c) || (c.fact.kind !== 'year' && c.fact.kind !== 'date')) return false;
	const text = c.fact.sentence.text;
	const before = text.slice(0, c.fact.start);
	const after = text.slice(c.fact.start + c.fact.answer.length);
	return (
		/\b(?:between|from)\s+(?:\S+\s+){0,2}$/i.test(before) ||
		/^\s*(?:and|to|until|till|through)\s+\S*\d/i.test(after) ||
		/\d\s*(?:[–-]|to|until|and)\s*$/.test(before) ||
		/^\s*[–-]\s*\d/.test(after)
	);
}

/**
 * A year given as approximate ("around 1460", "c. 1387", "about 1679"): a year or two off is no
 * certain error, so it makes no false statement and no wrong choice.
 */
export function approximateYear(c: Candidate): boolean {
	if (!isChoiceOrStatement(c) || (c.fact.kind !== 'year' && c.fact.kind !== 'date')) return false;
	const before = c.fact.sentence.text.slice(0, c.fact.start);
	return /\b(?:around|about|circa|c\.|ca\.|approximately|roughly|some time in|sometime in|by about)\s+$/i.test(
		before
	);
}

/**
 * A year outside a span the same sentence gives in parentheses ("Around 1460 Mai Ali (1473–1507)
 * defeated his rivals"): the source contradicts itself, so asking it repeats an error (U1 S31, S47).
 */
export function contradictsOwnDates(c: Candidate): boolean {
	if (c.fact.kind !== 'year') return false;
	const year = Number(c.fact.answer);
	for (const m of c.fact.sentence.text.matchAll(/\((?:[^()]*?\s)?(\d{4})\s*[–-]\s*(\d{4})\)/g)) {
		const inside = c.fact.start > m.index && c.fact.start < m.index + m[0].length;
		if (!inside && (year < Number(m[1]) || year > Number(m[2]))) return true;
	}
	return false;
}

/** Half of a number written with a decimal comma or point ("10,7%" asked as "7%"). */
export function splitNumber(c: Candidate): boolean {
	const text = c.fact.sentence.text;
	const before = text.slice(0, c.fact.start);
	const after = text.slice(c.fact.start + c.fact.answer.length);
	return /\d[.,]$/.test(before) || /^[.,]\d/.test(after);
}

const UNITS =
	'guilders|florins|dollars|pounds|euros|francs|ducats|kilometres|kilometers|km|miles|metres|meters|feet|ft|inches|tons|tonnes|hectares|acres|AU|light-years|kilograms|kg';
/** "more than guilders", "spans.": a figure the source lost (a dump drops conversion templates). */
const LOST_FIGURE = new RegExp(
	String.raw`\b(?:than|about|around|approximately|nearly|almost|some|of|over|under|spans|measuring|measures|at)\s+(?:${UNITS})\b|\b(?:spans|measures|measuring|covers|weighs|weighing)\s*[.,;]`,
	'u'
);

/** The cited sentence lost a figure: asking anything of it repeats a garbled source (U1 S24, S27). */
export function lostFigure(c: Candidate): boolean {
	return LOST_FIGURE.test(c.fact.sentence.text);
}

/**
 * A blank for a people's or place's adjective before a noun ("the west ____ coast" for
 * "African"): the phrase around it gives the word away (U1 S38).
 */
export function adjectiveBlank(c: Candidate): boolean {
	if (!c.question.prompt.includes('____') || c.fact.kind === 'person' || c.fact.kind === 'role')
		return false;
	const after = c.fact.sentence.text.slice(c.fact.start + c.fact.answer.length);
	// The next word a noun ("coast", "rule"), not a verb ("announced", "says").
	return (
		/^\p{Lu}\p{L}*(?:an|ian|ese|ish)$/u.test(c.fact.answer) && /^\s+\p{Ll}+\b(?<!ed|s)/u.test(after)
	);
}

/**
 * A blank for today's name of a place ("Mouree (present day ____)", "the Hausa of modern
 * ____"): a gloss, not the fact, and the region around it narrows it to one guess or two
 * defensible ones (U1 S34, S53).
 */
export function glossBlank(c: Candidate): boolean {
	if (!c.question.prompt.includes('____')) return false;
	const before = c.fact.sentence.text.slice(0, c.fact.start);
	return /\b(?:present[- ]day|modern(?:[- ]day)?|now|today|what is now|later)\s+$/iu.test(before);
}

/**
 * A blank among examples ("variants like ____ Malay and Palembang Malay", "such as ____"):
 * any other member of the kind fits, so the blank has no one answer.
 */
export function exampleBlank(c: Candidate): boolean {
	if (!c.question.prompt.includes('____') || ['year', 'date', 'number'].includes(c.fact.kind))
		return false;
	const before = c.fact.sentence.text.slice(0, c.fact.start);
	return /\b(?:such as|like|including|includes|include|for example|for instance|e\.g\.|among them)\s+(?:[^.;:()]{0,60}(?:,|\band)\s+)?$/iu.test(
		before
	);
}

/**
 * A figure given as "over 100", "about 3,000", or bounding a span ("in the last 35 years": a
 * longer span still holds, blind review U1 S07): a near value is no certain error.
 */
export function approximateNumber(candidate: Candidate): boolean {
	const { fact, question } = candidate;
	if (fact.kind !== 'number' || question.type === 'cloze') return false;
	const before = fact.sentence.text.slice(0, fact.start);
	return /\b(?:over|more than|nearly|about|around|approximately|almost|some|at least|up to|roughly|less than|fewer than|under|close to|estimated|upwards of|some|as many as|as few as|just over|just under|(?:in|over|during|within)\s+the\s+(?:last|past|first|next)|within)\s+$/i.test(
		before
	);
}

/**
 * A date that bounds a period ("after 2014", "since 2022", "before 1999", "by 2020"): another
 * year there can still be true ("after 2009" holds for something that came after 2014), so it
 * makes no false statement and no wrong choice; only a typed blank may ask it. Blind review B3
 * (2026-12-01) failed "After 2009, … helped mend ties" keyed false.
 */
export function boundingDate(candidate: Candidate): boolean {
	const { fact, question } = candidate;
	if (!['year', 'date'].includes(fact.kind) || question.type === 'cloze') return false;
	const before = fact.sentence.text.slice(0, fact.start);
	return /\b(?:after|since|before|by|until|till|prior to|from|as of|as early as|as late as|no later than|no earlier than)\s+(?:(?:late|early|mid|the end of|the start of|the beginning of)[\s-]+)?$/i.test(
		before
	);
}

function yearsIn(text: string): number[] {
	return (text.match(/\b(1[89]\d\d|20\d\d)\b/g) ?? []).map(Number);
}

/** A choice, a swapped value or the answer of a choice question later than the article. */
export function afterArticle(candidate: Candidate): boolean {
	const { question, distractors, yearCap } = candidate;
	if (question.type !== 'mcq' && question.type !== 'truefalse') return false;
	const values = [...distractors, ...(question.choices ?? [])];
	if (question.type === 'truefalse') values.push(question.prompt);
	return values.some((value) => yearsIn(value).some((year) => year > yearCap));
}

/** Other years of the sentence, for ordering checks. */
export function otherYears(c: Candidate): number[] {
	const text = c.fact.sentence.text;
	const out: number[] = [];
	const end = c.fact.start + c.fact.answer.length;
	for (const m of text.matchAll(YEAR))
		if (m.index < c.fact.start || m.index >= end) out.push(Number(m[1]));
	return out;
}

/**
 * A wrong year or date on the other side of a year the sentence names ("a paper published in
 * 1990" on dust "observed in October 1995", when the answer is 1997; "signed on 28 March 1948"
 * when it "took effect on 1 January 1948"): impossible, not plausible (U1 S03).
 */
export function yearOutOfOrder(c: Candidate): boolean {
	if ((c.fact.kind !== 'year' && c.fact.kind !== 'date') || !isChoiceOrStatement(c)) return false;
	// A full date by its year: "signed on 28 March 1948" cannot precede "took effect on 1 January 1948".
	const yearOf = (value: string) => Number(/\b(1\d\d\d|20\d\d)\b/.exec(value)?.[1] ?? NaN);
	const answer = yearOf(c.fact.answer);
	const others = otherYears(c);
	return c.distractors.some((d) =>
		others.some((y) => Math.sign(yearOf(d) - y) !== Math.sign(answer - y))
	);
}

/** The checks above, by the name `npm run questions` prints. */
export const PRECISION_CHECKS = [
	['answer-is-subject', answerIsSubject],
	['place-choice', placeChoice],
	['unread-fallback-kind', unreadFallbackKind],
	['weak-anchor', weakAnchor],
	['range-endpoint', rangeEndpoint],
	['approximate-year', approximateYear],
	['contradicts-own-dates', contradictsOwnDates],
	['split-number', splitNumber],
	['lost-figure', lostFigure],
	['adjective-blank', adjectiveBlank],
	['gloss-blank', glossBlank],
	['example-blank', exampleBlank],
	['year-out-of-order', yearOutOfOrder]
] as const satisfies readonly (readonly [string, (c: Candidate, l: Lexicon) => boolean])[];
