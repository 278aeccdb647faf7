import type { Idea } from './ideas';

/**
 * A statement or prompt that names its thing only by a general noun an earlier sentence gave a
 * name to, or places it against an earlier one (blind review H12, 2027-01-19, all three
 * reviewers on each): "… took over in 1905 and led the project to completion." (the Panama
 * Canal, S08), "The Thai authorities closed the bay in 2018 …" (Maya Bay, S23), "Yellow fever
 * was eliminated from the area by 1906 …" (S35), "Zimmermann sent the message …" (the telegram,
 * S58), "… tested the idea for sound …" (the Doppler effect, S85), "… had the radical leaders
 * arrested." (the Gang of Four, S80), "A later pretender, Perkin Warbeck, …" (later than Lambert
 * Simnel, S37). The student sees only the card. gen43 tried every definite noun whose noun an
 * earlier sentence names and dropped it ("the speaker", "the cell" are generic: 64 accepting
 * verdicts, 38 rejecting); these are the general nouns that never name a thing of their own, and
 * only where nothing after them says which ("the area of the lake", "the project called X",
 * "the bay, Maya Bay" pass). Pure.
 */

/** General ("shell") nouns that stand for a thing named elsewhere, with an optional adjective. */
const GENERAL_NOUN =
	/\b[Tt]he\s+(?:(?:radical|new|whole|entire|original|main)\s+)?(?:project|scheme|plan|proposal|message|idea|concept|area|region|zone|district|bay|leaders|radicals|rebels)\b(?!\s+(?:of|for\s+(?:a|an|the)|that|which|who|whose|where|called|known|named)\b)(?!\s+\p{Lu})(?!,\s+\p{Lu}\p{Ll})/u;

/** "A later pretender", "an earlier attempt", "the previous record": later than what? */
const RELATIVE_TO_UNSEEN =
	/\b(?:[Aa]\s+later|[Aa]n\s+earlier|[Tt]he\s+previous|[Aa]nother)\s+\p{Ll}/u;

/** True when `text` names a thing only by a general noun or places it against an unseen one. */
export function pointsBack(text: string): boolean {
	return GENERAL_NOUN.test(text) || RELATIVE_TO_UNSEEN.test(text);
}

/** "Henry VI", "Henry Tudor": a given name, then a surname or a regnal number. */
const FULLER = (given: string) =>
	new RegExp(`\\b${given}\\s+((?:[IVX]+\\b)|(?:\\p{Lu}\\p{Ll}+))`, 'gu');

/**
 * The given name `text` uses bare ("Henry landed at Milford Haven …", H12 S102, all three
 * reviewers: the handout names Henry IV, V, VI and VII and Henry Tudor) when `document` gives it
 * to two or more people by a fuller name, one a ruler's ("Henry VI", "Henry Tudor"); else
 * undefined. Only a clause's subject: a name the text writes in full, or a word after another
 * capitalised word, is no bare name.
 * gen43's `unseen-referent.ts` says a bare surname in full; a given name shared by several
 * people has no one full form, so the card is refused.
 */
export function bareSharedGivenName(text: string, document: string): string | undefined {
	// The name as a clause's subject: a capitalised word no capitalised word or "the" comes
	// before, then a lower-case word (its verb; "Alfonso the Magnanimous" is a full name).
	const subject =
		/(?<!(?:\p{Lu}[\p{L}'’.-]*|\b[Tt]he)\s)\b(?!(?:What|Who|When|Where|Which|How|Why)\b)(\p{Lu}\p{Ll}{2,})\s+(?!(?:the|of)\b)(?=\p{Ll})/gu;
	for (const m of text.matchAll(subject)) {
		const given = m[1];
		const people = new Set([...document.matchAll(FULLER(given))].map((f) => f[1]));
		// A ruler's name: one of them at least has a regnal number ("Henry VI"); "Hong" of two
		// brothers Hong Xiuquan and Hong Rengan reads as one person to a student of the handout.
		if (people.size >= 2 && [...people].some((p) => /^[IVX]+$/u.test(p))) return given;
	}
	return undefined;
}

/**
 * Pointers blind reviews H16 and H17 failed (gen61): "other towns along the Loire" (other than
 * the ones an earlier sentence named; "and other towns" ends a list and stays, and "after other
 * member states criticised …" opens a clause whose "other" is the sentence's own subject's
 * peers), "Zhu Di won and
 * took the throne" (won what? the war of the sentence before; "won the war" carries it).
 */
const OTHER_UNSEEN =
	/(?<!\b(?:and|or|many|some|several|among|each|no|any|all|the|of|than|after|before|when|while|because|until|since|as|where|if)\s)\bother\s+(?:\p{Ll}+\s+)?\p{Ll}{3,}s\b(?!\s+than\b)/u;
const ABSOLUTE_WIN = /\b(?:won|lost)(?=\s*(?:[,.;:]|$)|\s+and\s+\p{Ll})/u;

/**
 * The possessive of a bare name the handout writes in full elsewhere and bare at most twice
 * ("Saskia van Uylenburgh, Hendrick's cousin", H16 S54: the handout's "art dealer Hendrick van
 * Uylenburgh" is two paragraphs earlier). A name the handout writes bare often (its subject,
 * "Rembrandt's") is known to its student; a name followed by another capitalised word is whole.
 */
export function bareOwner(text: string, document: string): string | undefined {
	for (const m of text.matchAll(/(?<!\p{Lu}[\p{L}'’.-]*\s)\b(\p{Lu}\p{Ll}{2,})['’]s\s+\p{Ll}/gu)) {
		const name = m[1];
		const fuller = new RegExp(
			`\\b${name}\\s+(?:(?:van|von|de|da|di|der|del|la|le)\\s+)?\\p{Lu}\\p{Ll}`,
			'u'
		);
		if (!fuller.test(document) || fuller.test(text)) continue;
		const bare = document.match(
			new RegExp(`\\b${name}\\b(?!\\s+(?:(?:van|von|de|da|di|der|del|la|le)\\s+)?\\p{Lu})`, 'gu')
		);
		if ((bare?.length ?? 0) <= 2) return name;
	}
	return undefined;
}

/**
 * What a story's name stands for, said without the story ("The Rebellion stands for the Russian
 * Revolution of 1917." in a handout on Animal Farm, H17 S27, two of three reviewers: the
 * handout's short name for the book's event is no name a student can place). True when a
 * statement says what a name stands for, represents or symbolises and names no word of `title`.
 */
export function symbolWithoutWork(text: string, title: string): boolean {
	if (!/\b(?:stands?\s+for|represents?|symboli[sz]es?|is\s+an\s+allegory\s+of)\b/u.test(text))
		return false;
	const own = title
		.toLowerCase()
		.split(/[^\p{L}]+/u)
		.filter((w) => w.length > 3 && !/^(?:the|and|with|from|their|what|how|why|who)$/u.test(w))
		.map((w) => w.replace(/['’]s$/u, ''));
	const said = text.toLowerCase();
	return own.length > 0 && !own.some((w) => said.includes(w));
}

/** True when an idea's prompt (a statement, a question; never a definition's key) points back. */
export function pointsBackIdea(idea: Idea, document: string, title = ''): boolean {
	return (
		pointsBack(idea.prompt) ||
		(idea.type === 'truefalse' && symbolWithoutWork(idea.prompt, title)) ||
		OTHER_UNSEEN.test(idea.prompt) ||
		ABSOLUTE_WIN.test(idea.prompt) ||
		bareOwner(idea.prompt, document) !== undefined ||
		bareSharedGivenName(idea.prompt, document) !== undefined
	);
}
