/**
 * The article's subject named again where a sentence only points at it: "It was conducted in
 * 1952" → "The Miller–Urey experiment was conducted in 1952", "The experiment supported …" →
 * "The Miller–Urey experiment supported …". A lifted sentence is readable alone only when what
 * it is about is named (rubric criterion 3); an encyclopedia article names its subject once and
 * then says "it", "she" or "the company". Deliberately narrow, as in the first step of Hobbs's
 * (1978) and Lappin & Leass's (1994) pronoun resolution: only a pronoun that is the sentence's
 * grammatical subject, before any other name, of the right gender, right after a sentence about
 * the subject. Anything less certain stays unresolved and unasked.
 */

/** How an article refers to its subject. */
export interface SubjectReference {
	/** The name as the opening definition gives it ("the Miller–Urey experiment"). */
	name: string;
	/** The pronoun that stands for it: "it" for a thing, "he" or "she" for a person. */
	pronoun: 'it' | 'he' | 'she';
	/** Nouns that stand for it after "The" ("experiment", "disease", "battle"), lower case. */
	heads: string[];
}

const STOP_HEAD =
	/^(?:in|of|on|at|for|from|with|by|to|that|which|who|whose|and|or|but|as|known|located|based|founded|made|where|when|during|between|near)$/;

/**
 * The noun the opening definition's predicate is about: "a viral disease that …" → "disease",
 * "a major English victory in …" → "victory"; the last word before a preposition, a relative
 * pronoun, "and" or a comma. Undefined when none.
 */
export function predicateHead(predicate: string): string | undefined {
	const head = /^(?:a|an|the|one of the)\s+([^,;()]+)/iu.exec(predicate)?.[1] ?? '';
	const kept: string[] = [];
	for (const word of head.split(/\s+/)) {
		if (STOP_HEAD.test(word.toLowerCase())) break;
		kept.push(word);
	}
	const last = kept.at(-1)?.replace(/[^\p{L}-]/gu, '');
	return last && /^\p{Ll}/u.test(last) ? last : undefined;
}

/**
 * The subject reference of a document from its opening definition ("X is a Y …"): `name` X,
 * `heads` the last word of X when common ("experiment") and Y's head noun ("disease");
 * `pronoun` from the lead: "she"/"he" when the lead says it more often than "it".
 */
export function subjectReference(name: string, predicate: string, lead: string): SubjectReference {
	const count = (re: RegExp) => (lead.match(re) ?? []).length;
	const she = count(/\b(?:she|her|hers)\b/giu);
	const he = count(/\b(?:he|his|him)\b/giu);
	const it = count(/\b(?:it|its)\b/giu);
	const head = predicateHead(predicate);
	// "X is the first novel by …": a work is "it", however often its lead says "he" of its author
	// (blind check H19 S64: "In 1983 he was awarded the Nobel Prize" became the novel's prize).
	const work = head !== undefined && WORK_HEAD.test(head);
	const pronoun = work ? 'it' : she > it && she >= he ? 'she' : he > it ? 'he' : 'it';
	const heads = new Set<string>();
	const last = name.split(/\s+/).at(-1) ?? '';
	if (/^\p{Ll}+$/u.test(last)) heads.add(last);
	if (head && pronoun === 'it') heads.add(head);
	return { name: name.replace(/^The\s/u, 'the '), pronoun, heads: [...heads] };
}

/** Heads of a made thing, never a person: a work, a building, a machine. */
const WORK_HEAD =
	/^(?:novel|novella|book|poem|play|film|movie|song|album|symphony|opera|painting|sculpture|statue|story|series|epic|essay|treatise|manuscript|building|bridge|tower|cathedral|church|temple|palace|castle|ship|machine|engine|device|instrument)$/u;

/** What follows an empty "it": a verb of being or seeming, then "that", "to", "until"… */
const EXPLETIVE =
	/^(?:is|was|has been|had been|will be|would be|may be|might be|could be|seems|seemed|appears|appeared|became|becomes|takes|took|remains|remained)\s+(?:[\p{L}-]+\s+){0,4}?(?:that|to|until|when|whether|how|why|who|which)\b/u;

function capitalise(text: string): string {
	return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * `text` with its reference to the subject named, or undefined when it makes none this module
 * resolves: a sentence opening (after an optional phrase and comma, "In 1865, she …") with the
 * subject's pronoun, before any other capitalised name; or opening "The <head>" not followed
 * by "of" ("The experiment supported …").
 */
export function resolveSubject(text: string, ref: SubjectReference): string | undefined {
	const pronoun = new RegExp(
		String.raw`^((?:[^,]{1,80},\s+)?)(${ref.pronoun})\s+(?=\p{Ll})`,
		'iu'
	).exec(text);
	if (pronoun) {
		const opening = pronoun[1];
		// "it was confirmed that …", "it was not until 1630 that …": an empty "it", no subject.
		if (ref.pronoun === 'it' && EXPLETIVE.test(text.slice(pronoun[0].length))) return undefined;
		// A name in the opening phrase may be whom the pronoun means ("After Miller's death, he …").
		if (/(?<!^)\b\p{Lu}/u.test(opening.replace(/^\p{Lu}/u, ''))) return undefined;
		const name = opening ? ref.name : capitalise(ref.name);
		return `${opening}${name} ${text.slice(pronoun[0].length)}`;
	}
	for (const head of ref.heads) {
		const the = new RegExp(String.raw`^The\s+${head}\s+(?!of\b)`, 'u').exec(text);
		if (the) return `${capitalise(ref.name)} ${text.slice(the[0].length)}`;
	}
	return undefined;
}

/** True when `text` names the subject in its first five words (or opens by resolving to it). */
export function opensWithSubject(
	text: string,
	ref: SubjectReference,
	terms: Set<string>,
	words: (t: string) => string[]
): boolean {
	return (
		words(text)
			.slice(0, 5)
			.some((w) => terms.has(w)) || resolveSubject(text, ref) !== undefined
	);
}
