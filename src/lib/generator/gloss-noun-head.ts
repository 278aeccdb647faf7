import { verblessClaim } from './idea-clause';

/** "per 1000 people", "per 1,000 live births": a rate's count, which no year is. */
const RATE_COUNT = /\bper\s+\d[\d,]*/gu;

/**
 * True when a note's gloss without an article is a noun phrase whose head word a tagger reads
 * as a verb: "cost to third parties", "number of live births per 1000 people per year" (the
 * count after "per" read as a year and its verb). Read after "the", the head is a noun; a gloss
 * with a verb of its own ("bits of rock break off …", "supply is greater than demand") stays a
 * statement. `head` is the gloss before its relative clause (`RESTRICTION`), as
 * `glossaryVerdict` tests it; h54–h64's notes refused such lines as `statement` (gen90).
 */
export function nounHeadGloss(head: string): boolean {
	if (/^(?:an?|the)\s/iu.test(head)) return false;
	return verblessClaim(`the ${head.replace(RATE_COUNT, 'per')}`);
}
