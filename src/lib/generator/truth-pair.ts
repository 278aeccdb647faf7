import { fold, words } from './text';
import { openingOf, type SubjectKind } from './truth-contrast';

/**
 * A false statement from a pair the sentence itself draws (issue 12, gen70): "<A> <verb> …, while
 * <B> <verb> …" with its two subjects exchanged. "Nests kept warm produce mostly males, while
 * cool nests produce mostly females." becomes "Cool nests produce mostly males, while nests kept
 * warm produce mostly females." False by the very sentence a student learned, about the contrast
 * the teacher chose to draw, with no year or number changed (blind checks H22–H26 rejected false
 * statements that differ by a year; `truth-balance.ts` then dropped the true statements they
 * balanced). Pure.
 *
 * Strict, so the exchanged sentence is plainly false and never a trick:
 * - the sentence joins two clauses with ", while" or ", whereas" (or "; whereas") once, and the
 *   second opens on its own subject ("while on campaign", "while visiting" open on none);
 * - the two subjects are known: either both clauses say the same verb straight after them ("The
 *   Ostrans won the most races, while the Vestans won the most medals"), or both are terms the
 *   handout bolds or people it names (`openingOf`, `truth-contrast.ts`), of one kind;
 * - each subject is a plain noun phrase of at most `MAX_SUBJECT` words, with no pronoun, number
 *   or comma ("ones", "the others", "it" say nothing of their own);
 * - the two predicates say different things (each has a content word the other lacks), and
 *   neither names the other subject, so exchanging the subjects changes the claim.
 */

/** Most words a subject may have ("nests kept at middle temperatures"). */
export const MAX_SUBJECT = 5;

/** The joint of a two-clause contrast, and what comes before its first subject. */
const JOINT = /(?:,\s+(?:while|whereas)|;\s+whereas)\s+/gu;

/**
 * An opening before the first clause's subject: "In many species, ", "Today, ", "On the plain, ".
 * No verb may hide in it: at most five words, a preposition or a time adverb first.
 */
