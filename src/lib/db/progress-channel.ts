/**
 * Tabs of this origin tell each other that the progress was replaced wholesale (Reset, Import →
 * Replace or Merge, restoring an automatic backup, a Check database that changed something),
 * through a BroadcastChannel (same origin only, no network). Settings' sections clear results
 * that describe the progress before (`progress-changes.svelte.ts`); Study drops a notice that
 * points to a backup already restored (outsider student, session 22: "Your progress was reset …
 * Restore it" stayed after the restore was done in another tab).
 */
import * as v from 'valibot';

/** The channel's name; every tab of this origin that shows the progress listens on it. */
export const PROGRESS_CHANNEL = 'flashpoint-progress';

/** The Settings sections that replace the progress: what each message says made the change. */
export const REPLACING_SECTIONS = ['backup', 'automatic-backups', 'check'] as const;

/**
 * Which Settings section replaced the progress: `backup` (Reset, Import → Replace or Merge),
 * `automatic-backups` (an automatic backup restored), `check` (Check database changed rows).
 */
export type ReplacingSection = (typeof REPLACING_SECTIONS)[number];

/** The only message the channel carries; anything else on it is ignored. */
const ReplacedMessage = v.object({
	kind: v.literal('progress-replaced'),
	by: v.picklist(REPLACING_SECTIONS)
});

/** An open channel: `announce` tells the other tabs, `close` stops hearing them. */
export interface ProgressChannel {
	announce(by: ReplacingSection): void;
	close(): void;
}

/**
 * Opens the channel; `onReplaced` hears each other tab's announcement (a channel never hears its
 * own). Null without BroadcastChannel (very old browsers): other tabs are simply not heard.
 */
export function openProgressChannel(
	onReplaced: (by: ReplacingSection) => void
): ProgressChannel | null {
	if (typeof BroadcastChannel === 'undefined') return null;
	const channel = new BroadcastChannel(PROGRESS_CHANNEL);
	channel.onmessage = (event: MessageEvent) => {
		const parsed = v.safeParse(ReplacedMessage, event.data);
		if (parsed.success) onReplaced(parsed.output.by);
	};
	return {
		announce: (by) => channel.postMessage({ kind: 'progress-replaced', by }),
		close: () => channel.close()
	};
}
