import type { ArticleView, Idea } from './ideas';

/**
 * Prompts whose frame reads wrongly: cut at a degree word, a year of an unnamed work, a "the X
 * that … the Y" back-reference; a framed sentence's stray capital and a suffix accepted alone
 * mended.
 *
 * Blind check H28 (`questions/unseen/review-2027-02-04/`) rejected drafts, handled as kinds
 * whichever kind drafted them (gen75, issue 12). Pure.
 * - `degreeCut`: a prompt that stops at a degree word whose complement the sentence goes on
 *   with ("Who built ladders long enough?" of "… long enough to reach the roof"; S52).
 * - `unnamedWorkYear`: a year asked of publishing an unnamed work ("In ____, X published a
 *   book about …", "… published a design for …"; S02, S20: minor years). A named work or a
 *   theory stays.
 * - `frameCased`: a sentence or list line set inside a frame keeps no opening capital of its
 *   own ("What is Raising bees called?", "In ____, The Arrow reached …"; S53, S55).
 * - `definiteBackReference`: "What is the X that … the Y called?", a thing defined by a clause
 *   that names another definite common noun ("the rock that contains the metal": which metal?
 *   The handout's sentence before; S26). "a room with a hole that lets in the light" stays.
 * - `suffixAccepted`: a generation or regnal suffix alone ("II", "Jr") is no typed answer for a
 *   name (S14).
 */

/** A prompt or statement that ends at a degree word: "… strong enough?", "… too heavy.". */
const DEGREE_END = /\b(enough|(?:too|so)\s+\p{L}+)\s*[?.]$/iu;

/** True when the prompt stops at a degree word the sentence completes ("enough to …"). */
export function degreeCut(prompt: string, sentence: string): boolean {
	const end = DEGREE_END.exec(prompt.trim());
	if (!end) return false;
	const words = end[1].split(/\s+/u).join(String.raw`\s+`);
	return new RegExp(String.raw`\b${words}\s+(?:to|that|for)\b`, 'iu').test(sentence);
}

/** "In ____, … published a/an …": a year asked of publishing a work the sentence does not name. */
const UNNAMED_WORK_YEAR = /^In\s+_{2,},?\s.*\bpublished\s+an?\s/u;

/** True when a year question asks when an unnamed work was published (a minor year). */
export function unnamedWorkYear(prompt: string): boolean {
	return UNNAMED_WORK_YEAR.test(prompt);
}

/** "What is the <noun> that/which/who/where … the <lower-case noun> … called?" */
const DEFINITE_BACK =
	/^(?:.*,\s+)?[Ww]hat\s+(?:is|are|was|were)\s+the\s+[\p{Ll}\s-]+?\s+(?:that|which|who|where)\s+[^?]*?\bthe\s+\p{Ll}[^?]*\bcalled\?$/u;

/** True when a "called" question's thing and a noun in its clause are both definite (see above). */
export function definiteBackReference(prompt: string): boolean {
	return DEFINITE_BACK.test(prompt);
}

/** A regnal or generation suffix: no name alone. */
const NAME_SUFFIX = /^(?:[IVX]+|Jr\.?|Sr\.?|Junior|Senior)$/u;

/** True when `form`, an accepted short form of a name, is only its suffix ("II", "Jr."). */
export function suffixAccepted(form: string): boolean {
	return NAME_SUFFIX.test(form.trim());
}

/** A frame's opening, then a capitalised word that opened the sentence or list line it holds. */
const FRAMED = /^((?:In\s+_{2,},?\s+)|(?:What\s+(?:is|are|was|were)\s+))(\p{Lu}\p{Ll}+)(?=\s)/u;

/** Articles: they open a sentence capitalised and are no name's first word alone. */
const ARTICLE = /^(?:The|A|An)$/u;

/**
 * `prompt` with the capital of the sentence it frames lowered, when that word is "The"/"A"/"An"
 * and no name in the article opens with it mid-sentence ("called The Blue Danube" keeps "The"),
 * or a gerund before a lower-case word ("Raising bees"). Unchanged otherwise.
 */
export function frameCased(prompt: string, article: Pick<ArticleView, 'sentences'>): string {
	const m = FRAMED.exec(prompt);
	// "What is X?" asks a name; only "What is <a sentence's subject> called?" frames a sentence.
	if (!m || (!m[1].startsWith('In') && !/\bcalled\?$/u.test(prompt))) return prompt;
	const [, frame, word] = m;
	const rest = prompt.slice(m[0].length);
	if (ARTICLE.test(word)) {
		const next = /^\s+\*?(\p{Lu}[\p{L}’'-]*)/u.exec(rest)?.[1];
		const named =
			next !== undefined &&
			article.sentences.some((s) =>
				new RegExp(String.raw`\p{Ll}[,;]?\s+\*?${word}\s+\*?${next}\b`, 'u').test(s.text)
			);
		if (named) return prompt;
	} else if (!/^\s+\p{Ll}/u.test(rest)) {
		// "What is Green Jacket Shoal?": a capitalised run is a name.
		return prompt;
	} else if (!/^\p{Lu}\p{Ll}{2,}ing$/u.test(word)) {
		// Only a gerund opening an activity ("Raising bees …") is lowered: "In ____, Labour won …"
		// and "Congress passed …" open with a name the corpus may also write in lower case.
		return prompt;
	}
	return frame + word.toLowerCase() + rest;
}

/** True when the drafted card is one H28's reviewers rejected as a kind (see the module's comment). */
export function promptFrameRefuses(idea: Idea): boolean {
	return (
		degreeCut(idea.prompt, idea.sentence.text) ||
		unnamedWorkYear(idea.prompt) ||
		definiteBackReference(idea.prompt)
	);
}

/** `idea` with its frame's stray capital lowered and name suffixes no longer accepted. */
export function promptFrameMended(idea: Idea, article: ArticleView): Idea {
	const prompt = frameCased(idea.prompt, article);
	const accept = idea.accept?.filter((form) => !suffixAccepted(form));
	return {
		...idea,
		prompt,
		...(idea.accept && { accept })
	};
}
