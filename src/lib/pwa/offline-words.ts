import type { OfflineStop } from './pwa.svelte';

/**
 * What the offline notice says on a loaded quiz once the whole app is stored: offline, and that
 * nothing is lost (answers are saved on the device as given; the result code hands them in with
 * no connection). One short line at 320 px (`offline.spec`), visible, not for screen readers
 * alone (teacher outsider of session 37: it said only "Offline").
 */
export const OFFLINE_QUIZ_LINE = 'Offline: answers saved here';

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
