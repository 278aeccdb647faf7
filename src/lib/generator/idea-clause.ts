import nlp from 'compromise';
import type { Idea } from './ideas';

/**
 * A true-or-false statement must be a clause with its own finite verb (blind review H10,
 * 2027-01-17, S31 S43 S44, both reviewers): a handout's list item "The Dawes Plan of 1924,
 * which reorganised reparations payments and brought large American loans into Germany." or
 * "Germany's entry into the League of Nations in 1926." is a noun phrase, no claim to judge,
 * and its swapped year ("The Young Plan of 1927, which …") asks nothing a student can answer
 * true or false. A verb inside a relative clause ("which reorganised …") is the noun's, not the
 * sentence's. `verblessStep` (idea-fragment.ts) refuses the gerund steps of a list; this module
 * the noun phrases. Pure.
 */

/**
 * A relative clause: after a comma it runs to the next comma or the end ("…, which reorganised
 * …"); with no comma (or "that", also a conjunction) it takes only its own verb ("the
 * Depression that followed dried up …", "the sailors who focused … was").
 */
export const RELATIVE =
	/,\s*(?:which|who|whom|whose)\b[^,]*|\b(?:which|who|whom|whose|that)\s+\S+/giu;

/** Verbs whose form alone says they are finite (compromise may miss one in a short text). */
const FINITE =
	/\b(?:is|are|was|were|am|has|have|had|can|could|will|would|may|might|must|shall|should|does|do|did)\b/iu;

/** Irregular past forms a tagger reads as nouns or adjectives ("the peoples rose", "1667 set"). */
const IRREGULAR_PAST =
	/\b(?:rose|set|left|led|fell|won|lost|made|took|gave|came|began|became|held|kept|met|sent|built|fought|brought|bought|ran|saw|stood|struck|spread|told|wrote|grew|drove|broke|chose|hit|cut|put|sank|spoke|swore|threw|fled|sought|taught|thought|withdrew|overthrew|undertook|paid|laid|lay|said|sold|split|shut|found|fed|spent|lent|felt|knew|drew|ate|forbade|let|sat|shot|slew|won|wore|bore|went|got|did|had)\b/iu;

/** A year followed by a word that is no preposition or conjunction: a verb ("of 1694 required"). */
const YEAR_THEN_VERB =
	/\b(?:1\d{3}|20\d{2})\s+(?!(?:and|or|but|to|in|on|at|of|for|with|by|from|as|into|onto|under|over|after|before|during|until|through|against|between|among|the|a|an|its|their|his|her|when|while|where|because|although|though|if|than|s)\b)\p{Ll}+/u;

/** A past form in -ed no determiner or modifier precedes: a verb ("Davy first isolated"). */
const PAST_ED =
	/(?<!\b(?:the|a|an|its|their|his|her|our|this|these|those|newly|well|of|and|or|by)\s+)\b\p{Ll}{3,}ed\b/u;

/** A present form in -s before its object or complement ("refers to", "produces the"). */
const PRESENT_S = /\b\p{Ll}{3,}s\s+(?:to|that|the|a|an|its|their)\b/u;

/** The sentence with its parentheses and relative clauses taken out: the main clause's words. */
export function mainWords(text: string): string {
	return text
		.replace(/\([^)]*\)/gu, ' ')
		.replace(RELATIVE, ' ')
		.replace(/\s+/gu, ' ')
		.trim();
}

/**
 * True when `text` has no finite verb outside its relative clauses and parentheses: a noun
 * phrase ("The Dawes Plan of 1924, which reorganised …"), not a claim. "The Dawes Plan of 1924
 * reorganised payments." and "In 1926 Germany entered the League." are clauses. A verb only
 * after "to" ("Germany's decision to join …") is no finite verb.
 */
export function verblessClaim(text: string): boolean {
	const main = mainWords(text);
	if (
		FINITE.test(main) ||
		IRREGULAR_PAST.test(main) ||
		PAST_ED.test(main) ||
		PRESENT_S.test(main) ||
		YEAR_THEN_VERB.test(main)
	)
		return false;
	const verbs = nlp(main).verbs().json() as { text: string; terms: { text: string }[] }[];
	const finite = verbs.filter((v) => {
		const first = v.terms[0]?.text ?? v.text;
		const at = main.indexOf(first);
		return !(at >= 0 && /\bto\s+$/iu.test(main.slice(0, at)));
	});
	return finite.length === 0;
}

