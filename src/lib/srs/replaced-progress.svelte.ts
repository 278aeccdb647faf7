import type { AnswerWriter } from './answer-writer.svelte';
import {
	replacedElsewhereNotice,
	staleAnswerNotice,
	todaysReplacedBackup,
	type ReplacedBackup
} from './session';

/** What `ReplacedProgress` reads and sets on the Study session it serves. */
export interface ReplacedProgressHost {
	/** The notice on screen (`null`: none). */
	notice(): string | null;
	/** Puts `notice` on screen: progress was replaced. */
	say(notice: string): void;
	/** True while loading or failed: then nothing on screen describes progress. */
	idle(): boolean;
	/** Reads today again (`StudySession.reopen`). */
	reopen(): Promise<void>;
}

/**
 * Study's side of progress replaced wholesale (Reset, Import, Merge, a restore; in this tab or
 * another): the undo floor this session last acted on, and the automatic backup the notice on
 * screen points to (Settings → Automatic backups → Restore). The session reads the queue; this
 * class only says what was replaced and where the answers from before are kept.
 */
export class ReplacedProgress {
	/** After "Nothing to undo": the automatic backup that holds the answers from before. */
	backup = $state<ReplacedBackup | null>(null);
	/** The undo floor (ms, from `AnswerWriter.undoFloor`) this session last acted on. */
	#floor: number | null = null;
	readonly #writer: AnswerWriter;
	readonly #host: ReplacedProgressHost;

	constructor(writer: AnswerWriter, host: ReplacedProgressHost) {
		this.#writer = writer;
		this.#host = host;
	}

	/** Takes the writer's current undo floor as seen (after the first read). */
	seeFloor(): void {
		this.#floor = this.#writer.undoFloor;
	}

	/**
	 * Whether the undo floor rose since this session last looked; the new floor counts as seen
	 * either way. Compared here, not by the read that saw it rise, so no read can swallow it.
	 */
	floorRose(): boolean {
		const floor = this.#writer.undoFloor;
		const seen = this.#floor;
		this.#floor = floor;
		return floor !== null && seen !== null && floor > seen;
	}

	/**
	 * Names the automatic backup made today, if any, after Undo found nothing to take back: the
	 * answers a Reset or an Import replaced are in it (Settings → Automatic backups → Restore).
	 */
	async pointToBackup(): Promise<void> {
		const notice = this.#host.notice();
		const backup = await todaysReplacedBackup(Date.now());
		// Only if the notice it explains is still the one on screen.
		if (this.#host.notice() === notice) this.backup = backup;
	}

	/**
	 * Why the answer just refused as stale was refused (`staleAnswerNotice`): the undo floor,
	 * read again now, rose if progress was replaced (this session then follows the new floor, as
	 * `floorRose` would), and the newest automatic backup since the card showed (`shownAt`, ms)
	 * says by what; `typed`, the answer typed for the card, is said back. Never throws: a failed
	 * read counts as no rise.
	 */
	async staleNotice(shownAt: number, typed = ''): Promise<string> {
		const seen = this.#floor;
		await this.#writer.readSummary(false).catch(() => undefined);
		const floor = this.#writer.undoFloor;
		if (floor === null || seen === null || floor <= seen) return staleAnswerNotice(null, typed);
		this.#floor = floor;
		const backup = await todaysReplacedBackup(Date.now());
		return staleAnswerNotice(backup && backup.createdAt >= shownAt ? backup.reason : 'unknown');
	}

	/**
	 * Settings in another tab replaced the progress (`by`, from `progress-channel.ts`): reads
	 * today again (`reopen`) and says so. The notice on screen, and the automatic backup it
	 * pointed to, described the progress before: a restore in the other tab has already done what
	 * its "Restore it" link offered. After a Reset, Import or Merge the copy kept is named again.
	 */
	async replacedElsewhere(by: 'backup' | 'automatic-backups' | 'check'): Promise<void> {
		if (this.#host.idle()) return;
		const notice = replacedElsewhereNotice(by);
		this.#host.say(notice);
		this.backup = null;
		await this.#host.reopen();
		// `reopen` may have said the same in its own words (the undo floor rose): this says why.
		this.#host.say(notice);
		this.backup = null;
		if (by === 'backup') await this.pointToBackup();
	}
}
