import nlp from 'compromise';
import { escapeRegExp } from '$lib/text/regexp-literal';
import type { ArticleView } from './ideas';
import type { Sentence } from './text';

/**
 * The term as a sentence writes it, for a list entry asked "What is meant by the term “…”?":
 * "Catalyst" → "catalyst"; "ADH" keeps its capitals, and so does a name another sentence than
 * `entry` capitalises after its first word ("the Francis …", H13 S129 "francis turbine"; a
 * place a revision list glosses, "Anatolia – the region …", H27 S68 "anatolia"). Shared by the
 * glossary (`idea-glossary.ts`) and the revision lists' class glosses (`revision-list.ts`).
 */
export function asWritten(term: string, entry?: Sentence, article?: ArticleView): string {
	const [first, ...rest] = term.split(/\s+/u);
	// "VLH", and "pH", "mRNA": capitals after the first letter are a symbol's, never a sentence's (gen80).
	if (/^\p{Lu}{2,}$/u.test(first) || /^\p{Ll}+\p{Lu}/u.test(first)) return term;
	// "Mesozoic Era", "Bills of Mortality": a name capitalised after its first word keeps its case.
	if (rest.some((w) => /^\p{Lu}/u.test(w))) return term;
	const inside = new RegExp(`\\s${escapeRegExp(first)}\\b`, 'u');
	// "A lock is …" beside "Teddington Lock": the word written lower-case as often as inside a
	// sentence capitalised is the term, the capitalised one a name's part ("the Union" twelve
	// times beside one "a union" stays a name; gen79).
	const lower = new RegExp(`(?:^|\\s)${escapeRegExp(first.toLowerCase())}\\b`, 'u');
	const others = article?.sentences.filter((s) => s !== entry) ?? [];
	const capitalised = others.filter((s) => inside.test(s.text)).length;
	if (capitalised > others.filter((s) => lower.test(s.text)).length) return term;
	return [first.toLowerCase(), ...rest].join(' ');
}

/**
 * True when a capitalised term of two or more words is a person's name by the tagger ("Jordan
 * Baker", "Mr Brocklehurst"), which a list of characters glosses ("a professional golfer and …"):
 * a character, no term (gen74). One-word terms are left to the corpus's people (`isPerson`).
 */
export function personName(term: string): boolean {
	return /\s\p{Lu}/u.test(term.trim()) && nlp(term).has('#Person');
}

/**
 * True when a one-word term is an adjective ("Sonorous", "Malleable", "Porous"): "what does
 * sonorous do?" asks a quality as if it were a thing that acts (blind review H27 S71, all three
 * reviewers). By the tagger's lexicon, or the "-ous" ending it may not know.
 */
export function adjectiveTerm(term: string): boolean {
	if (/\s/u.test(term.trim())) return false;
	const word = term.trim().toLowerCase();
	return /\p{L}{3}ous$/u.test(word) || nlp(word).has('#Adjective');
}
