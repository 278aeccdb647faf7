// A model of a first visit storing the app on a slow network, for `offline-progress.ts`: the
// network of `scripts/measure-offline-ready.ts` (one shared downlink, a fixed delay a request,
// the worker's 6 requests at once), replayed in Node over the build's size map, so a weighting of
// the badge's percentage can be judged against the time it stands for without a browser.
import { PrecacheProgress } from '../src/lib/pwa/precache-progress';

/** The network: `bytesPerSecond` shared by every transfer, `delayMs` before each one starts. */
export interface Network {
	bytesPerSecond: number;
	delayMs: number;
	/** Requests in flight at once (the worker's `PARALLEL`). */
	parallel: number;
}

/** When each file of `order` is stored (ms from the start), as the worker's queue fetches them. */
export function storedTimes(
	order: readonly string[],
	sizes: ReadonlyMap<string, number>,
	network: Network
): Map<string, number> {
	// The proxy puts a response's bytes on the link as they come from the local server, which
	// sends a file at once: so a file's bytes go out back to back, in the order the files reach
	// the link (first come, first carried).
	const slots = Array.from({ length: Math.max(1, network.parallel) }, () => 0);
	let linkFreeAt = 0;
	const done = new Map<string, number>();
	for (const path of order) {
		const slot = slots.indexOf(Math.min(...slots));
		const atLink = slots[slot] + network.delayMs;
		const start = Math.max(atLink, linkFreeAt);
		linkFreeAt = start + ((sizes.get(path) ?? 0) / network.bytesPerSecond) * 1000;
		slots[slot] = linkFreeAt;
		done.set(path, linkFreeAt);
	}
	return done;
}

/** How far a badge runs from the time: its worst gap and its biggest single rise, in points. */
export interface Evenness {
	/**
	 * The largest |percent shown − percent of the time gone|, just before and just after each
	 * file lands (the badge holds its figure in between).
	 */
	worstGap: number;
	/** The largest rise of the percentage at one file. */
	biggestStep: number;
	/** Seconds from the first request to the last file stored. */
	seconds: number;
}

/**
 * The badge a `PrecacheProgress` of `order` weighed by `sizes` and `requestCost` would show on
 * `network` (null `sizes`: files counted), against the share of the time gone when each file
 * lands. Pure.
 */
export function evenness(
	order: readonly string[],
	sizes: ReadonlyMap<string, number>,
	network: Network,
	weigh: { sizes: ReadonlyMap<string, number> | null; requestCost: number }
): Evenness {
	const times = storedTimes(order, sizes, network);
	const end = Math.max(0, ...times.values());
	const share = new PrecacheProgress(order, weigh.sizes, weigh.requestCost);
	let worstGap = 0;
	let biggestStep = 0;
	let said = 0;
	for (const [path, at] of [...times].sort((a, b) => a[1] - b[1])) {
		const gone = end ? (100 * at) / end : 100;
		// The badge holds its figure until a file lands: just before, and just after.
		worstGap = Math.max(worstGap, Math.abs(said - gone));
		share.add(path);
		const percent = share.percent;
		biggestStep = Math.max(biggestStep, percent - said);
		said = percent;
		worstGap = Math.max(worstGap, Math.abs(percent - gone));
	}
	return { worstGap, biggestStep, seconds: end / 1000 };
}
