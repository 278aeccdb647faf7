import { AnswerWriter } from './answer-writer.svelte';
import type { FiledAhead } from './clock-filed-ahead';
import type { KeptStudyDay } from './kept-day';
import { countQueue, type QueueItem } from './queue';
import type { SessionSummary } from './session';
import type { TodayQueue } from './today-queue.svelte';

/**
 * What the Study screen shows around the card on screen, kept current across tabs: today's
 * queue and its counts (`TodayQueue`), and today's answers with the one Undo takes back, written
 * and read back through `AnswerWriter`. `StudySession` extends it with the question flow (what
 * is shown, answered, undone); this class only keeps the two and follows the live read.
 */
export class StudyFeed {
	protected readonly writer = new AnswerWriter();
	protected today = $state<TodayQueue | null>(null);

	/** Today's answers (the whole study day, read back from the log: it survives a reload). */
	get summary(): SessionSummary {
		return this.writer.summary;
	}

	/** The answer Undo takes back: the log's latest, when given today (survives a reload). */
	get lastReviewId(): number | null {
		return this.writer.lastReviewId;
	}

	/** True while an answer is being written: the screen disables its buttons. */
	get saving(): boolean {
		return this.writer.saving;
	}

	/** Set when an answer could not be saved; `retrySave()` tries again. */
	get saveError(): string | null {
		return this.writer.saveError;
	}

	/** Today's remaining queue (kept current across tabs: `TodayQueue`). */
	get queue(): QueueItem[] {
		return this.today?.items ?? [];
	}

	get counts() {
		return this.today?.counts ?? countQueue([]);
	}

	/** Cards due today that sibling burying left for another day (`TodayQueue.buried`). */
	get buried(): number {
		return this.today?.buried ?? 0;
	}

	/** New questions held back by a sibling, today's new limit unmet (`TodayQueue.newBuried`). */
	get newBuried(): number {
		return this.today?.newBuried ?? 0;
	}

	/** Today's study day began in another time zone (`TodayQueue.keptDay`); null when not. */
	get keptDay(): KeptStudyDay | null {
		return this.today?.keptDay ?? null;
	}

	/** Answers given now count for a later day than the clock's (`TodayQueue.filedAhead`). */
	get filedAhead(): FiledAhead | null {
		return this.today?.filedAhead ?? null;
	}

	/** With nothing to show now but learning cards due later today: when the first is due (ms). */
	get nextDueAt(): number | null {
		return this.today?.nextDueAt ?? null;
	}

	/**
	 * Keeps `queue` and follows it (`TodayQueue.watch`): `changed` after the queue moved (an
	 * answer in any tab), then today's summary is read again only if the live read saw a change
	 * it does not hold yet (`AnswerWriter.followLive`: this tab's own answer is read back once,
	 * by its write; another tab's moves "answered today" here too, as the outsider's two tabs
	 * showed it stuck at 0). `read` after that read (the session looks whether the undo floor
	 * rose: progress replaced in any tab). `newDay`, `failed`: as `TodayQueue.watch`.
	 */
	protected follow(
		queue: TodayQueue,
		on: {
			changed: () => void;
			read: () => void;
			newDay: () => void;
			failed: (error: unknown) => void;
		}
	): void {
		this.today = queue;
		queue.watch({
			changed: (token) => {
				on.changed();
				return this.writer.followLive(token).then(on.read).catch(on.failed);
			},
			newDay: on.newDay,
			failed: on.failed
		});
	}
}
