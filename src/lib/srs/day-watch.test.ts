import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { CLOCK_CHECK_MS, watchStudyDay } from './day-watch';

/** Just enough of a page for the watcher: events on `document` and `window`. */
function fakePage() {
	vi.stubGlobal('document', Object.assign(new EventTarget(), { visibilityState: 'visible' }));
	vi.stubGlobal('window', new EventTarget());
}

describe('watchStudyDay', () => {
	beforeEach(() => {
		vi.useFakeTimers();
		fakePage();
	});
	afterEach(() => {
		vi.useRealTimers();
		vi.unstubAllGlobals();
	});

	it('notices a clock set back by hand within a minute, without a rollover or a page switch', () => {
		vi.setSystemTime(new Date(2026, 11, 2, 10, 0));
		const onChange = vi.fn();
		const stop = watchStudyDay(onChange);
		// The clock goes back a day; timers keep running on elapsed time.
		vi.setSystemTime(new Date(2026, 11, 1, 10, 0));
		vi.advanceTimersByTime(CLOCK_CHECK_MS);
		expect(onChange).toHaveBeenCalledTimes(1);
		// Nothing more while the day stays the same.
		vi.advanceTimersByTime(10 * CLOCK_CHECK_MS);
		expect(onChange).toHaveBeenCalledTimes(1);
		stop();
	});

	it('fires at the 4 AM rollover, and not after it stops', () => {
		vi.setSystemTime(new Date(2026, 11, 2, 3, 58));
		const onChange = vi.fn();
		const stop = watchStudyDay(onChange);
		vi.advanceTimersByTime(3 * 60_000);
		expect(onChange).toHaveBeenCalledTimes(1);
		stop();
		vi.setSystemTime(new Date(2026, 11, 5, 12, 0));
		vi.advanceTimersByTime(10 * CLOCK_CHECK_MS);
		expect(onChange).toHaveBeenCalledTimes(1);
	});
});
