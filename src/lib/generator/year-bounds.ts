/**
 * Year ranges a sentence states: "(ruled 1251–1259)", "(1162–1227)", "1914-18", "from 1251 to
 * 1259", "between 1251 and 1259". A false statement's swapped year must stay inside every range
 * the sentence states around the true year: "Under Möngke (ruled 1251–1259), … sacked Baghdad in
 * 1260" is false by its own words, not by what the student learnt (blind review 2027-01-16 S51,
 * reviewer A). Pure.
 */

const RANGE =
	/\b(1\d{3}|20\d{2})\s*(?:[–—-]|\s+(?:to|and|until|till)\s+)(1\d{3}|20\d{2}|\d{2})\b(?![–-]\d)/gu;

/** The ranges `text` states, each [first, last] with a short end read in its century ("1914-18"). */
export function statedRanges(text: string): [number, number][] {
	const found: [number, number][] = [];
	for (const m of text.matchAll(RANGE)) {
		const first = Number(m[1]);
		const last = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
		if (last > first) found.push([first, last]);
	}
	return found;
}

/** True when `wrong` falls outside a range `text` states around `year`. */
export function leavesStatedRange(text: string, year: number, wrong: number): boolean {
	return statedRanges(text).some(
		([first, last]) => year >= first && year <= last && (wrong < first || wrong > last)
	);
}
