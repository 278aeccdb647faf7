import { deflateSync, inflateSync } from 'fflate';
import { fromDigits, toDigits } from './digits';
import { QR_DICTIONARY, QR_DICTIONARY_4 } from './qr-dictionary';
import { crc32, fromBase64Url, toBase64Url } from './bytes';

/**
 * The wire format shared by quiz links and result codes:
 *
 *     <kind letter><version>.<base64url(body)>        e.g.  Q1.AbC…   R1.xYz…
 *     body = varint(compressed length) varint(json length) deflate-raw(json) crc32(prefix+…)
 *
 * A quiz's QR code is format 4 (`DIGIT_VERSION`): `Q4.<digits(body)>`, its JSON a payload whose
 * lean questions are short rows (`LeanRow`, `quiz-payload.ts`), deflated with a preset dictionary
 * (`qr-dictionary.ts`) and the body written in decimal digits (`digits.ts`), which a QR code packs
 * in numeric mode: about 30% fewer QR bits than base64url in byte mode (quiz44). Format 3 is the
 * same with format-2 rows only (every lean question a 9-field row), still read. Links to copy
 * stay base64url (fewer characters in a chat).
 *
 * The readable prefix says what a code is and which format version made it, so a result pasted
 * where a quiz is expected, or a code from a newer Flashpoint, gets its own message before any
 * decoding. Both lengths are declared up front: a shorter body means the code was cut off
 * (truncated), and the decompressed size is known and capped BEFORE inflating, so a small code
 * cannot expand into megabytes. The CRC-32 catches edited or damaged codes; it is a checksum, not
 * a signature (anyone can recompute it): forged scores are defeated by re-scoring on the
 * teacher's device, not by this.
 */

export type CodeKind = 'quiz' | 'result';

/**
 * The latest moment a code may carry, in epoch seconds (9999-12-31T23:59:59Z): any later date
 * cannot be written as an ISO date (`toISOString` throws past year 275760, and CSV readers
 * take only four-digit years), so a code claiming one is refused, never shown (issue 14: one
 * such result broke Export CSV for the whole class).
 */
export const LATEST_DATE_SECONDS = 253_402_300_799;

export const KIND_LETTER: Record<CodeKind, string> = { quiz: 'Q', result: 'R' };
/**
 * The newest format version this build writes and reads, per kind; every older version of a kind
 * still decodes. Results are at 2: version 2 added the attempt id (see result-code.ts). Quiz
 * links are at 4: version 2 added reworded questions as changes (`reworded.ts`; a link without
 * one is still written as version 1), version 3 is a QR code's digit form, version 4 the same
 * with lean questions as short rows (`DIGIT_VERSION`); versions 5 (base64url) and 6 (digits,
 * format 4's dictionary) carry a multiple-answer question (`MULTI_VERSIONS`), so a phone on an
 * older release says "made by a newer version … update the app" instead of refusing the link as
 * broken or asking it wrong (session 38). Results are at 3 when an answer is ticked choices
 * (`result-code.ts`).
 */
export const CODE_VERSIONS: Record<CodeKind, number> = { quiz: 6, result: 3 };
/**
 * The prefixes codes of `kind` may start with, newest format first: "R3.", "R2.", "R1." for a
 * result, from `CODE_VERSIONS` (every older version still decodes), so a message naming them
 * stays right when a format is added (it said "R2. or R1." after R3 came; outsider, session 38).
 */
export function codePrefixes(kind: CodeKind): string[] {
	return Array.from(
		{ length: CODE_VERSIONS[kind] },
		(_, i) => `${KIND_LETTER[kind]}${CODE_VERSIONS[kind] - i}.`
	);
}

/**
 * The quiz formats of a link that asks a multiple-answer question (`multi`): base64url, and the
 * digit form a QR code carries. A link without one keeps its older format, so a class on an older
 * release still opens every other quiz.
 */
