/**
 * What the service worker stores on a first visit, and in which order. Until a worker controls
 * the page, a reload with no network gets the browser's own "no internet" page: a student who
 * opened a quiz link and lost the Wi-Fi before the app said "Ready to use offline" lost the quiz
 * (outsiders, issue 14). So a first install stores only what opens a quiz link and the home
 * screen (`FIRST_PAGES` and every file they load, found by `openingFiles`), then takes over; the
 * other screens follow, and the tools for adding documents, scanning a quiz code and reading
 * Anki decks (PDF, SQLite and barcode engines, the text-analysis workers: half of the ~2.8 MB
 * compressed) come last. The page says "Keep this page open until it says Ready to use offline:
 * N%" until all of it is stored (`OfflineStatus.svelte`).
 *
 * An update caches everything before it waits (it is offered only once complete), so an
 * installed app never loses a tool by updating.
 */

/**
 * The pages a first install stores before it takes over: a quiz link (`/quiz#…`), the home
 * screen, and SvelteKit's fallback that every other address opens from (adapter-static).
 */
export const FIRST_PAGES: readonly string[] = ['/quiz', '/', '/200.html'];

/** Files no screen needs to open or to study: fetched after the first install has taken over. */
const TOOLS: readonly RegExp[] = [
	// Web Workers for adding documents: reading files, the lexicon, suggestions, drafting.
	/^\/_app\/immutable\/workers\/(read|lexicon|suggest|generate)\.worker-[^/]+\.js$/,
	// WebAssembly engines: SQLite (Anki decks), zxing (scanning a quiz code).
	/^\/_app\/immutable\/assets\/[^/]+\.wasm$/,
	// pdf.js's worker (PDF documents).
	/^\/_app\/immutable\/assets\/pdf\.worker[^/]*\.m?js$/
];

/** The precache list in two parts: `first` the screens and their code, `later` the tools. */
export interface PrecachePlan {
	first: string[];
	later: string[];
}

/**
 * Splits the precache list (paths from the site root, e.g. `/_app/immutable/…`) into the screens
 * and their code, fetched first, and the tools, fetched last. Unknown files go first: a renamed
 * tool costs time, never an offline screen.
 */
export function planPrecache(paths: readonly string[]): PrecachePlan {
	const plan: PrecachePlan = { first: [], later: [] };
	for (const path of paths) (isTool(path) ? plan.later : plan.first).push(path);
	return plan;
}

/** Whether `path` is one of the tools left for last (`TOOLS`). */
export function isTool(path: string): boolean {
	return TOOLS.some((tool) => tool.test(path));
}

