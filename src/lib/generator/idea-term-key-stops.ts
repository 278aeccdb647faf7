import { escapeRegExp } from '$lib/text/regexp-literal';
import type { Idea } from './ideas';

/**
 * Term cards cut short or mis-cut: a key that stops before what sets the term apart, a fact
 * file's label asked as a term, a date's month joined to the next name, a sentence adverb left
 * in a question.
 *
 * The failure kinds blind check H25 (`questions/unseen/review-2027-02-01/`, all three reviewers
 * on each) rejected, each refused as a kind (gen69, issue 12):
 * - a term's key that stops before what sets the term apart: the class and no more ("a group of
 *   sea animals" for a group's name, S56), the class the sentence goes on to restrict after the
 *   term ("… outer layer called a fusion crust, made when …" keyed "A thin, dark outer layer",
 *   S09), or a general class with one short verb phrase ("A substance that reacts with oxygen",
 *   S52: it fits countless substances);
 * - a fact file's label asked as a term ("What is meant by the term “when”?", S57);
 * - a key that joins a date's month to the next name ("On 24 February Travis wrote …" keyed
 *   "February Travis", S02);
 * - a sentence adverb carried into a question after its verb ("Why could meanwhile the …?", S74).
 * Pure.
 */

/** The term a card asks, in curly quotes: "… the term “fusion crust”?". */
const ASKED_TERM = /“([^”]+)”\?$/u;

/** A fact file's labels: a question word or a heading of a fact, never a term. */
const FACT_LABEL =
	/^(?:when|where|who|what|why|how|which|date|dates|born|died|location|known\s+for|key\s+dates|main\s+events?)$/iu;

/**
 * "a group of sea animals": a collective class and what it collects, with nothing after ("a
 * group of whales travelling together" says what sets a pod apart; "a kind of soft hail" is a
 * kind, accepted in H25).
 */
const BARE_GROUP =
	/^(?:an?|the)\s+(?:\p{Ll}+\s+)?(?:group|family|class|category|set|collection|order)\s+of\s+(?:\p{Ll}[\p{Ll}-]*(?<!ing)\s*){1,2}$/iu;

/**
 * "A substance that reacts with oxygen": a general class and one verb with its preposition, which
 * fits countless substances ("A chemical that kills insects" says what sets it apart: kept).
 */
const GENERAL_CLASS_ONE_VERB =
	/^(?:an?|the)\s+(?:substance|chemical|material|compound|molecule|liquid|gas|solid)\s+that\s+\p{Ll}+s\s+(?:with|in|into|on|to)\s+\p{Ll}+$/iu;

const MONTH =
	'(?:January|February|March|April|May|June|July|August|September|October|November|December)';

/** "February Travis": a month and a capitalised name, the month one of a date's. */
const MONTH_NAME_KEY = new RegExp(`^(${MONTH})\\s+(\\p{Lu}\\p{Ll}+)`, 'u');

/** A question's verb and a sentence adverb copied after it: "Why could meanwhile the …?". */
const ADVERB_AFTER_VERB =
	/^(?:why|how|what|when|where|who|which)\b[^?]*?\b(?:could|did|does|do|was|were|is|are|can|would|had|has|have|will|should|might)\s+(?:meanwhile|however|therefore|thus|instead|nevertheless|moreover|furthermore|consequently|nonetheless|likewise|similarly|accordingly|hence|besides|afterwards)\b/iu;

/** True when the card's key stops before what sets its term apart (see the module's first kind). */
export function partialTermKey(idea: Idea): boolean {
	if (idea.type !== 'flashcard') return false;
	const term = ASKED_TERM.exec(idea.prompt)?.[1];
	if (!term) return false;
	// Only a "called" card: a glossary's "Mob – a group of kangaroos" defines a collective noun
	// whole (H23 S53, accepted by both reviewers); "… belong to a group of sea animals called
	// echinoderms" names the group its subject belongs to, and the key is the class alone.
	const called = new RegExp(`\\bcalled\\s+(?:an?\\s+|the\\s+)?${escapeRegExp(term)}\\b`, 'iu');
	const m = called.exec(idea.sentence.text);
	if (!m) return false;
	if (BARE_GROUP.test(idea.answer) || GENERAL_CLASS_ONE_VERB.test(idea.answer)) return true;
	// "… called a fusion crust, made when the surface melted …": the sentence restricts the class
	// after the term, and the key, the class before it word for word, leaves that out.
	const after = idea.sentence.text.slice(m.index + m[0].length);
	const restricts =
		/^\s*,\s+(?:which|that|where|when|whose|made|built|found|kept|held|worn|grown|known|\p{Ll}+(?:ed|en))\b/u;
	if (!restricts.test(after)) return false;
	return idea.sentence.text.slice(0, m.index).toLowerCase().includes(idea.answer.toLowerCase());
}

/** True when a card asks a fact file's label as a term ("the term “when”"). */
export function asksFactLabel(idea: Idea): boolean {
	const term = ASKED_TERM.exec(idea.prompt)?.[1];
	return !!term && FACT_LABEL.test(term.trim());
}

/** True when the key joins a date's month to the name after it ("24 February Travis" → "February Travis"). */
export function monthJoinedKey(idea: Idea): boolean {
	const m = MONTH_NAME_KEY.exec(idea.answer);
	if (!m) return false;
	return new RegExp(`\\d\\s+${m[1]}\\s+${m[2]}\\b`, 'u').test(idea.sentence.text);
}

/** True when a question carries a sentence adverb after its verb ("Why could meanwhile …?"). */
export function adverbInQuestion(idea: Idea): boolean {
	return idea.type !== 'truefalse' && ADVERB_AFTER_VERB.test(idea.prompt);
}

/** True when the idea is one of H25's failure kinds (see the module's comment). */
export function termKeyStopRefuses(idea: Idea): boolean {
	return (
		partialTermKey(idea) || asksFactLabel(idea) || monthJoinedKey(idea) || adverbInQuestion(idea)
	);
}
