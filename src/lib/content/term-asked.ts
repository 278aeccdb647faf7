import { foldText } from '$lib/text/fold';
import { shorten } from '$lib/text/shorten';

/**
 * A document's frame before the question (`generator/document-frame.ts`): "In the handout
 * “<title>”, ", "In the revision notes “<title>”, ", "In “<title>”, ".
 */
const FRAME = /^In\s+(?:the\s+\p{L}+(?:\s+\p{L}+)?\s+)?“[^”]*”,\s*/u;

/** "What is meant by the term “diffusion”?" (the generator's definition card), term in group 1. */
const MEANT_BY =
	/^What\s+is\s+meant\s+by\s+(?:the\s+(?:term|word|phrase|expression)\s+)?[“"]([^”"]+)[”"]\s*\?$/iu;

/**
 * The front of a definition card for `term`, the one builder of it: the generator's glossary
 * cards (`idea-glossary.ts`, `revision-list.ts`, `idea-named-called.ts`) and the Review drafts
 * screen (`skipped-lines.ts`) ask it so: "catalyst" → "What is meant by the term “catalyst”?".
 * `quotedTermAsked` reads it back. The term is used as given, trimmed.
 */
export function meantByTerm(term: string): string {
	return `What is meant by the term “${term.trim()}”?`;
}

/**
 * The term a definition card names in quotes: "What is meant by the term “diffusion”?" →
 * "diffusion", in a handout's frame too ("In the handout “Photosynthesis…”, what is meant by
 * the term “chloroplast”?" → "chloroplast"). Undefined for any other prompt. The Quizlet export
 * writes this as the term, so a set reads "chloroplast → The organelle…", not the whole prompt
 * (outsider teacher, session 34).
 */
export function quotedTermAsked(prompt: string): string | undefined {
	return MEANT_BY.exec(prompt.trim().replace(FRAME, ''))?.[1].trim() || undefined;
}

/**
 * The term a question asks the meaning of, in every shape the generator asks one: "What is a
 * meander?" → "meander", "What does erosion mean?" → "erosion", "What is meant by the term
 * “diffusion”?" → "diffusion" (`quotedTermAsked`), "What is respiration in biology?" →
 * "respiration" (a field the generator adds, `idea-field.ts`, `idea-term.ts`, when `sentence`
 * names the term without it). Undefined when the prompt asks for the term itself ("What is a
 * bend in a river called?", "What is the name for …?") or is no such question. The outsider
 * teacher read "Tests the term: A bend in a river channel" (2026-12-03); a student, session 34,
 * "Tests the term: The net movement of particles …" on every framed card ("what is meant by the
 * term" was read as no term question at all).
 */
export function termAskedAbout(prompt: string, sentence: string): string | undefined {
	const quoted = quotedTermAsked(prompt);
	if (quoted) return quoted;
	const asked = prompt.trim().replace(FRAME, '');
	const m =
		/^(?:What|Who)\s+(?:is|are|was|were)\s+(.+?)\s*\?$/iu.exec(asked) ??
		/^What\s+(?:does|do|did)\s+(.+?)\s+(?:mean|refer\s+to)\s*\?$/iu.exec(asked);
	if (
		!m ||
		/^meant\s+by\b/iu.test(m[1]) ||
		/\s(?:called|named|known\s+as)$/u.test(m[1]) ||
		/^the\s+(?:name|term|word)\s+for\b/iu.test(m[1])
	)
		return undefined;
	return withoutField(m[1].replace(/^(?:a|an)\s+/iu, ''), sentence);
}

/**
 * `term` without the field the generator asked it in ("respiration in biology" → "respiration")
 * when `sentence` names the term but not with the field; as it is otherwise ("a change in
 * state", which the sentence names whole).
 */
function withoutField(term: string, sentence: string): string {
	const at = term.lastIndexOf(' in ');
	const text = foldText(sentence);
	if (at <= 0 || text.includes(foldText(term))) return term;
	const bare = term.slice(0, at);
	return text.includes(foldText(bare)) ? bare : term;
}

/**
 * How a message names a card (Study's Undo, bury and suspend notices, `srs/session.ts`), in
 * quotes and at most `max` characters inside them: a definition card by its term
 * ("“nucleus”", `quotedTermAsked`), any other by its prompt without a document's frame ("In
 * the handout “…”, which …?" → "“Which …?”"), shortened (`shorten`). A student from Anki read
 * every card of her handout named by the same cut frame, "“In the handout “GCSE Chemistry – …"
 * (session 37).
 */
export function cardName(prompt: string, max = 80): string {
	const term = quotedTermAsked(prompt);
	if (term) return `“${shorten(term, max)}”`;
	const bare = prompt.trim().replace(FRAME, '');
	return `“${shorten(bare.charAt(0).toUpperCase() + bare.slice(1), max)}”`;
}
