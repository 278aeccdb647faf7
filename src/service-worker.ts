/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy of the app. Everything the app needs is precached, so after the first visit
// it opens and works with no network. A first install takes over as soon as a quiz link and the
// home screen open offline, then fetches the other screens and last the tools for adding
// documents and scanning (`precache-plan.ts`); the page shows how far it is (by bytes and
// requests) until all is ready, or why it stopped. A new version installs beside the old one and waits: only the page (after the user chooses "Reload", and never mid-answer) tells it to take
// over, so a release can never swap the code under someone's work.
import { build, files, prerendered, version } from '$service-worker';
import { SHARE_ACTION, SHARE_LANDING, storeShare } from '$lib/courses/share';
import {
	FIRST_PAGES,
	OFFLINE_STATUS,
	StoreError,
	failureOf,
	missingPaths,
	openingFiles,
	planPrecache,
	putFailure,
	type OfflineStatusReply
} from '$lib/pwa/precache-plan';
import { PrecacheProgress, SIZES_FILE, parseSizeMap } from '$lib/pwa/precache-progress';

const sw = self as unknown as ServiceWorkerGlobalScope;

const CACHE_PREFIX = 'flashpoint-';
// `version` is the commit, so an unchanged app rebuilds to the same worker and never asks.
const CACHE = `${CACHE_PREFIX}${version}`;
// The adapter's SPA fallback: every address without its own prerendered page opens from it.
const FALLBACK = '/200.html';
// SvelteKit asks the network which version is live; a cached answer would hide every update.
const VERSION_FILE = '/_app/version.json';

const PRECACHE = [...new Set([...build, ...files, ...prerendered, FALLBACK])];
const PRECACHED = new Set(PRECACHE);
const PLAN = planPrecache(PRECACHE);
// The order a first visit fetches in after taking over: screens, then tools.
const ORDER = [...PLAN.first, ...PLAN.later];
// Files fetched at once by a first visit: the browser's own limit per server on HTTP/1.1, so a
// file is not queued behind the whole list while the page is still loading its own.
const PARALLEL = 6;

function isImmutable(path: string): boolean {
	return path.startsWith('/_app/immutable/');
}

/** Requests for `paths`, as the precache fetches them. */
function requests(paths: readonly string[]): Request[] {
	// Hashed files may come from the HTTP cache; pages and other files are fetched fresh so the
	// shell in this cache always belongs to this version's scripts.
	return paths.map(
		(path) => new Request(path, { cache: isImmutable(path) ? 'default' : 'no-cache' })
	);
}

/**
 * Fetches `path` as the precache does and stores it. Rejects with a `StoreError` saying why: the
 * request failed (`network`), an HTTP error (`server`), the device would not keep it (`storage`).
 */
async function store(cache: Cache, path: string): Promise<Response> {
	const [request] = requests([path]);
	const response = await fetch(request).catch((error: unknown) => {
		throw new StoreError('network', `${path}: ${String(error)}`);
	});
	if (!response.ok) throw new StoreError('server', `${path}: HTTP ${response.status}`);
	await cache.put(request, response.clone()).catch((error: unknown) => {
		throw new StoreError(putFailure(error), `${path}: ${String(error)}`);
	});
	return response;
}

/**
 * Stores `paths`, a few at a time, telling every open page how far the whole app is. The first
 * failure stops the queue; the files already being fetched finish, then it rejects with it (so
 * the page's "stopped" comes after every "how far").
 */
async function storeAll(cache: Cache, paths: readonly string[]): Promise<void> {
	const queue = [...paths];
	const failures: unknown[] = [];
	const next = async (): Promise<void> => {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			try {
				await store(cache, path);
			} catch (error) {
				failures.push(error);
				queue.length = 0;
				return;
			}
			await progress.stored(path);
		}
	};
	await Promise.all(Array.from({ length: PARALLEL }, next));
	if (failures.length) throw failures[0];
}

/** The build's size map for this version (`precache-progress.ts`), or null: files are counted. */
async function loadSizes(): Promise<Map<string, number> | null> {
	try {
		const response = await fetch(SIZES_FILE, { cache: 'no-cache' });
		return response.ok ? parseSizeMap(await response.json(), version) : null;
	} catch {
		return null;
	}
}

/**
 * Sends `reply` to every window of the app, controlled or not (a first visit's page waits),
 * unless `stale()` says by then that it no longer holds.
 */
async function tellWindows(reply: OfflineStatusReply, stale = () => false): Promise<void> {
	const windows = await sw.clients.matchAll({ type: 'window', includeUncontrolled: true });
	if (stale()) return;
	for (const client of windows) client.postMessage(reply);
}

/**
 * How much of the app is stored, by bytes and requests, said to every window each time the
 * whole percent changes, and once more if storing stops: nothing after that until a new run (`load`), since
 * files already on their way still arrive, and "how far" would hide "stopped".
 */
const progress = {
	share: undefined as PrecacheProgress | undefined,
	/** Whether `share` weighs by the build's sizes (else by files, until they can be had). */
	sized: false,
	stopped: false,
	said: -1,
	/** Counts what `cache` holds, weighing files by the size map (asked again until had). */
	async load(cache: Cache): Promise<PrecacheProgress> {
		this.stopped = false;
		if (!this.sized || !this.share) {
			const sizes = await loadSizes();
			if (!this.share || sizes) this.share = new PrecacheProgress(PRECACHE, sizes);
			this.sized ||= sizes !== null;
		}
		const share = this.share;
		for (const request of await cache.keys()) share.add(new URL(request.url).pathname);
		return share;
	},
	async stored(path: string) {
		const share = this.share;
		if (!share?.add(path) || this.stopped) return;
		if (share.percent === this.said && share.missing > 0) return;
		this.said = share.percent;
		await tellWindows(statusReply(share, { ready: share.missing === 0 }), () => this.stopped);
	},
	/** Says that storing stopped, why (`error`) and at how much. */
	async failed(error: unknown) {
		this.stopped = true;
		this.said = -1;
		if (!this.share) return;
		const cause = failureOf(error);
		await tellWindows(statusReply(this.share, { ready: false, failed: true, cause }));
	}
};

