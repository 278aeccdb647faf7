import { MONTH_NAMES } from '../content/months';
/**
 * Whether a card's key says only what its article stands by (the rubric's "faithful"): no
 * ranking, no time word that needs the article's date, no alias the article later tells apart,
 * no start date its own body contradicts. Blind review U10 (2026-12-19) failed "one of the most
 * wide-ranging international efforts to date" (S13), "the most common movement disorder" that
 * the body hedges (U9 S02), and "from November 2016" when the body dates the first protest
 * October 26, 2016 (S06). Pure.
 */

/**
 * A ranking said of the subject in a key: at its start ("the oldest …", "one of the most
 * wide-ranging …"), after a verb of being anywhere ("… that is also the most common movement
 * disorder"), or "one of the <superlative>" anywhere, a possessive in place of "the" too ("One
 * of Britain's best-loved wild animals", blind check H21 S43, all three); not "the largest
 * supplier" in a clause about something else.
 */
const RANKED =
	/^(?:[Oo]ne of\s+)?(?:[Tt]he|\p{Lu}[\p{L}-]*['’]s?)\s+(?:(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)?(?:most|least|only|best|worst|\p{Ll}{2,}est)\b|\b(?:is|are|was|were)\s+(?:(?:also|perhaps|probably|arguably|possibly|still)\s+)?(?:the|one of the)\s+(?:most|least|best|worst|\p{Ll}{2,}est)\b|\b[Oo]ne of (?:the|\p{Lu}[\p{L}-]*['’]s?)\s+(?:most|least|best|worst|\p{Ll}{2,}est)\b/u;

/** Words ending in "-est" that rank nothing: "the forest", "the interest", "the west". */
const NOT_SUPERLATIVE =
	/\b(?:forest|interest|contest|protest|conquest|harvest|request|west|manifest|honest|modest|earnest|inquest|arrest|bequest|quest|nest|chest|test|rest|guest|crest|pest|vest|behest|tempest|midwest|northwest|southwest)s?\b/gu;

/** True when a key ranks its subject (a superlative or "one of the most …"). */
export function ranksSubject(key: string): boolean {
	return RANKED.test(key.replace(NOT_SUPERLATIVE, 'thing'));
}

/**
 * Time words whose truth depends on when the article was written: "to date", "currently",
 * "so far". Not "what is now Nigeria" nor "today parts of Chad": a place's present name.
 */
const KEY_TIME =
	/\b(?:to date|currently|at present|presently|so far|until now|up to now|as of now|as yet|nowadays|these days|recently|lately|in recent (?:years|decades|months)|at the moment|(?:this|last|next) (?:year|month|week|decade))\b/iu;

/**
 * A forecast: what the article's date expected, not what happened ("scheduled to be launched
 * early 2021", U19 S18: both reviewers failed it as a stale plan stated as fact).
 */
const FORECAST =
	/\b(?:scheduled|expected|planned|projected|slated|due|poised)\s+(?:to|for)\b|\bwill\b|\b(?:is|are)\s+to\s+be\b|\b(?:upcoming|forthcoming)\b/u;

/** True when a key holds a time word that only the article's date can resolve, or a forecast. */
export function datedKey(key: string): boolean {
	// A quoted title is no forecast ("I Will Survive": dev test22 lost Gloria Gaynor's card).
	const said = key.replace(/"[^"]*"|“[^”]*”/gu, '"…"').replace(/\bdue\s+to\s+(?!be\b)/gu, 'by ');
	return KEY_TIME.test(key) || FORECAST.test(said);
}

/** "X, also known as Y," or "…, also called Y": an alias inside a key. */
const KEY_ALIAS =
	/,?\s+(?:also\s+)?(?:known|called|referred to|abbreviated)\s+as\s+[^,;]+(?:,|$)|,\s+or\s+[^,;]+,/gu;

/** True when the text ends on a list's earlier items: "small stones, beans" (a comma inside
 * the clause before the "or"). */
function listBefore(text: string): boolean {
	const clause = text.split(/[;:()]|\s(?:that|which|who|whose|where|when)\s/u).pop() ?? '';
	return /,\s+[^,]+$/u.test(clause);
}

/** The key with its aliases dropped: a second name the body may tell apart from the first. */
export function withoutKeyAliases(key: string): string {
	return key
		.replace(KEY_ALIAS, (m, at: number) =>
			// "small stones, beans, or seeds and rows of holes," ends a list, not an alias (blind
			// review U13 failed the key cut to "beans a board").
			/^,\s+or\s/u.test(m) && listBefore(key.slice(0, at))
				? m
				: m.endsWith(',') && !/^,?\s+or\s/u.test(m)
					? ','
					: ' '
		)
		.replace(/\s+,/gu, ',')
		.replace(/\s{2,}/gu, ' ')
		.trim();
}

const MONTH = MONTH_NAMES.join('|');

/** "from November 2016", "began in March 1804", "since May 2001": a start date in a key. */
const START = new RegExp(
	String.raw`\b(?:from|since|beginning(?:\s+in)?|began\s+in|starting(?:\s+in)?)\s+(${MONTH})\s+(\d{4})`,
	'u'
);

/** Every month and year the text names: "October 26, 2016", "26 October 2016", "October 2016". */
function monthsNamed(text: string): { month: number; year: string }[] {
	const dates = new RegExp(String.raw`\b(${MONTH})\s+(?:\d{1,2},?\s+)?(\d{4})\b`, 'gu');
	return [...text.matchAll(dates)].map((m) => ({
		month: (MONTH_NAMES as readonly string[]).indexOf(m[1]),
		year: m[2]
	}));
}

/**
 * The key with a start date the article's own text contradicts cut off its end ("… throughout
 * South Korea from November 2016 to March 2017" when the body dates the first protest October
 * 26, 2016 → "… throughout South Korea"); the key unchanged when nothing contradicts it;
 * undefined when the contradicted date sits inside the key and cannot be cut cleanly. `body` is
 * the article's text besides the key's own sentence.
 */
export function uncontradicted(key: string, body: string): string | undefined {
	const start = START.exec(key);
	if (!start) return key;
	const month = (MONTH_NAMES as readonly string[]).indexOf(start[1]);
	const earlier = monthsNamed(body).some((d) => d.year === start[2] && d.month < month);
	if (!earlier) return key;
	const tail = new RegExp(
		String.raw`\s+${start[0].replace(/\s+/gu, '\\s+')}(?:\s+(?:to|until|through)\s+(?:(?:${MONTH})\s+)?\d{4})?$`,
		'u'
	);
	return tail.test(key) ? key.replace(tail, '') : undefined;
}

/** Short forms a general reader knows, and Roman numerals: no expansion needed. */
const KNOWN_SHORT = /^(?:US|USA|UK|UN|EU|NATO|BC|AD|BCE|CE|TV|[IVXLCDM]+)$/u;

/**
 * True when a prompt holds an acronym it does not expand ("… a minister of the RPCNA"): a
 * student without the article cannot read it (blind review U11 S13). An acronym written after
 * its expansion in parentheses ("the Free Software Foundation (FSF)") is read.
 */
export function unexplainedAcronym(prompt: string): boolean {
	const bare = prompt.replace(/\([^)]*\)/gu, '');
	return (bare.match(/\b\p{Lu}{2,}s?\b/gu) ?? []).some(
		(a) => !KNOWN_SHORT.test(a.replace(/s$/u, ''))
	);
}
