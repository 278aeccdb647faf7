import { openingDefinition } from '$lib/generator/definitions';
import { termUnit } from './blank-units';
import { askableTerm, type BlankSpan } from './cloze-kinds';

/**
 * The term a sentence defines, as a blank: shared by the suggested sentences
 * (`suggest-blank.ts`) and the writer's "Suggest a blank" (`cloze-suggest.ts`), so a term one
 * offers the other finds too (the writer said "No … key term found" with "estates" of "known
 * as estates" suggested; outsider teacher, issue 12).
 */

/** Prepositional openings a definition may follow: "In Europe, mercantilism was a …". */
const OPENING_PHRASE =
	/^(?:In|During|By|From|Under|At|For|Since|After|Before|Throughout|Within|Across|Among|Until|Around)\s[^,]{1,60},\s+/u;

/**
 * "… known as X", "… is called X", "… was later named X", "a liquid called X", "a composite
 * volcano, also called X": X up to five words, before punctuation or a clause; never "called
 * her", "named after".
 */
const KNOWN_AS_TERM =
	/\b(?:(?:also |commonly |widely |now |later )?known as|(?:is|are|was|were|became)\s+(?:later\s+|then\s+|first\s+|also\s+|now\s+)?(?:called|named)|(?<=\b[Aa]n?\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+,?\s+)(?:also\s+|sometimes\s+|often\s+|usually\s+)?called)\s+(?!(?:her|him|his|them|their|it|its|me|us|my|our|after|for|on|off|out|up|back)\b)(?:the\s+|an?\s+)?[“"‘']?(\p{L}[\p{L}'’-]*(?:\s+[\p{L}'’-]+){0,4}?)[”"’']?(?=\s*(?:[,.;:()]|$)|\s+(?:and|or|in|by|after|because|which|that|from|for|to|since|until|when|while|with)\b)/u;

/**
 * A school definition by what happens: "Attrition is when stones …", "A confluence is where two
 * rivers meet" (the generator's `openingDefinition` reads "X is a …" only, so the outsider
 * teacher's "Attrition" had no suggestion and no wrong choices, 2026-12-03): X, one to four words.
 */
const WHEN_DEFINITION =
	/^((?:(?:A|An|The)\s+)?\p{L}[\p{Ll}'’-]+(?:\s+[\p{Ll}'’-]+){0,3})\s+(?:is|are|was|were)\s+(?:when|where)\s/u;

/**
 * A plural definition by kind: "Groynes are wooden barriers built at right angles …",
 * "Composite volcanoes are steep-sided cones built from …" (an outsider's coasts handout had only
 * four suggestions: its definitions were plural, docs30): X, one to three words, the kind a
 * plural noun qualified after it.
 */
const PLURAL_DEFINITION =
	/^(\p{Lu}[\p{Ll}'’-]*(?:\s+[\p{Ll}'’-]+){0,2}?s)\s+are\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{3,}s\s+(?:that|which|who|where|built|made|formed|found|used|placed|designed|of|with|for)\b/u;

/**
 * The term a sentence defines, as a span of `text`: X of "X is a …" (also after an opening
 * phrase, "In Europe, mercantilism was a policy …"), of "X is when …" (`WHEN_DEFINITION`), or of
 * "… known as X" / "… is called X", of a plural "Xs are Ys that …" (`PLURAL_DEFINITION`);
 * only when askable (`askableTerm`). Undefined when the sentence defines nothing.
 */
export function definedSpan(text: string): BlankSpan | undefined {
	const opening = OPENING_PHRASE.exec(text)?.[0] ?? '';
	for (const from of opening ? [0, opening.length] : [0]) {
		const rest = text.slice(from);
		const name = definedName(openingDefinition(rest.charAt(0).toUpperCase() + rest.slice(1))?.name);
		if (name)
			return wrappedTerm(
				text,
				withoutArticle(text, { start: from, end: from + name.length, kind: 'a key term' })
			);
	}
	const school = WHEN_DEFINITION.exec(text);
	if (school && askableTerm(school[1]) && !/\d/u.test(school[1]))
		return withoutArticle(text, { start: 0, end: school[1].length, kind: 'a key term' });
	const plural = PLURAL_DEFINITION.exec(text);
	if (plural && askableTerm(plural[1]))
		return withoutArticle(text, { start: 0, end: plural[1].length, kind: 'a key term' });
	const known = KNOWN_AS_TERM.exec(text);
	// The named term alone, not the verb after it ("called the Directory ruled France").
	const term = known && termUnit(known[1]);
	if (!known || !term || !askableTerm(term) || /\d/u.test(term)) return undefined;
	const start = known.index + known[0].lastIndexOf(known[1]);
	return { start, end: start + term.length, kind: 'a key term' };
}

/**
 * The term of "X is a …" that a student could be asked for, or undefined: not when X is set in
 * time ("London in 1666 was a crowded city": a scene, not a term), and without the place that
 * follows a name ("Mauna Loa in Hawaii is the largest …" defines "Mauna Loa").
 */
function definedName(name: string | undefined): string | undefined {
	if (!name || /\d/u.test(name)) return undefined;
	// "The discharge of a river is …" defines "discharge": "of a river" says whose, and a
	// student who typed "discharge" was marked wrong against "discharge of a river" (outsider
	// teacher, session 23). Only "of a/an" + one word: "the speed of light", "the source of the
	// Nile" stay whole.
	const placed = name.replace(/\s+(?:in|at|near|on)\s+(?:the\s+)?\p{Lu}.*$/u, '');
	const named = placed.replace(/\s+of\s+an?\s+\p{Ll}[\p{Ll}'’-]*$/u, '');
	// "The discharge" alone would point into the text ("The participants": whose?), but here the
	// sentence said whose: any river's.
	if (named !== placed) return askableTerm(named.replace(/^The\s+/u, '')) ? named : undefined;
	return askableTerm(named) ? named : undefined;
}

/**
 * "A shield volcano" → "shield volcano": a common noun's article stays in the prompt ("A ____ has
 * gentle slopes"), so the blank asks for the term, not the sentence's opening words. A name's
 * "The" ("The Great Fire of London") is part of it and stays hidden.
 */
export function withoutArticle(text: string, span: BlankSpan): BlankSpan {
	const article = /^(?:the|an?)\s+(?=\p{Ll})/iu.exec(text.slice(span.start, span.end));
	return article ? { ...span, start: span.start + article[0].length } : span;
}

/**
 * A measure of a thing ("size", "amount", "value", "strength", "number"): the word a subject
 * wraps round the term it is about ("The size of the current is the rate of flow of charge").
 */
const WRAPPER =
	/^(?:size|amount|value|magnitude|strength|level|number|quantity)\s+of\s+(?:the\s+|an?\s+)?(?=\p{Ll})/u;

/**
 * "size of the current" → "current": the term the sentence is about, not the phrase its subject
 * wraps it in ("The ____ is the rate of flow of charge" asked for "size of the current", a key no
 * student writes; outsider teacher, session 36). The prompt keeps "The size of the ____".
 */
function wrappedTerm(text: string, span: BlankSpan): BlankSpan {
	const wrapper = WRAPPER.exec(text.slice(span.start, span.end));
	return wrapper ? { ...span, start: span.start + wrapper[0].length } : span;
}
