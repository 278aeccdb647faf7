import { readValues } from './answer-values';
import { sameUnit, UNIT_SPELLINGS } from './units';

/**
 * How a unit of measure is written, for the unit rule (`answer-unit.ts`): which written units
 * are one unit of measure (`unitId`, `unitProduct`), and whether a typed unit is the key's
 * written another way (`sameUnitWritten`: "588N", "newtons" for "N", "kg·m·s⁻¹" for "kg m/s";
 * case tells "mW" from "MW"). Units and their names are `units.ts`'s.
 */

/**
 * Units of measure `units.ts` knows (their ids), not the counted words `answer-values.ts` reads
 * nor "%", a share more than a unit ("90" for "90%" stays the marking's `value`).
 */
const MEASURE_IDS: ReadonlySet<string> = new Set(
	UNIT_SPELLINGS.map(([id]) => id).filter((id) => id !== '%')
);

/** SI symbols a product of units may hold that `units.ts` has no entry for. */
const MORE_SYMBOLS: ReadonlySet<string> = new Set([
	'mol',
	'cd',
	'rad',
	'sr',
	'lx',
	'lm',
	'Wb',
	'T'
]);

/**
 * The one unit id `units.ts` reads `unit` as when it follows a number ("N", "newtons" → newton;
 * "m/s", "metres per second" → m/s; "mW" → milliwatt), or null when it is not exactly one unit
 * of measure.
 */
export function unitId(unit: string): string | null {
	const read = readValues(`1 ${unit}`, false);
	if (read.values.length !== 1 || read.words.length || read.loose.length) return null;
	if (read.currencies.size || read.units.size !== 1) return null;
	const [id] = read.units;
	return MEASURE_IDS.has(id) ? id : null;
}

/**
 * `unit` as a product of symbols with powers, written one way ("kg m/s", "kg·m·s⁻¹", "kg m s^-1"
 * → "kg^1 m^1 s^-1"; "m/s²" → "m^1 s^-2"), or null when it is not one (a name, an unknown
 * symbol, more than one "/"). Symbols are compared as written: case tells "mW" from "MW".
 */
export function unitProduct(unit: string): string | null {
	const text = unit.normalize('NFKC').replace(/−/g, '-').trim();
	const halves = text.split('/');
	if (halves.length > 2 || halves.some((half) => !half.trim())) return null;
	const powers = new Map<string, number>();
	for (const [side, half] of halves.entries()) {
		for (const factor of half.trim().split(/[\s·⋅*.]+/u)) {
			const match = /^([^\d^-]+)\^?(-?\d+)?$/u.exec(factor);
			if (!match) return null;
			const [, symbol, power = '1'] = match;
			if (!MORE_SYMBOLS.has(symbol) && unitId(symbol) === null) return null;
			const signed = Number(power) * (side === 0 ? 1 : -1);
			powers.set(symbol, (powers.get(symbol) ?? 0) + signed);
		}
	}
	return [...powers]
		.filter(([, power]) => power !== 0)
		.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
		.map(([symbol, power]) => `${symbol}^${power}`)
		.join(' ');
}

/** `unit` without spaces, `·`, `*` and `^`, superscripts as digits: "kg m/s" and "kgm/s" alike. */
function squashed(unit: string): string {
	return unit
		.normalize('NFKC')
		.replace(/−/g, '-')
		.replace(/[\s·⋅*^]+/gu, '');
}

/**
 * Whether a typed unit is the key's unit written another way (`answer-unit.ts`'s note): the same
 * once spaces are taken out ("588N"), the same unit `units.ts` reads ("newtons" for "N"), or
 * the same product of symbols ("kg·m·s⁻¹" for "kg m/s"). Case counts where `units.ts` says and
 * in symbols: "mW" is never "MW".
 */
export function sameUnitWritten(typed: string, key: string): boolean {
	if (squashed(typed) === squashed(key)) return true;
	const [a, b] = [unitId(typed), unitId(key)];
	if (a !== null && b !== null) return sameUnit(a, b);
	const [p, q] = [unitProduct(typed), unitProduct(key)];
	return p !== null && p === q;
}
