/** What the page learns from its service worker. */
export interface ServiceWorkerEvents {
	/** A new version has installed and waits for permission to take over. */
	onUpdateWaiting(): void;
	/** A service worker controls this page: it now opens and works with no network. */
	onOfflineReady(): void;
	/** Another version took over this page without being asked here (e.g. in another tab). */
	onControllerChange(): void;
}

/** The browser side of updates, kept behind an interface so the update rules can be tested. */
export interface ServiceWorkerDriver {
	start(events: ServiceWorkerEvents): Promise<void>;
	/** Asks the waiting version to take over; false when none is waiting. */
	activateWaiting(): boolean;
	checkForUpdate(): Promise<void>;
	reload(): void;
}

const UPDATE_CHECK_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Registers `/service-worker.js` with workbox-window and reports waiting versions. Without a
 * full page load the browser only looks for a new version when asked, so the app also asks
 * hourly, when it comes back to the foreground and when the network returns.
 */
export function createServiceWorkerDriver(scriptUrl = '/service-worker.js'): ServiceWorkerDriver {
	let registration: ServiceWorkerRegistration | undefined;
	let skipWaiting: (() => void) | undefined;

	const checkForUpdate = async () => {
		try {
			await registration?.update();
		} catch {
			// Offline or the server is unreachable: the next check will try again.
		}
	};

	return {
		async start(events) {
			if (!('serviceWorker' in navigator)) return;
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
			let controlled = Boolean(container.controller);
			if (controlled) events.onOfflineReady();
			container.addEventListener('controllerchange', () => {
				if (controlled) events.onControllerChange();
				else events.onOfflineReady();
				controlled = true;
			});

			workbox.addEventListener('waiting', (event) => announce(event.sw));
			registration = await workbox.register();
			skipWaiting = () => workbox.messageSkipWaiting();
			if (!registration) return;

			// workbox-window stops following updates after the first one it did not start itself,
			// so every later version (a second release in the same session) is watched here too.
			registration.addEventListener('updatefound', () => {
				const worker = registration?.installing;
				worker?.addEventListener('statechange', () => {
					if (worker.state === 'installed' && container.controller) announce(worker);
				});
			});
			announce(registration.waiting);

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
		reload() {
			location.reload();
		}
	};
}
