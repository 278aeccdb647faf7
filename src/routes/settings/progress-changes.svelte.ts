/**
 * Settings' sections tell each other when the progress was replaced wholesale (Reset, Import →
 * Replace or Merge, restoring an automatic backup), so a result another section shows about
 * the progress before goes: Check database's "Everything is in order" (and its button to
 * remove cards without a question) stayed after a Reset, describing a database that no longer
 * existed (outsider, issue 14). Shared through context by the Settings page.
 */
import { getContext, setContext, untrack } from 'svelte';

/** The sections whose messages describe the progress. */
export type ProgressSection = 'backup' | 'automatic-backups' | 'check';

/** The latest wholesale change of the progress on this screen, and which section made it. */
export class ProgressChanges {
	latest = $state<{ by: ProgressSection; count: number } | null>(null);

	/** Call once a Reset, Replace, Merge or restore by `by` has changed the progress. */
	replaced(by: ProgressSection): void {
		this.latest = { by, count: (this.latest?.count ?? 0) + 1 };
	}
}

const KEY = Symbol('progress-changes');

/** The Settings page's record (call in its setup). */
export function setProgressChanges(): ProgressChanges {
	return setContext(KEY, new ProgressChanges());
}

/**
 * In a section's setup: runs `clear` (untracked) each time another section replaced the
 * progress. A section outside the Settings page (no record) is never cleared.
 */
export function onProgressReplaced(section: ProgressSection, clear: () => void): void {
	const changes = getContext<ProgressChanges | undefined>(KEY);
	$effect(() => {
		const latest = changes?.latest;
		if (latest && latest.by !== section) untrack(clear);
	});
}

/** The Settings page's record, for a section that replaces the progress (undefined elsewhere). */
export function getProgressChanges(): ProgressChanges | undefined {
	return getContext<ProgressChanges | undefined>(KEY);
}
