/**
 * Property-based test (fast-check, fixed seed) on random small collections: two to four courses
 * with random sibling groups (shared facts and source sentences), cards in every state due
 * from days ago to days ahead, random daily limits, and a random session of answers and
 * "study these today" requests, undos and moves between time zones. After every step, Home's counts (`loadHomeViewFilling`, reusing
 * the per-course counts stored by earlier steps where they hold, `home-counts.ts`) equal the
 * counts of each scope's own queue (every course, and each course alone), read in a new tab.
 */
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { countQueue, type TodayCounts } from '$lib/srs/queue';
import { DEFAULT_STUDY_SETTINGS, type StudySettings } from '$lib/srs/settings';
import { queueQuestionsForStudy, recordAnswer, undoLastAnswer } from './answers';
import { moveTo, restoreZone } from '$lib/srs/zone.test-helpers';
import { storeHomeCounts } from './home-counts';
import { loadHomeViewFilling } from './home-view';
import { CARD_STATE, type CardRecord, type CourseRecord, type RatingValue } from './records';
import { createDb } from './schema';
import { cardRecord } from './test-helpers';
import { saveStudySettings } from './study-settings';
import { loadTodayQueue } from './today-queue';

const minute = 60_000;
const day = 24 * 60 * minute;
const t0 = new Date(2026, 4, 12, 10).getTime();

interface Shape {
	/** Per course: per question, its fact group and sentence group (small numbers: siblings). */
	courses: { fact: number; sentence: number | null; rank: number | null }[][];
	/** Cards: question index (across all courses), state, due offset from t0 (minutes). */
	cards: { pick: number; state: CardRecord['state']; dueMinutes: number }[];
	limits: { newPerDay: number; maxReviewsPerDay: number };
	steps: (
		| { kind: 'answer'; rating: RatingValue }
		| { kind: 'queue'; pick: number }
		| { kind: 'later'; minutes: number }
		| { kind: 'undo' }
		| { kind: 'zone'; zone: string }
	)[];
}

/** Time zones a traveller's phone moves between (the date line both ways). */
const ZONES = ['Europe/Berlin', 'Pacific/Kiritimati', 'Pacific/Honolulu', 'America/New_York'];

const question = fc.record({
	fact: fc.nat(5),
	sentence: fc.option(fc.nat(4)),
	rank: fc.option(fc.nat(8))
});

const shape: fc.Arbitrary<Shape> = fc.record({
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
			{
				weight: 1,
				arbitrary: fc.record({
					kind: fc.constant('zone' as const),
					zone: fc.constantFrom(...ZONES)
				})
			}
		),
		{ maxLength: 14 }
	)
});

function courseRows(shape: Shape): CourseRecord[] {
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

/** Each scope's counts from its own queue, in a new tab. */
async function expected(
	name: string,
	settings: StudySettings,
	scopes: (string | null)[],
	now: number
) {
	const cold = createDb(name);
	const counts = new Map<string | null, TodayCounts>();
	for (const courseId of scopes)
		counts.set(
			courseId,
			countQueue(
				await loadTodayQueue({ courseId }, settings, now, cold),
				now,
				settings.learnAheadMinutes
			)
		);
	cold.close();
	return counts;
}

async function run(shape: Shape, n: number) {
	const name = `home-counts-${n}-${Math.random()}`;
	const db = createDb(name);
	const settings = { ...DEFAULT_STUDY_SETTINGS, ...shape.limits };
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
	const scopes = [null, ...courses.map((course) => course.id)];
	let now = t0;
	try {
		for (const step of [{ kind: 'later' as const, minutes: 0 }, ...shape.steps]) {
			if (step.kind === 'later') now += step.minutes * minute;
			else if (step.kind === 'zone') moveTo(step.zone);
			else if (step.kind === 'undo') await undoLastAnswer(undefined, db);
			else if (step.kind === 'queue')
				await queueQuestionsForStudy([ids[step.pick % ids.length]], db, now);
			else {
				const queue = await loadTodayQueue({ courseId: null }, settings, now, db);
				const next = queue[0];
				if (next) {
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
			}
			const want = await expected(name, settings, scopes, now);
			// A new tab each time: only the stored counts carry over.
			const tab = createDb(name);
			const { summary, fill } = await loadHomeViewFilling(now, tab);
			expect(summary!.counts).toEqual(want.get(null));
			expect(new Map(summary!.courses!.map((c) => [c.id, c.counts]))).toEqual(
				new Map(scopes.slice(1).map((id) => [id, want.get(id)]))
			);
			await storeHomeCounts(fill, tab);
			tab.close();
		}
	} finally {
		db.close();
		restoreZone();
	}
}

/**
 * Collections with more reviews due than the day's limit in all courses together, fewer in
 * each: the every-course counts follow from the courses' (`everyCourseCounts`) once stored,
 * so steps that write nothing (time passing, a zone change) come before and after answers.
 */
const overdue: fc.Arbitrary<Shape> = fc.record({
	courses: fc.array(fc.array(question, { minLength: 3, maxLength: 9 }), {
		minLength: 2,
		maxLength: 4
	}),
	cards: fc.array(
		fc.record({
			pick: fc.nat(40),
			state: fc.constant(CARD_STATE.review),
			dueMinutes: fc.integer({ min: -3 * 24 * 60, max: 0 })
		}),
		{ minLength: 4, maxLength: 20 }
	),
	limits: fc.record({
		newPerDay: fc.integer({ min: 1, max: 4 }),
		maxReviewsPerDay: fc.integer({ min: 1, max: 5 })
	}),
	steps: fc.array(
		fc.oneof(
			{
				weight: 3,
				arbitrary: fc.record({ kind: fc.constant('later' as const), minutes: fc.nat(120) })
			},
			{
				weight: 2,
				arbitrary: fc.record({
					kind: fc.constant('answer' as const),
					rating: fc.constantFrom<RatingValue>(1, 3)
				})
			},
			{
				weight: 1,
				arbitrary: fc.record({
					kind: fc.constant('zone' as const),
					zone: fc.constantFrom(...ZONES)
				})
			}
		),
		{ maxLength: 8 }
	)
});

describe('Home’s counts with stored per-course counts', () => {
	afterEach(restoreZone);

	it('equal each scope’s queue on random small collections, after every step', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(shape, (s) => run(s, n++)),
			{ seed: 20261203, numRuns: 60 }
		);
	}, 400_000);

	it('equal each scope’s queue when more reviews are due than the day’s limit', async () => {
		let n = 0;
		await fc.assert(
			fc.asyncProperty(overdue, (s) => run(s, n++)),
			{ seed: 20261204, numRuns: 40 }
		);
	}, 400_000);
});
