import { datelineDate, isDateWord } from './dateline';

/**
 * A byline with no "By" before its name, as a handout's header writes it under or above its
 * title ("Marie Dupont, Lycée Victor Hugo", "Ms. R. Okafor · History Department · September
 * 2026", "Anna Keller, 3 October 2026"): the name part of `bylineOf` (byline.ts), the one byline
 * reader of every document kind.
 */

/**
 * A courtesy title before a name, title-case only ("Ms.", "Dr"): kept in the author, as the
 * teacher signs and students know her by it ("Ms. Helen Carter"; an outsider teacher lost it,
 * issue 14), but not counted among the name's two to four words.
 */
export const HONORIFIC = /^(?:Mr|Mrs|Ms|Mx|Miss|Dr|Prof|Professor|Sir|Dame)\.?(?=\s)/u;

/** A longer line is prose, not a byline. */
const HEAD_CHARS = 150;

/** A word of a name: a capitalised word, an initial ("R."), or a particle ("de", "van"). */
const NAME_TOKEN =
	/^(?:\p{Lu}\.|\p{Lu}[\p{Ll}'’-]*\p{Ll}|de|van|von|der|da|di|du|le|la|al|bin|ibn)$/u;
/** Capitalised words that head a handout or a subtitle, never a person's name. */
const NOT_NAME = new Set(
	(
		'the a an and of in on for to notes note unit chapter part year grade history biology ' +
		'science geography revision introduction summary lesson worksheet department school ' +
		'course module section guide handout class key stage topic study studies page teacher ' +
		'student students answers questions exam essay report'
	).split(' ')
);

/**
 * The author a line names when it is a byline without "By" (a "By" before it is read too):
 * "By Marie Dupont",
 * "Marie Dupont, Lycée Victor Hugo", "Ms. R. Okafor · History Department · September 2026":
 * two to four name words (initials and particles allowed; a courtesy title before them is kept
 * as written, `HONORIFIC`), then
 * the end of the line or a separator and anything (a school, a department, a date). The date
 * after a separator, when one part is a date alone, comes back too. Undefined for anything else
 * ("Causes and Consequences", "Revision Notes, Unit 3").
 */
export function bareByline(line: string): { author: string; date?: string } | undefined {
	const trimmed = line
		.trim()
		.replace(/^(?:(?:written|prepared|compiled|created|edited)\s+)?by\s+/i, '');
	if (!trimmed || trimmed.length > HEAD_CHARS) return undefined;
	const parts = trimmed.split(/\s*(?:[,·|•—–]|\s-\s)\s*/u);
	// A later part is a name only with a courtesy title: "Geography Year 10 — Ms Helen Garth —
	// March 2026" (outsider teacher, issue 12), never "Plate Tectonics — Earthquakes and Faults".
	for (const [i, part] of parts.entries()) {
		if (i > 0 && !HONORIFIC.test(part)) continue;
		const found = namePart(part, [...parts.slice(0, i), ...parts.slice(i + 1)]);
		if (found) return found;
	}
	return undefined;
}

/** `head` as a name (`bareByline`'s rules) with the date one of `rest` is, or undefined. */
function namePart(head: string, rest: string[]): { author: string; date?: string } | undefined {
	const title = HONORIFIC.exec(head)?.[0];
	const tokens = head
		.slice(title?.length ?? 0)
		.trim()
		.split(/\s+/);
	if (tokens.length < 2 || tokens.length > 4) return undefined;
	if (!tokens.every((t) => NAME_TOKEN.test(t)) || !/^\p{Lu}/u.test(tokens[0])) return undefined;
	if (!/\p{Ll}{2}/u.test(tokens[tokens.length - 1])) return undefined;
	if (tokens.some((t) => NOT_NAME.has(t.toLowerCase()) || isDateWord(t))) return undefined;
	const date = rest.map(datelineDate).find(Boolean);
	const author = [title, ...tokens].filter(Boolean).join(' ');
	return { author, ...(date ? { date } : {}) };
}
