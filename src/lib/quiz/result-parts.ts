import { crc32Text } from './bytes';

/**
 * A result code too long for one QR code that a phone camera reads comfortably travels as
 * several "part" codes, each a QR code of its own:
 *
 *     P1.<k>.<n>.<group>.<slice>        e.g.  P1.2.3.1x9zq0.AbC…   (part 2 of 3)
 *
 * `group` is the CRC-32 (base 36) of the whole code, so parts of two students' codes never mix
 * and a wrongly assembled code is noticed before it is decoded (the code's own checksum then
 * checks the contents). Parts can be scanned in any order, twice, interleaved with other codes.
 */

/**
 * Longest code, in characters, shown as one QR code. 700 base64url characters are a version 22
 * QR code at error correction M (105 modules a side), still read from a phone held at arm's
 * length; longer ones get dense enough that a classroom camera struggles.
 */
export const SINGLE_QR_CHARS = 700;
/** Characters of the result code per part (≈ a version 19 QR code). */
export const PART_CHARS = 600;

const PART = /^P1\.(\d{1,3})\.(\d{1,3})\.([0-9a-z]{1,7})\.([A-Za-z0-9_.-]+)$/;

/** The code itself when it fits one QR code, else its parts in order (each names "k of n"). */
export function splitResultCode(code: string): string[] {
	if (code.length <= SINGLE_QR_CHARS) return [code];
	const n = Math.ceil(code.length / PART_CHARS);
	const size = Math.ceil(code.length / n);
	const group = crc32Text(code).toString(36);
	return Array.from(
		{ length: n },
		(_, i) => `P1.${i + 1}.${n}.${group}.${code.slice(i * size, (i + 1) * size)}`
	);
}

export interface ParsedPart {
	index: number;
	total: number;
	group: string;
	slice: string;
}

/** A part code's fields, or null when `text` is not a well-formed part. */
export function parsePart(text: string): ParsedPart | null {
	const match = PART.exec(text.trim());
	if (!match) return null;
	const index = Number(match[1]);
	const total = Number(match[2]);
	if (total < 2 || index < 1 || index > total) return null;
	return { index, total, group: match[3], slice: match[4] };
}

export type PartOutcome =
	| { status: 'waiting'; have: number; total: number; group: string; repeated: boolean }
	| { status: 'complete'; code: string; total: number }
	| { status: 'mismatch'; total: number };

/**
 * Collects parts until a code is whole. Keeps every unfinished group (a teacher may scan part
 * 1 of two students before their part 2s); a finished group is forgotten.
 */
export class PartCollector {
	#groups = new Map<string, { total: number; slices: (string | undefined)[] }>();

	add(part: ParsedPart): PartOutcome {
		let entry = this.#groups.get(part.group);
		if (!entry || entry.total !== part.total) {
			entry = { total: part.total, slices: new Array(part.total).fill(undefined) };
			this.#groups.set(part.group, entry);
		}
		const repeated = entry.slices[part.index - 1] !== undefined;
		entry.slices[part.index - 1] = part.slice;
		const have = entry.slices.filter((s) => s !== undefined).length;
		if (have < entry.total)
			return { status: 'waiting', have, total: entry.total, group: part.group, repeated };
		this.#groups.delete(part.group);
		const code = entry.slices.join('');
		if (crc32Text(code).toString(36) !== part.group)
			return { status: 'mismatch', total: entry.total };
		return { status: 'complete', code, total: entry.total };
	}

	/** Groups still missing parts, for "2 of 3 parts scanned" hints. */
	get pending(): { group: string; have: number; total: number }[] {
		return [...this.#groups].map(([group, e]) => ({
			group,
			total: e.total,
			have: e.slices.filter((s) => s !== undefined).length
		}));
	}
}
