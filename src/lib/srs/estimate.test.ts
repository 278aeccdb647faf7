import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
	ANSWERS_PER_NEW,
	DEFAULT_ANSWER_SECONDS,
	estimateBasis,
	estimateStudy,
	secondsPerAnswer
} from './estimate';

const none = { answers: 0, timeMs: 0 };
const counts = (fresh: number, learning = 0, review = 0, later = 0) => ({
	fresh,
	learning,
	review,
	later
});

describe('the study time estimate (issue 12/14)', () => {
	it('uses the documented first guess with no history: 20 new are 60 answers of 15 s', () => {
		expect(ANSWERS_PER_NEW * DEFAULT_ANSWER_SECONDS).toBe(45);
		expect(estimateStudy(counts(20), none)).toEqual({
			minutes: 15,
			secondsPerAnswer: 15,
			ownAnswers: 0
		});
		expect(estimateStudy(counts(0), none).minutes).toBe(0);
		expect(estimateStudy(counts(0, 1), none).minutes).toBe(1);
	});

	it('eases the student’s own pace in: a few quick answers do not halve it', () => {
		// Five answers of 3 s: (15 + 20 × 15) / 25 = 12.6 s, not 3 s.
		expect(secondsPerAnswer({ answers: 5, timeMs: 15_000 })).toBeCloseTo(12.6);
		// The outsider's day: 15 min for 20 new, then after a dozen 4 s answers 7 min for 20 new
		// and 18 learning (the 4 s average alone). Eased in: 78 answers of 10.9 s, 14 min.
		expect(estimateStudy(counts(20), none).minutes).toBe(15);
		expect(estimateStudy(counts(20, 18), { answers: 12, timeMs: 12 * 4000 }).minutes).toBe(14);
		// Many answers: the student's own pace.
		expect(secondsPerAnswer({ answers: 2000, timeMs: 2000 * 6000 })).toBeCloseTo(6.09, 1);
	});

	it('never falls when a count grows, for any history', () => {
		const count = fc.nat({ max: 500 });
		fc.assert(
			fc.property(
				fc.tuple(count, count, count, count),
				fc.constantFrom(0, 1, 2, 3),
				fc.nat({ max: 200 }),
				fc.record({ answers: fc.nat({ max: 5000 }), timeMs: fc.nat({ max: 50_000_000 }) }),
				([fresh, learning, review, later], which, more, history) => {
					const base = counts(fresh, learning, review, later);
					const key = (['fresh', 'learning', 'review', 'later'] as const)[which];
					const grown = { ...base, [key]: base[key] + more };
					expect(estimateStudy(grown, history).minutes).toBeGreaterThanOrEqual(
						estimateStudy(base, history).minutes
					);
				}
			),
			{ numRuns: 500, seed: 21 }
		);
	});

	it('says what it rests on', () => {
		expect(estimateBasis(estimateStudy(counts(20), none))).toBe(
			'3 answers a new question, 1 a learning or review card, about 15 s each (a first guess until you have answered some).'
		);
		expect(estimateBasis(estimateStudy(counts(20), { answers: 45, timeMs: 45 * 6000 }))).toBe(
			'3 answers a new question, 1 a learning or review card, about 9 s each (your pace over 45 answers, eased in from a 15 s first guess).'
		);
	});
});
