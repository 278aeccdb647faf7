/** What the page learns from its service worker. */
export interface ServiceWorkerEvents {
	/** A new version has installed and waits for permission to take over. */
	onUpdateWaiting(): void;
	/**
	 * The app is being stored for offline use (a first visit, or files still missing): a page
	 * reloaded offline now may not open, or may lack the tools for adding documents. `percent`
	 * (0–99) is how much is stored, when the worker has said.
	 */
	onOfflinePreparing(percent?: number): void;
	/** Every file is stored and a service worker controls this page: it works with no network. */
	onOfflineReady(): void;
	/**
	 * Storing stopped before all was in: `cause` says why when the worker said (`OfflineFailure`),
	 * `percent` how much is stored. It goes on when the page calls `resumeOffline`.
	 */
	onOfflineFailed(cause?: OfflineFailure, percent?: number): void;
	/**
	 * This browser keeps no offline copy (no service worker: a private window, a browser or
	 * setting without them, a registration refused): the app works while online only.
	 */
	onOfflineUnavailable(): void;
	/** Another version took over this page without being asked here (e.g. in another tab). */
	onControllerChange(): void;
}

/** The browser side of updates, kept behind an interface so the update rules can be tested. */
export interface ServiceWorkerDriver {
	start(events: ServiceWorkerEvents): Promise<void>;
	/** Asks the waiting version to take over; false when none is waiting. */
	activateWaiting(): boolean;
	checkForUpdate(): Promise<void>;
	/**
	 * Goes on storing the app after `onOfflineFailed` (back online): asks the worker controlling
	 * the page to fetch what is missing, or, where a first install failed and the browser dropped
	 * its worker, registers it again.
	 */
	resumeOffline(): void;
	reload(): void;
}

import {
	OFFLINE_STATUS,
	isOfflineStatusReply,
	type OfflineFailure,
	type OfflineStatusReply
} from './precache-plan';

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/** Passes a worker's `OfflineStatusReply` on to `events`. */
function tell(reply: OfflineStatusReply, events: ServiceWorkerEvents): void {
	if (reply.failed) events.onOfflineFailed(reply.cause, reply.percent);
	else if (reply.ready) events.onOfflineReady();
	else events.onOfflinePreparing(reply.percent);
}

/**
 * Asks the worker controlling the page whether every file is stored (`OFFLINE_STATUS`,
 * `service-worker.ts`) and reports each answer: missing files (being fetched), then ready. A
 * worker from before this question never answers; the page then says nothing more. A failure
 * comes to every window unasked (`service-worker.ts`).
 */
function askOfflineStatus(worker: ServiceWorker, events: ServiceWorkerEvents): void {
	const channel = new MessageChannel();
	channel.port1.onmessage = (message) => {
		const reply: unknown = message.data;
		if (!isOfflineStatusReply(reply)) return;
		tell(reply, events);
		if (reply.ready) channel.port1.close();
	};
	worker.postMessage({ type: OFFLINE_STATUS }, [channel.port2]);
}

/**
 * Registers `/service-worker.js` with workbox-window and reports waiting versions. Without a
 * full page load the browser only looks for a new version when asked, so the app also asks
 * hourly, when it comes back to the foreground and when the network returns.
 */
export function createServiceWorkerDriver(scriptUrl = '/service-worker.js'): ServiceWorkerDriver {
	let registration: ServiceWorkerRegistration | undefined;
	let skipWaiting: (() => void) | undefined;
	let resumeOffline = () => {};

	const checkForUpdate = async () => {
		try {
			await registration?.update();
		} catch {
			// Offline or the server is unreachable: the next check will try again.
		}
	};

	return {
		async start(events) {
			if (!('serviceWorker' in navigator)) return events.onOfflineUnavailable();
			const { Workbox } = await import('workbox-window');
			const workbox = new Workbox(scriptUrl);
			const container = navigator.serviceWorker;

			let announced: ServiceWorker | undefined;
			const announce = (worker: ServiceWorker | null | undefined) => {
				if (!worker || worker === announced || registration?.waiting !== worker) return;
				announced = worker;
				events.onUpdateWaiting();
			};

			// The first install takes control of the page (clients.claim); that is not an update.
			// Ready only once its worker says every file is stored: on a first visit it takes
			// over before the tools for adding documents are in (`precache-plan.ts`).
			let controlled = Boolean(container.controller);
			if (container.controller) askOfflineStatus(container.controller, events);
			else events.onOfflinePreparing();
			// A first visit's worker says how far it is as it stores files, before it controls
			// this page too ("Saving the app for offline use: N% done"). Ready counts only from the controller: a
			// waiting update never sends these, and its files are not this page's offline copy.
			container.addEventListener('message', (message) => {
				const reply: unknown = message.data;
				if (!isOfflineStatusReply(reply)) return;
				if (reply.ready && !container.controller) return;
				tell(reply, events);
			});
			container.startMessages();
			container.addEventListener('controllerchange', () => {
				if (controlled) events.onControllerChange();
				else if (container.controller) askOfflineStatus(container.controller, events);
				controlled = true;
			});

			// workbox-window stops following updates after the first one it did not start itself,
			// so every later version (a second release in the same session) is watched here too.
			const follow = (followed: ServiceWorkerRegistration) => {
				registration = followed;
				followed.addEventListener('updatefound', () => {
					const worker = followed.installing;
					worker?.addEventListener('statechange', () => {
						if (worker.state === 'installed' && container.controller) announce(worker);
					});
				});
				// A first install dropped by the browser (its worker says why first, unless it
				// could not): the page would say "Keep this page open" for good (issue 12).
				const first = container.controller ? null : followed.installing;
				first?.addEventListener('statechange', () => {
					if (first.state === 'redundant' && !container.controller) events.onOfflineFailed();
				});
			};

			workbox.addEventListener('waiting', (event) => announce(event.sw));
			// At once, not at the window's load event (workbox's default): the sooner the worker
			// starts storing the app, the sooner a first visit works offline.
			const registered = await workbox.register({ immediate: true }).catch(() => undefined);
			skipWaiting = () => workbox.messageSkipWaiting();
			// Refused (workbox logs the reason and resolves to nothing): the page would have said
			// "Getting ready for offline use…" for good (outsider teacher: offline before ready).
			if (!registered) return events.onOfflineUnavailable();
			follow(registered);
			announce(registered.waiting);

			// A download cut off resumes from where it stopped: the worker keeps what it stored.
			// A failed first install left no worker (the browser drops one whose install fails),
			// so it is registered again; workbox-window registers only once.
			resumeOffline = () => {
				if (container.controller) return askOfflineStatus(container.controller, events);
				events.onOfflinePreparing();
				container.register(scriptUrl).then(follow, () => events.onOfflineFailed());
			};

			setInterval(checkForUpdate, UPDATE_CHECK_INTERVAL_MS);
			document.addEventListener('visibilitychange', () => {
				if (document.visibilityState === 'visible') void checkForUpdate();
			});
			window.addEventListener('online', () => void checkForUpdate());
		},
		activateWaiting() {
			if (!registration?.waiting || !skipWaiting) return false;
			skipWaiting();
			return true;
		},
		checkForUpdate,
		resumeOffline: () => resumeOffline(),
		reload() {
			location.reload();
		}
	};
}
