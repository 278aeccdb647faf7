import { seededOrder } from './text';
import { plausibleWrongYear } from './year-plausible';

/**
 * Wrong years for a year question that are spread out, not bunched (a teacher rated "In what
 * year was the Treaty of Versailles signed?" with 1919, 1920, 1921, 1923 "edit": three years in
 * a row read as one guess). Pure.
 */

/** Least gap in years between any two choices. */
const MIN_GAP = 2;

/**
 * Offsets tried, in this order: spread first, within `NEAR_YEARS` (`year-plausible.ts`) while
 * the key has wrong years on both sides. 7 and 6 come last, for a key that is the earliest or
 * latest choice: three wrong years on one side, each `MIN_GAP` from the key and from each other,
 * need 6 years at the least (2, 4, 6), so with offsets up to 5 the key was always a middle
 * choice, and blind review H26 (reviewers A and C, all 6 year questions) read it as "rule out
 * the earliest and the latest". Seven years off stays "within a few years" of H12.
 */
const OFFSETS = [3, 5, 2, 4, 7, 6];

/** Farthest a wrong year of a spread question lies from the key, in years (`OFFSETS`). */
export const SPREAD_FAR = 7;

/**
 * Three wrong years around `year` at 3, 5, 2 or 4 years off (7 or 6 when the key is the
 * earliest or latest choice), each believable (`plausibleWrongYear`: near, same century, same
 * side of a known war); never one of the
 * document's own years (`docYears`: the text ties each to another event a student who read it
 * knows: 1955 and 1961, the Stalingrad handout's last prisoners and Volgograd, offered for
 * Barbarossa's 1941 were failed by all three reviewers of blind review H12, S90); every two
 * choices at least 2 years apart; none in `avoid` (years the text gives the same event or
 * thing), none after `cap` (the document's year) nor `cap` itself when the key is older. The key's rank among the sorted choices is a stable draw of `seed`
 * (blind review U16 read a key off its position), the next rank that fits when one side lacks
 * years. Empty when no rank fits: then the year is typed.
 */
export function spreadYears(
	year: number,
	seed: string,
	docYears: Iterable<string>,
	avoid: ReadonlySet<string>,
	cap: number
): string[] {
	return firstRank(spreadRanks(year, docYears, avoid, cap), seed);
}

/**
 * The wrong years of a four-choice year question at each rank of its key among the sorted
 * choices (entry 0: the key earliest … 3: latest), each sorted; undefined where no three fit.
 */
export type YearRanks = readonly (readonly string[] | undefined)[];

/** The wrong years at the first rank, in `seed`'s stable order, that has any; else none. */
export function firstRank(ranks: YearRanks, seed: string): string[] {
	for (const rank of seededOrder([0, 1, 2, 3], `${seed}|rank`))
		if (ranks[rank]) return [...ranks[rank]];
	return [];
}

/** `spreadYears` at each rank of the key (`YearRanks`), for a course to balance (`year-rank.ts`). */
export function spreadRanks(
	year: number,
	docYears: Iterable<string>,
	avoid: ReadonlySet<string>,
	cap: number
): YearRanks {
	const told = new Set([...docYears, ...avoid]);
	const free = (y: number) =>
		!told.has(String(y)) &&
		plausibleWrongYear(year, y, SPREAD_FAR) &&
		(y < cap || (y === cap && year >= cap)) &&
		y > 0;
	const made = OFFSETS.flatMap((o) => [year - o, year + o]).filter(free);
	const side = (sign: number) => made.filter((y) => Math.sign(y - year) === sign);
	return [0, 1, 2, 3].map((below) => {
		// The first sets in `OFFSETS` order that are spread, and that neither leave the key apart
		// nor make a pattern it breaks (3, 5, 7 years before a key is a two-year run the key is
		// off: 2, 5, 7 is taken instead).
		for (const chosen of picks(side(-1), below, [year]))
			for (const rest of picks(side(1), 3 - below, [year, ...chosen])) {
				const wrong = [...chosen, ...rest];
				if (keyApart(year, wrong) || keyBreaksPattern(year, wrong)) continue;
				return wrong.sort((a, b) => a - b).map(String);
			}
		return undefined;
	});
}

/**
 * Every `n` years of `pool`, in its order (the greedy pick first), each at least `MIN_GAP` from
 * `taken` and each other.
 */
function* picks(pool: number[], n: number, taken: number[]): Generator<number[]> {
	if (n === 0) {
		yield [];
		return;
	}
	for (const [i, y] of pool.entries()) {
		if (!taken.every((t) => Math.abs(t - y) >= MIN_GAP)) continue;
		for (const more of picks(pool.slice(i + 1), n - 1, [...taken, y])) yield [y, ...more];
	}
}

/**
 * True when the key stands apart from its wrong years: its nearest wrong year is more than
 * twice as far (and more than 2 years) as the widest gap between two neighbouring wrong years.
 * 1986, 1987, 1988 beside a key of 1992 (U23 S29, both reviewers) is answered by picking the
 * odd one out, whatever the rank drawn.
 */
export function keyApart(year: number, wrong: number[]): boolean {
	const sorted = [...wrong].sort((a, b) => a - b);
	const nearest = Math.min(...sorted.map((y) => Math.abs(y - year)));
	const widest = Math.max(0, ...sorted.slice(1).map((y, i) => y - sorted[i]));
	return nearest > 2 && nearest > 2 * widest;
}

/**
 * True when the wrong years make a pattern the key breaks: they stand at one step (1446, 1448,
 * 1450; 1927, 1928, 1929) and the key does not carry the run on (1453; 1925). Blind review H30
 * S08 (reviewer A): "only the key breaks the pattern, so a test-wise student can pick it without
 * knowing the date". One parity alone is no pattern a student reads (1447, 1453, 1455 beside
 * 1450 stays).
 */
export function keyBreaksPattern(year: number, wrong: number[]): boolean {
	const run = (ys: number[]) => {
		const sorted = [...ys].sort((a, b) => a - b);
		return sorted.slice(1).every((y, i) => y - sorted[i] === sorted[1] - sorted[0]);
	};
	return run(wrong) && !run([...wrong, year]);
}
