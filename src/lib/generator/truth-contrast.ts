/**
 * A false statement a teacher writes (issue 12, gen65): the sentence with its subject swapped for
 * the subject of a parallel sentence of the same handout, the handout's own contrast ("Xylem
 * carries water up from the roots." beside "Phloem carries sugars to the leaves." asks "Phloem
 * carries water up from the roots."). Blind reviewers of H18 noted that every false statement
 * differed from its sentence by the year only; a handout that contrasts two terms, two people or
 * two places in the same frame gives a false statement its own text refutes, about a core fact,
 * with no year in it. Pure.
 *
 * Strict, so the false statement is clearly false by the handout and never a trick:
 * - both subjects are terms the handout bolds (`ArticleView.emphasis`) or people it names, each
 *   opening its sentence (after "The") and followed by the same word (the shared verb: "carries",
 *   "is", "generation");
 * - the two sentences stand at most `NEAR` sentences apart (a contrast the teacher drew, not two
 *   facts of distant sections);
 * - the two predicates say different things: the first content word of each is not in the other
 *   ("Mosses reproduce by spores" beside "Ferns reproduce by spores" is no contrast);
 * - neither subject is named in the other's sentence ("Xylem, unlike phloem, …");
 * - after "is", both predicates name one class ("is an inherited condition" is no swap for "is a
 *   dangerous gas": `sameClass`);
 * - whatever the verb, two terms share a class when the handout gives each one (`classesOf`: "a
 *   kremlin is a fortress …" and "Tsar Cannon", a cannon, are no swap).
 */

import { escapeRegExp } from '$lib/text/regexp-literal';
import { fold, words } from './text';
import { classOf, plausibleSwap } from './truth-siblings';
import { placeNameGivesAway } from './truth-named-place';

/** A verb that says what its subject is: the predicate names the subject's class. */
const COPULA = /^(?:is|are|was|were)$/u;

/**
 * True when two predicates after "is" could be said of one subject: neither names a class
 * ("is found …", "is bigger …"), or both name the same class as gen76's test of a sibling
 * swap asks (`plausibleSwap`: "a condition …" is told from "a gas …" by anyone).
 */
function sameClass(mine: string, theirs: string): boolean {
	const [a, b] = [mine, theirs].map((r) => r.replace(/^\S+\s+/u, ''));
	const named = (t: string) => /^(?:a|an|the|one)\s/iu.test(t) && classOf(t) !== undefined;
	if (!named(a) && !named(b)) return true;
	return named(a) && named(b) && plausibleSwap(a, b);
}

/** Most sentences between two parallel sentences. */
export const NEAR = 6;

/** Words that cannot be the shared verb after a subject: they start a phrase of the subject. */
const NOT_VERB = new Set(
	'of in on at to for from with by and or but as than that which who whose whom when where while the a an its their his her this these those such so also only often usually'.split(
		' '
	)
);

/** Content words (four letters or more, no number, no function word) of a predicate, folded. */
const SLIGHT = new Set(
	'about which from with that this were have been into than more most also they their them there these those other only over under after before around while when where what each some such very much many made make used uses using called known part parts'.split(
		' '
	)
);

/** What a parallel sentence's subject may be; a term is never swapped for a person. */
export type SubjectKind = 'term' | 'person';

/** A comparative with no "than" after it: what it compares with is in another sentence. */
const UNFINISHED_COMPARISON =
	/^(?!.*\bthan\b).*\b(?:more|less|fewer|smaller|larger|bigger|taller|shorter|longer|heavier|lighter|older|younger|faster|slower|higher|lower|stronger|weaker|wider|narrower|thicker|thinner|harder|softer|warmer|colder|hotter|cooler|deeper|shallower|earlier|later|better|worse)\b/u;

/** "… is the most widespread outside Africa": the most widespread what is in another sentence. */
const BARE_SUPERLATIVE =
	/\bthe\s+(?:(?:most|least)\s+\p{Ll}+|\p{Ll}+est)(?:\s+(?:outside|inside|in|of|on|at|among|across|for)\b|\s*[.,;]|$)/u;