// A relative path to a built file inside quotes, backticks or `url(…)`: `./_app/immutable/…` in
// a page, `../chunks/X.js` or `./X.js` in a module (static and dynamic imports, Vite's preload
// lists), `new URL("../workers/…", import.meta.url)`, the bank's `?url`.
const REFERENCE = /["'`(]((?:\.{1,2}\/)+[\w./@~-]+?\.(?:m?js|css|json|wasm|svg|png|woff2?))["'`)]/g;

/**
 * The site paths (`/_app/immutable/chunks/X.js`) of the files that the text of the file at
 * `from` (a page such as `/quiz`, or a built module or stylesheet) refers to relatively, in
 * order of first mention, without repeats. Absolute and other-origin references are not read.
 */
export function referencedPaths(text: string, from: string): string[] {
	const found = new Set<string>();
	const base = new URL(from, 'https://app.invalid');
	for (const match of text.matchAll(REFERENCE)) found.add(new URL(match[1], base).pathname);
	return [...found];
}

const ENTRY = '/_app/immutable/entry/';
const NODES = '/_app/immutable/nodes/';
// SvelteKit's root layout (`nodes/0`) and root error page (`nodes/1`): its client loads both as
// it starts on any screen (`default_layout_loader`, `default_error_loader` in client.js), so a
// worker that took over without the error page's stylesheet left an offline reload with
// "Unable to preload CSS for …/1.X.css" (CI, session 30). A node's stylesheets are listed only
// in the router's preload map, which is not followed, so every stylesheet goes first: 37 files,
// 17 kB compressed (build of 2026-12-05).
const OPENING_ALWAYS = /^\/_app\/immutable\/(?:nodes\/[01]\.[^/]+\.js|assets\/[^/]+\.css)$/;

/**
 * Every file needed to open `pages` (site paths, e.g. `/quiz`) and use them: each page, the
 * modules and stylesheets it loads, and what those load in turn, including on demand (a quiz's
 * result QR code). `read(path)` stores the file and resolves to its text ('' for a file that
 * cannot refer to others); its rejection rejects this. Only files in `precached` are followed,
 * never a tool (`isTool`), nor another screen's route module: SvelteKit's router
 * (`entry/app.X.js`) imports every screen's `nodes/N.js` with its chunks and stylesheets
 * (following it took 208 of the 303 files, 582 of 2,830 kB compressed, on 2026-12-05; without
 * it, 99 files, 281 kB), so the entry modules' references are not followed (each page lists
 * their static imports itself) and a module's `nodes/` references never are, except the root
 * layout and root error nodes (`nodes/0.X.js`, `nodes/1.X.js`), which every screen loads as
 * SvelteKit starts, and every stylesheet (`OPENING_ALWAYS`). Resolves to the paths read, pages
 * first.
 */
export async function openingFiles(
	pages: readonly string[],
	precached: ReadonlySet<string>,
	read: (path: string) => Promise<string>
): Promise<string[]> {
	const seen = new Set<string>();
	const visit = async (path: string): Promise<void> => {
		if (seen.has(path) || !precached.has(path) || isTool(path)) return;
		seen.add(path);
		const page = !path.startsWith('/_app/');
		const text = await read(path);
		if (path.startsWith(ENTRY)) return;
		const next = referencedPaths(text, path).filter((ref) => page || !ref.startsWith(NODES));
		await Promise.all(next.map(visit));
	};
	await Promise.all(pages.map(visit));
	await Promise.all([...precached].filter((path) => OPENING_ALWAYS.test(path)).map(visit));
	return [...seen];
}

/** The paths of `wanted` that `cachedUrls` (absolute URLs, e.g. from `cache.keys()`) lack. */
export function missingPaths(wanted: readonly string[], cachedUrls: readonly string[]): string[] {
	const have = new Set(cachedUrls.map((url) => new URL(url).pathname));
	return wanted.filter((path) => !have.has(path));
}

/**
 * The page's question to its service worker, and the answers (one or two) on the port given; a
 * first visit's worker also sends the answer unasked to every window as files are stored.
 */
export const OFFLINE_STATUS = 'OFFLINE_STATUS';

/**
 * Why storing the offline copy stopped: `network` (a request failed: offline, the connection
 * dropped), `server` (the server answered with an HTTP error), `storage` (the device refused to
 * keep a file: out of space, `QuotaExceededError`).
 */
export type OfflineFailure = 'network' | 'server' | 'storage';

const FAILURES: ReadonlySet<unknown> = new Set<OfflineFailure>(['network', 'server', 'storage']);

/** A file that could not be stored, and why (`failure`). */
export class StoreError extends Error {
	constructor(
		readonly failure: OfflineFailure,
		message: string
	) {
		super(message);
		this.name = 'StoreError';
	}
}

/** Why a failed `cache.put` failed: the device's space, or the body's download cut short. */
export function putFailure(error: unknown): OfflineFailure {
	return (error as { name?: unknown } | null)?.name === 'QuotaExceededError'
		? 'storage'
		: 'network';
}

/** Why storing failed with `error`: a `StoreError`'s reason, else undefined (not known). */
export function failureOf(error: unknown): OfflineFailure | undefined {
	return error instanceof StoreError ? error.failure : undefined;
}

/**
 * The service worker's answer: `ready` when every file is stored; otherwise `missing` files are
 * being fetched (a second answer follows), or could not be (`failed`, with why in `cause` when
 * known). `percent` is the whole percent of the bytes stored (0–99 until ready, then 100;
 * `precache-progress.ts`); a worker from before it was added sends none.
 */
export interface OfflineStatusReply {
	type: typeof OFFLINE_STATUS;
	ready: boolean;
	missing: number;
	failed?: boolean;
	cause?: OfflineFailure;
	percent?: number;
}

/** Whether `data` is a service worker's `OfflineStatusReply` (anything else is ignored). */
export function isOfflineStatusReply(data: unknown): data is OfflineStatusReply {
	const reply = data as Partial<OfflineStatusReply> | null;
	return (
		typeof reply === 'object' &&
		reply !== null &&
		reply.type === OFFLINE_STATUS &&
		typeof reply.ready === 'boolean' &&
		typeof reply.missing === 'number' &&
		(reply.percent === undefined || typeof reply.percent === 'number') &&
		(reply.failed === undefined || typeof reply.failed === 'boolean') &&
		(reply.cause === undefined || FAILURES.has(reply.cause))
	);
}
