/**
 * What the service worker downloads before it takes over on a first visit, and what it fetches
 * right after. Until its install has finished, a page reloaded offline gets the browser's own
 * "no internet" page: a student who went offline 9 s after a first visit on a phone saw it
 * (2026-12-02). The whole app is ~2.6 MB compressed; the tools for adding documents, scanning
 * a quiz code and reading Anki decks (PDF, SQLite and barcode engines, the text-analysis
 * workers) are half of it, and no screen needs them to open or to study. So a first install
 * caches everything else, takes over, then fetches those; the page says "Getting ready for
 * offline use…" until all of it is stored (`OfflineStatus.svelte`).
 *
 * An update caches everything before it waits (it is offered only once complete), so an
 * installed app never loses a tool by updating.
 */

/** Files no screen needs to open or to study: fetched after the first install has taken over. */
const TOOLS: readonly RegExp[] = [
	// Web Workers for adding documents: reading files, the lexicon, suggestions, drafting.
	/^\/_app\/immutable\/workers\/(read|lexicon|suggest|generate)\.worker-[^/]+\.js$/,
	// WebAssembly engines: SQLite (Anki decks), zxing (scanning a quiz code).
	/^\/_app\/immutable\/assets\/[^/]+\.wasm$/,
	// pdf.js's worker (PDF documents).
	/^\/_app\/immutable\/assets\/pdf\.worker[^/]*\.m?js$/
];

/** The two halves of the precache list: `first` before taking over, `later` after. */
export interface PrecachePlan {
	first: string[];
	later: string[];
}

/**
 * Splits the precache list (paths from the site root, e.g. `/_app/immutable/…`) into what a
 * first install must hold before it takes over and the tools it fetches afterwards. Unknown
 * files go first: a renamed tool costs time, never an offline screen.
 */
export function planPrecache(paths: readonly string[]): PrecachePlan {
	const plan: PrecachePlan = { first: [], later: [] };
	for (const path of paths)
		(TOOLS.some((tool) => tool.test(path)) ? plan.later : plan.first).push(path);
	return plan;
}

/** The paths of `wanted` that `cachedUrls` (absolute URLs, e.g. from `cache.keys()`) lack. */
export function missingPaths(wanted: readonly string[], cachedUrls: readonly string[]): string[] {
	const have = new Set(cachedUrls.map((url) => new URL(url).pathname));
	return wanted.filter((path) => !have.has(path));
}

/** The page's question to its service worker, and the answers (one or two) on the port given. */
export const OFFLINE_STATUS = 'OFFLINE_STATUS';

/**
 * The service worker's answer: `ready` when every file is stored; otherwise `missing` files are
 * being fetched (a second answer follows), or could not be (`failed`: the network went away).
 */
export interface OfflineStatusReply {
	type: typeof OFFLINE_STATUS;
	ready: boolean;
	missing: number;
	failed?: boolean;
}

/** Whether `data` is a service worker's `OfflineStatusReply` (anything else is ignored). */
export function isOfflineStatusReply(data: unknown): data is OfflineStatusReply {
	const reply = data as Partial<OfflineStatusReply> | null;
	return (
		typeof reply === 'object' &&
		reply !== null &&
		reply.type === OFFLINE_STATUS &&
		typeof reply.ready === 'boolean' &&
		typeof reply.missing === 'number'
	);
}
