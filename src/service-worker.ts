/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
// The offline copy of the app. Everything the app needs is precached at install, so after the
// first visit it opens and works with no network. A new version installs beside the old one and
// waits: only the page (after the user chooses "Reload", and never mid-answer) tells it to take
// over, so a release can never swap the code under someone's work.
import { build, files, prerendered, version } from '$service-worker';
import { SHARE_ACTION, SHARE_LANDING, storeShare } from '$lib/courses/share';

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

function isImmutable(path: string): boolean {
	return path.startsWith('/_app/immutable/');
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches.open(CACHE).then((cache) =>
			// Hashed files may come from the HTTP cache; pages and other files are fetched fresh so
			// the shell in this cache always belongs to this version's scripts.
			cache.addAll(
				PRECACHE.map(
					(path) => new Request(path, { cache: isImmutable(path) ? 'default' : 'no-cache' })
				)
			)
		)
	);
});

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
	if ((event.data as { type?: unknown } | null)?.type === 'SKIP_WAITING') void sw.skipWaiting();
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
