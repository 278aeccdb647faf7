const ASKED_KEY = 'flashpoint:persist-asked';

/**
 * Asks the browser once per device to keep this site's storage even under pressure, so
 * progress is not evicted. Browsers may grant it silently, ask, or refuse; either way the
 * question is not asked again.
 */
export async function requestPersistentStorage(): Promise<boolean | null> {
	try {
		if (!navigator.storage?.persist || localStorage.getItem(ASKED_KEY)) return null;
		localStorage.setItem(ASKED_KEY, new Date().toISOString());
		if (await navigator.storage.persisted()) return true;
		return await navigator.storage.persist();
	} catch {
		return null;
	}
}
