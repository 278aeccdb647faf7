/**
 * A false statement that names the wrong person (issue 12, gen65): "Ada Brell discovered the
 * comet." asked as "Tomas Orlen discovered the comet." when the same handout says Tomas Orlen did
 * another deed of his own ("Tomas Orlen built the first telescope of the college."). A teacher's
 * true-or-false question on who did what, refuted by the handout itself, with no year in it
 * (blind reviewers of H18 noted that every false statement differed from its sentence by the year
 * only). Pure.
 *
 * Strict, as dev test20–21's person swaps failed (a critic's praise, a co-author, a scholar's
 * reading): both people are doers of deeds the handout tells (`deedOf`: discovered, invented,
 * founded, wrote, led …), each named in full (two words or more) and swapped with the role noun
 * before the name (a name swapped under "the English physician" would be a second, silent
 * change: H17's "Henryk Zygalski sheets"); the sentence
 * names no other person; the two are never named in one sentence (partners, rivals of one event)
 * and share no surname (family); and the wrong person's deeds share no content word with the
 * deed asked (co-discoverers of one thing).
 */

import { deedOf } from './idea-deed';
import { findWhole, fold, words } from './text';

/** A person swap: the doer as the sentence names them and the other doer who replaces them. */
export interface PersonSwap {
	value: string;
	at: number;
	wrong: string;
}

/** Words of four letters or more that say nothing of what a deed is about. */
const SLIGHT = new Set(
	'about which from with that this were have been into than more most also they their them there these those other only over under after before first years year'.split(
		' '
	)
);

/** The content words of a text, folded, none a number. */
function contentOf(text: string): Set<string> {
	return new Set(words(text).filter((w) => w.length >= 4 && !/^\d+$/u.test(w) && !SLIGHT.has(w)));
}

/** A role phrase ending right before a name: "the English physician ", "The chemist ". */
const ROLE_BEFORE = /[Tt]he\s+(?:\p{Lu}\p{Ll}+\s+)?(?:\p{Ll}+\s+)?\p{Ll}{4,}\s+$/u;

/**
 * A doer named in full by a sentence's deed, with the deed's object and the name as the sentence
 * introduces it (`phrase`: "the English physician William Gilbert", or the name alone).
 */
function doerOf(
	text: string
): { person: string; phrase: string; at: number; object: string } | undefined {
	const deed = deedOf(text);
	if (!deed || deed.person.split(/\s+/u).length < 2) return undefined;
	const named = findWhole(text, deed.person);
	if (named < 0) return undefined;
	const role = deed.role ? ROLE_BEFORE.exec(text.slice(0, named)) : undefined;
	if (deed.role && !role) return undefined;
	const at = role ? role.index : named;
	return {
		person: deed.person,
		phrase: text.slice(at, named + deed.person.length),
		at,
		object: deed.object
	};
}

/**
 * The person swap of the sentence at `index` of `texts` (the handout's sentences as asked): its
 * doer for the nearest other doer the module's docstring allows, each as the sentence introduces
 * them (a role noun and the name: "the German surgeon August Bier"). `isPerson` tells a
 * capitalised name a person's (`ArticleView.isPerson`); `topic` the handout's subject words,
 * folded, which two deeds may share ("steam" of a steam engine handout). Undefined when none
 * fits.
 */
export function personSwap(
	texts: readonly string[],
	index: number,
	isPerson: (name: string) => boolean,
	topic: ReadonlySet<string> = new Set()
): PersonSwap | undefined {
	const text = texts[index];
	const own = doerOf(text);
	if (!own || !isPerson(own.person)) return undefined;
	const at = own.at;
	// "Ada Brell, a chemist from …", "Ada Brell (1801–1870)": an aside about the person would
	// not fit the other one.
	if (/^\s*[,(]/u.test(text.slice(at + own.phrase.length))) return undefined;
	// Only one person in the sentence: "Ada Brell and Tomas Orlen …" share the deed.
	const names = [...text.matchAll(/\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu)]
		.map((m) => m[0])
		.filter((n) => isPerson(n));
	if (names.some((n) => !own.person.includes(n) && !n.includes(own.person))) return undefined;
	const surname = (p: string) => fold(p.split(/\s+/u).at(-1)!);
	const asked = contentOf(own.object);
	for (const w of topic) asked.delete(w);
	const doers = new Map<string, number>();
	const phrases = new Map<string, string>();
	texts.forEach((t, j) => {
		const other = j === index ? undefined : doerOf(t);
		if (!other || !isPerson(other.person) || surname(other.person) === surname(own.person)) return;
		const prior = doers.get(other.person);
		if (prior === undefined || Math.abs(j - index) < Math.abs(prior - index)) {
			doers.set(other.person, j);
			phrases.set(other.person, other.phrase);
		}
	});
	const fits = [...doers.entries()]
		.filter(([person]) => {
			const theirs = surname(person);
			// Partners or rivals: a sentence that names both.
			if (texts.some((t) => fold(t).includes(surname(own.person)) && fold(t).includes(theirs)))
				return false;
			// Any sentence about the other person that shares a word of the deed asked.
			return !texts.some(
				(t) =>
					fold(t).includes(theirs) &&
					[...contentOf(t)].some((w) => asked.has(w) && !fold(person).includes(w))
			);
		})
		.sort((a, b) => Math.abs(a[1] - index) - Math.abs(b[1] - index) || (a[0] < b[0] ? -1 : 1));
	if (!fits.length) return undefined;
	const phrase = phrases.get(fits[0][0])!;
	// "The German surgeon August Bier" at a sentence's start, "the …" inside it.
	const wrong = /^[Tt]he\s/u.test(phrase) ? (at === 0 ? 'T' : 't') + phrase.slice(1) : phrase;
	return { value: own.phrase, at, wrong };
}
