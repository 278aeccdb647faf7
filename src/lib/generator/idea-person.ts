import { predicateHead } from './coreference';
import { HUMAN_ROLE } from './idea-role-words';

/**
 * How the lead definition (`idea-lead.ts`) reads a person: the role nouns of the predicate, what
 * the lead says they are known for, and whether the lead tells a life at all. Split from
 * `idea-lead.ts` (one job: the person's card). Pure.
 */

/**
 * What a person is known for, as the lead says it: "a pioneer of antiseptic surgery", "one of
 * the main founders of modern bacteriology", "the founder of the modern science of genetics",
 * "the first woman to qualify in Britain as a physician and surgeon".
 */
const KNOWN_FOR =
	/\b((?:one of the (?:main |principal |first |chief )?|the |a )?(?:founders?|fathers?|mothers?|pioneers?|inventors?|discoverers?|creators?) of [^,;.()]{4,70}|the first (?:woman|man|person|European|American|scientist) to [^,;.()]{4,70}|(?:best |widely |also )?(?:known|noted|famous|remembered|celebrated) for [^;.()]{4,90})/u;

/** Where a person's role stops and a place or an institution begins: "abbot of St. Thomas' Abbey". */
const ROLE_END =
	/\s+(?:of|in|at|from|for|to|born|who|whose|which|known)\s+(?=[\p{Lu}\d])|\s+(?:who|which|whose)\b|,?\s+(?:best |widely |also )?(?:known|noted|famous|remembered|celebrated) for\b/u;

/** The role nouns of a person's predicate: "a scientist, Augustinian friar and abbot". */
export function roleOf(predicate: string): string | undefined {
	const cut = ROLE_END.exec(predicate);
	let role = (cut ? predicate.slice(0, cut.index) : predicate).replace(/[,\s]+$/u, '');
	// "one of the founders of the school" cut before "of Lumen" names no school: the phrase is
	// kept whole to its comma ("… of the school of Lumen"), or the role refused.
	if (/\b(?:the|a|an)\s+\p{Ll}+$/u.test(role))
		role = predicate.split(/[,;]|\s+(?:who|which|whose)\b/u)[0].trim();
	const n = role.split(/\s+/).length;
	return n >= 2 && n <= 14 ? role : undefined;
}

/**
 * An aim, not a deed: "made several attempts to be the first woman to …, though none ever came
 * to fruition" (blind review U18 S10: the key made the failed attempts an achievement), "hoped
 * to become", "nearly"; or a sentence that denies it ("never", "did not", "none").
 */
const NOT_ACHIEVED =
	/\b(?:attempts?|attempted|attempting|tried|trying|sought|seeking|hoped|hoping|aimed|aiming|wanted|planned|planning|bid|failed|nearly|almost|aspired|intended)\b/iu;
