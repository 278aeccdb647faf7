/**
 * A title for a pasted text that has no title line, from what its first sentence defines:
 * "Glaciers are large masses of ice …" → "Glaciers", "The Great Fire of London was a major fire
 * …" → "The Great Fire of London". A teacher pasted a paragraph with no heading and got its
 * first eight words as the course's title ("Glaciers are large masses of ice that…"; outsider
 * teacher, session 22); a notes app would have done the same, but an encyclopedia or textbook
 * paragraph names its subject first, and that is the title a person writes.
 */

/** Words a subject never starts with: pronouns, connectives, prepositions, time words. */
const NOT_A_SUBJECT =
	/^(?:it|its|this|that|these|those|there|here|he|she|they|we|you|i|his|her|their|our|my|your|today|yesterday|tomorrow|now|then|in|on|at|when|after|before|during|although|though|if|since|as|for|by|with|from|while|because|so|but|and|or|yet|also|however|many|most|some|all|each|every|such|one|no)\b/iu;

/**
 * "X is a/an/the/one …", "X are ADJ NOUNS …" (a plural subject with "are" and no participle or
 * adverb after it), "X refers to / is defined as / describes …": the subject is 1–6 words, starts
 * with a capital or digit and holds no comma or sentence mark.
 */
const DEFINING =
	/^([\p{Lu}\p{N}][^\s,.;:!?()]*(?:\s+[^\s,.;:!?()]+){0,5}?)\s+(?:(?:is|was)\s+(?:a|an|the|one)\b|(?:are|were)\s+(?:the|one|two|three|a\s+(?:group|kind|type|family|set)|(?!not\b|also\b|often\b|usually\b|\S+(?:ed|en|ing|ly)\b)\p{Ll}+\s+\p{Ll}+s\b)|refers?\s+to\b|(?:is|are)\s+defined\s+as\b|describes?\b)/u;

/**
 * The subject the text's first sentence defines, as a title ("A corrie is …" → "Corrie"; a
 * leading "A"/"An" dropped, "The" kept), or `undefined` when the sentence defines nothing the
 * rule can see (the caller then titles the text by its first words). Pure.
 */
export function leadTitle(paragraph: string): string | undefined {
	const sentence = paragraph.trim().replace(/\s+/g, ' ');
	const match = DEFINING.exec(sentence);
	if (!match || NOT_A_SUBJECT.test(match[1])) return undefined;
	const subject = match[1].replace(/^(?:a|an)\s+/i, '');
	if (!subject) return undefined;
	return subject.charAt(0).toUpperCase() + subject.slice(1);
}