export const MULTI_VERSIONS = { text: 5, digits: 6 } as const;
/**
 * The quiz format written in digits with `QR_DICTIONARY` (see the top): a QR code's only. Its
 * payload is format 2's, its lean questions as short rows (`LeanRow`); an older Flashpoint says
 * "made by a newer version … update the app". Format 3 (digits, format-2 rows) is still read.
 */
export const DIGIT_VERSION = 4;

/**
 * Whether codes of `kind` at `version` are written in digits (formats 3, `DIGIT_VERSION` and
 * `MULTI_VERSIONS.digits`).
 */
function inDigitForm(kind: CodeKind, version: number): boolean {
	return kind === 'quiz' && (version === 3 || version === 4 || version === MULTI_VERSIONS.digits);
}

/** The preset dictionary of a digit form's `version`: format 3's, or format 4's (also 6's). */
function dictionaryOf(version: number): Uint8Array {
	return version === 3 ? QR_DICTIONARY : QR_DICTIONARY_4;
}
/** The quiz link's format version (kept for callers that predate per-kind versions). */
export const CODE_VERSION = CODE_VERSIONS.quiz;

export type DecodeFailure =
	| 'empty'
	| 'not-a-code'
	| 'wrong-kind'
	| 'newer-version'
	| 'truncated'
	| 'corrupt'
	| 'too-large'
	| 'invalid';

export type Decoded<T> =
	| { ok: true; value: T }
	| { ok: false; reason: DecodeFailure | 'other-quiz' | 'bank-mismatch'; message: string };

export interface Limits {
	/** Longest code text accepted, checked before anything is decoded. */
	maxChars: number;
	/** Largest JSON accepted after decompression. */
	maxJsonBytes: number;
}

const NOUN: Record<CodeKind, string> = { quiz: 'quiz link', result: 'result code' };

export function failure(
	reason: DecodeFailure | 'other-quiz' | 'bank-mismatch',
	message: string
): Decoded<never> {
	return { ok: false, reason, message };
}

/** Accepts a bare code or a whole link (the code then sits in the fragment after `#`). */
export function extractCode(input: string): string {
	const text = input.trim();
	const hash = text.indexOf('#');
	return (hash >= 0 ? text.slice(hash + 1) : text).trim();
}

/**
 * `version` is set by tests that make codes of an older format, and by `encodeQuizRefs`: a quiz
 * link needs format 2 only when it carries reworded questions as changes.
 */
export function encodeEnvelope(
	kind: CodeKind,
	json: string,
	version = CODE_VERSIONS[kind]
): string {
	const prefix = `${KIND_LETTER[kind]}${version}.`;
	const key = prefix + json;
	const known = recentCodes.get(key);
	if (known !== undefined) {
		recentCodes.delete(key);
		recentCodes.set(key, known);
		return known;
	}
	const code = packEnvelope(
		prefix,
		json,
		inDigitForm(kind, version) ? dictionaryOf(version) : null
	);
	rememberCode(key, code);
	return code;
}

/**
 * A quiz code (any format, as `encodeQuiz` makes or a quiz saved earlier keeps) in the digit
 * form a QR code carries (`DIGIT_VERSION`), the same payload; a code already in it, or one that
 * does not decode (never made by this app; a screen must not fail on it), comes back as it is.
 */
export function quizCodeInDigits(code: string, limits: Limits): string {
	if (/^Q[346]\./.test(code)) return code;
	const decoded = decodeEnvelope(code, 'quiz', limits);
	if (!decoded.ok) return code;
	const multi = code.startsWith(`Q${MULTI_VERSIONS.text}.`);
	return encodeEnvelope(
		'quiz',
		JSON.stringify(decoded.value),
		multi ? MULTI_VERSIONS.digits : DIGIT_VERSION
	);
}

