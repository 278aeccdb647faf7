import { words } from './text';

const SHINGLE = 3;
const HASHES = 16;
const BANDS = 8;

function shinglesOf(text: string): string[] {
	const tokens = words(text);
	if (tokens.length < SHINGLE) return [tokens.join(' ')];
	const out: string[] = [];
	for (let i = 0; i + SHINGLE <= tokens.length; i++)
		out.push(tokens.slice(i, i + SHINGLE).join(' '));
	return out;
}

function hash32(text: string, seed: number): number {
	let h = (0x811c9dc5 ^ seed) >>> 0;
	for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
	h ^= h >>> 13;
	h = Math.imul(h, 0x5bd1e995) >>> 0;
	return (h ^ (h >>> 15)) >>> 0;
}

function jaccard(a: Set<string>, b: Set<string>): number {
	let shared = 0;
	for (const item of a) if (b.has(item)) shared++;
	return shared / (a.size + b.size - shared || 1);
}

/**
 * Near-duplicate filter by MinHash with banding (locality-sensitive hashing): each kept
 * question is compared only with the few earlier ones that share a band, so the cost grows
 * linearly with the number of questions, not with its square.
 */
export class NearDuplicateFilter {
	private buckets = new Map<string, Set<string>[]>();
	constructor(private threshold = 0.7) {}

	/** Returns true when `text` nearly repeats an earlier accepted text of the same kind; otherwise records it. */
	isDuplicate(kind: string, text: string): boolean {
		const shingles = new Set(shinglesOf(text));
		const signature: number[] = [];
		for (let i = 0; i < HASHES; i++) {
			let min = 0xffffffff;
			for (const shingle of shingles) min = Math.min(min, hash32(shingle, i * 0x9e3779b1));
			signature.push(min);
		}
		const rows = HASHES / BANDS;
		const keys: string[] = [];
		for (let band = 0; band < BANDS; band++)
			keys.push(`${kind}|${band}|${signature.slice(band * rows, band * rows + rows).join(',')}`);
		for (const key of keys) {
			const bucket = this.buckets.get(key);
			if (!bucket) continue;
			// A bucket keeps few members: duplicates are never added, so it stays short.
			for (const other of bucket.slice(0, 4))
				if (jaccard(shingles, other) >= this.threshold) return true;
		}
		for (const key of keys) {
			const bucket = this.buckets.get(key) ?? [];
			if (bucket.length < 4) bucket.push(shingles);
			this.buckets.set(key, bucket);
		}
		return false;
	}
}
