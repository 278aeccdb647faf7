import { describe, expect, it } from 'vitest';
import { clockBehind, clockBehindSentence, howFar } from './clock-behind';

const hour = 3_600_000;
const day = 24 * hour;
const now = Date.parse('2026-11-30T10:00:00Z');

describe('a clock behind the answers already given', () => {
	it('is null when no answer is after the clock', () => {
		expect(clockBehind([], now)).toBeNull();
		expect(clockBehind([{ questionId: 'a', answeredAt: now }], now)).toBeNull();
		expect(clockBehind([{ questionId: 'a', answeredAt: now - day }], now)).toBeNull();
	});

	it('counts the questions answered after the clock once each, and the latest time', () => {
		// The outsider's case: eight questions answered on 4 December, the clock set to 30 November.
		const later = now + 4 * day - 2 * hour;
		const after = [
			{ questionId: 'a', answeredAt: later - 60_000 },
			{ questionId: 'a', answeredAt: later },
			{ questionId: 'b', answeredAt: later - 30_000 },
			{ questionId: 'c', answeredAt: now - day }
		];
		expect(clockBehind(after, now)).toEqual({ questions: 2, latestAt: later });
	});

	it('says how far, what is not counted, and that nothing is lost', () => {
		expect(howFar(30_000)).toBe('1 minute');
		expect(howFar(5 * hour + 10 * 60_000)).toBe('5 hours');
		expect(howFar(4 * day - 2 * hour)).toBe('4 days');
		expect(clockBehindSentence({ questions: 8, latestAt: now + 4 * day - 2 * hour }, now)).toBe(
			"This device's clock is 4 days behind your last answer. The 8 questions you answered after this time come back when the clock reaches their due times, so Today can show fewer than you studied. Nothing is lost; if the clock is wrong, set it right."
		);
		expect(clockBehindSentence({ questions: 1, latestAt: now + hour }, now)).toMatch(
			/^This device's clock is 1 hour behind your last answer\. The question you answered after this time comes back when the clock reaches its due time, so Today/
		);
	});
});
