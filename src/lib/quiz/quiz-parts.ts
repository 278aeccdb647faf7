import * as v from 'valibot';
import { crc32Text } from './bytes';
import { qrFit, readableTail } from './qr';
import { pluralOf } from '$lib/text/plural';

/**
 * A quiz whose QR link is too long for one code phones read reliably (`QR_BYTES.projector`)
 * travels as a numbered series of QR codes, each a whole link of its own that a phone's camera
 * opens ("Code 1 of 3"), as offline transfer tools do when data exceeds one code (outsider
 * teacher, issue 12: one code held 4 of her 12 own-course questions, and with bad Wi-Fi a QR code
 * is how a quiz reaches 30 phones):
 *
 *     <origin>/quiz#QP1.<k>.<n>.<group>.<check>.<slice>      e.g.  …#QP1.2.3.1x9zq0.k2p.AbC…
 *
 * `slice` is the k-th of n even slices of the quiz's QR code (`qrCodeOf`, itself checked by the
 * envelope's CRC); `group` is the CRC-32 (base 36) of that whole code, so parts of two quizzes,
 * or of two versions of one, never mix, and a wrongly assembled code is noticed before decoding;
 * `check` is the CRC-32 (base 36) of the part's other fields, so a damaged part is refused on its
 * own ("scan it again") instead of spoiling the whole. The result codes' parts (`P1.`,
 * `result-parts.ts`) go the other way, to the teacher, and carry no link.
 */

/** Most codes a quiz is shown as; a longer quiz is shared by its link (scanning 12 is already a lot). */
export const MAX_QR_PARTS = 12;

const PART = /^QP1\.(\d{1,2})\.(\d{1,2})\.([0-9a-z]{1,7})\.([0-9a-z]{1,7})\.([A-Za-z0-9_.-]+)$/;

/** A part's fields, checked (`parseQuizPart`). `index` is 1-based. */
export interface QuizPart {
	index: number;
	total: number;
	group: string;
	slice: string;
}

const PartSchema = v.pipe(
	v.object({
		index: v.pipe(v.number(), v.integer(), v.minValue(1)),
		total: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_QR_PARTS)),
		group: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,7}$/)),
		slice: v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]+$/))
	}),
	v.check((p) => p.index <= p.total)
);

/** Whether a link's code (`extractCode`'s) is one of a quiz's QR code series. */
export function isQuizPart(code: string): boolean {
	return code.startsWith('QP');
}

const check = (index: number, total: number, group: string, slice: string) =>
	crc32Text(`${index}.${total}.${group}.${slice}`).toString(36);

/** A part's link besides its slice, at its longest (two-digit counts, 7-digit CRCs). */
const partHead = (origin: string) => `${origin}/quiz#QP1.12.12.xxxxxxx.xxxxxxx.`;

/**
 * The part codes of `code` (a quiz's QR code) for links from `origin`: one part when its link
 * fits one readable code, else the fewest even slices whose links each fit one (`readableTail`:
 * a format-3 code's digits in numeric mode, a base64url code one byte a character), or [] when
 * that would take more than `MAX_QR_PARTS` codes (or the origin leaves no room). Part k of n is
 * `parts[k - 1]`.
 */
export function splitQuizCode(code: string, origin: string): string[] {
	if (qrFit(`${origin}/quiz#${code}`) === 'projector') return [code];
	// A format-3 code's first slice starts with its prefix ("Q3."), carried in byte mode.
	const room = /^Q\d+\.\d+$/.test(code)
		? readableTail(partHead(origin) + code.slice(0, code.indexOf('.') + 1), 'digits')
		: readableTail(partHead(origin), 'bytes');
	if (room < 16) return [];
	const total = Math.ceil(code.length / room);
	if (total > MAX_QR_PARTS) return [];
	const size = Math.ceil(code.length / total);
	const group = crc32Text(code).toString(36);
	return Array.from({ length: total }, (_, i) => {
		const index = i + 1;
		const slice = code.slice(i * size, (i + 1) * size);
		return `QP1.${index}.${total}.${group}.${check(index, total, group, slice)}.${slice}`;
	});
}

/** The links a quiz's QR codes carry, in order: `splitQuizCode`'s parts after `origin`. */
export function quizPartLinks(code: string, origin: string): string[] {
	return splitQuizCode(code, origin).map((part) => `${origin}/quiz#${part}`);
}

export type ParsedQuizPart = { ok: true; part: QuizPart } | { ok: false; message: string };

/**
 * Reads a part code (as `extractCode` gives it). Never throws: a cut-off, edited or foreign
 * part gets a message that says what to do.
 */
export function parseQuizPart(code: string): ParsedQuizPart {
	const match = PART.exec(code.trim());
	const damaged = (which: string) => ({
		ok: false as const,
		message: `This QR code ${which} is damaged or cut off, so it cannot be used. Scan it again, or ask your teacher to show it again.`
	});
	if (!match) return damaged('of a quiz');
	const parsed = v.safeParse(PartSchema, {
		index: Number(match[1]),
		total: Number(match[2]),
		group: match[3],
		slice: match[5]
	});
	if (!parsed.success) return damaged('of a quiz');
	const part = parsed.output;
	if (check(part.index, part.total, part.group, part.slice) !== match[4])
		return damaged(`(code ${part.index} of ${part.total} of a quiz)`);
	return { ok: true, part };
}

