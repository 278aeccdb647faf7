import { fold, words } from './text';

/**
 * A contrast swap whose own words refute it (rubric criterion 4: a false statement a reader
 * spots without the text): "New World porcupines live in Africa …", swapped from "Old World
 * porcupines live in Africa …". When two subjects differ only by a word that names a place or a
 * region ("New World", "Old World", "Arctic", "northern"), and the statement says where, the
 * subject's name already tells where it is (blind review, session 37: "false to anyone"). Pure.
 */

/** Region words written in lower case that name where a kind lives or lies. */
const REGION =
	/^(?:northern|southern|eastern|western|north|south|east|west|arctic|antarctic|tropical|subtropical|temperate|polar|desert|marine|freshwater|saltwater|mountain|alpine|coastal|oceanic|continental|lowland|highland|upland|inland)$/u;

/** A predicate that says where: "in Africa", "across the tropics", "found in …", "native to …". */
const SAYS_WHERE =
	/\b(?:in|from|across|throughout|to|of|around|near)\s+(?:the\s+)?(?:\p{Lu}|(?:tropics|oceans?|seas?|deserts?|mountains?|forests?|rivers?|lakes?|north|south|east|west|arctic|antarctic)\b)/u;

/**
 * True when swapping `wrong` for `subject` in a sentence whose predicate is `rest` gives a
 * statement its own words refute: the two share a word (a head, "porcupines") and differ by a
 * place or region word, and `rest` says where.
 */
export function placeNameGivesAway(subject: string, wrong: string, rest: string): boolean {
	const mine = words(subject);
	const theirs = words(wrong);
	if (!mine.some((w) => theirs.includes(w))) return false;
	const differing = [...subject.split(/\s+/u), ...wrong.split(/\s+/u)].filter((w) => {
		const folded = fold(w);
		return !(mine.includes(folded) && theirs.includes(folded));
	});
	const place = differing.some((w) => /^\p{Lu}/u.test(w) || REGION.test(w.toLowerCase()));
	return place && SAYS_WHERE.test(rest);
}
