/**
 * A card whose own words give its key away, or leave a "false" statement true (blind review
 * H10, 2027-01-17): "In 2018 the Covid-19 pandemic exposed …" (S03, both reviewers: the name
 * says 2019 or later); "Antarctica lies almost entirely south of the Antarctic Circle, at about
 * 89.2 degrees south" (S67: 89.2 was a temperature, "minus 89.2 degrees Celsius"); "Thousands of
 * males huddle together to survive temperatures well below minus 66.5 degrees" (S36, both: the
 * handout's "well below minus 30" does not rule out below minus 66.5, and 66.5 was a latitude);
 * "What is Nitinol?" → "An alloy of nickel and titanium" (S24: Ni-Ti-nol). `idea-truth.ts` asks
 * these before it swaps; `key-defines.ts` refuses the card whose name spells its key. Pure.
 */

/**
 * The year a name in `text` carries in two digits after a hyphen ("Covid-19" → 2019, "Y2K"
 * aside), read in the century of `year` (the statement's true year); undefined when none.
 */
export function nameYear(text: string, year: number): number | undefined {
	const m = /\b\p{L}[\p{L}]*-(\d{2})\b(?![-–]\d)/u.exec(text);
	if (!m) return undefined;
	const carried = Math.floor(year / 100) * 100 + Number(m[1]);
	// A name's year is never after the event it names: "Covid-19" in 2020, not 1919 in 2020.
	return carried <= year ? carried : undefined;
}

/**
 * True when a statement's own words make a swapped year impossible: a name that carries a year
 * after the wrong one ("In 2018 the Covid-19 pandemic …"), or a decade the statement names that
 * the wrong year falls outside while the true one is in it ("in the 1930s … in 1934").
 */
export function yearImpossibleByName(text: string, year: number, wrong: number): boolean {
	const named = nameYear(text, year);
	if (named !== undefined && wrong < named) return true;
	return [...text.matchAll(/\b(1\d|20)(\d)0s\b/gu)].some((m) => {
		const start = Number(`${m[1]}${m[2]}0`);
		const inside = (y: number) => y >= start && y < start + 10;
		return inside(year) && !inside(wrong);
	});
}

/**
 * What a number measures, beyond its unit word: the sign ("minus") and a scale or direction
 * after the unit ("degrees Celsius", "degrees south"). Two numbers of one unit word but another
 * quantity ("minus 89.2 degrees Celsius", "66.5 degrees south") are no swap for each other.
 */
export function quantityOf(text: string, at: number, length: number): string {
	const sign = /\b(?:minus|below zero)\s*$/iu.test(text.slice(0, at)) ? '-' : '+';
	const after = /^\s*\p{L}+\s+(\p{L}+)/u.exec(text.slice(at + length))?.[1] ?? '';
	const scale =
		/^(?:Celsius|Fahrenheit|Kelvin|C|F|north|south|east|west|N|S|E|W|latitude|longitude)$/u.test(
			after
		)
			? after.toLowerCase()
			: '';
	return `${sign}${scale}`;
}

/**
 * True when a number is a bound, not a value ("well below minus 30 degrees", "more than 200",
 * "at least 40"): another number there may leave the claim true.
 */
export function isBound(text: string, at: number): boolean {
	return /\b(?:below|above|over|under|beyond|exceeding|more than|less than|fewer than|greater than|at least|at most|up to|as much as|as many as|no more than)\s+(?:minus\s+)?$/iu.test(
		text.slice(0, at)
	);
}

/**
 * True when a one-word name spells the start of two items its key lists ("Nitinol" → "An alloy
 * of nickel and titanium": Ni + ti): the name gives the key away.
 */
export function nameSpellsKey(name: string, key: string): boolean {
	if (/\s/u.test(name.trim())) return false;
	const items = /\b(\p{Ll}{3,})\s+and\s+(\p{Ll}{3,})\b/u.exec(key);
	if (!items) return false;
	const lower = name.toLowerCase();
	for (let a = 2; a <= 3; a++)
		for (let b = 2; b <= 3; b++)
			if (lower.startsWith(items[1].slice(0, a) + items[2].slice(0, b))) return true;
	return false;
}
