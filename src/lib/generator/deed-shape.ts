/**
 * Shapes of a deed's object (`idea-deed.ts`) that make "Who …?" unanswerable alone or open to
 * several answers. `relationalObject`: a phrase that is defined only by what the text said before it (gen73, blind review H27, all
 * three reviewers: "Who described patients with the opposite problem?", where "the opposite"
 * is of a case in the sentence before): "the opposite …", "the same …", "a similar …", "the
 * other …", "the reverse", "the former", "the latter", "a different …", "the next …", "the
 * previous …", "another …", "a further …". A question whose asked phrase holds one cannot be
 * read alone. Pure.
 */
const RELATIONAL =
	/\b(?:the\s+(?:opposite|same|other|reverse|former|latter|next|previous|rest|remaining)|(?:an?|the)\s+(?:similar|different|further|second|third)|another|such|likewise)\b/iu;

/** True when `phrase` holds a word that points back to what the text said before it. */
export function relationalObject(phrase: string): boolean {
	return RELATIONAL.test(phrase);
}

/** Judgement words of a ranking: "most loved", "the finest", "best known" ("most of the …" is a share). */
const JUDGED =
	/\b(?:most(?!\s+of\b)|least(?!\s+of\b)|best|finest|greatest|worst|favourite|favorite|famous)\b/iu;

/**
 * True when a deed's object ranks by judgement ("some of the most loved operas of all", "the
 * finest bridges of the age", blind review H27 S13): others the text praises fit it as well.
 * A measured rank ("the tallest tower", "the first engine") is one answer and stays.
 */
export function judgedObject(phrase: string): boolean {
	return JUDGED.test(phrase);
}
