import { nounHeadGloss } from './gloss-noun-head';
import type { Sentence } from './text';
import { termsHeading } from './list-label';
import { tableRow } from './table-row';
import { tableGloss } from './table-gloss';
import { verblessClaim } from './idea-clause';
import { noteDefinite } from './gloss-definite';
import { noteGloss } from './gloss-bare';
import {
	BARE_PLURAL,
	definiteVerb,
	mainClauseVerb,
	PLURAL_TERM,
	RESTRICTION
} from './gloss-clause';

/**
 * A handout's key-term list: "- **Discharge** – the volume of water passing a point …",
 * "Catalyst: a substance that speeds up a reaction without being used up." (gen35, issue 12: the
 * H8 handouts' "Key terms" lists gave no card). The reader keeps each list item a paragraph of
 * its own (`markdownToText`), so each entry is one sentence here: a term of one to four words,
 * a colon or dash, and a definition in lower case. Asked "What is meant by the term “catalyst”?"
 * (an exam's own wording, right whatever the term's determiner), the key the definition's first
 * clause. This module reads one line as an entry, or says why it is none (`glossaryVerdict`);
 * `idea-glossary.ts` makes the cards of a document's entries (split from it in gen83). Pure.
 */

/**
 * "Term – definition" or "Term: definition"; the term capitalised, or lower case after its article
 * ("An electrolyte: …"), the definition not. A named term may capitalise its later words too
 * ("Mesozoic Era: the span of time …", "Grand Master – the leader of …": gen74, H27's lists gave
 * them nothing); a person's name among them is refused (`personName`). A term whose first letters
 * are a unit's or a symbol's lower case ("pH scale", "mRNA": gen80, a student's chemistry notes
 * gave "pH scale" no card) is a named term too.
 */
const ENTRY =
	/^(?:(?:An?|The)\s+(\p{Ll}[\p{Ll}’'-]*(?:\s+[\p{Ll}’'-]+){0,2})|((?:\p{Lu}[\p{Ll}\p{Lu}’'-]*|\p{Lu}{2,6}|\p{Ll}{1,2}\p{Lu}[\p{Ll}\p{Lu}]*)(?:\s+(?:[\p{Ll}’'-]+|\p{Lu}\p{Ll}+)){0,3}))(\s+\([^()]{1,30}\))?\s*(?::|\s[–—-])\s+(\p{Ll}.*?)\.?$/u;

/**
 * Under a key-terms heading the teacher's list says what each term means, so a definition may
 * open on any noun phrase ("the base-2 number system", "legal rights over …", "light produced
 * when …") or on "when" ("when a result is too large to fit …"), not only on "a …" (gen63,
 * issue 12: 181 of h42–h47's 421 key-term lines gave no card, and a handout whose list kept one
 * entry gave none). Never a number ("element 84, discovered …": facts, no definition) nor a
 * pointer ("where", "how", "this").
 */
const LISTED_OPENING =
	/^(?!(?:where|how|what|who|which|why|if|because|so|this|these|that|those|it|they|there|see|also|not)\s)(?:the\s+\p{Ll}|when\s+\p{Ll}|\p{Ll}[\p{Ll}-]*,?\s+(?!\d)\p{L})/u;

/**
 * Words no term holds: a copula, an auxiliary or a pronoun ("Both are logarithmic", "This is
 * induction"), or a quantifier opening a claim about some of a class ("Many sharks show
 * countershading: a dark back …", blind re-check H15: a sentence's subject and verb read as a
 * term). A term is a noun phrase.
 */
const NOT_TERM =
	/\b(?:is|are|was|were|be|been|has|have|had|do|does|did|can|could|will|would|may|might|must|should|both|this|these|those|it|they|we|you)\b|^(?:every|each|many|most|some|all|few|several|any|no)\s/iu;

/**
 * An "-ing" word, a noun or two and an auxiliary or modal: a clause ("rising heat can spoil …"),
 * not a process ("using material in a way the law does not allow").
 */
const ING_CLAUSE =
	/^\p{Ll}+ing\s+(?:\p{Ll}+\s+){0,2}(?:is|are|was|were|can|could|will|would|may|might|must|shall|should|does|do|did|has|have|had)\b/u;

/**
 * What a quality's entry in a key-terms list says it is: "can be hammered into shape", "able to
 * grip", "not supporting either side" (gen74, issue 12: h55's "Malleable", "Ductile" gave no card).
 * Only a passive "can be …ed" or "able to": "can cause …" says what a thing does.
 */