const LEAD =
	/^(?:(?:In|On|At|By|During|Among|Across|Within|Outside|Inside|Today|Now|Here)(?:\s+[\p{L}’'-]+){0,4},\s+)/u;

/** Words a subject may not hold: pronouns and words that point elsewhere. */
const NOT_SUBJECT =
	/^(?:it|its|they|them|their|he|she|his|her|him|we|you|i|this|these|those|that|which|who|one|ones|other|others|some|both|each|either|neither|such|there|here|so|then|also|only|not|no|and|but|while|whereas|of|to|as|than)$/u;

/**
 * Words that cannot open a subject: a preposition or adverb opens a phrase of place or time ("In
 * the upper course most erosion is …, while further down …"), a quantifier a claim about some of
 * a group ("Many settlers …"), which exchanged says nothing clear.
 */
const NOT_FIRST =
	/^(?:in|on|at|by|from|with|for|into|after|before|during|further|farther|then|later|today|now|yet|as|when|because|if|although|though|once|many|most|few|all|every|several|much|more|less)$/u;

/** Words that cannot be the shared verb after a subject: they carry the subject on. */
const NOT_VERB = new Set(
	'of in on at to for from with by and or but as than that which who whose whom when where while the a an its their his her this these those such so also only often usually kept called known'.split(
		' '
	)
);

/** Words of four letters or more that say nothing of a predicate's content. */
const SLIGHT = new Set(
	'about which from with that this were have been into than more most also they their them there these those other only over under after before around while when where what each some such very much many made make used uses using'.split(
		' '
	)
);

/** The pair a sentence draws: where each subject stands and what it is. */
export interface PairSwap {
	/** The words of the sentence from the first subject to the end of the second. */
	value: string;
	/** Where `value` starts in the sentence. */
	at: number;
	/** `value` with its two subjects exchanged. */
	wrong: string;
	/** The two subjects as the sentence writes them. */
	subjects: [string, string];
}

/** The content words of a predicate (four letters or more), folded. */
function content(text: string): Set<string> {
	return new Set(words(text).filter((w) => w.length >= 4 && !/^\d+$/u.test(w) && !SLIGHT.has(w)));
}

/** True when a phrase can be a subject: plain words, none a pronoun or number. */
function plainSubject(tokens: readonly string[]): boolean {
	return (
		tokens.length >= 1 &&
		tokens.length <= MAX_SUBJECT &&
		!NOT_FIRST.test(tokens[0].toLowerCase()) &&
		tokens.every((t) => /^[\p{L}’'-]+$/u.test(t) && !NOT_SUBJECT.test(t.toLowerCase()))
	);
}

/** The two subjects' lengths in words, by a verb both clauses say straight after them. */
function sharedVerb(first: string[], second: string[]): [number, number] | undefined {
	for (let k = 1; k <= Math.min(MAX_SUBJECT, second.length - 1); k++) {
		const verb = second[k];
		if (!/^\p{Ll}+$/u.test(verb) || NOT_VERB.has(verb)) continue;
		const j = first.indexOf(verb);
		if (j < 1 || j > MAX_SUBJECT) continue;
		return [j, k];
	}
	return undefined;
}

/**
 * True when a subject is a name, written with its capitals wherever it stands: a person, or a
 * phrase whose first word after "The" is capitalised where a sentence's start does not force it
 * ("the United States"; "Greece" when the handout never uses it as a common word).
 */
function isName(
	tokens: readonly string[],
	atStart: boolean,
	person: boolean,
	isCommon: (word: string) => boolean
): boolean {
	if (person) return true;
	const the = /^the$/iu.test(tokens[0]);
	const own = the ? tokens.slice(1) : tokens;
	if (!own[0] || !/^\p{Lu}/u.test(own[0])) return false;
	// Capitalised only because it opens the sentence: a name when a later word is capitalised too
	// ("Puerto Ayora") or its first is no everyday word ("Greece", not "Cool nests").
	if (!atStart || the) return true;
	return own.slice(1).some((t) => /^\p{Lu}/u.test(t)) || !isCommon(own[0].toLowerCase());
}

/** A subject written where it now stands: opening the sentence (`opens`) or inside it. */
function placed(tokens: readonly string[], name: boolean, opens: boolean): string {
	const text = tokens.join(' ');
	if (/^the$/iu.test(tokens[0])) return `${opens ? 'The' : 'the'}${text.slice(3)}`;
	if (name) return text;
	return (opens ? text.charAt(0).toUpperCase() : text.charAt(0).toLowerCase()) + text.slice(1);
}

/**
 * The pair swap of a sentence (see the module's docstring), or undefined. `isSubject` says
 * whether a phrase is a term the handout bolds or a person it names (as `contrastSwap` takes
 * it); `isCommon` whether a word is an everyday word (so "Greece" opening a sentence is a name
 * and "Nests" is not). `text` is the sentence as asked (names in full).
 */
export function pairSwap(
	text: string,
	isSubject: (s: string) => SubjectKind | undefined,
	isCommon: (word: string) => boolean
): PairSwap | undefined {
	const joints = [...text.matchAll(JOINT)];
	if (joints.length !== 1) return undefined;
	const joint = joints[0];
	const lead = LEAD.exec(text)?.[0] ?? '';
	const one = text.slice(lead.length, joint.index);
	const two = text.slice(joint.index + joint[0].length).replace(/\.$/u, '');
	const first = one.split(/\s+/u);
	const second = two.split(/\s+/u);
	let sizes = sharedVerb(first, second);
	let named = [false, false];
	if (!sizes) {
		const capital = (t: string) => t.charAt(0).toUpperCase() + t.slice(1);
		const a = openingOf(one, isSubject);
		const b = openingOf(capital(two), isSubject);
		if (!a || !b || a.kind !== b.kind) return undefined;
		const size = (o: { subject: string; at: number }) =>
			o.subject.split(/\s+/u).length + (o.at ? 1 : 0);
		sizes = [size(a), size(b)];
		named = [a.kind === 'person', b.kind === 'person'];
	}
	const [j, k] = sizes;
	const subjectA = first.slice(0, j);
	const subjectB = second.slice(0, k);
	if (!plainSubject(subjectA) || !plainSubject(subjectB)) return undefined;
	const a = subjectA.join(' ');
	const b = subjectB.join(' ');
	if (fold(a) === fold(b)) return undefined;
	const restA = first.slice(j).join(' ');
	const restB = second.slice(k).join(' ');
	// "Mosses reproduce by spores, while ferns reproduce by spores too" draws no contrast.
	const mine = content(restA);
	const theirs = content(restB);
	if (![...mine].some((w) => !theirs.has(w)) || ![...theirs].some((w) => !mine.has(w)))
		return undefined;
	// "Xylem, unlike phloem, …": a clause that names the other subject is no clean pair.
	if (content(restA).has(fold(b)) || fold(restA).includes(fold(b))) return undefined;
	if (fold(restB).includes(fold(a))) return undefined;
	// A name keeps its capitals; "The" opening the sentence goes lower case inside it.
	const opens = lead === '';
	const nameA = isName(subjectA, opens, named[0], isCommon);
	const nameB = isName(subjectB, false, named[1], isCommon);
	const wrongFirst = placed(subjectB, nameB, opens);
	const wrongSecond = placed(subjectA, nameA, false);
	const end = joint.index + joint[0].length + two.length;
	const value = text.slice(lead.length, end);
	const wrong = `${wrongFirst} ${restA}${joint[0]}${wrongSecond} ${restB}`;
	return { value, at: lead.length, wrong, subjects: [a, b] };
}