/** "… was the final step": a step of a list another sentence gives. */
const STEP_OF =
	/^(?:\p{Ll}+\s+){1,2}the\s+(?:first|second|third|fourth|next|last|final|other)\s+\p{Ll}+\b(?!\s+(?:of|to|in)\b)/u;

/** The subject a sentence opens on and what follows it. */
export interface Opening {
	/** The subject as the sentence writes it ("Xylem", "gametophyte", "Robert Norman"). */
	subject: string;
	/** What the subject is: a bolded term or a named person (`SubjectKind`). */
	kind: SubjectKind;
	/** Where the subject starts in the sentence: 0, or after "The ". */
	at: number;
	/** The words after the subject, the first of them the shared verb. */
	rest: string;
}

/**
 * The subject a sentence opens on, when it is a term the handout bolds or a person it names
 * (`isSubject`), followed by a lower-case word that may be a verb. The longest such subject wins
 * ("Robert Norman" over "Robert"). Undefined when none.
 */
export function openingOf(
	text: string,
	isSubject: (s: string) => SubjectKind | undefined
): Opening | undefined {
	const tokens = text.split(/\s+/u);
	const article = /^The$/u.test(tokens[0] ?? '') ? 1 : 0;
	for (let n = Math.min(4, tokens.length - article - 1); n >= 1; n--) {
		const subject = tokens.slice(article, article + n).join(' ');
		if (!/^[\p{L}’'-]+(?:\s+[\p{L}’'-]+)*$/u.test(subject)) continue;
		const verb = tokens[article + n];
		if (!/^\p{Ll}+$/u.test(verb) || NOT_VERB.has(verb)) continue;
		const kind = isSubject(subject);
		if (!kind) continue;
		const at = article ? tokens[0].length + 1 : 0;
		return { subject, kind, at, rest: tokens.slice(article + n).join(' ') };
	}
	return undefined;
}

/** The content words of a predicate, folded, in order, its first word (the verb) left out. */
function predicateWords(rest: string): string[] {
	return words(rest)
		.slice(1)
		.filter((w) => w.length >= 4 && !/^\d+$/u.test(w) && !SLIGHT.has(w));
}

/**
 * True when two predicates say different things: the first content word of each (what the
 * sentence says first of its subject: "haploid", "diploid") is not in the other, and one shares
 * not all its content words with the other.
 */
function differ(mine: string[], theirs: string[]): boolean {
	if (!mine.length || !theirs.length) return false;
	if (theirs.includes(mine[0]) || mine.includes(theirs[0])) return false;
	return mine.some((w) => !theirs.includes(w)) && theirs.some((w) => !mine.includes(w));
}

/** A contrast swap: the subject of `text` and the parallel sentence's subject that replaces it. */
export interface ContrastSwap {
	value: string;
	at: number;
	wrong: string;
}

/**
 * The contrast swap of the sentence at `index` of `texts` (the handout's sentences as asked,
 * names in full): the subject of the nearest parallel sentence within `NEAR` (see the module's
 * docstring). `isSubject` says whether a phrase is a bolded term or a named person. Undefined
 * when no sentence is parallel, or when more than one other subject fits (which one the false
 * statement should name is then a guess).
 */
