import { escapeRegExp } from '$lib/text/regexp-literal';

/**
 * Definition keys that teach nothing or were misread (blind review H31, 2026-12-05, all three
 * reviewers on each): a term that spells out its own meaning ("onion dome" → "A rounded dome
 * shaped like an onion, …", "afterlife" → "Life after death"); a gloss cut before what defines
 * it ("A cold-blooded animal" of "…, such as a frog, that usually starts life in water …"); a
 * container read as its contents ("channels of very salty water called brine" → brine is the
 * channels); a role read as a meaning ("Variation is the raw material for evolution"); a
 * description of size instead of what the thing is or did ("A simple wooden machine, small
 * enough to fit inside a cottage"). `key-defines.ts` asks these of every definition card. Pure.
 */

/** Words that carry no content of their own in a gloss: articles, prepositions, linking words. */
const FILLER = new Set(
	(
		'a an the of for to in on at by with from into and or as that which who is are was were be ' +
		'its their it this these those like shaped made kind type sort form piece part one'
	).split(' ')
);

/** A word's plain form: lower case, a plural's or a participle's ending taken off. */
function plain(word: string): string {
	const w = word.toLowerCase();
	if (w.length > 4 && w.endsWith('ies')) return `${w.slice(0, -3)}y`;
	if (w.length > 3 && /[^s]s$/u.test(w)) return w.slice(0, -1);
	return w;
}

/** The content words of a phrase, in their plain forms. */
function contentWords(text: string): string[] {
	return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => !FILLER.has(w)).map(plain);
}

/**
 * The parts a term is made of: its words ("onion dome" → onion, dome), or for one word, a split
 * into two words of three letters or more that `keyWords` both holds ("afterlife" → after +
 * life). Empty when a one-word term splits into no two key words.
 */
function termParts(term: string, keyWords: Set<string>): string[] {
	const words = (term.toLowerCase().match(/\p{L}+/gu) ?? []).map(plain);
	if (words.length > 1) return words.filter((w) => !FILLER.has(w));
	const word = words[0] ?? '';
	for (let i = 3; i <= word.length - 3; i++) {
		const parts = [word.slice(0, i), plain(word.slice(i))];
		if (parts.every((p) => keyWords.has(p))) return parts;
	}
	return [];
}

/**
 * True when a key only spells its term back: the key's main gloss (before its first comma or
 * semicolon: ", typical of …" is an aside) holds every part of the term and at most one other
 * content word ("A rounded dome shaped like an onion": rounded; "Life after death": death). A
 * gloss that adds a differentia of two words or more ("A huge sheet of ice covering land") is
 * kept. `term` is the asked name, `key` the card's answer.
 */
export function keyRestatesTerm(term: string, key: string): boolean {
	const head = key.split(/[,;:(–—]/u)[0] ?? '';
	// "after" is a filler word in a gloss but a part of "afterlife": match the parts on all words.
	const all = (head.toLowerCase().match(/\p{L}+/gu) ?? []).map(plain);
	const parts = termParts(term, new Set(all));
	if (parts.length < 2 || !parts.every((p) => all.includes(p))) return false;
	const others = contentWords(head).filter((w) => !parts.includes(w));
	return others.length <= 1;
}

/**
 * True when the sentence goes on past the key's examples to what defines it: "<key>, such as
 * …, that/which/who …" ("A cold-blooded animal, such as a frog or newt, that starts life in
 * water"): the key was cut before its relative clause.
 */
export function cutBeforeExamples(key: string, sentence: string): boolean {
	const tail = key.trim().replace(/[.]$/u, '');
	if (tail.length < 3) return false;
	const at = sentence.toLowerCase().indexOf(tail.toLowerCase());
	if (at < 0) return false;
	const rest = sentence.slice(at + tail.length);
	return /^\s*,\s*(?:such as|for example|e\.g\.|like|including)\b[^.;]*?,\s*(?:that|which|who|whose)\b/iu.test(
		rest
	);
}

/**
 * True when a "called" sentence names the contents, not the container the key gives: "<plural
 * container> of <…> called <singular name>" ("channels of very salty water called brine": brine
 * is the water). A plural name ("groups of cells called tissues") or a singular container ("a
 * group of cells called a tissue") is the key's own.
 */
export function containerForContents(name: string, key: string, sentence: string): boolean {
	const m = /^(?:(?:the|some|many|tiny|small|large)\s+)*(\p{L}+s)\s+of\s+/iu.exec(key.trim());
	if (!m || /ss$/u.test(m[1])) return false;
	if (/s$/u.test(name.trim())) return false;
	return new RegExp(
		`${escapeRegExp(key.trim())}\\s+(?:called|known as|named)\\s+(?:an?\\s+|the\\s+)?${escapeRegExp(name.trim())}\\b`,
		'iu'
	).test(sentence);
}

/**
 * A key that gives the thing's role, not its meaning: "The raw material for evolution", "The
 * basis of …", "The key to …" (from "X is the raw material for Y").
 */
const ROLE_KEY =
	/^the\s+(?:raw\s+material|basis|foundation|key|cornerstone|building\s+blocks?|driving\s+force|engine|backbone|fuel)\s+(?:for|of|to|behind)\b/iu;

/** True when `key` gives a role, not a meaning (`ROLE_KEY`). */
export function roleKey(key: string): boolean {
	return ROLE_KEY.test(key.trim());
}

/**
 * True when a key ends on how big or small the thing was (", small enough to fit inside a
 * cottage") after a bare head ("A simple wooden machine"): a description of its size, not what
 * it is or did. A head that says more ("Waves similar to light but with a much shorter
 * wavelength, short enough to …") is kept, and so is a measure that is no size ("short").
 */
export function sizeDescription(key: string): boolean {
	const m =
		/^([^,]+),\s*(?:\p{Ll}+\s+)?(?:small|large|big|light|heavy|cheap)\s+enough\s+to\b/u.exec(
			key.trim()
		);
	return m !== null && !/\b(?:that|which|who|but|with|used|for|to)\b/iu.test(m[1]);
}

/**
 * True when a glossary entry's gloss goes on in the next sentence with a method's step in the
 * second person ("Belt transect – a strip marked by two tapes. You count the plants inside
 * it."): the key stops at the tool and drops what it is for (blind check H31 S03, all three). A
 * next sentence about the thing ("It can be switched off", "This is different from …") leaves
 * the gloss whole: on h48–h59 those were complete keys. `next` is the sentence after the entry
 * in the same section, if any.
 */
export function glossGoesOn(next: string | undefined): boolean {
	return next !== undefined && /^(?:You|We)\s+\p{Ll}/u.test(next.trim());
}
