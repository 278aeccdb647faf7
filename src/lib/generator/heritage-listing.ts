/**
 * A heritage listing told as a milestone: "It was designated as a Category A listed building in
 * 1966", "was listed at Grade II in 1971", "was added to the National Register of Historic Places
 * in 1982". The year a building was listed is an office's paperwork, not what the building is
 * known for: both blind reviewers failed "In what year was the Lion Chambers designated as a
 * Category A listed building?" as trivia (2027-01-16 S01), and no reviewed listing year ever
 * passed (2027-01-06 S39's National Register house failed too). A World Heritage inscription is
 * not matched: what a teacher may ask of a site. Pure.
 */

const LISTING =
	/\b(?:listed\s+building|listed\s+(?:at|as)\s+(?:Grade|Category)|Grade\s+(?:I{1,3}|II\*)\s+listed|Category\s+[ABC]\s+listed|heritage[- ]listed|heritage\s+register|(?:National|State|Historic)\s+Register|Register\s+of\s+Historic\s+Places|scheduled\s+(?:ancient\s+)?monument)\b/iu;

/** True when `clause` (a milestone's verb and what follows it) tells a heritage listing. */
export function isHeritageListing(clause: string): boolean {
	return LISTING.test(clause);
}