/**
 * Deflate options, by measurement (perf43, 2026-12-05, 800 quizzes of 1–60 questions from the
 * shipped bank, full and by id): level 9 makes the shortest codes (level 6 is 0.7% longer on 50
 * questions, level 1 9%), so it stays, as QR codes need every byte. fflate's `mem: 8`, set here
 * before, allocated and zeroed a 2 MB hash table on every call (~2 ms each, most of a short
 * code's cost) and made the same bytes as fflate's own table size in all 1,600 inputs; the golden
 * codes (`golden-codes.test.ts`) are unchanged. Any deflate stream decodes, so older versions read
 * the codes whatever the options.
 */
const DEFLATE = { level: 9 } as const;

/** The envelope of `json`; in digits, deflated with `dictionary`, when one is given. */
function packEnvelope(prefix: string, json: string, dictionary: Uint8Array | null): string {
	const digits = dictionary !== null;
	const raw = new TextEncoder().encode(json);
	const compressed = deflateSync(raw, dictionary ? { ...DEFLATE, dictionary } : DEFLATE);
	const head = [...varint(compressed.length), ...varint(raw.length)];
	const body = new Uint8Array(head.length + compressed.length + 4);
	body.set(head, 0);
	body.set(compressed, head.length);
	const crc = crc32(concat(new TextEncoder().encode(prefix), body.subarray(0, body.length - 4)));
	new DataView(body.buffer).setUint32(body.length - 4, crc);
	return prefix + (digits ? toDigits(body) : toBase64Url(body));
}

/**
 * Codes made lately, by prefix and JSON, newest last: an encoding depends on nothing else, and
 * opening a quiz asked for the same ones again and again (its saved code, its QR code, each
 * question count the Share panel tries, again once the page knows its origin: 36–52 deflates of
 * a 50-question quiz, perf43). Bounded by `RECENT_CODE_CHARS` characters of keys.
 */
const recentCodes = new Map<string, string>();
let recentChars = 0;
/** About 2 MB of strings: a 50-question quiz's full JSON is 30–35 K characters. */
const RECENT_CODE_CHARS = 1_000_000;

function rememberCode(key: string, code: string): void {
	if (key.length > RECENT_CODE_CHARS / 4) return;
	recentCodes.set(key, code);
	recentChars += key.length;
	for (const [oldKey] of recentCodes) {
		if (recentChars <= RECENT_CODE_CHARS) break;
		recentCodes.delete(oldKey);
		recentChars -= oldKey.length;
	}
}

/**
 * Every check that needs no schema: prefix, size, truncation, checksum, decompression.
 * `checksum: false` skips only the checksum, to read what a damaged code still says (whose
 * result it was) for the refusal message; its contents are never used as a result.
 */
