/**
 * Which article a question puts before a list's term, and whether its verb agrees (blind checks
 * H32 S08 "what do the managed realignment do?" and H33 S09/S15 "what does producer do?", all
 * three reviewers; gen84, issue 12). Rules of English, not of one handout. Pure.
 */

/** "a" or "an" before a word, by its first sound: "an enzyme", "a unit", "an hour", "a one-way …". */
export function indefiniteArticle(word: string): 'a' | 'an' {
	const w = word.toLowerCase();
	if (/^(?:hour|honest|honou?r|heir)/u.test(w)) return 'an';
	if (/^(?:uni|use|usu|ure|uto|eu|ewe|one|once|ubi)/u.test(w)) return 'a';
	return /^[aeiou]/u.test(w) ? 'an' : 'a';
}

/**
 * A count noun that names an agent or a member ("producer", "decomposer", "receptor", "pollinator",
 * "predator", "carnivore", "herbivore", "parasite", "solvent", "consumer"): asked of one of its
 * kind, "what does a producer do?".
 */
const AGENT = /(?:er|or|ist|ant|ent|ive|ivore|ian|cyte|phage|troph)$/u;

/**
 * A substance or a mass noun ("amylase", "insulin", "glucose", "chlorophyll", "oxygen",
 * "cellulose", "haemoglobin"): asked bare, "what does amylase do?".
 */
const SUBSTANCE =
	/(?:ase|(?<=\p{L}{3})(?:lin|rin|sin|tin|bin|nin)|ine|ose|yll|ol|gen|ide|ate|ium|sterone|ene|acid)$/u;

/**
 * An abstract noun of a process or a state ("lubrication", "erosion", "management",
 * "photosynthesis"): a mass noun, asked bare whatever the handout writes ("what does erosion do?").
 */
const ABSTRACT = /(?:tion|sion|ment|ance|ence|ism|ity|ness|sis|ing)$/u;

/**
 * Plural endings of nouns borrowed from Latin or Greek ("mitochondria", "bacteria", "villi",
 * "algae", "stomata"): plural only when the gloss's verb says so ("trachea carries …" is one).
 */
const LATIN_PLURAL = /(?:ia|ae|i|a)$/u;

/**
 * How a question names a list's one-word or longer term in "what does … do?": `noun` with its
 * article and `verb` agreeing, or undefined when the term's form and its gloss's verb disagree
 * (a singular noun "managed realignment" glossed "let the coastline move back": the line is a
 * strategy's instruction, no thing that does something) and no frame reads right.
 * - `term` lower case as the question writes it; `pluralVerb` true when the gloss opens on a
 *   plural verb ("contain …"); `definite` true when the handout writes the term with an article
 *   elsewhere, or it has several words.
 * - A plural term ("-s", a Latin plural) takes "the" when definite, none otherwise, and "do".
 * - A singular abstract noun (`ABSTRACT`) none; else "the" when definite; else an agent noun (`AGENT`) takes "a"/"an", a substance
 *   (`SUBSTANCE`) none, and any other word "the" (a part: "what does the nucleus do?").
 */
export function askedNoun(
	term: string,
	pluralVerb: boolean,
	definite: boolean,
	singularInS: boolean
): { noun: string; verb: 'do' | 'does' } | undefined {
	const last = term.split(/\s+/u).at(-1) ?? term;
	const sForm = /(?<![su])s$/u.test(last) && !singularInS;
	const plural = sForm || (pluralVerb && LATIN_PLURAL.test(last));
	if (pluralVerb && !plural) return undefined;
	if (plural) return { noun: definite ? `the ${term}` : term, verb: 'do' };
	if (ABSTRACT.test(last)) return { noun: term, verb: 'does' };
	if (definite) return { noun: `the ${term}`, verb: 'does' };
	if (AGENT.test(last) && !SUBSTANCE.test(last))
		return { noun: `${indefiniteArticle(term)} ${term}`, verb: 'does' };
	if (SUBSTANCE.test(last)) return { noun: term, verb: 'does' };
	return { noun: `the ${term}`, verb: 'does' };
}
