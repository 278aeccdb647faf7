/**
 * A key that says what a collective body is made of: "a medieval commercial and defensive
 * network of merchant guilds and market towns in Central and Northern Europe". It has no verb,
 * so `classOnly` read it as a bare class and the outsider's Hanseatic League article gave no
 * draft (issue 12); but its members set it apart from other networks as a clause would, where
 * "a species of fungus in the genus Aspergillus" or "a Soviet foreign policy" name a class
 * only. Pure.
 */

/** Heads of a body made of members: a league of towns, an alliance of states. */
const COLLECTIVE =
	/\b(?:network|league|alliance|confederation|confederacy|federation|union|association|coalition|consortium|bloc|cartel|syndicate)\s+of\s+(.+)$/u;

/** A plural member noun: "guilds", "city-states", "towns" (not "-ss": "business", "glass"). */
const PLURAL = /^\p{Ll}[\p{Ll}-]{2,}[^s]s$/u;

/**
 * True when an indefinite key's head is a collective body ("network", "league", "alliance" …)
 * followed by "of" and its members in the plural, at least two content words of them
 * ("of merchant guilds and market towns"). Such a key says what the body is made of.
 */
export function namesMembers(key: string): boolean {
	const match = COLLECTIVE.exec(key.replace(/\s*\([^()]*\)/gu, ''));
	if (!match) return false;
	const members = match[1].split(/\s+/u).filter((w) => !/^(?:the|a|an|and|or|of|in)$/u.test(w));
	return members.length >= 2 && members.some((w) => PLURAL.test(w));
}

/** Plural nouns that count or sort rather than say what a thing is ("parts of", "types of"). */
const NO_GENUS =
	/^(?:parts|types|kinds|sorts|forms|sets|lots|dozens|hundreds|thousands|millions|tens|series|species|examples|members|ones|terms|names|things|cases|means|ways|days|years|months|weeks|hours|minutes|centuries|decades|less|unless)$/u;

/**
 * True when a bare plural predicate names a genus and what it is made of: "Cathode rays are
 * streams of electrons observed in vacuum tubes" ("streams of"). A plural subject takes no
 * "a", so the lead kind's "X is a Y" missed it (issue 12, recall on the burned set); counts and
 * sorts ("parts of", "types of", "thousands of") are no genus, and `classOnly` still refuses a
 * key that names a class only ("groups of stars").
 */
export function pluralGenus(predicate: string): boolean {
	const match = /^(\p{Ll}[\p{Ll}-]+s)\s+of\s+\S/u.exec(predicate) ?? pluralWithModifier(predicate);
	return !!match && !/(?:ss|us|is|ys)$/u.test(match[1]) && !NO_GENUS.test(match[1]);
}

/** Words before a plural head that make it no genus: quantifiers, determiners, adverbs. */
const NOT_ATTRIBUTE =
	/^(?:various|many|several|some|all|most|other|different|numerous|certain|such|its|his|her|their|our|these|those|always|also|often|usually|generally|typically|mostly|mainly|largely|still|now|thus|perhaps|sometimes|not|only|just|very|more|less|the|a|an)$/u;

/**
 * "Geckos are lizards belonging to the infraorder Gekkota …", "Tarns are small lakes found in
 * …" (gen22b, recall on random articles): a plural head after at most two attributes, then a
 * participle or a relative clause that sets it apart. The head's match, or null.
 */
function pluralWithModifier(predicate: string): RegExpExecArray | null {
	const m =
		/^((?:\p{Ll}[\p{Ll}-]+\s+){0,2})(\p{Ll}[\p{Ll}-]+s)\s+(?:belonging|found|native|living|that|which|who|whose|consisting|characteri[sz]ed)\s+\S/u.exec(
			predicate
		);
	if (!m || m[1].split(/\s+/u).some((w) => NOT_ATTRIBUTE.test(w) || /(?:ly|ed|ing)$/u.test(w)))
		return null;
	return /^(\p{Ll}[\p{Ll}-]+s)$/u.exec(m[2]);
}