/**
 * One quiz's parts gathered on this device; `slices[k - 1]` is part k's, or null. A set with
 * every slice is a quiz already whole here: kept, so any one of its codes opens it again.
 */
export interface PartSet {
	/** The CRC-32 (base 36) of the whole quiz's code, as every part names it. */
	group: string;
	total: number;
	slices: (string | null)[];
	/** When a part of it last came (ms since the epoch): the oldest sets are let go first. */
	at: number;
}

export const PartSetsSchema = v.array(
	v.pipe(
		v.object({
			group: v.pipe(v.string(), v.regex(/^[0-9a-z]{1,7}$/)),
			total: v.pipe(v.number(), v.integer(), v.minValue(2), v.maxValue(MAX_QR_PARTS)),
			slices: v.array(v.nullable(v.pipe(v.string(), v.regex(/^[A-Za-z0-9_.-]+$/)))),
			at: v.number()
		}),
		v.check((s) => s.slices.length === s.total)
	)
);

/**
 * How many quizzes' series, whole or still gathering, a device keeps (a student may start two,
 * or a new version, and reopen a finished one to show the teacher the result), of at most 12
 * codes of at most `QR_BYTES.projector` bytes each.
 */
export const KEPT_SETS = 16;

/**
 * `waiting`: `have` are the parts got (1-based, ascending), `missing` the rest; `complete`: the
 * whole quiz code; `mismatch`: the parts do not make the code they name (never expected from
 * parts that passed their checks; they are dropped so a fresh scan starts over).
 */
export type PartOutcome =
	| { status: 'waiting'; have: number[]; missing: number[]; total: number }
	| { status: 'complete'; code: string }
	| { status: 'mismatch'; total: number };

/**
 * Adds `part` to `sets` (as stored; not changed) at time `now` (ms): the sets to store and what
 * the part made. A complete series stays in the store as the whole quiz, keyed by its code's
 * checksum (`group`): a later scan of any one of its codes opens the quiz at once, as a Kahoot
 * PIN reopens a game (outsider teacher, issue 12: a student who finished opened code 1 again
 * to show her result and was asked for code 2). Parts of another group, even of the same
 * quiz's other version, go to their own set; a series of another length under the same group,
 * or another slice where a whole set has one (not expected), starts that set over. The
 * `KEPT_SETS` latest sets are kept.
 */
export function addQuizPart(
	sets: readonly PartSet[],
	part: QuizPart,
	now: number
): { sets: PartSet[]; outcome: PartOutcome } {
	let found = sets.find((s) => s.group === part.group && s.total === part.total);
	if (found && isWhole(found) && found.slices[part.index - 1] !== part.slice) found = undefined;
	const slices = found ? [...found.slices] : new Array<string | null>(part.total).fill(null);
	slices[part.index - 1] = part.slice;
	const others = sets.filter((s) => s.group !== part.group);
	const set: PartSet = { group: part.group, total: part.total, slices, at: now };
	const kept = [set, ...others].sort((a, b) => b.at - a.at).slice(0, KEPT_SETS);
	const have = slices.flatMap((s, i) => (s === null ? [] : [i + 1]));
	if (have.length === part.total) {
		const code = slices.join('');
		return crc32Text(code).toString(36) === part.group
			? { sets: kept, outcome: { status: 'complete', code } }
			: { sets: others, outcome: { status: 'mismatch', total: part.total } };
	}
	const missing = slices.flatMap((s, i) => (s === null ? [i + 1] : []));
	return { sets: kept, outcome: { status: 'waiting', have, missing, total: part.total } };
}

function isWhole(set: PartSet): boolean {
	return set.slices.every((s) => s !== null);
}

/** "1", "1 and 3", "1, 2 and 4". */
function numberList(numbers: readonly number[]): string {
	return numbers.length < 2
		? numbers.join('')
		: `${numbers.slice(0, -1).join(', ')} and ${numbers.at(-1)}`;
}

/**
 * What the student's screen says while parts are missing: "Got code 1 of 3. Scan codes 2 and 3
 * to open the quiz." (`have`, `missing`: 1-based part numbers, ascending).
 */
export function waitingWords(have: readonly number[], missing: readonly number[], total: number) {
	// The noun follows the count's own number ("code 1", "codes 2 and 3"): `pluralOf`, the app's
	// one plural rule (text/plural.ts), not an "s" by hand.
	const codes = (numbers: readonly number[]) => (numbers.length === 1 ? 'code' : pluralOf('code'));
	const got = `Got ${codes(have)} ${numberList(have)} of ${total}.`;
	const scan = `Scan ${codes(missing)} ${numberList(missing)} to open the quiz.`;
	return { got, scan };
}

/** Said when the parts did not make a quiz (`mismatch`). */
export const MISMATCH_WORDS =
	'These QR codes did not fit together into one quiz, so they were set aside. Scan all the codes of the quiz again, one after another.';
