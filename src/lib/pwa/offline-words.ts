import type { OfflineStop } from './pwa.svelte';

/**
 * What happened and what to do, for each reason storing the app for offline use stops (issue 12:
 * a first install cut off kept saying "Keep this page open" for good). `percent` is how much of
 * the app is stored (whole percent of its bytes), null when the worker has not said.
 */
export function offlineStoppedText(stop: OfflineStop, percent: number | null): string {
	const at = percent === null ? '' : ` at ${percent}%`;
	switch (stop) {
		case 'network':
			return `Not ready for offline use: the connection dropped${at}. It goes on when you are back online.`;
		case 'server':
			return `Not ready for offline use: the server did not send a file${at}. It tries again in a moment; keep this page open.`;
		case 'storage':
			return `Not ready for offline use: this device ran out of storage space${at}. Free some space; it tries again in a moment.`;
		case 'unknown':
			return `Not ready for offline use: storing the app stopped${at}. It tries again in a moment; keep this page open.`;
	}
}
