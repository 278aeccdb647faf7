/**
 * Whether a wrong year is one a student could believe for a dated event: near the key and in
 * the same era. Blind review H12 (2027-01-19, issue 12) failed, all three reviewers, 1955 and
 * 1961 offered for Second World War events (S63 "Operation Uranus … 19 November 1955", S90
 * Barbarossa "1941 / 1943 / 1955 / 1961") and 1911, 1920, 1921 for the Zimmermann Telegram of
 * 1917 (S39): "knowing only that the telegram was a wartime event gives 1917". A wrong year past
 * a war's end, or in another century, is ruled out on general knowledge. Used for a year
 * question's choices; not for a false statement's swapped year (gen47 tried it: 17 judged
 * statements across a war, 17 accepting verdicts, 17 rejecting). Pure.
 */

/** Farthest a wrong year may lie from the key, in years ("within a few years": H12). */
export const NEAR_YEARS = 5;

/**
 * Wars whose years a school student knows, first and last year inclusive (general knowledge,
 * not one corpus's: the years every history syllabus gives). A wrong year must stand on the
 * same side of each, or inside it when the key does.
 */
export const KNOWN_WARS: readonly { name: string; from: number; to: number }[] = [
	{ name: 'American Revolutionary War', from: 1775, to: 1783 },
	{ name: 'American Civil War', from: 1861, to: 1865 },
	{ name: 'First World War', from: 1914, to: 1918 },
	{ name: 'Second World War', from: 1939, to: 1945 },
	{ name: 'Korean War', from: 1950, to: 1953 }
];

/** -1 before a war, 0 during it, 1 after it. */
const phase = (year: number, war: { from: number; to: number }) =>
	year < war.from ? -1 : year > war.to ? 1 : 0;

/**
 * True when `key` and `wrong` lie on different sides of a war of `KNOWN_WARS` (one inside it, or
 * one before and one after): 1955 for a counter-offensive of 1942 (H12 S63).
 */
export function acrossKnownWar(key: number, wrong: number): boolean {
	return KNOWN_WARS.some((war) => phase(wrong, war) !== phase(key, war));
}

/**
 * True when `wrong` is a believable wrong year for an event of year `key` (both years AD):
 * at most `near` years away (default `NEAR_YEARS`), in the same century as written (the same
 * hundreds: 1899 and 1901 are not), and on the same side of every war of `KNOWN_WARS` (both
 * before, both during, or both after it). `wrong === key` is false.
 */
export function plausibleWrongYear(key: number, wrong: number, near = NEAR_YEARS): boolean {
	if (wrong === key || Math.abs(wrong - key) > near) return false;
	if (Math.floor(wrong / 100) !== Math.floor(key / 100)) return false;
	return !acrossKnownWar(key, wrong);
}

/**
 * True when a false statement's swapped year is one a student could believe: no farther from the
 * true year than 50 years or a third of the time from it to `now` (the handout's year), so a
 * recent event keeps to its decades and an old one to its centuries. Blind review H14 (gen54)
 * failed, all three reviewers, a conquest of 1521 told "in 1947" and a conservation listing of
 * the 2000s told "in 1844"; it accepted a patent law of 1474 told "in 1624" (a third of 556 years
 * is 185). A false year is the handout's own nearest (`idea-truth.ts`), so this only refuses.
 * `now` NaN (an undated document) keeps 50 years.
 */
export function believableFalseYear(key: number, wrong: number, now: number): boolean {
	const since = Number.isFinite(now) ? (now - key) / 3 : 0;
	return Math.abs(wrong - key) <= Math.max(50, since);
}

/**
 * True when the year at `at` in `text` is approximate ("around 1800", "c. 1800", "about 1800",
 * "the late 1790s"): its swap by a few years is no false claim (H14: "around 1818" for the
 * handout's "around 1800", "around 1797" for "around 1800").
 */
export function approximateYear(text: string, at: number): boolean {
	return /\b(?:around|about|approximately|roughly|circa|c\.|ca\.|some time|sometime|by about|nearly|almost|early|late|mid-)\s*$/iu.test(
		text.slice(0, at)
	);
}

/** Events named by their own recurrence: each falls on a fixed cycle, so most years are impossible. */
const RECURRING = String.raw`(?:elections?|midterms?|primar(?:y|ies)|caucus(?:es)?|Olympics|Olympiad|Games|census(?:es)?|World\s+Cup|Jubilee)`;
/** "the 1932 presidential election", "the 1936 Summer Olympics": the year, up to three words, the event. */
const YEAR_BEFORE_EVENT = new RegExp(
	String.raw`^\d{4}(?:\s+[\p{L}'’-]+){0,3}?\s+${RECURRING}\b`,
	'u'
);
/**
 * "the election of 1932", "the census held in 1901", "was elected president in 1932", with a day
 * or month before the year ("the general election of July 1945": gen61, h39's false "July 1947").
 */
const EVENT_BEFORE_YEAR = new RegExp(
	String.raw`(?:\b${RECURRING}(?:\s+(?:(?:was|were)\s+)?held)?\s+(?:of|in|on)|\b(?:re-?)?elected(?:\s+[\p{L}'’-]+){0,3}?\s+(?:in|on))\s+(?:\d{1,2}\s+)?(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+)?$`,
	'iu'
);

/**
 * True when the year at `at` in `text` dates an event named by its own recurrence (an election,
 * the Olympics, a census, a World Cup): such events keep a cycle (US presidential elections fall
 * in years divisible by 4, a census every ten years), so a swapped year usually names an event
 * that never happened. Blind review H16 failed, all three reviewers, "Franklin D. Roosevelt won
 * the 1929 presidential election" for the handout's 1932. Its false statement is refused rather
 * than given a year on the cycle: the cycle differs by country and event. Pure.
 */
export function recurringEventYear(text: string, at: number): boolean {
	return YEAR_BEFORE_EVENT.test(text.slice(at)) || EVENT_BEFORE_YEAR.test(text.slice(0, at));
}