function statusReply(
	share: PrecacheProgress,
	fields: Pick<OfflineStatusReply, 'ready' | 'failed' | 'cause'>
): OfflineStatusReply {
	return { type: OFFLINE_STATUS, ...fields, missing: share.missing, percent: share.percent };
}

let completing: Promise<boolean> | undefined;

/**
 * Fetches whatever of the precache list this version's cache lacks (the screens and tools a
 * first install left for later, or files a closed tab never finished), screens first. Resolves
 * whether all is stored; one run at a time. A failed run (offline, an HTTP error, a full disk)
 * tells every window why, and is tried again on the page's next question (back online).
 */
function complete(): Promise<boolean> {
	completing ??= (async () => {
		const cache = await caches.open(CACHE);
		await progress.load(cache);
		const missing = missingPaths(
			ORDER,
			(await cache.keys()).map((request) => request.url)
		);
		await storeAll(cache, missing);
		return true;
	})().catch(async (error: unknown) => {
		completing = undefined;
		await progress.failed(error);
		return false;
	});
	return completing;
}

/**
 * A first visit's install: a quiz link and the home screen, with every file they load (the
 * pages are read for their modules and stylesheets, the modules for theirs). The page itself is
 * loading the same hashed files, which then come from the HTTP cache. A failure is told to the
 * page (it would otherwise say "Keep this page open" for good) and fails the install: the
 * browser drops this worker, and the page registers it again once back online.
 */
async function installFirst(cache: Cache): Promise<void> {
	await progress.load(cache);
	await openingFiles(FIRST_PAGES, PRECACHED, async (path) => {
		const response = await store(cache, path);
		await progress.stored(path);
		return /\.(m?js|css)$/.test(path) || !path.startsWith('/_app/') ? response.text() : '';
	}).catch(async (error: unknown) => {
		await progress.failed(error);
		throw error;
	});
}

sw.addEventListener('install', (event) => {
	// An update has no hurry (it waits for the user) and is offered only once complete; a first
	// visit takes over as soon as a quiz link and the home screen open offline.
	const update = Boolean(sw.registration.active);
	event.waitUntil(
		caches.open(CACHE).then(async (cache) => {
			if (update) return cache.addAll(requests(PRECACHE));
			await installFirst(cache);
			void complete();
		})
	);
});

/** Answers the page's OFFLINE_STATUS: how much is stored now, then when all is in or why not. */
async function reportOfflineStatus(port: MessagePort): Promise<void> {
	const cache = await caches.open(CACHE);
	const share = await progress.load(cache);
	if (!share.missing) return port.postMessage(statusReply(share, { ready: true }));
	port.postMessage(statusReply(share, { ready: false }));
	// A failure is told to every window, with why, by `complete`.
	if (await complete()) port.postMessage(statusReply(progress.share ?? share, { ready: true }));
}

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		(async () => {
			for (const key of await caches.keys()) {
				if (key.startsWith(CACHE_PREFIX) && key !== CACHE) await caches.delete(key);
			}
			// On the very first visit, take the open page under control so it works offline
			// without a reload. On an update, the page asked for this and reloads itself.
			await sw.clients.claim();
		})()
	);
});

sw.addEventListener('message', (event) => {
	const type = (event.data as { type?: unknown } | null)?.type;
	if (type === 'SKIP_WAITING') void sw.skipWaiting();
	// Kept alive until the answer is sent: the tools are still downloading.
	if (type === OFFLINE_STATUS && event.ports[0])
		event.waitUntil(reportOfflineStatus(event.ports[0]));
});

async function fromCache(key: string, request: Request): Promise<Response> {
	const cached = await caches.match(key, { cacheName: CACHE });
	return cached ?? fetch(request);
}

async function openPage(url: URL, request: Request): Promise<Response> {
	const page = await caches.match(url.pathname, { cacheName: CACHE });
	if (page) return page;
	const shell = await caches.match(FALLBACK, { cacheName: CACHE });
	return shell ?? fetch(request);
}

sw.addEventListener('fetch', (event) => {
	const { request } = event;
	if (request.method === 'POST' && new URL(request.url).pathname === SHARE_ACTION) {
		event.respondWith(receiveShare(request));
		return;
	}
	if (request.method !== 'GET') return;
	const url = new URL(request.url);
	if (url.origin !== sw.location.origin || url.pathname === VERSION_FILE) return;

	if (request.mode === 'navigate') {
		event.respondWith(openPage(url, request));
	} else if (PRECACHED.has(url.pathname)) {
		event.respondWith(fromCache(url.pathname, request));
	}
});

/**
 * Share → Flashpoint (the manifest's `share_target`): kept on the device, then the Add
 * documents screen opens and takes it. Works offline; nothing is sent anywhere. A share the
 * device cannot keep (a full disk) still opens the screen, which then finds nothing waiting.
 */
async function receiveShare(request: Request): Promise<Response> {
	try {
		await storeShare(await request.formData(), caches);
	} catch {
		return Response.redirect(`${SHARE_LANDING}&failed=1`, 303);
	}
	return Response.redirect(SHARE_LANDING, 303);
}
