/**
 * True-or-false statements that point into the handout or are no statement, the kinds blind
 * review H14 (2027-01-21, three reviewers) failed (gen54, issue 12). Each a general rule on the
 * statement's words and the sentences before it; refused, not mended (`truth-refusals.ts`). Pure.
 */

/**
 * A sentence that tells the student to do something: the handout's own exercise ("Give two
 * reasons why …", "Explain how …", "Describe …"), which is neither true nor false (H14 S112).
 */
const EXERCISE =
	/^(?:Give|Explain|Describe|Name|List|State|Outline|Suggest|Compare|Contrast|Discuss|Identify|Assess|Evaluate|Summarise|Summarize|Consider|Imagine|Think|Write|Draw|Find|Choose|Look|Read|Remember|Note|Use|Try|Match|Complete|Label|Sketch|Research)\s/u;

/**
 * Nouns "the" names without pointing anywhere: one of a kind ("the atmosphere", "the world") or
 * a stretch of time or a manner ("the years around 1800", "the way").
 */
const UNIQUE =
	/^(?:world|earth|sun|moon|sky|sea|seas|ocean|oceans|atmosphere|air|weather|public|government|people|population|country|nation|state|past|present|future|time|times|years?|centur(?:y|ies)|decades?|day|days|night|morning|evening|way|end|start|beginning|middle|rest|same|first|last|most|least|other|others|whole|top|bottom|north|south|east|west|centre|center|left|right|war|economy|law|church|crown|army|navy|police|poor|rich|dead|living|young|old|surface|ground|wind|rain|heat|cold|light|dark|dark)$/u;

/**
 * Words after "the x" that tell which x: "the disease of cattle", "the level that …", "the
 * archaeologist Giuseppe Fiorelli", "the 1963 treaty"; a preposition with a date after it ("the
 * disease in November 1802") tells when, not which, so it is not among them.
 */
const TELLS_WHICH =
	/^\s+(?:of|that|which|who|whom|whose|where|called|named|known|\p{Lu}|\d|[“"(])/u;

/** Words that cannot be the head noun of "the …" (a verb or adverb after "the" is no noun). */
const NOT_NOUN = /^(?:most|more|least|less|very|only|same|following|above|below)$/u;

/**
 * True when a statement says "the <noun>" ("the disease", "the level", "the surviving
 * conspirators") that an earlier sentence introduced and the statement does not name: read alone,
 * which disease or level is unknown (H14 S08, S11, S26, S93; the coreference of
 * `coreference.ts`, without its resolution). A lower-case adjective or participle may stand
 * before the noun; a capitalised one names it ("the British government"). `earlier` is the text
 * of the sentences before the statement's, in reading order.
 */
export function pointsBack(statement: string, earlier: string[]): boolean {
	const before = earlier.join(' ').toLowerCase();
	for (const m of statement.matchAll(/\b[Tt]he\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}[\p{Ll}-]*))?/gu)) {
		// Either word may be the head: "the level began" (a verb after it), "the surviving
		// conspirators" (a participle before it).
		// "the earliest patent laws", "the first bridge": a superlative or ordinal tells which.
		if (/(?:est|first|second|third|last|only|next)$/u.test(m[1])) continue;
		const first = m.index + m[0].length - (m[2] ? m[2].length + 1 : 0);
		const heads: [string, number][] = [[m[1], first]];
		if (m[2]) heads.push([m[2], m.index + m[0].length]);
		for (const [head, end] of heads) {
			const rest = statement.slice(end);
			if (TELLS_WHICH.test(rest) || /^[’']s\b/u.test(rest)) break;
			if (UNIQUE.test(head) || NOT_NOUN.test(head) || head.length < 4) continue;
			const stem = head.replace(/(?:ies|es|s)$/u, '');
			if (new RegExp(String.raw`\b${stem}(?:s|es|ies|y)?\b`, 'u').test(before)) return true;
		}
	}
	return false;
}

/** Nouns of a person's life that "his", "her" or "their" leave unowned ("after her death"). */
const OWN_LIFE =
	/\b(?:his|her|their)\s+(?:own\s+)?(?:death|life|birth|marriage|husband|wife|father|mother|son|daughter|children|family|reign|career|funeral|youth|childhood|novels?|books?|letters?|works?)\b/iu;

/**
 * True when a statement leaves a person it speaks of unnamed: "published together shortly after
 * her death" with no person in it (H14 S72). `isPerson` tells a capitalised name a person's.
 */
export function ownerUnnamed(statement: string, isPerson: (name: string) => boolean): boolean {
	if (!OWN_LIFE.test(statement)) return false;
	const names = statement.match(/\p{Lu}[\p{L}’'-]+(?:\s+\p{Lu}[\p{L}’'-]+)*/gu) ?? [];
	return !names.some((n) => isPerson(n));
}

/** True when the "statement" is an exercise of the handout, not a claim (`EXERCISE`). */
export function isExercise(statement: string): boolean {
	return EXERCISE.test(statement);
}
