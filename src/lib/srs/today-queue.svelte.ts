import { liveQuery, type Subscription } from 'dexie';
import { loadTodayQueueCounted, type CountedQueue, type QuestionSource } from '$lib/db/today-queue';
import { DueWake, watchStudyDay } from './day-watch';
import type { FiledAhead } from './clock-filed-ahead';
import { keptStudyDay, type KeptStudyDay } from './kept-day';
import { countQueue, nextDue, pickNext, type QueueItem } from './queue';
import type { StudySettings } from './settings';

/**
 * Today's queue of one study scope (all courses, or one), kept current while Study is open:
 * answers from another tab (a live query), a new study day or a clock moved by hand
 * (`watchStudyDay`), and a learning card coming due while nothing is on screen (`DueWake`).
 * `StudySession` decides what to show from it; this class only keeps it.
 */
export class TodayQueue {
	items = $state<QueueItem[]>([]);
	/**
	 * Cards due today left for another day because a sibling (same fact or sentence) was
	 * answered today: the done screen says how many and why, as Anki shows its buried count.
	 */
	buried = $state(0);
	/** New questions held back by a sibling when today's new limit could not be filled. */
	newBuried = $state(0);
	/**
	 * With nothing to show now but learning cards due later today: when the first is due (ms),
	 * for "next card at 10:42" instead of showing it early. Null otherwise.
	 */
	nextDueAt = $state<number | null>(null);
	/** Today's study day began in another time zone (`keptStudyDay`); null when it did not. */
	keptDay = $state<KeptStudyDay | null>(null);
	/** Answers given now count for a later day than the clock's (`filedAhead`); null if not. */
	filedAhead = $state<FiledAhead | null>(null);

	/** The questions buried or suspended at the last read (`CountedQueue.held`). */
	#held: ReadonlySet<string> | undefined;
	readonly #source: QuestionSource;
	readonly #settings: StudySettings;
	readonly #need: ((ids: readonly string[]) => PromiseLike<void> | undefined) | undefined;
	#live: Subscription | null = null;
	readonly #wake = new DueWake();
	#unwatchDay: () => void = () => {};

	/**
	 * `need`: reads the questions of the queue's cards before the queue is taken (`ShownQuestions`:
	 * a screen that holds only the questions it shows), so every card picked has its question.
	 */
	constructor(
		source: QuestionSource,
		settings: StudySettings,
		need?: (ids: readonly string[]) => PromiseLike<void> | undefined
	) {
		this.#source = source;
		this.#settings = settings;
		this.#need = need;
	}

	/** The queue, once the questions of its cards are held (`need`). */
	async #read(): Promise<CountedQueue> {
		const queue = await loadTodayQueueCounted(this.#source, this.#settings);
		const reading = this.#need?.(queue.items.map((item) => item.questionId));
		if (reading) await reading;
		return queue;
	}

	/** Whether question `questionId` was buried or suspended at the last read (in any tab). */
	isHeld(questionId: string): boolean {
		return this.#held?.has(questionId) ?? false;
	}

	/** New, learning and review counts of what is due now (the one definition: `countQueue`). */
	get counts() {
		return countQueue(this.items, Date.now(), this.#settings.learnAheadMinutes);
	}

	/** Reads the queue from the database now. Throws what the read throws. */
	async load(): Promise<QueueItem[]> {
		this.#take(await this.#read());
		return this.items;
	}

	#take(queue: CountedQueue): void {
		this.items = queue.items;
		this.buried = queue.buried;
		this.newBuried = queue.newBuried;
		this.#held = queue.held;
		const kept = keptStudyDay(queue.today);
		if (kept?.nextStart !== this.keptDay?.nextStart) this.keptDay = kept;
		this.filedAhead = queue.filedAhead;
	}

	/** The card to show now, within the learn-ahead limit; undefined when none is due. */
	pick(): QueueItem | undefined {
		return pickNext(this.items, Date.now(), this.#settings.learnAheadMinutes);
	}

	/**
	 * Starts following: `changed` after the queue moved (an answer in any tab), with the
	 * `cards-generation` marker it was read at (`CountedQueue.token`); `newDay` when a study day
	 * began or the page came back to the foreground; `failed` when the live read fails.
	 */
	watch(on: {
		changed: (token: string) => unknown;
		newDay: () => void;
		failed: (error: unknown) => void;
	}): void {
		this.#live = liveQuery(() => this.#read()).subscribe({
			next: (queue) => {
				this.#take(queue);
				on.changed(queue.token);
			},
			error: on.failed
		});
		this.#unwatchDay = watchStudyDay(on.newDay);
	}

	/** Nothing to show now: calls `wake` once the next learning card is within the limit. */
	waitForNextDue(wake: () => void): void {
		this.nextDueAt = nextDue(this.items);
		this.#wake.set(this.nextDueAt, this.#settings.learnAheadMinutes, wake);
	}

	/** A card is on screen again: no "next card at …". */
	clearNextDue(): void {
		this.nextDueAt = null;
	}

	stop(): void {
		this.#unwatchDay();
		this.#live?.unsubscribe();
		this.#live = null;
		this.#wake.clear();
	}
}