const QUALITY_GLOSS = /^(?:can\s+be\s+\p{Ll}{3,}(?:ed|en|wn)|able\s+to|not\s+\p{Ll}+ing)\s+\p{Ll}/u;

/** A definition's class: "a substance that …", "an organ …", a process "maintaining …". */
export const CLASS_OPENING = /^(?:an?\s+\p{Ll}|\p{Ll}+ing\s)/u;

/**
 * "the hormone from the pituitary gland that controls …": a definite class with its restriction;
 * "between" restricts too ("the reaction between …", "the time between …": gen80, a student's
 * notes gave such lines no card outside a key-terms heading).
 */
export const DEFINITE_CLASS =
	/^the\s+(?:\p{Ll}+\s+){1,3}(?:that|which|who|whereby|from|of|in|by|at|between|used|made|produced)\s/u;

/**
 * "a substance gains oxygen": a clause saying what happens, not what the term is; a possessive
 * subject too ("Body parts: a spider's body has two main parts – …", a list's label, blind review
 * H17 S25, all three reviewers).
 */
const CLAUSE =
	/^an?\s+(?:(?!(?:that|which|who|whose|where|in|of|from|by|with)\s)\p{Ll}+(?:['’]s)?\s+){1,3}(?:gains|loses|reacts|is|are|was|has|changes|becomes|forms|takes|gives|moves|meets|joins)\b/u;

/**
 * "a cable reached India …", "the telegraph made …": a noun and its past verb with an object, a
 * clause; a participle before a preposition ("a hormone made by …", "material carried in …")
 * is a definition's restriction, and an "-ed" word before a noun an adjective ("a large curved
 * rectangular shield": H10 accepted it), so a regular verb counts only before a determiner, a
 * name or a number.
 */
const PAST_CLAUSE =
	/^(?:an?|the)\s+(?:\p{Ll}[\p{Ll}-]*\s+){1,2}?(?:(?:made|took|gave|became|began|grew|led|brought|won|lost|fell|rose|spread|sent|built|ran)\s+(?!(?:by|from|of|in|into|onto|on|to|with|at|under|for|as|through|during|between|when|where|after|before|and|or|up)\b)\p{L}|\p{Ll}{3,}ed\s+(?:the|a|an|its|their|his|her|\p{Lu}|\d))/u;

/**
 * A participle that modifies a noun, which a tagger reads as a past verb: before a preposition
 * ("rock formed from layers", "energy obtained from heat", "hours made by dividing …"), first
 * before its noun ("crushed glass", "modified pelvic fins") or in a compound ("jelly-filled").
 * An irregular participle is a word of its own ("radiation left over from …"): it once needed
 * three letters before it (gen72).
 */
const PARTICIPLE_PHRASE =
	/\b(?:\p{Ll}{3,}(?:ed|en|wn)|made|caught|paid|held|kept|built|found|left|sold|brought|bought|taught|spread|set|cut|put|worn|sewn)\s+(?:by|from|in|into|on|onto|for|with|of|as|at|to|when|under|inside|during|through|across|over|without)\b|^\p{Ll}{3,}ed\s+(?=\p{Ll})|\b\p{Ll}+-\p{Ll}+ed\b/gu;

/** A definition's head without its participle phrases (`PARTICIPLE_PHRASE`), for the clause test. */
function withoutParticiples(head: string): string {
	return head.replace(PARTICIPLE_PHRASE, ' ').replace(/\s+/gu, ' ').trim();
}

/** Where a key's gloss or example begins: cut there, the definition is what comes before. */
const EXAMPLE =
	/,\s+(?:e\.\s?g\.|i\.\s?e\.|(?:such as|for example|for instance|like|as when|as in)\b).*$/u;

/**
 * An example aside the definition goes on after ("an external cue, such as light, that resets
 * the body clock"): the clause after it is the definition's own, so only the aside goes ("an
 * external cue that resets the body clock"). Cut at the aside, the key said nothing that sets the
 * term apart (blind review H11 S02 "zeitgeber" → "An external cue", rejected by both reviewers).
 */
const EXAMPLE_ASIDE =
	/,\s+(?:e\.\s?g\.|for example|for instance|such as|like)\s[^,]*,\s+(?=(?:that|which|who|whose|where|whereby)\s)/u;

/** The definition without its examples: an aside dropped (`EXAMPLE_ASIDE`), a trailing example cut (`EXAMPLE`). */
export function withoutExamples(definition: string): string {
	return definition.replace(EXAMPLE_ASIDE, ' ').replace(EXAMPLE, '').trim();
}

/** Longest key kept: a definition, not a paragraph. */
const MAX_KEY_WORDS = 24;

export interface Entry {
	sentence: Sentence;
	term: string;
	key: string;
	/** The sentence's words the key stands for: the key, or with its example aside kept. */
	span: string;
	/** A gloss that opens on a bare plural (`BARE_PLURAL`): an entry only in a list of terms. */
	bare?: boolean;
}

/**
 * Under a key-terms heading, a term written in lower case with no article: "- **cetaceans** — the
 * group of mammals that includes whales …", "**venom**: a harmful substance that …" (gen66, issue
 * 12: 22 of h48–h51's handouts listed their terms so, as the body writes them, and none of those
 * lists gave a card; six of the 21 handouts with no draft had one). Outside such a heading a
 * lower-case "word: words" is no entry ("note: …"). Groups as `ENTRY`'s.
 */
const LISTED_ENTRY =
	/^(\p{Ll}[\p{Ll}’'-]*(?:\s+[\p{Ll}’'-]+){0,3})(\s+\([^()]{1,30}\))?\s*(?::|\s[–—-])\s+(\p{Ll}.*?)\.?$/u;

/** `LISTED_ENTRY`'s match in `ENTRY`'s groups: whole, bare term, named term, aside, definition. */
function listedEntry(text: string): (string | undefined)[] | null {
	const m = LISTED_ENTRY.exec(text);
	return m && [m[0], m[1], undefined, m[2], m[3]];
}

/**
 * The sentence as a glossary entry, or undefined (see `ENTRY`, `CLASS_OPENING`). With `plurals`,
 * also a plural term's bare plural gloss (`BARE_PLURAL`), flagged `bare`: `glossaryIdeas` keeps
 * it only in a list of class glosses; other readers (a section's count of entries) never see it.
 */
export function glossaryEntry(sentence: Sentence, plurals = false): Entry | undefined {
	const verdict = glossaryVerdict(sentence, plurals);
	return typeof verdict === 'string' ? undefined : verdict;
}

/**
 * Why a line gave no glossary card (`glossaryVerdict`, `glossaryCards`), for the Review drafts
 * screen (`glossary-skips.ts`): the words before the dash are no term; a table's row; the
 * meaning says not what the term is, or says it as a statement, or is cut off, too short or too
 * long; a lone line, or a document not read as notes or a handout; a name or place; an everyday
 * word outside a key-terms list; a term another sentence defines; a list's label; a meaning the
 * next line goes on with; a term asked by an earlier line.
 */
export type GlossarySkip =
	| 'not-a-term'
	| 'table-row'
	| 'not-a-meaning'
	| 'statement'
	| 'cut-off'
	| 'too-short'
	| 'too-long'
	| 'lone-line'
	| 'not-a-list'
	| 'name-or-place'
	| 'everyday-word'
	| 'defined-elsewhere'
	| 'list-label'
	| 'goes-on'
	| 'same-term';

/** `glossaryEntry`, or the reason the sentence is none (`GlossarySkip`). */
export function glossaryVerdict(sentence: Sentence, plurals = false): Entry | GlossarySkip {
	// A headed table's row is an entry only where its second column is a meaning (gen88).
	const table = tableGloss(sentence);
	if (table === 'other') return 'table-row';
	const listed = termsHeading(sentence.section ?? '') || table === 'meaning';
	const m = ENTRY.exec(sentence.text.trim()) ?? (listed ? listedEntry(sentence.text.trim()) : null);
	if (!m) return 'not-a-term';
	// "An electrolyte: …" is the term "electrolyte" (gen49).
	const [, bare, named, aside, whole] = m;
	const term = bare ?? named!;
	// "Both are logarithmic: an increase of 1 …" is a sentence, not a term (gen49, h39).
	if (NOT_TERM.test(term)) return 'not-a-term';
	// "Intellectual property (IP) – …": the term without its aside, only in a key-terms list.
	if (aside && !listed) return 'not-a-term';
	// "Nitrate – making amino acids → proteins – stunted growth": a table's row, its cells joined
	// by dashes with no full stop (`documents/plain.ts`), keyed by the other cells (blind review
	// H26, all three reviewers; gen71).
	if (tableRow(sentence.text)) return 'table-row';
	// "…; the name means “hand-wing”": what follows a semicolon is another statement.
	const definition = whole!.split(/\s*;\s*/u)[0];
	// "a connected point, such as a computer or site, on a network": the definition goes on after
	// its example, so cutting there leaves a part of it ("A connected point", gen66).
	const example = EXAMPLE.exec(definition.replace(EXAMPLE_ASIDE, ' '))?.[0];
	// "a famous person, such as a singer, is shown using the product": the entry is a clause whose
	// verb comes after its example, cut there it is its subject alone ("A famous person", gen72).
	if (
		example &&
		/,\s+(?:on|in|of|at|to|for|from|with|by|into|within|is|are|was|were|has|have|can|will|may|must|does|do)\s/u.test(
			example.slice(1)
		)
	)
		return 'statement';
	const key = withoutExamples(definition);
	let plural = false;
	if (!CLASS_OPENING.test(key) && !DEFINITE_CLASS.test(key) && !noteDefinite(key)) {
		plural = plurals && !listed && BARE_PLURAL.test(key) && PLURAL_TERM.test(term);
		// Notes gloss without an article too ("loss of electrons", "when particles spread …",
		// `gloss-bare.ts`, gen88); a key-terms list may open on any noun phrase.
		const note = !plural && !(listed && LISTED_OPENING.test(key)) && noteGloss(key, term);
		if (!plural && !note && (!listed || !LISTED_OPENING.test(key))) return 'not-a-meaning';
		// A bare noun phrase, not a clause: no finite verb before its relative clause. A quality's
		// gloss has none to find ("Malleable: can be hammered into shape", gen74).
		if (
			!note &&
			!/^(?:the|when)\s/u.test(key) &&
			!QUALITY_GLOSS.test(key) &&
			!verblessClaim(withoutParticiples(key.split(RESTRICTION)[0])) &&
			!nounHeadGloss(withoutParticiples(key.split(RESTRICTION)[0]))
		)
			return 'statement';
	}
	// "Oxygen: glowing splint → relights": a test and its result, no meaning (gen88).
	if (/[→⟶]/u.test(key) && !/^(?:an?|the)\s/u.test(key)) return 'not-a-meaning';
	if (CLAUSE.test(key)) return 'statement';
	if (/(?:,|\band|\bor)$/u.test(key)) return 'cut-off';
	// "Railways: the telegraph made single-track lines safer", "Empire: a cable reached India in
	// 1870": a past clause under a list's label, an effect, not what the label means (H13 S100,
	// S110, all three reviewers; gen52).
	if (PAST_CLAUSE.test(key)) return 'statement';
	// "a small, changing input signal … controls a larger current": a present verb in the main
	// clause, a statement of what happens (gen49: h39's "amplifier").
	if (mainClauseVerb(key)) return 'statement';
	// "Velm loss – rising heat can spoil a store": an "-ing" word opening a clause, not a process.
	if (ING_CLAUSE.test(key)) return 'statement';
	// "the shape of the Earth's orbit changes from …": a definite noun and its verb, a clause.
	// A preposition opening the relative clause is the clause's ("the large pieces into which …",
	// gen72), not a verb's after the noun.
	const beforeRelative = key.split(
		/\s(?:(?:into|in|on|at|from|by|with|for|to|of|through)\s+)?(?:that|which|who|whom)\s/u
	)[0];
	if (/^the\s/u.test(key) && definiteVerb(beforeRelative)) return 'statement';
	// A key-terms list may gloss a word in two ("Coprolite: fossilised dung", "kūmara – sweet
	// potato": gen74, h55–h56 gave them nothing); elsewhere two words are a label's, not a definition.
	const words = key.split(/\s+/u).length;
	if (words < (listed ? 2 : 3)) return 'too-short';
	if (words > MAX_KEY_WORDS) return 'too-long';
	// The key without an aside is no span of the sentence; the card cites the words it came from.
	const trailing = definition.replace(EXAMPLE_ASIDE, ' ').trim().length - key.length;
	const span = definition.includes(key)
		? key
		: definition.slice(0, definition.trimEnd().length - trailing).trim();
	return plural ? { sentence, term, key, span, bare: true } : { sentence, term, key, span };
}
