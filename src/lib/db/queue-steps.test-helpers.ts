/**
 * Random small collections and study sessions for the queue's property tests (fast-check):
 * two to four courses with random sibling groups (shared facts and source sentences), cards in
 * every state due from days ago to days ahead, random daily limits, and steps: answers, "study
 * these today" requests, undos, time passing and moves between time zones.
 */
import fc from 'fast-check';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '$lib/srs/settings';
import { moveTo } from '$lib/srs/zone.test-helpers';
import { queueQuestionsForStudy, recordAnswer, undoLastAnswer } from './answers';
import { CARD_STATE, type CardRecord, type CourseRecord, type RatingValue } from './records';
import type { FlashpointDb } from './schema';
import { saveStudySettings } from './study-settings';
import { cardRecord } from './test-helpers';
import { loadTodayQueue } from './today-queue';

export const minute = 60_000;
export const day = 24 * 60 * minute;
/** The session's first moment: mid-morning, local time. */
export const t0 = new Date(2026, 4, 12, 10).getTime();

/** One step of a session (`applyStep`). */
export type Step =
	| { kind: 'answer'; rating: RatingValue }
	| { kind: 'queue'; pick: number }
	| { kind: 'later'; minutes: number }
	| { kind: 'undo' }
	| { kind: 'zone'; zone: string };

export interface Shape {
	/** Per course: per question, its fact group and sentence group (small numbers: siblings). */
	courses: { fact: number; sentence: number | null; rank: number | null }[][];
	/** Cards: question index (across all courses), state, due offset from t0 (minutes). */
	cards: { pick: number; state: CardRecord['state']; dueMinutes: number }[];
	limits: { newPerDay: number; maxReviewsPerDay: number };
	steps: Step[];
}

/** Time zones a traveller's phone moves between (the date line both ways). */
export const ZONES = [
	'Europe/Berlin',
	'Pacific/Kiritimati',
	'Pacific/Honolulu',
	'America/New_York'
];

export const question = fc.record({
	fact: fc.nat(5),
	sentence: fc.option(fc.nat(4)),
	rank: fc.option(fc.nat(8))
});

/** A step changing the zone. */
export const zoneStep = fc.record({
	kind: fc.constant('zone' as const),
	zone: fc.constantFrom(...ZONES)
});

export const shape: fc.Arbitrary<Shape> = fc.record({
	courses: fc.array(fc.array(question, { minLength: 1, maxLength: 9 }), {
		minLength: 2,
		maxLength: 4
	}),
	cards: fc.array(
		fc.record({
			pick: fc.nat(40),
			state: fc.constantFrom(CARD_STATE.learning, CARD_STATE.review, CARD_STATE.relearning),
			dueMinutes: fc.integer({ min: -3 * 24 * 60, max: 2 * 24 * 60 })
		}),
		{ maxLength: 30 }
	),
	limits: fc.record({ newPerDay: fc.nat(6), maxReviewsPerDay: fc.nat(6) }),
	steps: fc.array(
		fc.oneof(
			{
				weight: 5,
				arbitrary: fc.record({
					kind: fc.constant('answer' as const),
					rating: fc.constantFrom<RatingValue>(1, 2, 3, 4)
				})
			},
			{
				weight: 1,
				arbitrary: fc.record({ kind: fc.constant('queue' as const), pick: fc.nat(40) })
			},
			{
				weight: 2,
				arbitrary: fc.record({ kind: fc.constant('later' as const), minutes: fc.nat(600) })
			},
			{ weight: 1, arbitrary: fc.record({ kind: fc.constant('undo' as const) }) },
			{ weight: 1, arbitrary: zoneStep }
		),
		{ maxLength: 14 }
	)
});

export function courseRows(shape: Shape): CourseRecord[] {
	return shape.courses.map((questions, c) => {
		const id = c === 0 ? 'builtin' : `u-${c}`;
		const qid = (i: number) => (c === 0 ? `b${i}` : `${id}:q${i}`);
		return {
			id,
			title: id,
			kind: c === 0 ? 'builtin' : 'user',
			hash: '',
			installedAt: c,
			questionCount: questions.length,
			documentCount: 0,
			queue: questions.map((q, i) => ({
				id: qid(i),
				fact: `${id}-f${q.fact}`,
				...(q.sentence !== null && { sentence: `${id}-s${q.sentence}` }),
				type: i % 2 ? 'mcq' : 'short',
				...(q.rank !== null && { rank: q.rank })
			}))
		};
	});
}

function cardOf(questionId: string, state: CardRecord['state'], due: number): CardRecord {
	return cardRecord(questionId, state, due, {
		scheduledDays: 3,
		lastReview: Math.min(due, t0) - 3 * day
	});
}

/**
 * Writes `shape`'s courses, settings and cards to `db`. Returns the settings, every question id
 * in course order and the scopes (null, every course, then each course).
 */
export async function seedShape(db: FlashpointDb, shape: Shape) {
	const settings: StudySettings = { ...DEFAULT_STUDY_SETTINGS, ...shape.limits };
	const courses = courseRows(shape);
	await db.courses.bulkAdd(courses);
	await saveStudySettings(settings, db);
	const ids = courses.flatMap((course) => course.queue!.map((q) => q.id));
	const cards = new Map<string, CardRecord>();
	for (const { pick, state, dueMinutes } of shape.cards) {
		const id = ids[pick % ids.length];
		cards.set(id, cardOf(id, state, t0 + dueMinutes * minute));
	}
	await db.cards.bulkPut([...cards.values()]);
	const scopes: (string | null)[] = [null, ...courses.map((course) => course.id)];
	return { settings, ids, scopes };
}

/**
 * Takes `step` at `now` (ms) in `db`: an answer to the every-course queue's first card (a
 * minute later), a request, an undo, time passing (`minutes`, negative: the clock set back)
 * or a zone move (`restoreZone` after the test). Returns the clock after it.
 */
export async function applyStep(
	db: FlashpointDb,
	step: Step,
	ids: readonly string[],
	settings: StudySettings,
	now: number
): Promise<number> {
	if (step.kind === 'later') return now + step.minutes * minute;
	if (step.kind === 'zone') moveTo(step.zone);
	else if (step.kind === 'undo') await undoLastAnswer(undefined, db);
	else if (step.kind === 'queue')
		await queueQuestionsForStudy([ids[step.pick % ids.length]], db, now);
	else {
		const queue = await loadTodayQueue({ courseId: null }, settings, now, db);
		const next = queue[0];
		if (!next) return now;
		const card = await db.cards.get(next.questionId);
		now += minute;
		await recordAnswer(
			{
				questionId: next.questionId,
				rating: step.rating,
				answeredAt: Math.max(now, (card?.lastReview ?? 0) + 1),
				durationMs: 3000,
				grading: 'self',
				correct: null,
				seenLastReview: card?.lastReview ?? null
			},
			settings,
			db
		);
	}
	return now;
}
