import { MONTH_NAMES } from '../content/months';
import { digitsOf, type Fact, type Lexicon } from './facts';
import { fold, seededOrder } from './text';
import { eraCue, straddlingYears } from './idea-year';
import { halvesClash } from '../text/choice-halves';

/**
 * Wrong values of the same fine type as the answer: MCQ distractors and the swapped value of a
 * false statement (issue 9 items 2 and 3). Years never pass the article's year (or the corpus
 * cap), numbers stay within a believable factor, names come from the same article first.
 */

/**
 * Values below and above the answer in the order to try them: how many of the three wrong
 * values lie below it is 0, 1, 2 or 3 in equal shares across questions (by `seed`), then the
 * rest as a fallback. Otherwise the answer is mostly the middle choice, a cue blind reviewers
 * of the bank named ("the only moderate choice among extremes", lead's note of 2026-12-06).
 */
export function balancedOrder<T>(below: T[], above: T[], seed: string): T[] {
	const under = seededOrder(below, seed);
	const over = seededOrder(above, seed);
	const k = seededOrder([0, 1, 2, 3], `${seed}|side`)[0];
	return [...under.slice(0, k), ...over.slice(0, 3 - k), ...under.slice(k), ...over.slice(3 - k)];
}

/**
 * Years within five of the answer, none in the sentence, none after `cap`, and each on the same
 * side as the answer of every other year the sentence names (`others`): a paper on dust
 * "observed in 1995" was not published in 1990 (blind review U1, S03). `balanced`: below and
 * above the answer in even shares (`balancedOrder`), else the bank's older seeded order.
 */
export function yearDistractors(
	year: number,
	seed: string,
	banned: Set<string>,
	cap: number,
	others: number[] = [],
	balanced = true
) {
	const offsets = balanced
		? balancedOrder([-1, -2, -3, -4, -5, -6, -7, -8, -9], [1, 2, 3, 4, 5, 6, 7], seed)
		: seededOrder([-4, -3, -2, -1, 1, 2, 3, 4, 5, -5, -6, -7, 6, 7, -8, -9], seed);
	const out: string[] = [];
	for (const offset of offsets) {
		const next = year + offset;
		const value = String(next);
		const sameSide = others.every((y) => Math.sign(next - y) === Math.sign(year - y));
		if (!banned.has(value) && next <= cap && sameSide) out.push(value);
		if (out.length === 3) break;
	}
	return out;
}

function formatLike(original: string, value: number): string {
	const decimals = /\.(\d+)/.exec(original)?.[1].length ?? 0;
	const fixed = value.toFixed(decimals);
	if (!original.includes(',')) return fixed;
	const [whole, fraction] = fixed.split('.');
	return whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + (fraction ? `.${fraction}` : '');
}

/**
 * Figures a reader could believe but would know are wrong, rounded like the answer, none
 * printed anywhere in the corpus: `balanced`, 0.4 to 3 times the answer (a share 10 to 30
 * points away, between 1 and 99), below and above it in even shares (`balancedOrder`); else
 * the bank's older rule, half to two and a half times (a share 15 to 30 points away).
 */
export function numberDistractors(
	answer: string,
	seed: string,
	lexicon: Lexicon,
	balanced = true
): string[] {
	const match = /^(US\$|\$|EUR\s|€)?([\d,]+(?:\.\d+)?)(.*)$/.exec(answer);
	if (!match) return [];
	const [, currency = '', digits, rest] = match;
	const value = Number(digits.replace(/,/g, ''));
	if (/%|percent/.test(rest)) {
		const offsets = balanced
			? balancedOrder([-30, -20, -15, -10], [10, 15, 20, 30], seed)
			: seededOrder([-30, -20, -15, 15, 20, 30], seed);
		const options = offsets
			.map((offset) => value + offset)
			.filter((next) => next > 0 && next < 100 && next !== value);
		return options.slice(0, 3).map((next) => `${next}${rest}`);
	}
	// There are under 200 states: "290 countries recognise Kosovo" is absurd, not plausible.
	const ceiling = /^\s*(?:countries|states|nations)\b/.test(rest) ? 193 : Infinity;
	const factors = balanced
		? balancedOrder([0.4, 0.5, 0.6, 0.75], [1.5, 2, 2.5, 3], seed)
		: seededOrder([0.5, 0.6, 1.5, 2, 2.5], seed);
	const out: string[] = [];
	for (const factor of factors) {
		let next = value * factor;
		const magnitude = 10 ** Math.max(0, Math.floor(Math.log10(next)) - 1);
		next = digits.includes('.')
			? Math.round(next * 10) / 10
			: Math.round(next / magnitude) * magnitude;
		if (next === value || next <= 0 || next > ceiling) continue;
		const text = `${currency}${formatLike(digits, next)}${rest}`;
		if (out.includes(text)) continue;
		if (lexicon.corpusNumbers.has(digitsOf(formatLike(digits, next)))) continue;
		out.push(text);
		if (out.length === 3) break;
	}
	return out;
}

