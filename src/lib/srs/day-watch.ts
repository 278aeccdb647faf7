import { DEFAULT_ROLLOVER_HOUR, nextStudyDayStart, studyDay } from './day';

/** setTimeout's longest delay (ms); a longer one fires at once. */
const MAX_DELAY = 2 ** 31 - 1;

/**
 * How often (ms) an open, visible screen compares the study day with the clock. Timers run on
 * elapsed time, not on the wall clock, so a clock set back or forward by hand (or a time-zone
 * change while travelling) is otherwise noticed only at the next rollover timer or when the page
 * is hidden and shown again; an outsider saw Home's counts lag after setting the clock back.
 */
export const CLOCK_CHECK_MS = 60_000;

/**
 * Calls `onChange` when an open screen should look at today's study again without a reload:
 * a new study day began (a timer set for the rollover, 4 AM local), or the page came back to
 * the foreground (`visibilitychange`, `pageshow`; a phone that slept through the timer, or a
 * clock or zone that changed meanwhile), or the clock moved to another study day while the page
 * was open (checked every `CLOCK_CHECK_MS`). Returns the function that stops watching. In a page
 * only: does nothing where there is no `document`.
 */
export function watchStudyDay(
	onChange: () => void,
	rolloverHour: number = DEFAULT_ROLLOVER_HOUR
): () => void {
	if (typeof document === 'undefined') return () => {};
	let day = studyDay(Date.now(), rolloverHour);
	let timer: ReturnType<typeof setTimeout> | undefined;
	const schedule = () => {
		clearTimeout(timer);
		const wait = nextStudyDayStart(Date.now(), rolloverHour).getTime() - Date.now() + 1000;
		timer = setTimeout(check, Math.min(Math.max(1000, wait), MAX_DELAY));
	};
	const check = () => {
		const now = studyDay(Date.now(), rolloverHour);
		if (now !== day) {
			day = now;
			onChange();
		}
		schedule();
	};
	const foreground = () => {
		if (document.visibilityState !== 'visible') return;
		day = studyDay(Date.now(), rolloverHour);
		onChange();
		schedule();
	};
	document.addEventListener('visibilitychange', foreground);
	window.addEventListener('pageshow', foreground);
	schedule();
	const clock = setInterval(() => {
		if (studyDay(Date.now(), rolloverHour) !== day) check();
	}, CLOCK_CHECK_MS);
	return () => {
		clearTimeout(timer);
		clearInterval(clock);
		document.removeEventListener('visibilitychange', foreground);
		window.removeEventListener('pageshow', foreground);
	};
}

/**
 * One timer for "done for now, but a learning card is due later today": calls `wake` when the
 * card due at `due` (ms) comes within the learn-ahead limit (minutes), plus 250 ms so the queue
 * then finds it due. `watchStudyDay` covers a device that slept through the timer.
 */
export class DueWake {
	#timer: ReturnType<typeof setTimeout> | undefined;

	/** Replaces any earlier timer; `due` null only clears it. */
	set(due: number | null, learnAheadMinutes: number, wake: () => void): void {
		this.clear();
		if (due === null) return;
		const showAt = due - learnAheadMinutes * 60_000;
		this.#timer = setTimeout(wake, Math.min(Math.max(0, showAt - Date.now()) + 250, MAX_DELAY));
	}

	clear(): void {
		clearTimeout(this.#timer);
	}
}