const DENIED = /\b(?:never|none|not|failed|unsuccessful(?:ly)?)\b|n['’]t\b/iu;

/** The person's "known for" clause in the lead sentences, unless the role already says it. */
export function knownFor(lead: string[], role: string): string | undefined {
	if (KNOWN_FOR.test(role)) return undefined;
	for (const sentence of lead) {
		const match = KNOWN_FOR.exec(sentence);
		if (match && (NOT_ACHIEVED.test(sentence.slice(0, match.index)) || DENIED.test(sentence)))
			continue;
		if (match) {
			const clause = wholeClause(match[1], sentence.slice(match.index + match[0].length));
			if (!clause) return undefined;
			const article =
				/^(?:one|the|a|best|widely|also|known|noted|famous|remembered|celebrated)\b/u.test(clause)
					? ''
					: 'a ';
			return `${article}${clause}`;
		}
	}
	return undefined;
}

/**
 * The clause as matched when it ended where the sentence's clause ends; when the match stopped at
 * `KNOWN_FOR`'s length cap inside a word or a phrase ("the author of the picaresque novel T",
 * U15 S13; "that was intended t", U15 S31), cut back to its last comma, or `undefined` when
 * nothing whole is left. `rest` is the sentence after the match.
 */
export function wholeClause(matched: string, rest: string): string | undefined {
	const clause = matched.trim();
	if (/^\s*(?:[,;:.()]|$)/u.test(rest)) return clause;
	const comma = clause.lastIndexOf(',');
	if (comma < 0) return undefined;
	const cut = clause
		.slice(0, comma)
		.replace(/\s+(?:and|or|but)$/u, '')
		.trim();
	return cut.split(/\s+/u).length >= 3 ? cut : undefined;
}

/** A lead that says "he" or "she" more often than "it": a life, when no definition said so. */
export function personalLead(text: string): boolean {
	const count = (re: RegExp) => (text.match(re) ?? []).length;
	return count(/\b(?:he|his|him|she|her)\b/giu) > count(/\b(?:it|its)\b/giu);
}

/** Heads of a predicate that name no person, though the lead says "she" (a trial of a woman). */
export const THING =
	/^(?:trial|case|lawsuit|decision|ruling|battle|war|siege|treaty|act|law|book|novel|film|album|song|painting|ship|building|house|company|court|election|event)$/u;

/**
 * A lead that names a knight or a dame ("Sir Graham Edward McCamley MBE is …", "Dame Ilsa Varn
 * DBE is …"): a person, whatever noun the predicate uses ("a prominent Australian cattle baron",
 * "a fashion icon"). Asked "What", the person failed blind review U29 S41 (both reviewers).
 */
const HONOURED =
	/^(?:Sir|Dame)\s+\p{Lu}|^(?:\p{Lu}[\p{L}'’.-]+\s+){1,4}(?:MBE|OBE|CBE|KBE|DBE|GBE|KCB|KCMG|GCMG|AC|AO|FRS|FRSE|QC|KC|VC)\b/u;

/** True when a lead sentence names its subject with a knighthood or an order's letters. */
export function honoured(sentence: string): boolean {
	return HONOURED.test(sentence);
}

/**
 * True when a predicate's first noun is a person's role ("an English physician", "a scientist,
 * friar and abbot"), so the card asks "Who": a tradition a lead tells of its founder in "he"
 * is still a "What" (U7 S03, "Who is Gardnerian Wicca?").
 */
export function roleNoun(predicate: string): boolean {
	const head = roleHead(predicate.split(/,|\s+and\s+/u)[0]) ?? '';
	return (
		/(?:er|or|ist|ian|ant|ent|man|woman|ess|eer|ier|ee|ar|eur)$/u.test(head) ||
		ROLE.test(head) ||
		HUMAN_ROLE.test(head)
	);
}

/**
 * The head noun of a noun phrase as `predicateHead` reads it, or, when the lead capitalises a
 * common role ("a prominent Anthropologist who studies …", U23 S64), the same head read in
 * lower case: a capitalised head is otherwise taken for a name and the person asked "What".
 */
export function roleHead(phrase: string): string | undefined {
	return predicateHead(phrase) ?? predicateHead(phrase.toLowerCase());
}

/** Roles that do not end like an agent noun. */
const ROLE =
	/^(?:king|queen|poet|priest|monk|friar|abbot|saint|bishop|pope|emperor|empress|chief|general|soldier|chemist|cartographer|navigator|pilot|judge|nun|prince|princess|duke|lord|lady|sultan|shah|tsar|pharaoh|architect|sculptor|diplomat|spy|activist|suffragist|scholar|monarch|ruler|apostle|prophet|philosopher|engineer|author|surgeon|physician|baron|baroness|earl|viscount|marquess|knight|magnate|tycoon|mogul)$/u;

/**
 * A ruler's or a head of state's office as a lead gives it, capitalised and with no article:
 * "King of France from 14 May 1643 until his death in 1715", "the last Emperor of Varn". The
 * lead kind's "X is a Y" misses it (no article), and a person's role cut at "of France" would
 * be "King" alone. A pope's lead says "head of the Catholic Church and ruler of the Papal
 * States from …", an emperor's "Holy Roman Emperor" (issue 12, recall on the burned set).
 */
export const RULER_OFFICE =
	/^(?:the\s+)?head\s+of\s+the\s+(?:\p{Lu}\p{L}+\s+)?Church\b|^(?:the\s+)?(?:(?:first|last|second|third|fourth|fifth)\s+)?Holy\s+Roman\s+Emperor\b|^(?:the\s+)?(?:(?:first|last|second|third|fourth|fifth)\s+)?(?:King|Queen|Emperor|Empress|Pope|Sultan|Tsar|Tsarina|Czar|Shah|Pharaoh|Prince|Princess|Duke|Duchess|Grand\s+Duke|Grand\s+Prince|Elector|Caliph|Khan|Doge|Regent|President|Prime\s+Minister|Chancellor|Viceroy|Governor-General)\s+(?:regnant\s+|consort\s+)?of\s+(?:the\s+)?\p{Lu}/u;

/**
 * The office as a "Who was X?" key: the predicate up to where a new clause starts (";", ",
 * who …", ", and he …"), kept only when it dates the office (a year: "from 1100 to his death in
 * 1135"), since an office alone ("King of Varn") is nearly the name, and at most 30 words.
 */
export function rulerOffice(predicate: string): string | undefined {
	if (!RULER_OFFICE.test(predicate)) return undefined;
	const office = predicate
		.replace(/\s*\([^()]*\)/gu, '')
		.split(
			/;|,\s+(?:and\s+)?(?:who|which|whose|he|she|his|her|being|where|when|although|though|but)\b|,\s+and\s+/u
		)[0]
		.replace(/[.,\s]+$/u, '');
	const n = office.split(/\s+/u).length;
	if (!/\b\d{3,4}\b/u.test(office) || n > 30) return undefined;
	return office.charAt(0).toUpperCase() + office.slice(1);
}