/** Full dates a few days or months away, never after `cap` (year); later ones unless `balanced`. */
export function dateDistractors(
	answer: string,
	seed: string,
	cap: number,
	balanced = false
): string[] {
	const dayFirst = /^(\d{1,2})\s+(\w+),?\s+(\d{4})$/.exec(answer);
	const monthFirst = /^(\w+)\s+(\d{1,2}),?\s+(\d{4})$/.exec(answer);
	if (!dayFirst && !monthFirst) return [];
	const day = Number(dayFirst?.[1] ?? monthFirst?.[2]);
	const month = (MONTH_NAMES as readonly string[]).indexOf(dayFirst?.[2] ?? monthFirst?.[1] ?? '');
	const year = Number(dayFirst?.[3] ?? monthFirst?.[3]);
	if (month < 0) return [];
	const out = new Set<string>();
	// [day shift, month shift]. Later, never earlier, in the bank: a date moved before the events
	// it follows (a recognition before the declaration) would be impossible, not plausible; but
	// then the answer is always the earliest choice. `balanced` (unread drafts, whose sentence's
	// own years keep the order: `yearOutOfOrder`) puts it anywhere (`balancedOrder`).
	const later: [number, number][] = [
		[3, 1],
		[-5, 2],
		[7, 3],
		[0, 4],
		[-2, 5],
		[10, 6]
	];
	const earlier = later.map(([d, m]): [number, number] => [d, -m]);
	const shifts = balanced ? balancedOrder(earlier, later, seed) : seededOrder(later, seed);
	for (const [dayShift, monthShift] of shifts) {
		const total = month + monthShift;
		const newYear = year + Math.floor(total / 12);
		if (newYear > cap) continue;
		const newMonth = MONTH_NAMES[(total + 12) % 12];
		const newDay = Math.min(28, Math.max(1, day + dayShift));
		const text = dayFirst
			? `${newDay} ${newMonth} ${newYear}`
			: `${newMonth} ${newDay}, ${newYear}`;
		if (text !== answer) out.add(text);
		if (out.size === 3) break;
	}
	return [...out];
}

/** Same fine type, from the same article first, none named in the cited sentence. */
export function poolDistractors(fact: Fact, pools: Pools, seed: string, lexicon: Lexicon) {
	const inSentence = (value: string) => fold(fact.sentence.text).includes(fold(value));
	const local = pools.byDoc.get(`${fact.sentence.doc}|${fact.fine}`) ?? [];
	const all = pools.all.get(fact.fine) ?? [];
	const out: string[] = [];
	for (const value of [...seededOrder(local, seed), ...seededOrder(all, seed)]) {
		if (fold(value) === fold(fact.answer) || inSentence(value)) continue;
		if (lexicon.personByAlias.get(fold(value)) === fact.identity) continue;
		if (out.some((v) => fold(v) === fold(value))) continue;
		// "China", "Russia" beside "China and Russia": the form gives the answer away (outsider, session 32).
		if (halvesClash([fact.answer, ...out, value])) continue;
		out.push(value);
		if (out.length === 3) break;
	}
	return out;
}

/** Values of each fine type, corpus-wide and per article (`doc|fine`), sorted. */
export interface Pools {
	all: Map<string, string[]>;
	byDoc: Map<string, string[]>;
}

export function buildPools(facts: Fact[]): Pools {
	const all = new Map<string, Set<string>>();
	const byDoc = new Map<string, Set<string>>();
	const add = (map: Map<string, Set<string>>, key: string, value: string) =>
		map.set(key, (map.get(key) ?? new Set<string>()).add(value));
	for (const fact of facts) {
		if (['year', 'number', 'date', 'quote'].includes(fact.kind)) continue;
		add(all, fact.fine, fact.answer);
		add(byDoc, `${fact.sentence.doc}|${fact.fine}`, fact.answer);
	}
	const sorted = (map: Map<string, Set<string>>) =>
		new Map([...map].map(([key, set]) => [key, [...set].sort()]));
	return { all: sorted(all), byDoc: sorted(byDoc) };
}

/**
 * Three (or fewer) wrong values for a fact; `cap` is the latest year a choice may name;
 * `docYears` are the years the article names: one of them may be true of a similar event
 * ("signed an agreement in 2019" and "announced cooperation in 2024"), so none is offered as wrong.
 */
export function distractorsFor(
	fact: Fact,
	pools: Pools,
	lexicon: Lexicon,
	cap: number,
	docYears: Set<string> = new Set()
): string[] {
	const seed = `${fact.sentence.doc}|${fact.identity}|${fact.sentence.text}`;
	// Unread drafts (`lexicon.salience`) place the answer evenly among its choices; the built-in
	// bank keeps the choices its reviewers read until they read the new ones.
	const balanced = lexicon.salience !== undefined;
	if (fact.kind === 'year') {
		const inSentence = fact.sentence.text.match(/\b\d{4}\b/g) ?? [];
		const banned = new Set([...inSentence, ...docYears]);
		const others = inSentence.map(Number).filter((y) => y !== Number(fact.answer));
		// Unread drafts: years straddling the key (`idea-year.ts`), never one digit apart at one side;
		// none for a year an election's cycle or an era pins (`eraCue`): then it is typed.
		if (balanced && eraCue(fact.sentence.text)) return [];
		if (balanced)
			return straddlingYears(
				Number(fact.answer),
				seed,
				banned,
				Math.min(cap, ...others.filter((y) => y > Number(fact.answer)).map((y) => y - 1), cap)
			);
		return yearDistractors(Number(fact.answer), seed, banned, cap, others, balanced);
	}
	if (fact.kind === 'number') return numberDistractors(fact.answer, seed, lexicon, balanced);
	if (fact.kind === 'date') return dateDistractors(fact.answer, seed, cap, balanced);
	return poolDistractors(fact, pools, seed, lexicon);
}