/**
 * Past participles of verbs that take an object, read as a passive whose "was" a note dropped
 * when nothing follows them but a time, place or agent: "set up", "founded", "elected". Verbs
 * with an intransitive sense ("ended", "opened", "formed", "rose") are left out: "The war ended
 * in 1918." is a clause. The "-en" forms ("taken", "given") are never a finite past.
 */
const NOTE_PARTICIPLE =
	/\b(?:set\s+up|founded|established|created|elected|introduced|abolished|signed|appointed|crowned|executed|assassinated|arrested|invented|discovered|built|banned|nationali[sz]ed|declared|proclaimed|launched|issued|adopted|ratified|murdered|killed|exiled|imprisoned|defeated|captured|granted|published|annexed|invaded|deposed|named|taken|given|written|chosen|shown|known|broken|overthrown|thrown|drawn|hidden|beaten|begun|stolen|forbidden|sworn|torn|worn)(?=\s+(?:in|on|at|by|during|after|before|under|from|within|across|throughout)\b|\s*[.;]?\s*$)/iu;

/** A finite or past verb a tagger may miss, after a note's participle ("founded in 1903 won …"). */
function verbAfter(rest: string): boolean {
	return (
		FINITE.test(rest) ||
		IRREGULAR_PAST.test(rest) ||
		PAST_ED.test(rest) ||
		PRESENT_S.test(rest) ||
		nlp(rest).verbs().length > 0
	);
}

/**
 * True when `text` is a note's passive with its "was" dropped: a subject, a past participle of
 * a verb that takes an object (`NOTE_PARTICIPLE`) and only a time, place or agent after it:
 * "Cheka (secret police) set up in December 1917." (blind review H29 S65, all three reviewers:
 * note form, no statement to judge true or false). "The Velm Guard was set up in 1917." and
 * "Lenin set up the Guard in 1917." are clauses, and so is a participle phrase on a subject
 * with a verb of its own ("The party founded in 1903 won the vote.").
 */
export function noteFormPassive(text: string): boolean {
	const main = mainWords(text);
	if (FINITE.test(main)) return false;
	const m = NOTE_PARTICIPLE.exec(main);
	if (!m || m.index === 0) return false;
	const before = main.slice(0, m.index).trim();
	// The subject is a noun phrase: no verb of its own, no clause after a comma.
	if (/[,;:]/u.test(before) || verbAfter(before)) return false;
	return !verbAfter(main.slice(m.index + m[0].length));
}

/**
 * A list's or timeline's line: a label of one to six words, a dash, and what it stands for
 * ("Operation Storm – Varn's failed attempt to relieve the Sixth Army in December 1942.", "About
 * 2018 – For the first time, …"). Asked true or false it is no claim a student can judge (blind
 * review H12: the glossary line "Operation Winter Storm – …" was rejected by all three
 * reviewers); a key-term list's line is asked as a card instead (`idea-glossary.ts`). Not a
 * dash aside ("The dam – the largest in Ostra – was …") nor two clauses ("In 1960 work began – …").
 */
export function dashLine(text: string): boolean {
	const parts = text.trim().split(/\s[–—]\s/u);
	// "The dam – the largest in Ostra – was …" is an aside; "In 1960 work began – …" two clauses.
	if (parts.length !== 2 || /[,;:]/u.test(parts[0])) return false;
	return parts[0].split(/\s+/u).length <= 6 && verblessClaim(parts[0]);
}

/**
 * True when a true-or-false idea states a noun phrase with no main verb (`verblessClaim`), a
 * dash line (`dashLine`) or a note's passive with its "was" dropped (`noteFormPassive`).
 */
export function statesFragment(idea: Idea): boolean {
	return (
		idea.type === 'truefalse' &&
		(dashLine(idea.sentence.text) ||
			verblessClaim(idea.sentence.text) ||
			noteFormPassive(idea.sentence.text))
	);
}
