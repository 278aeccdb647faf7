import type { Idea } from './ideas';
import { fold } from './text';

/**
 * Keys and prompts broken in grammar: a dangling modifier, a verbless "that" clause, a deletion
 * gap, a repeated run, a broken coordination, a bare surname; and a trivia year.
 *
 * Blind review U23's failure kinds (issue 12, gen20b), each a rule for every idea kind, read off
 * the card (prompt, key, cited sentence). Pure.
 */

/** The subject of "What is/was X?", "Who was X?". */
function askedSubject(prompt: string): string | undefined {
	return /^(?:What|Who)\s+(?:is|are|was|were)\s+(.+?)\??$/u.exec(prompt)?.[1];
}

/**
 * True when a prompt's subject ends on a modifier with no noun: "What was the Atari CX40
 * single-button?" (U23 S03, cut from "single-button, digital joystick"), a name followed by a
 * lower-case hyphenated word or an adjective.
 */
export function danglingModifier(prompt: string): boolean {
	const subject = askedSubject(prompt);
	if (!subject) return false;
	const parts = subject.split(/\s+/u);
	const last = parts.at(-1) ?? '';
	const before = parts.slice(0, -1);
	if (!before.some((w) => /^\p{Lu}/u.test(w))) return false;
	return /^\p{Ll}+-\p{Ll}+$/u.test(last) || /^\p{Ll}{3,}(?:ous|ful|less|able|ible)$/u.test(last);
}

/** A finite verb or an auxiliary a clause must hold. */
const FINITE =
	/\b(?:is|are|was|were|be|will|would|can|could|may|might|must|shall|should|has|have|had|does|do|did|\p{Ll}{3,}ed)\b/u;

/**
 * True when a key holds a content clause ("his belief that …") with no verb: "noted for his
 * belief that a major war between the supporters and opponents of intelligent machines" (U23
 * S35, the clause cut at a comma before "is almost inevitable").
 */
export function verblessThat(key: string): boolean {
	const m =
		/\b(?:belief|view|claim|idea|theory|notion|argument|prediction|fear|hope|assertion|hypothesis|conviction|thesis|warning)\s+that\s+([^;]+)$/u.exec(
			key
		);
	// "a theory that bases …" is a relative clause: its verb follows "that" at once.
	if (
		!m ||
		!/^(?:a|an|the|this|these|those|his|her|its|their|all|no|some|every|\p{Lu})\b/u.test(m[1])
	)
		return false;
	return !FINITE.test(m[1]);
}

/** Words that cannot end a phrase before a comma. */
const OPEN_BEFORE_COMMA =
	/\b(?:often|also|is|are|was|were|as|to|the|a|an|of|in|and|or|by|with|for|from|sometimes|usually|being|been|that|which)\s*,/iu;

/**
 * True when a key leaves a gap where words were cut from its middle: "though it is often,
 * California because …" (U23 S50, "referred to as residing in Pasadena" taken out as an
 * alias): a comma right after a word that cannot end a phrase, which the sentence never wrote.
 */
export function deletionGap(key: string, sentence: string): boolean {
	const m = OPEN_BEFORE_COMMA.exec(key);
	return (
		!!m &&
		!fold(sentence).includes(fold(key.slice(Math.max(0, m.index - 20), m.index + m[0].length + 12)))
	);
}

/**
 * True when a key repeats a run of four words or more: "between the Habsburg Empire and the
 * Hungarian Revolutionary Army …, fought between the Habsburg Empire and the Hungarian
 * Revolutionary Army" (U23 S41, the article's own duplication copied).
 */
export function repeatedRun(key: string): boolean {
	const w = fold(key).split(' ');
	const seen = new Set<string>();
	// Five folded words: "co-written by" is three, and a credit list says it twice.
	for (let i = 0; i + 5 <= w.length; i++) {
		const run = w.slice(i, i + 5).join(' ');
		if (seen.has(run)) return true;
		seen.add(run);
	}
	return false;
}

/** A doer that is one study's authors, not a named finder. */
const STUDY =
	/\b(?:(?:the\s+)?researchers|scientists|a\s+(?:new\s+|recent\s+)?(?:study|report|survey|paper)|a\s+team\s+of)\b/iu;

/** A premiere or a festival screening: a date of one showing, not of the work. */
const PREMIERE = /\b(?:premiered|premieres|screened|was\s+shown)\b/u;

/**
 * True when a year is asked of one study's finding ("In ____, the researchers of Edinburgh
 * University discovered 91 underwater volcanoes", U23 S13) or of a premiere at a festival
 * ("Army of Darkness premiered at the Sitges Film Festival in ____", S29): trivia.
 */
export function triviaYear(idea: Idea): boolean {
	const asksYear =
		/\byear\b|____/u.test(idea.prompt) && /^(?:1\d{3}|20\d{2})$/u.test(idea.answer.trim());
	const statesYear = idea.type === 'truefalse' && /\b(?:1\d{3}|20\d{2})\b/u.test(idea.prompt);
	return (asksYear || statesYear) && (STUDY.test(idea.prompt) || PREMIERE.test(idea.prompt));
}

/**
 * True when a person is keyed by a surname the sentence gives no first name for ("What is the
 * Rock dedicated to?" → "Simpson, who died five months before its release", U23 S46), or a work's
 * dedication is asked at all: trivia, and "what" of a person.
 */
export function bareSurnameKey(idea: Idea): boolean {
	if (/\bdedicated\s+to\??$/u.test(idea.prompt)) return true;
	const m = /^(\p{Lu}\p{Ll}+)(?=,|\s+who\b|$)/u.exec(idea.answer.trim());
	if (!m || !/^What\b/u.test(idea.prompt)) return false;
	// A name: the sentence writes it with its capital inside ("a granum", "pores" are words).
	const text = idea.sentence.text;
	if (!new RegExp(`\\s${m[1]}\\b`, 'u').test(text)) return false;
	return !new RegExp(`\\p{Lu}[\\p{L}.]*\\s+${m[1]}\\b`, 'u').test(text);
}

/** Nouns of a group of people: a conjunct beside one must be a group too. */
const GROUP =
	/^(?:band|group|duo|trio|quartet|ensemble|orchestra|choir|company|label|team|troupe)$/u;

/**
 * True when a key copies a coordination with an empty conjunct: "an Australian garage rock and
 * band from Lithgow" (U23 S58; the article lost "pop" before "band"): "X and <group noun>" where
 * X is no group noun, the group noun ending its phrase.
 */
export function brokenCoordination(key: string): boolean {
	return [
		...key.matchAll(
			/\b(\p{Ll}+)\s+and\s+(\p{Ll}+)(?=\s+(?:from|who|that|which|formed|based|in|of|active)\b|,|$)/gu
		)
	].some((m) => GROUP.test(m[2]) && !GROUP.test(m[1]) && !/(?:ers|ors|s)$/u.test(m[1]));
}

/** True when an idea fails one of U23's kinds. */
export function keyGrammarRefuses(idea: Idea): boolean {
	return (
		danglingModifier(idea.prompt) ||
		verblessThat(idea.answer) ||
		deletionGap(idea.answer, idea.sentence.text) ||
		repeatedRun(idea.answer) ||
		triviaYear(idea) ||
		bareSurnameKey(idea) ||
		brokenCoordination(idea.answer)
	);
}