export function decodeEnvelope(
	input: string,
	kind: CodeKind,
	limits: Limits,
	{ checksum = true }: { checksum?: boolean } = {}
): Decoded<unknown> {
	const noun = NOUN[kind];
	const code = extractCode(input);
	if (!code) return failure('empty', `Paste or scan a ${noun} first.`);
	if (code.length > limits.maxChars)
		return failure(
			'too-large',
			`This ${noun} is too large (${code.length} characters; the most Flashpoint accepts is ${limits.maxChars}).`
		);
	const match = /^([A-Za-z])(\d{1,3})\.(.*)$/s.exec(code);
	if (!match) {
		if (/^[QR]\d{0,3}$/.test(code))
			return failure('truncated', `This ${noun} is cut off: only its beginning arrived.`);
		return failure('not-a-code', `This is not a Flashpoint ${noun}.`);
	}
	const [, letter, versionText, data] = match;
	const other = (Object.keys(KIND_LETTER) as CodeKind[]).find(
		(k) => KIND_LETTER[k] === letter.toUpperCase()
	);
	if (!other) return failure('not-a-code', `This is not a Flashpoint ${noun}.`);
	if (other !== kind)
		return failure(
			'wrong-kind',
			other === 'result'
				? 'This is a student’s result code, not a quiz link. Results are collected on the Classroom screen.'
				: 'This is a quiz link, not a result code. Students open it on the Quiz screen.'
		);
	const version = Number(versionText);
	if (version > CODE_VERSIONS[kind])
		return failure(
			'newer-version',
			`This ${noun} was made by a newer version of Flashpoint (format ${version}). Update the app (reload it while online) and try again.`
		);
	if (version < 1) return failure('not-a-code', `This is not a Flashpoint ${noun}.`);
	const digits = inDigitForm(kind, version);
	if (!(digits ? /^\d*$/ : /^[A-Za-z0-9_-]*$/).test(data))
		return failure('corrupt', `This ${noun} contains characters a Flashpoint code never has.`);
	const body = digits ? fromDigits(data) : fromBase64Url(data);
	if (!body)
		return failure('corrupt', `This ${noun} is damaged or was changed: it is not a whole code.`);
	const truncated = () => failure('truncated', `This ${noun} is cut off: part of it is missing.`);
	const head = readVarints(body, 2);
	if (!head) return truncated();
	const [compressedLength, jsonLength] = head.values;
	const expected = head.next + compressedLength + 4;
	// Sizes read from a short scrap of text are noise, not a size: only a code that holds all
	// it declares is "too large" (a zip bomb); "R2.garbageXYZ123" was refused as too large to
	// open and sent a teacher looking for the wrong problem (outsider, session 21).
	if (jsonLength > limits.maxJsonBytes || compressedLength > limits.maxChars)
		return body.length === expected
			? failure('too-large', `This ${noun} is too large to open.`)
			: failure('corrupt', `This ${noun} is damaged or was changed: it is not a whole code.`);
	if (body.length < expected) return truncated();
	if (body.length > expected)
		return failure('corrupt', `This ${noun} is damaged or was changed (it has extra data).`);
	const crc = new DataView(body.buffer, body.byteOffset).getUint32(body.length - 4);
	const prefix = new TextEncoder().encode(`${letter}${versionText}.`);
	if (checksum && crc32(concat(prefix, body.subarray(0, body.length - 4))) !== crc)
		return failure(
			'corrupt',
			`This ${noun} is damaged or was changed: its checksum does not match.`
		);
	let json: string;
	try {
		// One byte of headroom: inflating into it means the data is longer than declared.
		const out = new Uint8Array(jsonLength + 1);
		const inflated = inflateSync(body.subarray(head.next, head.next + compressedLength), {
			out,
			...(digits ? { dictionary: dictionaryOf(version) } : {})
		});
		if (inflated.length !== jsonLength) throw new Error('length mismatch');
		json = new TextDecoder('utf-8', { fatal: true }).decode(inflated);
	} catch {
		return failure('corrupt', `This ${noun} is damaged: it could not be unpacked.`);
	}
	try {
		return { ok: true, value: JSON.parse(json) as unknown };
	} catch {
		return failure('corrupt', `This ${noun} is damaged: its contents are not readable.`);
	}
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a, 0);
	out.set(b, a.length);
	return out;
}

function varint(value: number): number[] {
	const bytes: number[] = [];
	let rest = value;
	do {
		let byte = rest & 0x7f;
		rest = Math.floor(rest / 128);
		if (rest > 0) byte |= 0x80;
		bytes.push(byte);
	} while (rest > 0);
	return bytes;
}

function readVarints(bytes: Uint8Array, count: number): { values: number[]; next: number } | null {
	const values: number[] = [];
	let pos = 0;
	for (let i = 0; i < count; i++) {
		let value = 0;
		let scale = 1;
		for (let n = 0; ; n++) {
			if (pos >= bytes.length || n > 4) return null;
			const byte = bytes[pos++];
			value += (byte & 0x7f) * scale;
			scale *= 128;
			if (!(byte & 0x80)) break;
		}
		values.push(value);
	}
	return { values, next: pos };
}
