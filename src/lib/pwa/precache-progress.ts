/**
 * How far the offline copy is, as a share of the time it takes. Counting files said 97% with 72%
 * of the bytes stored, because the last files are the big engines (issue 12): the build writes
 * each file's size (`SIZES_FILE`, by `scripts/precache-sizes.ts`), and a first install weighs
 * each file by it. Bytes alone made the badge crawl through the ~290 small screen files (each
 * costs a request's round trip and a cache write more than its bytes) and then leap with each
 * engine, so each file also weighs a fixed `REQUEST_COST_BYTES` (issue 14). Without the map (an
 * older build, a failed request) every file weighs the same, as before.
 */
import * as v from 'valibot';

/**
 * The build's size map, on the app's own origin: fetched once by a first install, never stored.
 * Not in the worker itself: its ~300 hashed names would double the worker's size.
 */
export const SIZES_FILE = '/_app/precache-sizes.json';

/**
 * The size map's shape: `version` the app version it was written for (`$service-worker`'s
 * `version`), `sizes` each precached path's size in bytes (files by their path, e.g.
 * `/_app/immutable/chunks/X.js`; prerendered pages as the worker asks for them, e.g. `/quiz`).
 */
export const SizeMapSchema = v.object({
	version: v.string(),
	sizes: v.record(v.string(), v.pipe(v.number(), v.integer(), v.minValue(0)))
});

export type SizeMap = v.InferOutput<typeof SizeMapSchema>;

/**
 * The sizes (bytes, by path) in `data`, a parsed `SIZES_FILE`, when it is a size map written
 * for `version`; otherwise null (another version's sizes would weigh files that are not there).
 */
export function parseSizeMap(data: unknown, version: string): Map<string, number> | null {
	const parsed = v.safeParse(SizeMapSchema, data);
	if (!parsed.success || parsed.output.version !== version) return null;
	return new Map(Object.entries(parsed.output.sizes));
}

/**
 * What one request costs beyond its bytes, in bytes: the time a file's round trip and cache
 * write take, as bytes of download in that time. 6,000 is a 150 ms round trip on a 1.6 Mbit/s
 * classroom link shared by the worker's 6 requests at once (`scripts/measure-offline-ready.ts`:
 * 150 ms × 200,000 B/s ÷ 6 = 5,000) plus the write; `npm run bench offline-progress` replays that
 * network over the build's files and prints how far the badge runs from the time for costs
 * around it.
 */
export const REQUEST_COST_BYTES = 6_000;

/**
 * How much of the precache list `paths` is stored, weighed by size. `sizes` gives a file's
 * bytes; a file it lacks weighs the mean of the files it has (at least 1 byte); each file weighs
 * `requestCost` bytes more (`REQUEST_COST_BYTES`). With no sizes at all every file weighs the
 * same (the share of files).
 */
export class PrecacheProgress {
	readonly #weights = new Map<string, number>();
	readonly #have = new Set<string>();
	#total = 0;
	#stored = 0;

	constructor(
		paths: readonly string[],
		sizes: ReadonlyMap<string, number> | null,
		requestCost: number = REQUEST_COST_BYTES
	) {
		const known = paths.filter((path) => sizes?.has(path));
		const knownBytes = known.reduce((sum, path) => sum + (sizes?.get(path) ?? 0), 0);
		const fallback = known.length ? Math.max(1, knownBytes / known.length) : 1;
		const cost = Math.max(0, requestCost);
		for (const path of new Set(paths)) {
			const weight = (sizes?.get(path) ?? fallback) + cost;
			this.#weights.set(path, weight);
			this.#total += weight;
		}
	}

	/** Counts `path` as stored; false when it is not in the list or was counted already. */
	add(path: string): boolean {
		const weight = this.#weights.get(path);
		if (weight === undefined || this.#have.has(path)) return false;
		this.#have.add(path);
		this.#stored += weight;
		return true;
	}

	/** How many files of the list are not stored yet. */
	get missing(): number {
		return this.#weights.size - this.#have.size;
	}

	/**
	 * The whole percent of the bytes stored: 0–99 while a file is missing (a list of big files
	 * nearly all stored is not ready), 100 once none is.
	 */
	get percent(): number {
		if (this.missing === 0) return 100;
		if (this.#total === 0) return 0;
		return Math.min(99, Math.floor((100 * this.#stored) / this.#total));
	}
}
