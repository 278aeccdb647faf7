import { RELATIVE } from './idea-clause';

/**
 * Whether a glossary line's gloss is a noun phrase (a meaning) or a clause (a statement): the
 * verb tests `idea-glossary.ts` reads a gloss by, and the shapes of a plural term's gloss
 * (gen83, split from `idea-glossary.ts`: a student's 30 "Term – meaning" lines gave 16 cards,
 * and these tests read plural nouns and a relative clause's verbs as a main clause's verb).
 * Pure.
 */

/**
 * A present verb before its object in a key's main clause ("controls a larger current"). The
 * word's own ending is tested after its "s": "across", "class", "this", "virus" are no verb, and
 * tested before it they passed ("a chemical that carries a signal across a synapse" lost its
 * card to "across a", gen72: H27's key-term lists).
 */
const PRESENT_VERB = /\b\p{Ll}{3,}s(?<!ss|us|is)\s+(?:a|an|the|its|their)\s/u;

/** Where a definition's restriction begins: its head comes before. */
export const RESTRICTION =
	/\b(?:that|which|who|whom|whose|where|when|whereby|while|because|if|until|so|as)\b/u;

/** "… orbit changes from …", "… axis varies between …": a verb after a definite noun. */
const DEFINITE_VERB =
	/\s\p{Ll}{3,}(?:es|[^s\s’']s)\s+(?:from|between|over|like|around|into|across|up|down|with|by|as)\b/u;

/**
 * `DEFINITE_VERB`'s "-s" word when it is a verb: a plural noun a preposition governs ("the net
 * movement of particles from …", "the diffusion of water molecules across …") is none (gen83: a
 * student's notes lost "Diffusion" and "Osmosis" to it). A verb's subject comes with its
 * determiner ("the shape of the Earth's orbit changes from …"); a bare plural after "of" is the
 * preposition's object.
 */
export function definiteVerb(text: string): boolean {
	const m = DEFINITE_VERB.exec(text);
	if (!m) return false;
	const before = text.slice(0, m.index);
	return !/\b(?:of|in|by|with|for|from|between|among)\s+(?:[\p{Ll}-]+\s+)?$/u.test(`${before} `);
}

/**
 * A present verb in a definition's main clause (`PRESENT_VERB`), outside its relative clauses.
 * `mainWords` takes a relative clause's first verb only, so its later words joined the head
 * ("a barrier that controls what enters and leaves the cell" read "… leaves the", "an organism
 * made of cells that have a nucleus" read "cells a": gen83, a student's notes lost "Cell
 * membrane" and "Eukaryote"); here the relative clause leaves a gap no match crosses, and a verb
 * after "and"/"or" is the relative clause's second verb, not the main clause's.
 */
export function mainClauseVerb(key: string): boolean {
	const marked = key
		.replace(/\([^)]*\)/gu, ' ')
		.replace(RELATIVE, ' | ')
		.replace(/\s+/gu, ' ');
	const head = marked.split(RESTRICTION)[0];
	const verbs = new RegExp(PRESENT_VERB.source, 'gu');
	for (const m of head.matchAll(verbs))
		if (!/\b(?:and|or)\s+$/u.test(head.slice(0, m.index))) return true;
	return false;
}

/**
 * A gloss that opens on a bare plural noun and its restriction: "tiny air sacs in the lungs …",
 * "finger-like projections in …", "dead hollow tubes that carry …" (gen83: a student's notes
 * gave a plural term's line no card, its class has no "a"). Read as an entry only in a list
 * whose other lines gloss by a class (`classSection`): elsewhere a plural and its preposition
 * open a claim as often ("knights from France joined …", which `verblessClaim` refuses too).
 */
export const BARE_PLURAL =
	/^(?:[\p{Ll}-]+\s+){0,3}?\p{Ll}{3,}s(?<!ss|us|is)\s+(?:in|on|of|at|from|inside|within|between|that|which|where|with|found|made|used)\s/u;

/**
 * A term that reads as a plural: its last word ends in "-s" (not "-ss", "-us", "-is"), "-a", "-i"
 * or "-ae" ("Receptors", "Stomata", "Villi"). A singular term's bare "-s" gloss is a clause whose
 * verb a tagger reads as a plural noun ("Diode: current flows in one direction only").
 */
export const PLURAL_TERM = /(?:\p{Ll}{2}s(?<!ss|us|is)|\p{Ll}(?:a|i|ae))$/u;
