/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy of the app. Everything the app needs is precached, so after the first visit
// it opens and works with no network. A first install takes over once every screen is stored
// and then fetches the tools for adding documents and scanning (`precache-plan.ts`); the page
// says when all of it is ready. A new version installs beside the old one and
// waits: only the page (after the user chooses "Reload", and never mid-answer) tells it to take
// over, so a release can never swap the code under someone's work.
import { build, files, prerendered, version } from '$service-worker';
import { SHARE_ACTION, SHARE_LANDING, storeShare } from '$lib/courses/share';
import {
	OFFLINE_STATUS,
	missingPaths,
	planPrecache,
	type OfflineStatusReply
} from '$lib/pwa/precache-plan';

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

let completing: Promise<boolean> | undefined;

/**
 * Fetches whatever of the precache list this version's cache lacks (the tools a first install
 * left for later, or files a closed tab never finished). Resolves whether all is stored; one
 * run at a time, and a failed one (offline) is tried again on the next question.
 */
function complete(): Promise<boolean> {
	completing ??= (async () => {
		const cache = await caches.open(CACHE);
		const missing = missingPaths(
			PRECACHE,
			(await cache.keys()).map((request) => request.url)
		);
		await cache.addAll(requests(missing));
		return true;
	})().catch(() => {
		completing = undefined;
		return false;
	});
	return completing;
}

sw.addEventListener('install', (event) => {
	// An update has no hurry (it waits for the user) and is offered only once complete; a first
	// visit takes over as soon as every screen is stored.
	const update = Boolean(sw.registration.active);
	event.waitUntil(
		caches
			.open(CACHE)
			.then((cache) => cache.addAll(requests(update ? PRECACHE : PLAN.first)))
			.then(() => {
				if (!update) void complete();
			})
	);
});

/** Answers the page's OFFLINE_STATUS: how many files are missing now, then when all are in. */
async function reportOfflineStatus(port: MessagePort): Promise<void> {
	const reply = (fields: Omit<OfflineStatusReply, 'type'>) =>
		port.postMessage({ type: OFFLINE_STATUS, ...fields } satisfies OfflineStatusReply);
	const cache = await caches.open(CACHE);
	const missing = missingPaths(
		PRECACHE,
		(await cache.keys()).map((request) => request.url)
	);
	if (!missing.length) return reply({ ready: true, missing: 0 });
	reply({ ready: false, missing: missing.length });
	const ready = await complete();
	reply(ready ? { ready, missing: 0 } : { ready, missing: missing.length, failed: true });
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
