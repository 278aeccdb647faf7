/**
 * Settings' sections tell each other when the progress was replaced wholesale (Reset, Import →
 * Replace or Merge, restoring an automatic backup), so a result another section shows about
 * the progress before goes: Check database's "Everything is in order" (and its button to
 * remove cards without a question) stayed after a Reset, describing a database that no longer
 * existed (outsider, issue 14). Settings open in another tab hear it too, through a
 * BroadcastChannel (same origin only, no network): a second tab kept "Everything is in order"
 * after the first reset the progress (outsider, session 20). Shared through context by the
 * Settings page.
 */
import { getContext, setContext, untrack } from 'svelte';
import {
	openProgressChannel,
	type ProgressChannel,
	type ReplacingSection
} from '$lib/db/progress-channel';
import type { Status } from './StatusMessage.svelte';

/** The sections whose messages describe the progress, and Settings open in another tab. */
export type ProgressSection = ReplacingSection | 'another-tab';

/** The latest wholesale change of the progress on this screen, and which section made it. */
export class ProgressChanges {
	latest = $state<{ by: ProgressSection; count: number } | null>(null);
	#channel: ProgressChannel | null = null;

	/** Call once a Reset, Replace, Merge or restore by `by` has changed the progress. */
	replaced(by: ReplacingSection): void {
		this.#record(by);
		this.#channel?.announce(by);
	}

	/**
	 * Listens for other tabs' replacements until the returned function is called
	 * (`openProgressChannel`): this tab's own `replaced` is not counted twice.
	 */
	listen(): () => void {
		const channel = openProgressChannel(() => this.#record('another-tab'));
		this.#channel = channel;
		return () => {
			channel?.close();
			if (this.#channel === channel) this.#channel = null;
		};
	}

	#record(by: ProgressSection): void {
		this.latest = { by, count: (this.latest?.count ?? 0) + 1 };
	}
}

const KEY = Symbol('progress-changes');

/** The Settings page's record (call in its setup); it listens to other tabs while mounted. */
export function setProgressChanges(): ProgressChanges {
	const changes = new ProgressChanges();
	$effect(() => changes.listen());
	return setContext(KEY, changes);
}

/**
 * What a section shows in place of its result when Settings in another tab replaced the
 * progress: the reader scrolled to that section must learn why its result went.
 */
export const REPLACED_IN_ANOTHER_TAB =
	'Your progress was replaced in another tab (a reset, an import or a restored backup), so what was shown here no longer applies.';

/**
 * In a section's setup: runs `clear(elsewhere)` (untracked) each time another section, or
 * Settings in another tab (`elsewhere` true), replaced the progress. A section outside the
 * Settings page (no record) is never cleared.
 */
export function onProgressReplaced(
	section: Exclude<ProgressSection, 'another-tab'>,
	clear: (elsewhere: boolean) => void
): void {
	const changes = getContext<ProgressChanges | undefined>(KEY);
	$effect(() => {
		const latest = changes?.latest;
		if (latest && latest.by !== section) untrack(() => clear(latest.by === 'another-tab'));
	});
}

/** The Settings page's record, for a section that replaces the progress (undefined elsewhere). */
export function getProgressChanges(): ProgressChanges | undefined {
	return getContext<ProgressChanges | undefined>(KEY);
}

/**
 * A section's message once the progress was replaced: none, or, when another tab replaced it
 * and the section was showing a result, a note saying why that result went.
 */
export function replacedNote(elsewhere: boolean, shown: Status | null): Status | null {
	return elsewhere && shown ? { kind: 'note', text: REPLACED_IN_ANOTHER_TAB } : null;
}
