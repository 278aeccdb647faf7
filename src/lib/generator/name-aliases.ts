import { escapeRegExp } from '$lib/text/regexp-literal';

/**
 * The other names a document itself gives for a thing or a person: "Ibn Sina (Avicenna)",
 * "Ibn Sina (known in Europe as Avicenna)", "Avicenna (Ibn Sina)", "the windpipe, also called
 * the trachea". A typed answer the document gives as another name is right (rubric criterion
 * 2: one defensible answer, and aliases are not wrong answers); a blind review marked "Ibn
 * Sina" the only accepted answer where the document says "(known in Europe as Avicenna)"
 * (session 37). Only what the document writes next to the name, never a guess. Pure.
 */

/** A name of capitalised words, with the particles names carry ("Ibn", "de", "of"). */
const CAPITAL_NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:\p{Lu}[\p{L}'’.-]*|al|ibn|bin|bint|de|da|di|del|von|van|der|of|the|la|le|du)){0,5}`;

/** A lower-case term of one to four words ("the trachea", "gullet"). */
const COMMON_TERM = String.raw`(?:the\s+|an?\s+)?\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,3}`;

/** What may stand before another name inside parentheses: "known in Europe as", "or". */
const PAREN_MARK = String.raw`(?:(?:also|often|sometimes|commonly|better|formerly|later|now)\s+)?(?:called|known(?:\s+in\s+[\p{L} ]{1,30}?)?\s+as|named|or)\s+`;

/** What stands after a comma before another name: ", also called", ", known as", ", or". */
const COMMA_MARK = String.raw`(?:(?:also|often|sometimes|commonly|better|formerly)\s+)?(?:called|known\s+as)\s+`;

/** Aliases that are no name: a year, a span, a language note. */
const NOT_ALIAS = /^(?:c\.|born|died|the\s*$|a\s*$|an\s*$|also\b|see\b)|\d/iu;

/**
 * Every other name `text` gives right beside `name`, in the order written, without the name
 * itself; [] when none. `name` as the answer writes it ("Ibn Sina", "the windpipe").
 */
export function aliasesIn(name: string, text: string): string[] {
	const bare = name.replace(/^(?:the|a|an)\s+/iu, '');
	if (bare.length < 2) return [];
	// No "i" flag: under it \p{Lu} matches lower case too. Only the name's first letter is free.
	const first = bare.charAt(0);
	const own = String.raw`(?:(?:[Tt]he|[Aa]n?)\s+)?[${first.toLowerCase()}${first.toUpperCase()}]${escapeRegExp(bare.slice(1))}`;
	const alias = /^\p{Lu}/u.test(bare) ? CAPITAL_NAME : `${COMMON_TERM}|${CAPITAL_NAME}`;
	const patterns = [
		// "Ibn Sina (Avicenna)", "Ibn Sina (known in Europe as Avicenna)"; a bare alias only for a
		// capitalised name: "enzymes (proteins)" names a class, not the same thing.
		new RegExp(
			String.raw`(?<![\p{L}])${own}\s*\((?:${PAREN_MARK}(?:the\s+)?(${alias})|(${CAPITAL_NAME}))\)`,
			'gu'
		),
		// "Avicenna (Ibn Sina)", "Avicenna (or Ibn Sina)".
		new RegExp(String.raw`(?<![\p{L}])(${CAPITAL_NAME})\s*\((?:or\s+)?${own}\)`, 'gu'),
		// "the windpipe, also called the trachea,"
		new RegExp(
			String.raw`(?<![\p{L}])${own},?\s+${COMMA_MARK}(?:the\s+)?(${alias})(?=[,.;:)]|\s+(?:and|in|by|or|which|who)\b|$)`,
			'gu'
		)
	];
	const found: string[] = [];
	for (const pattern of patterns)
		for (const match of text.matchAll(pattern)) {
			const raw = (match[1] ?? match[2] ?? '').trim().replace(/^(?:the|a|an)\s+/iu, '');
			if (!raw || NOT_ALIAS.test(raw) || raw.split(/\s+/u).length > 6) continue;
			if (raw.toLowerCase() === bare.toLowerCase()) continue;
			if (!found.includes(raw)) found.push(raw);
		}
	return found;
}