export function contrastSwap(
	texts: readonly string[],
	index: number,
	isSubject: (s: string) => SubjectKind | undefined
): ContrastSwap | undefined {
	const own = openingOf(texts[index], isSubject);
	// "Bluestones are smaller, weighing …": smaller than what is in the other sentence.
	if (
		!own ||
		UNFINISHED_COMPARISON.test(own.rest) ||
		STEP_OF.test(own.rest) ||
		BARE_SUPERLATIVE.test(own.rest)
	)
		return undefined;
	const verb = own.rest.split(/\s+/u)[0];
	const mine = predicateWords(own.rest);
	const found = new Map<string, Opening>();
	const lo = Math.max(0, index - NEAR);
	const hi = Math.min(texts.length - 1, index + NEAR);
	for (let i = lo; i <= hi; i++) {
		if (i === index) continue;
		const other = openingOf(texts[i], isSubject);
		if (!other || other.rest.split(/\s+/u)[0] !== verb) continue;
		if (other.kind !== own.kind || fold(other.subject) === fold(own.subject)) continue;
		// "The sporophyte" beside "The gametophyte": both after "The" or neither.
		if ((other.at === 0) !== (own.at === 0)) continue;
		if (!differ(mine, predicateWords(other.rest))) continue;
		// "Sickle cell disease is a dangerous gas …" (H30 S77, all three reviewers: a disease
		// is no gas, false to anyone): after "is", both name one class.
		if (COPULA.test(verb) && !sameClass(own.rest, other.rest)) continue;
		// "The Tsar Cannon was home to Moscow's rulers" (H31 S61, all three reviewers: a cannon
		// swapped into a palace's sentence is false to anyone): whatever the verb, two terms the
		// handout puts in different classes are no swap.
		if (own.kind === 'term' && !sharedClass(own.subject, other.subject, texts)) continue;
		// "New World porcupines live in Africa …": the swapped name says where (`truth-named-place.ts`).
		if (placeNameGivesAway(own.subject, other.subject, own.rest)) continue;
		// "Xylem, unlike phloem, …": the sentence already names the other subject.
		if (fold(texts[index]).includes(fold(other.subject))) continue;
		if (fold(texts[i]).includes(fold(own.subject))) continue;
		found.set(fold(other.subject), other);
	}
	if (found.size !== 1) return undefined;
	const [other] = found.values();
	return { value: own.subject, at: own.at, wrong: casedLike(other.subject, own.subject) };
}

/**
 * The classes a handout gives a term (folded head nouns, `classOf`): what a sentence says it is
 * ("a kremlin is a fortress …", "the Kremlin is also a real place …"), what its key-term line
 * glosses it as ("Xylem – tissue that …"), and a term of two or more words its own last word
 * ("Tsar Cannon": a cannon; "sickle cell disease": a disease). Empty when the handout says none.
 */
export function classesOf(term: string, texts: readonly string[]): Set<string> {
	const found = new Set<string>();
	const name = escapeRegExp(term).replace(/\s+/gu, '\\s+');
	const says = new RegExp(
		`(?:^|\\s)${name}\\s+(?:is|was|are|were)\\s+(?:also\\s+|once\\s+)?((?:a|an|the|one)\\s.*)`,
		'iu'
	);
	const glossed = new RegExp(`^(?:the\\s+)?${name}\\s+[–—-]\\s+(.+)`, 'iu');
	for (const text of texts) {
		for (const m of [says.exec(text), glossed.exec(text)]) {
			const klass = m && classOf(m[1]);
			if (klass) found.add(klass);
		}
	}
	const head = term.split(/\s+/u);
	if (head.length > 1 && /^\p{L}{3,}$/u.test(head.at(-1)!)) found.add(head.at(-1)!.toLowerCase());
	return found;
}

/**
 * True when two terms may be swapped by their class: the handout gives one of them no class, or
 * they share one (`classesOf`).
 */
function sharedClass(a: string, b: string, texts: readonly string[]): boolean {
	// "plant" and "plants" are one class.
	const singular = (k: string) => k.replace(/s$/u, '');
	const mine = new Set([...classesOf(a, texts)].map(singular));
	const theirs = [...classesOf(b, texts)].map(singular);
	return !mine.size || !theirs.length || theirs.some((k) => mine.has(k));
}

/** `wrong` written with `like`'s first-letter case ("Phloem" at a sentence's start). */
function casedLike(wrong: string, like: string): string {
	const upper = /^\p{Lu}/u.test(like);
	// A name keeps its capital ("Robert Norman" after "The" never happens: a person has no "The").
	if (!upper && /^\p{Lu}\p{Ll}*\s+\p{Lu}/u.test(wrong)) return wrong;
	const first = upper ? wrong.charAt(0).toUpperCase() : wrong.charAt(0).toLowerCase();
	return first + wrong.slice(1);
}
