import type { AnswerInput } from './answers';
import { CARD_STATE, type CardRecord, type CourseRecord, type RatingValue } from './records';
import { createDb, type FlashpointDb } from './schema';

let counter = 0;

/** A fresh, empty database (fake-indexeddb in unit tests) with a name no other test uses. */
export function freshDb(upTo?: number): FlashpointDb {
	counter++;
	return createDb(`flashpoint-test-${counter}-${Math.random().toString(36).slice(2)}`, upTo);
}

/**
 * A self-graded answer to `questionId` at `at` (ms) that took `durationMs`, as `recordAnswer`
 * takes it; `seen` is the card's `lastReview` the screen showed (null: new). The benches'
 * harnesses answer with it too.
 */
export function answer(
	questionId: string,
	rating: RatingValue,
	at: number,
	seen: number | null = null,
	durationMs = 5000
): AnswerInput {
	return {
		questionId,
		rating,
		answeredAt: at,
		durationMs,
		grading: 'self',
		correct: null,
		seenLastReview: seen
	};
}

/** The built-in course holding questions `ids`, studied in that order (facts `f0`, `f1`, …). */
export function builtinCourse(ids: string[]): CourseRecord {
	return {
		id: 'builtin',
		title: 'Built-in',
		kind: 'builtin',
		hash: '',
		installedAt: 0,
		questionCount: ids.length,
		documentCount: 0,
		queue: ids.map((id, i) => ({ id, fact: `f${i}` }))
	};
}

/** A fresh database (`freshDb`) holding only the built-in course of questions `ids`. */
export async function withBuiltinCourse(ids: string[]): Promise<FlashpointDb> {
	const db = freshDb();
	await db.courses.add(builtinCourse(ids));
	return db;
}

/**
 * A card of `questionId` in `state`, due at `due` (ms), answered three times and never lapsed,
 * with five days of stability and medium difficulty (5); `fields` overrides any of it. Its
 * `lastReview` is a day before `due` unless given.
 */
export function cardRecord(
	questionId: string,
	state: CardRecord['state'],
	due: number,
	fields: Partial<CardRecord> = {}
): CardRecord {
	return {
		questionId,
		due,
		stability: 5,
		difficulty: 5,
		elapsedDays: 0,
		scheduledDays: 1,
		learningSteps: 0,
		reps: 3,
		lapses: 0,
		state,
		lastReview: due - 86_400_000,
		leech: false,
		...fields
	};
}

/**
 * A review card due at `due` (ms), last answered a day before with a one-day interval and
 * `stability` days of memory; its item's due day is fixed in the zone it is written in.
 */
export function reviewCard(questionId: string, due: number, stability: number): CardRecord {
	return cardRecord(questionId, CARD_STATE.review, due, { stability, elapsedDays: 1 });
}
