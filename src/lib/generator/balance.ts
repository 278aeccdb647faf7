import type { Candidate } from './candidates';
import { hashId } from './text';

/** Even or odd by a stable hash: which of two equal candidates a fact ships. */
export function parity(key: string): 0 | 1 {
	return (hashId(key, 4).charCodeAt(0) % 2) as 0 | 1;
}

/** The surface features a student could read a key from (as `figures.ts` measures them). */
function surface(prompt: string, median: number): string[] {
	return [
		`open=${prompt.split(/\s+/)[0].toLowerCase()}`,
		`open2=${prompt.split(/\s+/).slice(0, 2).join(' ').toLowerCase()}`,
		`quote=${/[“”"]/.test(prompt)}`,
		`attributed=${/according to/i.test(prompt)}`,
		`asof=${/^As of/.test(prompt)}`,
		`long=${prompt.length > median}`,
		`negation=${/\b(?:not|no|never|neither|nor|without|none)\b|n[’']t\b/i.test(prompt)}`,
		`end=${prompt.slice(-1)}`,
		'all'
	];
}

/**
 * Which key each true/false pair ships, chosen greedily in a stable hashed order so that every
 * surface feature (opening words, quotation marks, attribution, a date prefix, length,
 * negation, the last character) stays as balanced between true and false as it can, and so
 * no single cue predicts the key (issue 9 item 1). Returns group key → 'true' | 'false'.
 */
export function balancedKeys(pairs: [string, Candidate[]][]): Map<string, 'true' | 'false'> {
	const lengths = pairs.map(([, g]) => g[0].question.prompt.length).sort((a, b) => a - b);
	const median = lengths[Math.floor(lengths.length / 2)] ?? 0;
	const lean = new Map<string, number>();
	const out = new Map<string, 'true' | 'false'>();
	const ordered = [...pairs].sort(([a], [b]) => (hashId(a) < hashId(b) ? -1 : 1));
	for (const [key, group] of ordered) {
		const features = surface(group[0].question.prompt, median);
		const cost = (step: number) =>
			features.reduce((sum, f) => sum + Math.abs((lean.get(f) ?? 0) + step), 0);
		const up = cost(1);
		const down = cost(-1);
		const want = up < down ? 'true' : down < up ? 'false' : parity(key) ? 'true' : 'false';
		for (const f of features) lean.set(f, (lean.get(f) ?? 0) + (want === 'true' ? 1 : -1));
		out.set(key, want);
	}
	return out;
}
