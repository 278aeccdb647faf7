import type { AnswerInput } from './answers';
import type { RatingValue } from './records';
import { createDb, type FlashpointDb } from './schema';

let counter = 0;

/** A fresh, empty database (fake-indexeddb in unit tests) with a name no other test uses. */
export function freshDb(upTo?: number): FlashpointDb {
	counter++;
	return createDb(`flashpoint-test-${counter}-${Math.random().toString(36).slice(2)}`, upTo);
}

/** A self-graded answer to `questionId` at `at` (ms), as `recordAnswer` takes it. */
export function answer(
	questionId: string,
	rating: RatingValue,
	at: number,
	seen: number | null = null
): AnswerInput {
	return {
		questionId,
		rating,
		answeredAt: at,
		durationMs: 5000,
		grading: 'self',
		correct: null,
		seenLastReview: seen
	};
}
