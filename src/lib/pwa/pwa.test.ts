import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PwaState } from './pwa.svelte';
import type { ServiceWorkerDriver, ServiceWorkerEvents } from './service-worker-driver';

class FakeDriver implements ServiceWorkerDriver {
	events!: ServiceWorkerEvents;
	waiting = false;
	activations = 0;
	reloads = 0;
	resumes = 0;

	async start(events: ServiceWorkerEvents) {
		this.events = events;
	}
	activateWaiting() {
		if (!this.waiting) return false;
		this.activations++;
		return true;
	}
	async checkForUpdate() {}
	resumeOffline() {
		this.resumes++;
	}
	reload() {
		this.reloads++;
	}
	/** The browser installed a new version. */
	newVersionWaiting() {
		this.waiting = true;
		this.events.onUpdateWaiting();
	}
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('PwaState', () => {
	let connection: EventTarget & { onLine?: boolean };
	let driver: FakeDriver;
	let pwa: PwaState;
	let stop: () => void;

	beforeEach(async () => {
		connection = new EventTarget();
		vi.stubGlobal('window', connection);
		vi.stubGlobal('navigator', { onLine: true });
		driver = new FakeDriver();
		pwa = new PwaState(driver);
		stop = pwa.start();
		await flush();
	});

	afterEach(() => {
		stop();
		vi.unstubAllGlobals();
	});

	it('announces a waiting version and switches only when asked', async () => {
		expect(pwa.promptVisible).toBe(false);
		driver.newVersionWaiting();
		expect(pwa.updateReady).toBe(true);
		expect(pwa.promptVisible).toBe(true);
		expect(driver.activations).toBe(0);

		await pwa.applyUpdate();
		expect(driver.activations).toBe(1);
		expect(driver.reloads).toBe(0);
		driver.events.onControllerChange();
		expect(driver.reloads).toBe(1);
	});

	it('waits for critical work to finish before switching', async () => {
		driver.newVersionWaiting();
		const releaseAnswer = pwa.holdUpdates('saving an answer');
		expect(pwa.holdReasons).toEqual(['saving an answer']);

		const applied = pwa.applyUpdate();
		await flush();
		expect(pwa.applying).toBe(true);
		expect(driver.activations).toBe(0);

		releaseAnswer();
		await applied;
		expect(pwa.holdReasons).toEqual([]);
		expect(driver.activations).toBe(1);
	});

	it('holds updates for the length of a piece of work, even when it fails', async () => {
		driver.newVersionWaiting();
		let finishSaving!: () => void;
		const saving = pwa.holdUpdatesDuring(
			'saving an answer',
			() => new Promise<void>((resolve) => (finishSaving = resolve))
		);
		const applied = pwa.applyUpdate();
		await flush();
		expect(driver.activations).toBe(0);
		finishSaving();
		await saving;
		await applied;
		expect(driver.activations).toBe(1);

		await expect(
			pwa.holdUpdatesDuring('failing', () => Promise.reject(new Error('disk full')))
		).rejects.toThrow('disk full');
		expect(pwa.holdReasons).toEqual([]);
	});

	it('announces a second version after the first prompt was dismissed', () => {
		driver.newVersionWaiting();
		pwa.dismiss();
		expect(pwa.promptVisible).toBe(false);
		expect(pwa.updateReady).toBe(true);
		driver.newVersionWaiting();
		expect(pwa.promptVisible).toBe(true);
	});

	it('does not reload when another tab switched versions, but offers to', () => {
		driver.events.onControllerChange();
		expect(driver.reloads).toBe(0);
		expect(pwa.promptVisible).toBe(true);
	});

	it('reloads at once when the new version is already active', async () => {
		driver.events.onControllerChange();
		await pwa.applyUpdate();
		expect(driver.reloads).toBe(1);
	});

	it('says it is getting ready for offline use, then ready, once', () => {
		expect(pwa.offlineReady).toBe(false);
		driver.events.onOfflinePreparing();
		expect(pwa.offlinePreparing).toBe(true);
		driver.events.onOfflineReady();
		expect(pwa.offlinePreparing).toBe(false);
		expect(pwa.offlineReady).toBe(true);
		expect(pwa.offlineJustReady).toBe(true);
		pwa.dismissOfflineReady();
		// The worker confirms again (the network came back): nothing new to announce.
		driver.events.onOfflineReady();
		expect(pwa.offlineJustReady).toBe(false);
		expect(pwa.offlineReady).toBe(true);
	});

	it('says how much is stored while preparing, and forgets it once ready', () => {
		driver.events.onOfflinePreparing();
		expect(pwa.offlinePercent).toBeNull();
		driver.events.onOfflinePreparing(12);
		driver.events.onOfflinePreparing(57);
		expect(pwa.offlinePercent).toBe(57);
		// A worker that does not say how far it is leaves the last figure standing.
		driver.events.onOfflinePreparing();
		expect(pwa.offlinePercent).toBe(57);
		driver.events.onOfflineReady();
		expect(pwa.offlinePercent).toBeNull();
		expect(pwa.offlineJustReady).toBe(true);
	});

	it('says nothing on a later visit whose worker already holds everything', () => {
		driver.events.onOfflineReady();
		expect(pwa.offlineReady).toBe(true);
		expect(pwa.offlineJustReady).toBe(false);
		expect(pwa.offlinePreparing).toBe(false);
	});

	// Outsider teacher: offline before the app said ready, a reload gave the browser's error page.
	// Where no service worker can keep it, the page says so instead of "Getting ready…" for good.
	it('says when this browser keeps no offline copy', () => {
		driver.events.onOfflinePreparing();
		driver.events.onOfflineUnavailable();
		expect(pwa.offlineUnavailable).toBe(true);
		expect(pwa.offlinePreparing).toBe(false);
		expect(pwa.offlineReady).toBe(false);
	});

	it('says so too when the service worker cannot start at all', async () => {
		const refusing = new FakeDriver();
		refusing.start = () => Promise.reject(new Error('SecurityError'));
		const other = new PwaState(refusing);
		const end = other.start();
		await flush();
		expect(other.offlineUnavailable).toBe(true);
		end();
	});

	// Issue 12: a first install cut off said "Keep this page open" for good.
	it('says why storing stopped and how far it got, and goes on when back online', () => {
		driver.events.onOfflinePreparing(40);
		driver.events.onOfflineFailed('network', 42);
		expect(pwa.offlineStopped).toBe('network');
		expect(pwa.offlinePercent).toBe(42);
		expect(pwa.offlinePreparing).toBe(true);
		expect(pwa.offlineReady).toBe(false);
		// The browser dropping the failed worker says no reason: the worker's stands.
		driver.events.onOfflineFailed();
		expect(pwa.offlineStopped).toBe('network');

		vi.stubGlobal('navigator', { onLine: false });
		connection.dispatchEvent(new Event('offline'));
		expect(driver.resumes).toBe(0);
		vi.stubGlobal('navigator', { onLine: true });
		connection.dispatchEvent(new Event('online'));
		expect(driver.resumes).toBe(1);
		expect(pwa.offlineStopped).toBeNull();

		driver.events.onOfflinePreparing(43);
		driver.events.onOfflineReady();
		expect(pwa.offlineJustReady).toBe(true);
		expect(pwa.offlineStopped).toBeNull();
	});

	it('says storing stopped for an unknown reason when the worker could not say', () => {
		driver.events.onOfflinePreparing();
		driver.events.onOfflineFailed();
		expect(pwa.offlineStopped).toBe('unknown');
		expect(pwa.offlinePercent).toBeNull();
	});

	it('tries again after a while when the browser never went offline, not while it is', () => {
		vi.useFakeTimers();
		try {
			driver.events.onOfflineFailed('server', 60);
			vi.advanceTimersByTime(29_000);
			expect(driver.resumes).toBe(0);
			vi.advanceTimersByTime(1_000);
			expect(driver.resumes).toBe(1);

			driver.events.onOfflineFailed('network', 60);
			vi.stubGlobal('navigator', { onLine: false });
			connection.dispatchEvent(new Event('offline'));
			vi.advanceTimersByTime(60_000);
			expect(driver.resumes).toBe(1);
			// Going on again clears the wait: no second try comes from the first failure.
			vi.stubGlobal('navigator', { onLine: true });
			connection.dispatchEvent(new Event('online'));
			expect(driver.resumes).toBe(2);
			driver.events.onOfflinePreparing(61);
			vi.advanceTimersByTime(60_000);
			expect(driver.resumes).toBe(2);
		} finally {
			vi.useRealTimers();
		}
	});

	it('tries again soon when the dropped connection is reported after the page is back online', () => {
		vi.useFakeTimers();
		try {
			driver.events.onOfflineFailed('network', 83);
			vi.advanceTimersByTime(4_000);
			expect(driver.resumes).toBe(0);
			vi.advanceTimersByTime(1_000);
			expect(driver.resumes).toBe(1);
		} finally {
			vi.useRealTimers();
		}
	});

	it('follows the network', () => {
		expect(pwa.offline).toBe(false);
		vi.stubGlobal('navigator', { onLine: false });
		connection.dispatchEvent(new Event('offline'));
		expect(pwa.offline).toBe(true);
		vi.stubGlobal('navigator', { onLine: true });
		connection.dispatchEvent(new Event('online'));
		expect(pwa.offline).toBe(false);
	});

	it('is offline when the origin does not answer, even if the browser says online', async () => {
		stop();
		let answers = false;
		const probed = new PwaState(driver);
		stop = probed.start(async () => answers);
		await flush();
		expect(probed.offline).toBe(true);
		answers = true;
		connection.dispatchEvent(new Event('online'));
		await flush();
		expect(probed.offline).toBe(false);
	});
});
