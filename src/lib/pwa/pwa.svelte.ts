import { getContext, setContext } from 'svelte';
import { UpdateGuard } from './update-guard';
import type { OfflineFailure } from './precache-plan';
import type { ServiceWorkerDriver } from './service-worker-driver';

/**
 * The installed app's life: whether the network is there, whether a new version waits, and
 * switching to it only when the user asks and no critical work (an answer being saved or
 * shown) is in progress. One per app, created in the root layout.
 */
/** How often (ms) an unreachable origin is asked again while the browser still says online. */
const PROBE_RETRY_MS = 3000;
/**
 * How long (ms) storing the app for offline use waits after it stopped before it tries again,
 * when the browser never said it was offline (an HTTP error, a Wi-Fi that dropped and came back
 * unnoticed); coming back online tries at once.
 */
const RESUME_RETRY_MS = 30_000;
/**
 * The wait (ms) after the connection dropped: the failure may reach the page after the browser
 * came back online (its "online" event already handled), so the first try after it is soon. CI
 * of bd28b220: the failure came after "online", the next try 30 s later, the test's wait 30 s.
 */
const NETWORK_RETRY_MS = 5000;

/** Why storing the app for offline use stopped: the worker's reason, or `unknown`. */
export type OfflineStop = OfflineFailure | 'unknown';

export class PwaState {
	/** A new version is installed and waiting. */
	updateReady = $state(false);
	/** The "new version" prompt is showing (the user can dismiss it until the next version). */
	promptVisible = $state(false);
	offline = $state(false);
	/** Every file is stored and a service worker controls the page: it works with no network. */
	offlineReady = $state(false);
	/** The app is being stored for offline use right now (a first visit, or files missing). */
	offlinePreparing = $state(false);
	/** How much of it is stored (whole percent, 0–99) while preparing, once the worker said. */
	offlinePercent = $state<number | null>(null);
	/**
	 * Storing stopped before all was in, and why (the network went, an HTTP error, no space):
	 * said on the page, and tried again when back online (issue 12: "Keep this page open" for
	 * good after a failed first install). Null while storing goes on.
	 */
	offlineStopped = $state<OfflineStop | null>(null);
	/** Storing finished while this page watched: say so once ("Ready to use offline"). */
	offlineJustReady = $state(false);
	/**
	 * This browser keeps no offline copy (no service worker): said on the page, so a teacher
	 * knows before going offline that a reload then would not open (outsider teacher).
	 */
	offlineUnavailable = $state(false);
	/** The user chose Reload; the switch happens once nothing holds it back. */
	applying = $state(false);
	/** Why the update is held back right now, if it is. */
	holdReasons = $state<string[]>([]);

	#driver: ServiceWorkerDriver;
	#guard = new UpdateGuard(() => (this.holdReasons = this.#guard.reasons));
	#reloadWhenControlled = false;
	#resumeTimer: ReturnType<typeof setTimeout> | undefined;

	constructor(driver: ServiceWorkerDriver) {
		this.#driver = driver;
	}

