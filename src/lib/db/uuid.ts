/**
 * UUIDv7 (RFC 9562 §5.7): a 48-bit Unix time in ms, version 7, 12 bits of `rand_a`, variant
 * `10`, 62 bits of `rand_b`, written as 8-4-4-4-12 lowercase hex. Ids made later sort later,
 * so they index well. `crypto.randomUUID` makes only v4, hence this module.
 */

/** Lowercase 8-4-4-4-12 form of a UUIDv7 (version digit 7, variant 8–b). */
export const UUID_V7_PATTERN =
	/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The largest time a UUIDv7 can carry (ms): 2^48 − 1. */
const MAX_TIME = 2 ** 48 - 1;

/**
 * A UUIDv7 for time `ms` (clamped to 0 … 2^48 − 1, whole ms) with the 74 random bits taken
 * from `random` (10 bytes or more; `crypto.getRandomValues` when omitted).
 */
export function uuidv7(
	ms: number,
	random: Uint8Array = crypto.getRandomValues(new Uint8Array(10))
): string {
	if (random.length < 10) throw new RangeError('uuidv7 needs 10 random bytes');
	const time = Math.min(MAX_TIME, Math.max(0, Math.floor(Number.isFinite(ms) ? ms : 0)));
	const bytes = new Uint8Array(16);
	// 48-bit big-endian time: the high 16 bits, then the low 32.
	const high = Math.floor(time / 2 ** 32);
	const low = time % 2 ** 32;
	bytes[0] = high >>> 8;
	bytes[1] = high & 0xff;
	bytes[2] = low >>> 24;
	bytes[3] = (low >>> 16) & 0xff;
	bytes[4] = (low >>> 8) & 0xff;
	bytes[5] = low & 0xff;
	bytes.set(random.subarray(0, 10), 6);
	bytes[6] = 0x70 | (bytes[6] & 0x0f); // version 7
	bytes[8] = 0x80 | (bytes[8] & 0x3f); // variant 10
	const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
	return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The time (ms) a UUIDv7 carries. */
export function uuidv7Time(uuid: string): number {
	return parseInt(uuid.slice(0, 8) + uuid.slice(9, 13), 16);
}

/** 10 bytes that depend only on `text` (two 32-bit hashes mixed, cyrb-style): not secret. */
function hashBytes(text: string): Uint8Array {
	const seeds = [0x9e3779b9, 0x85ebca6b, 0xc2b2ae35];
	const out = new Uint8Array(12);
	seeds.forEach((seed, k) => {
		let h1 = 0xdeadbeef ^ seed;
		let h2 = 0x41c6ce57 ^ seed;
		for (let i = 0; i < text.length; i++) {
			const c = text.charCodeAt(i);
			h1 = Math.imul(h1 ^ c, 2654435761);
			h2 = Math.imul(h2 ^ c, 1597334677);
		}
		h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
		new DataView(out.buffer).setUint32(k * 4, h1 >>> 0);
	});
	return out;
}

interface OldAnswer {
	id?: number;
	questionId: string;
	answeredAt: number;
	rating: number;
	uuid?: string;
}

/**
 * The UUIDv7 of an answer that was saved without one (before schema v6, or from a version 1
 * backup): its time is the answer's and its random bits a hash of question, time and rating,
 * so every device that holds the same old answer gives it the same id, and Merge sees it once.
 * `salt` tells apart two rows alike in all three (a damaged log can hold such copies).
 */
export function answerUuid(answer: OldAnswer, salt = ''): string {
	const key = `${answer.questionId}\u0000${answer.answeredAt}\u0000${answer.rating}${salt}`;
	return uuidv7(answer.answeredAt, hashBytes(key));
}

/**
 * A function that gives each row of one log its uuid: the one it has, else `answerUuid`; a
 * row whose id is already taken in this log gets one salted with its local key, so the
 * unique index on `uuid` never refuses a log (the copy is then Check database's business).
 */
export function uuidFiller(): (answer: OldAnswer) => string {
	const used = new Set<string>();
	return (answer) => {
		let uuid = answer.uuid ?? answerUuid(answer);
		for (let n = 0; used.has(uuid); n++) uuid = answerUuid(answer, `\u0000${answer.id ?? ''}:${n}`);
		used.add(uuid);
		return uuid;
	};
}
