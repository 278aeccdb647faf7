import { base } from '$app/paths';

/** How long the probe waits for the app's origin (ms) before calling it unreachable. */
const PROBE_TIMEOUT_MS = 5000;

/**
 * Whether the app's own origin answers: a GET of SvelteKit's `_app/version.json`, which the
 * service worker always sends to the network and never caches. Any HTTP answer counts; a
 * network error or no answer within 5 s does not. Never throws.
 */
export async function versionAnswers(): Promise<boolean> {
	try {
		await fetch(`${base}/_app/version.json`, {
			cache: 'no-store',
			signal: AbortSignal.timeout(PROBE_TIMEOUT_MS)
		});
		return true;
	} catch {
		return false;
	}
}