	/**
	 * Starts following the network and the service worker (in the browser, after mount).
	 * `reachable` asks the app's own origin whether it answers: `navigator.onLine` can say true
	 * with no network (a Wi-Fi with no internet, or a page reloaded offline from the service
	 * worker, where Chromium 156 reported online), so a failed probe also means offline.
	 */
	start(reachable?: () => Promise<boolean>): () => void {
		let probe = 0;
		let retry: ReturnType<typeof setTimeout> | undefined;
		const sync = () => {
			clearTimeout(retry);
			this.#setOffline(!navigator.onLine);
			if (this.offline || !reachable) return;
			const asked = ++probe;
			const settle = (ok: boolean) => {
				if (asked !== probe) return;
				this.#setOffline(!ok);
				// The browser may never fire "online" if it never said offline: ask again.
				if (!ok) retry = setTimeout(sync, PROBE_RETRY_MS);
			};
			void reachable().then(settle, () => settle(false));
		};
		sync();
		window.addEventListener('online', sync);
		window.addEventListener('offline', sync);
		void this.#driver
			.start({
				onUpdateWaiting: () => this.#announce(),
				onOfflinePreparing: (percent) => {
					this.#stopResuming();
					this.offlinePreparing = true;
					this.offlineReady = false;
					if (percent !== undefined) this.offlinePercent = percent;
				},
				onOfflineReady: () => this.#offlineReady(),
				onOfflineFailed: (cause, percent) => this.#offlineFailed(cause, percent),
				onOfflineUnavailable: () => this.#offlineUnavailable(),
				onControllerChange: () => this.#controllerChanged()
			})
			// No service worker (private mode, unsupported browser): the app still runs online.
			.catch(() => this.#offlineUnavailable());
		return () => {
			probe++;
			clearTimeout(retry);
			this.#stopResuming();
			window.removeEventListener('online', sync);
			window.removeEventListener('offline', sync);
		};
	}

	/**
	 * Keeps the current version running until the returned function is called. Take one while
	 * an answer is being saved or its feedback is on screen.
	 */
	holdUpdates(reason: string): () => void {
		return this.#guard.hold(reason);
	}

	/** Runs `work` with updates held, releasing the hold however it ends. */
	async holdUpdatesDuring<T>(reason: string, work: () => Promise<T>): Promise<T> {
		const release = this.holdUpdates(reason);
		try {
			return await work();
		} finally {
			release();
		}
	}

	dismiss() {
		this.promptVisible = false;
	}

	checkForUpdate(): Promise<void> {
		return this.#driver.checkForUpdate();
	}

	/** Switches to the waiting version and reloads, once no hold remains. */
	async applyUpdate(): Promise<void> {
		if (this.applying) return;
		this.applying = true;
		await this.#guard.whenClear();
		this.#reloadWhenControlled = true;
		if (!this.#driver.activateWaiting()) this.#driver.reload();
	}

	/** Follows the network; coming back online resumes storing that had stopped. */
	#setOffline(offline: boolean) {
		const back = this.offline && !offline;
		this.offline = offline;
		if (back && this.offlineStopped) this.#resumeOffline();
	}

	/**
	 * Storing stopped: keeps the reason the worker gave (a later "stopped" without one, the
	 * browser dropping the worker, says nothing new) and tries again later if still online.
	 */
	#offlineFailed(cause: OfflineFailure | undefined, percent: number | undefined) {
		this.offlinePreparing = true;
		this.offlineReady = false;
		this.offlineStopped = cause ?? this.offlineStopped ?? 'unknown';
		if (percent !== undefined) this.offlinePercent = percent;
		clearTimeout(this.#resumeTimer);
		this.#resumeTimer = setTimeout(
			() => {
				if (!this.offline) this.#resumeOffline();
			},
			this.offlineStopped === 'network' ? NETWORK_RETRY_MS : RESUME_RETRY_MS
		);
	}

	#resumeOffline() {
		this.#stopResuming();
		this.#driver.resumeOffline();
	}

	#stopResuming() {
		clearTimeout(this.#resumeTimer);
		this.#resumeTimer = undefined;
		this.offlineStopped = null;
	}

	/** Ready; announced only when the page saw it getting ready (not on every later visit). */
	#offlineReady() {
		this.#stopResuming();
		if (this.offlinePreparing) this.offlineJustReady = true;
		this.offlinePreparing = false;
		this.offlinePercent = null;
		this.offlineReady = true;
	}

	#offlineUnavailable() {
		this.#stopResuming();
		this.offlinePreparing = false;
		this.offlineReady = false;
		this.offlineUnavailable = true;
	}

	/** The "Ready to use offline" note has been seen (the person moved on to another screen). */
	dismissOfflineReady() {
		this.offlineJustReady = false;
	}

	#announce() {
		this.updateReady = true;
		this.promptVisible = true;
	}

	#controllerChanged() {
		if (this.#reloadWhenControlled) {
			this.#driver.reload();
			return;
		}
		// Another tab switched versions: this page's code is now older than its worker.
		this.#announce();
	}
}

const KEY = Symbol('pwa');

export function setPwaState(state: PwaState): PwaState {
	return setContext(KEY, state);
}

export function getPwaState(): PwaState {
	return getContext<PwaState>(KEY);
}
